// Runs the end-to-end and package tests again with talkturn itself on Node 22 and 24 (users run
// them; the machines here have 20). The test runner stays on this Node; only the program under
// test changes, through TALKTURN_TEST_NODE (test/cli/run-cli.ts).
import { spawnSync } from 'node:child_process';
import { nodeBinary } from './node-binaries.mjs';

const majors = process.argv.slice(2).length ? process.argv.slice(2) : ['22', '24'];
let failed = false;
for (const major of majors) {
  const binary = nodeBinary(major);
  console.log(`\nThe end-to-end tests on Node ${major} (${binary})`);
  const run = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', 'test/e2e', 'test/package'],
    { stdio: 'inherit', env: { ...process.env, TALKTURN_TEST_NODE: binary } },
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
