// The question asked on the terminal: only the word "yes" deletes.
import readline from 'node:readline';
import { words } from '../words/index.js';

/** Asks `question` on the terminal; true only when the answer is "yes". */
export async function askYes(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await new Promise<string | null>((resolve) => {
      rl.once('close', () => resolve(null));
      rl.question(`${question} `, resolve);
    });
    return answer !== null && answer.trim().toLowerCase() === words().forget.yes.toLowerCase();
  } finally {
    rl.close();
  }
}
