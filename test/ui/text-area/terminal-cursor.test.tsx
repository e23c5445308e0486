import { EventEmitter } from 'node:events';
import { Box, render, Text } from 'ink';
import { afterEach, expect, it } from 'vitest';
import { TextArea } from '../../../src/ui/text-area/TextArea.js';

class FakeStdout extends EventEmitter {
  readonly columns = 60;
  readonly rows = 20;
  readonly writes: string[] = [];
  write = (data: string) => {
    this.writes.push(data);
    return true;
  };
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;
  write(data: string) {
    this.pending = data;
    this.emit('readable');
  }
  read() {
    const data = this.pending;
    this.pending = null;
    return data;
  }
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

const tick = async () => {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
};
const waitFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The last cursor placement Ink wrote: columns from the left, rows up from below the output. */
function lastCursorMove(writes: string[]): { up: number; column: number } | undefined {
  for (const write of [...writes].reverse()) {
    // eslint-disable-next-line no-control-regex
    const match = /(?:\x1b\[(\d+)A)?\x1b\[(\d+)G\x1b\[\?25h$/.exec(write);
    if (match) return { up: Number(match[1] ?? 0), column: Number(match[2]) - 1 };
  }
  return undefined;
}

it('places the terminal cursor where the typing happens, for input methods', async () => {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const instance = render(
    <Box flexDirection="column">
      <Text>Reflect back</Text>
      <Box marginLeft={2}>
        <TextArea width={20} height={3} defaultValue={'first\nsecond'} defaultCursor={3} />
      </Box>
    </Box>,
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      patchConsole: false,
      exitOnCtrlC: false,
      maxFps: 1000,
    },
  );
  cleanup = () => instance.unmount();
  await tick();
  await waitFor(5);
  // Four lines of output; the cursor is on line 1 (the text area's first row), column 2 + 3.
  expect(lastCursorMove(stdout.writes)).toEqual({ up: 3, column: 5 });

  stdin.write('\x1b[B');
  await tick();
  await waitFor(5);
  expect(lastCursorMove(stdout.writes)).toEqual({ up: 2, column: 5 });

  stdin.write('世');
  await tick();
  await waitFor(5);
  expect(lastCursorMove(stdout.writes)).toEqual({ up: 2, column: 7 });
});
