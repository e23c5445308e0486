// In-process stand-ins for a terminal's stdin and stdout, for Ink to render onto in the bench.
import { PassThrough, Writable } from 'node:stream';

export interface FakeTerminal {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  /** Called on every write Ink makes to the screen. */
  onWrite(listener: ((at: number) => void) | undefined): void;
  /**
   * Sends a key and resolves with the milliseconds until its frame was written, or undefined when
   * no frame came within `timeoutMs`.
   */
  press(key: string, timeoutMs?: number): Promise<number | undefined>;
}

export function createFakeTerminal({ columns = 80, rows = 24 } = {}): FakeTerminal {
  // Ink reads stdin on 'readable' with read(), after setEncoding, setRawMode and ref.
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: () => input,
    ref: () => input,
    unref: () => input,
  });
  let listener: ((at: number) => void) | undefined;
  const output = Object.assign(
    new Writable({
      write(_chunk, _encoding, done) {
        listener?.(performance.now());
        done();
      },
    }),
    { isTTY: true, columns, rows },
  );

  return {
    stdin: input as unknown as NodeJS.ReadStream,
    stdout: output as unknown as NodeJS.WriteStream,
    onWrite(next) {
      listener = next;
    },
    press(key, timeoutMs = 2000) {
      return new Promise((resolve) => {
        const sentAt = performance.now();
        const timer = setTimeout(() => {
          listener = undefined;
          resolve(undefined);
        }, timeoutMs);
        // A frame is several writes in one go; the microtask runs once the last one is done.
        listener = () => {
          listener = undefined;
          queueMicrotask(() => {
            clearTimeout(timer);
            resolve(performance.now() - sentAt);
          });
        };
        input.write(key);
      });
    },
  };
}
