// The question asked on the terminal: only the word "yes" deletes.
import readline from 'node:readline';
import { words } from '../words/index.js';

/**
 * Whether an answer is the language's "yes", in any capitals and with or without its accents:
 * "sí" is often typed "si" on a keyboard without the accent at hand.
 */
export function isYes(answer: string): boolean {
  const bare = (text: string) => text.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return bare(answer) === bare(words().forget.yes);
}

/** Asks `question` on the terminal; true only when the answer is "yes". */
export async function askYes(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await new Promise<string | null>((resolve) => {
      rl.once('close', () => resolve(null));
      rl.question(`${question} `, resolve);
    });
    return answer !== null && isYes(answer);
  } finally {
    rl.close();
  }
}
