// The rows of issues 8 and 19's tables: what each measures, its target, and how its figure reads.
import { measureCountdownCpu } from './countdown-cpu.mjs';
import { measureDrift } from './drift.mjs';
import { measurePackage } from './package-size.mjs';
import { measureSessionMemory } from './session-memory.mjs';
import { nodeBinary } from '../node-binaries.mjs';
import { measureJournalBytes, measureNotesCommand, NOTE_COUNTS } from './notes-commands.mjs';
import { measureColdFirstFrame, measureCommandStartup, measureFirstFrame } from './startup.mjs';
import { measureTyping } from './typing.mjs';

const ms = (value) => `${value.toFixed(1)} ms`;
const x = (value) => `${value.toFixed(2)}x`;
const mib = (value) => `${value.toFixed(1)} MiB`;
const trend = ({ grows, msPerMinute, msPerMinuteError }) =>
  `${grows ? 'grows' : 'no growth'}: ${msPerMinute >= 0 ? '+' : ''}${msPerMinute.toFixed(1)} ± ${msPerMinuteError.toFixed(1)} ms/min`;
const firstFrameJudge = (r, most) => ({
  value: r.ratio,
  figure: `${x(r.ratio)} (${ms(r.session)} vs ${ms(r.node)}, both in a pty, Node ${r.version.replace(/^v/, '')}, code cache warm)`,
  pass: r.ratio <= most,
});
const count = (n) => n.toLocaleString('en-US');
/** `100: 0.12 s, 40 MiB; 1,000: …` */
const byCount = (r) =>
  `${NOTE_COUNTS.map(
    (n) => `${count(n)}: ${r[n].seconds.toFixed(2)} s, ${r[n].peakMiB.toFixed(0)} MiB`,
  ).join('; ')} (node -e 0: ${r.nodeSeconds.toFixed(2)} s)`;
const notesRow = (id, what, args, seconds, mib) => ({
  id,
  what,
  target: `<= ${seconds.toFixed(1)} s, <= ${mib} MiB at 5,000 notes`,
  measure: (shared) => measureNotesCommand(shared, args),
  judge: (r) => ({
    value: r[5000].seconds,
    figure: byCount(r),
    pass: r[5000].seconds <= seconds && r[5000].peakMiB <= mib,
  }),
});
const signedMib = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} MiB`;

/**
 * Each row: `measure(shared)` resolves with raw figures (rows that share one measurement keep it in
 * `shared`); `judge(raw)` gives the headline `value`, the `figure` as printed, and `pass`.
 */
export const ROWS = [
  {
    id: 'version',
    what: '`talkturn --version`',
    target: '<= 1.3x `node -e 0`',
    measure: (shared) => (shared.commands ??= measureCommandStartup()),
    judge: (r) => ({
      value: r.versionRatio,
      figure: `${x(r.versionRatio)} (${ms(r.version)} vs ${ms(r.node)})`,
      pass: r.versionRatio <= 1.3,
    }),
  },
  {
    id: 'help',
    what: '`talkturn --help`',
    target: '<= 1.3x `node -e 0`',
    measure: (shared) => (shared.commands ??= measureCommandStartup()),
    judge: (r) => ({
      value: r.helpRatio,
      figure: `${x(r.helpRatio)} (${ms(r.help)} vs ${ms(r.node)})`,
      pass: r.helpRatio <= 1.3,
    }),
  },
  {
    id: 'first-frame',
    what: 'first frame of a session, Node 20',
    target: '<= 4.0x `node -e 0`',
    measure: () => measureFirstFrame(),
    judge: (r) => firstFrameJudge(r, 4.0),
  },
  {
    id: 'first-frame-22',
    what: 'first frame of a session, Node 22',
    target: '<= 3.5x `node -e 0`',
    measure: async () => measureFirstFrame({ node: await nodeBinary(22) }),
    judge: (r) => firstFrameJudge(r, 3.5),
  },
  {
    id: 'first-frame-24',
    what: 'first frame of a session, Node 24',
    target: '<= 3.5x `node -e 0`',
    measure: async () => measureFirstFrame({ node: await nodeBinary(24) }),
    judge: (r) => firstFrameJudge(r, 3.5),
  },
  {
    id: 'first-frame-cold',
    what: 'first frame after a version change (no code cache yet)',
    target: '<= 6x `node -e 0`, cache written after the frame',
    measure: () => measureColdFirstFrame(),
    judge: (r) => ({
      value: r.ratio,
      figure: `${x(r.ratio)} (${ms(r.session)} vs ${ms(r.node)}, both in a pty); cache ${r.offPath ? 'written after the first frame every time' : 'ALREADY THERE at a first frame'}`,
      pass: r.ratio <= 6 && r.offPath,
    }),
  },
  {
    id: 'keystroke',
    what: 'keystroke to frame, 50,000 characters',
    target: '<= 12 ms median, flat in note length',
    measure: (shared) => (shared.typing ??= shared.entries().then(measureTyping)),
    judge: ({ short, long }) => {
      // Flat: the long note costs no more than half again the short one's time, or 1 ms.
      const flat = long.medianMs - short.medianMs <= Math.max(1, short.medianMs * 0.5);
      return {
        value: long.medianMs,
        figure: `${ms(long.medianMs)} median, p95 ${ms(long.p95Ms)} (1,000 chars: ${ms(short.medianMs)}, p95 ${ms(short.p95Ms)})`,
        pass: long.medianMs <= 12 && flat,
      };
    },
  },
  {
    id: 'typing-memory',
    what: 'memory growth over 200 keystrokes at 50,000 characters',
    target: '<= 5 MiB',
    measure: (shared) => (shared.typing ??= shared.entries().then(measureTyping)),
    judge: ({ short, long }) => ({
      value: long.heapGrowthMiB,
      figure: `${signedMib(long.heapGrowthMiB)} heap after GC (RSS ${signedMib(long.rssGrowthMiB)}; at 1,000 chars: heap ${signedMib(short.heapGrowthMiB)}, RSS ${signedMib(short.rssGrowthMiB)})`,
      pass: long.heapGrowthMiB <= 5,
    }),
  },
  {
    id: 'keystroke-bytes',
    what: 'bytes written to disk per keystroke, 1k / 10k / 50k characters',
    target: '<= 150, flat',
    measure: (shared) => measureJournalBytes(shared),
    judge: (r) => ({
      value: r[50_000],
      figure: `${[1000, 10_000, 50_000].map((n) => count(Math.round(r[n]))).join(' / ')} bytes (each key synced on its own)`,
      pass: Math.max(r[1000], r[10_000], r[50_000]) <= 150,
    }),
  },
  {
    id: 'countdown-cpu',
    what: 'CPU while the countdown runs',
    target: '<= 0.7% of one core',
    measure: () => measureCountdownCpu(),
    judge: (r) => ({
      value: r.percent,
      figure: `${r.percent.toFixed(2)}% (${r.cpuMs.toFixed(0)} ms CPU in ${(r.wallMs / 1000).toFixed(1)} s)`,
      pass: r.percent <= 0.7,
    }),
  },
  {
    id: 'countdown-drift',
    what: 'countdown drift at the end of a 10-minute turn',
    target: '<= 10 ms',
    measure: (shared) => shared.entries().then(measureDrift),
    // Drift is what accumulates: the lateness expected at 600 s. The worst frame is shown too.
    judge: ({ seconds, secondTick: tick, interval }) => ({
      value: tick.at600sMs,
      figure: `${ms(tick.at600sMs)} at 600 s (${trend(tick)} over ${seconds} s; worst frame ${ms(tick.maxMs)}); setInterval(1000): ${ms(interval.at600sMs)} (${trend(interval)})`,
      pass: Math.abs(tick.at600sMs) <= 10,
    }),
  },
  {
    id: 'package',
    what: 'installed package',
    target: 'one bundle, no runtime deps, <= 2 MB',
    measure: () => measurePackage(),
    judge: (r) => ({
      value: r.bytes,
      figure: `${r.packages.length} package${r.packages.length === 1 ? '' : 's'} (${r.packages.slice(0, 3).join(', ')}${r.packages.length > 3 ? ', …' : ''}), ${r.runtimeDependencies} runtime deps, ${(r.bytes / 1e6).toFixed(2)} MB on disk (${r.scripts.map((f) => `dist/${f}`).join(', ')}; tarball ${(r.tarballBytes / 1e3).toFixed(0)} kB)${r.runs ? ', runs' : ', DOES NOT RUN'}`,
      pass: r.packages.length === 1 && r.runtimeDependencies === 0 && r.bytes <= 2e6 && r.runs,
    }),
  },
  notesRow('history', '`talkturn history`, 100 / 1,000 / 5,000 notes', ['history'], 1.0, 150),
  notesRow(
    'export-therapy',
    '`talkturn export --for-therapy`, 100 / 1,000 / 5,000 notes',
    // Without a terminal, the brief is written only when both approve it by name.
    ['export', '--for-therapy', '--approved-by', 'Ana,Ben', '--share-numbers'],
    2.0,
    250,
  ),
  {
    id: 'export-month',
    what: 'one-month export, 100 / 1,000 / 5,000 notes in the folder',
    target: '<= 0.5 s at 5,000 (follows the range, not the folder)',
    measure: (shared) =>
      measureNotesCommand(shared, ['export', '--since', '2026-10-01', '--until', '2026-10-31']),
    judge: (r) => ({ value: r[5000].seconds, figure: byCount(r), pass: r[5000].seconds <= 0.5 }),
  },
  {
    id: 'session-memory',
    what: 'peak memory over a whole session',
    target: '<= 85 MiB',
    measure: () => measureSessionMemory(),
    judge: (r) => ({
      value: r.peakMiB,
      figure: `${mib(r.peakMiB)} VmHWM with the code cache (RSS at the end ${mib(r.endRssMiB)}); first start of a version, no cache yet: ${mib(r.coldPeakMiB)}`,
      pass: r.peakMiB <= 85,
    }),
  },
];
