// `npm run bench`: measures every row of issue 8's table against its target, on this machine.
// Usage: node scripts/bench.mjs [--json] [--only id,id]   (run `npm run build` first)
import { bundleEntries } from './bench/bundle-entries.mjs';
import { describeMachine } from './bench/machine.mjs';
import { snapshotBuild } from './bench/paths.mjs';
import { ROWS } from './bench/rows.mjs';
import { formatTable } from './bench/table.mjs';
import { removeTempDirs } from './bench/temp-dirs.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1]?.split(',')) : undefined;
const say = (line) => process.stderr.write(`${line}\n`);

const machine = describeMachine();
const date = new Date().toISOString().slice(0, 10);
const started = performance.now();
const results = [];

try {
  snapshotBuild();
  let entries;
  const shared = { entries: () => (entries ??= bundleEntries()) };
  for (const row of ROWS.filter((r) => !only || only.has(r.id))) {
    say(`measuring: ${row.what} …`);
    const rowStarted = performance.now();
    const base = { id: row.id, what: row.what, target: row.target };
    try {
      const raw = await row.measure(shared);
      results.push({ ...base, ...row.judge(raw), raw });
    } catch (error) {
      results.push({ ...base, error: error instanceof Error ? error.message : String(error) });
      say(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    }
    say(`  ${((performance.now() - rowStarted) / 1000).toFixed(1)} s`);
  }
} finally {
  removeTempDirs();
}

const seconds = (performance.now() - started) / 1000;
if (json) {
  process.stdout.write(`${JSON.stringify({ date, machine, seconds, rows: results }, null, 2)}\n`);
} else {
  process.stdout.write(`${formatTable(results, machine, date)}\n`);
  say(
    `\n${results.filter((r) => r.pass).length} of ${results.length} rows on target; ${seconds.toFixed(0)} s.`,
  );
}
process.exitCode = results.some((r) => r.error) ? 1 : 0;
