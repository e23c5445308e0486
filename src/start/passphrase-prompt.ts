// Asking for a passphrase on the terminal, before the interface starts: typed hidden (a dot for
// each character, so a person can see that typing works), never taken from the command line.
import { words } from '../words/index.js';

const MIN_LENGTH = 8;

interface Terminal {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

/** One hidden line; null when the person pressed Ctrl+C or Esc. */
export function readHidden(
  question: string,
  term: Terminal = defaultTerminal(),
): Promise<string | null> {
  const { input, output } = term;
  return new Promise((resolve) => {
    let typed = '';
    output.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const finish = (value: string | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === '\u0003' || char === '\u001B') return finish(null);
        if (char === '\u007F' || char === '\b') {
          if (typed.length > 0) {
            typed = [...typed].slice(0, -1).join('');
            output.write('\b \b');
          }
        } else if (char >= ' ') {
          typed += char;
          output.write('•');
        }
      }
    };
    input.on('data', onData);
  });
}

/**
 * A new passphrase, asked twice. Null when the person stops. The words say what it protects and
 * that it cannot be recovered, once, plainly.
 */
export async function askNewPassphrase(term: Terminal = defaultTerminal()): Promise<string | null> {
  const said = words().cli.passphrase;
  term.output.write(said.newIntro);
  for (;;) {
    const first = await readHidden(said.prompt, term);
    if (first === null) return null;
    if ([...first].length < MIN_LENGTH) {
      term.output.write(said.tooShort(MIN_LENGTH));
      continue;
    }
    const again = await readHidden(said.again, term);
    if (again === null) return null;
    if (again === first) return first;
    term.output.write(said.noMatch);
  }
}

function defaultTerminal(): Terminal {
  return { input: process.stdin, output: process.stderr };
}
