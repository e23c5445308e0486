// Child process of the bench: types into a TextArea that already holds a long note and reports,
// as one JSON line, how long each key took to reach the screen and what memory it kept.
import { render } from 'ink';
import { TextArea } from '../../src/ui/text-area/index.js';
import { createFakeTerminal } from './fake-terminal.js';

const length = Number(process.argv[2] ?? 50_000);
const count = Number(process.argv[3] ?? 200);
const WARM_UP = 20;
const GAP_MS = 5;

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';
const BACKSPACE = '\x7f';
// Typing with small corrections: letters, a space, Backspace and the four arrows.
const PATTERN = ['s', 'o', 'f', 't', ' ', BACKSPACE, LEFT, UP, 'l', DOWN, RIGHT, 'y'];

/** Prose-like text of exactly `size` characters, in paragraphs, the same on every run. */
function note(size: number): string {
  const words = ['I', 'felt', 'alone', 'when', 'you', 'did', 'not', 'call', 'and', 'that', 'night'];
  let seed = 7;
  let text = '';
  while (text.length < size) {
    seed = (seed * 48271) % 2147483647;
    text += words[seed % words.length];
    text += seed % 97 === 0 ? '\n\n' : ' ';
  }
  return text.slice(0, size);
}

const gc = (globalThis as { gc?: () => void }).gc;
function settledMemory() {
  gc?.();
  gc?.();
  return process.memoryUsage();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const terminal = createFakeTerminal({ columns: 80, rows: 24 });
  const app = render(<TextArea defaultValue={note(length)} width={80} height={10} />, {
    stdin: terminal.stdin,
    stdout: terminal.stdout,
    stderr: terminal.stdout,
    patchConsole: false,
    exitOnCtrlC: false,
    // Ink waits up to 1000/maxFps ms between frames; a high cap shows the work per key alone.
    maxFps: 1000,
  });
  await sleep(100);

  const press = async (index: number) => {
    const ms = await terminal.press(PATTERN[index % PATTERN.length]!);
    await sleep(GAP_MS);
    return ms;
  };
  for (let i = 0; i < WARM_UP; i++) await press(i);

  const before = settledMemory();
  const times: number[] = [];
  let noFrame = 0;
  for (let i = 0; i < count; i++) {
    const ms = await press(i);
    if (ms === undefined) noFrame++;
    else times.push(ms);
  }
  const after = settledMemory();

  app.unmount();
  process.stdout.write(
    `${JSON.stringify({
      length,
      times,
      noFrame,
      heapBefore: before.heapUsed,
      heapAfter: after.heapUsed,
      rssBefore: before.rss,
      rssAfter: after.rss,
      gc: Boolean(gc),
    })}\n`,
  );
  process.exit(0);
}

await main();
