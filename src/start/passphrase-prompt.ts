// Asking for a passphrase on the terminal, before the interface starts: typed hidden (a dot for
// each character, so a person can see that typing works), never taken from the command line.

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
  term.output.write(
    'These notes will be locked with a passphrase. Without it nobody can read them, not even you:\n' +
      'choose something you will remember, like a short sentence.\n',
  );
  for (;;) {
    const first = await readHidden('Passphrase: ', term);
    if (first === null) return null;
    if ([...first].length < MIN_LENGTH) {
      term.output.write(
        `Please use at least ${MIN_LENGTH} characters; a few words together is easiest.\n`,
      );
      continue;
    }
    const again = await readHidden('Once more, to be sure: ', term);
    if (again === null) return null;
    if (again === first) return first;
    term.output.write('The two did not match. Let us try again.\n');
  }
}

function defaultTerminal(): Terminal {
  return { input: process.stdin, output: process.stderr };
}
