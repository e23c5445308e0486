// The steps most real-terminal tests walk through, on `talkturn start --names Ana,Ben` with the
// default deck: the first-run notice, the optional role question, both agreeing.
import type { Terminal } from './terminal.js';

export const ENTER = '\r';

interface StartOptions {
  /** The first run shows the notice on what talkturn is not. */
  firstRun?: boolean;
  /** The first screen can take longer, e.g. under a system-call trace. */
  firstWaitMs?: number;
}

/** From the start through both partners agreeing to the ground rules. */
export async function agreeBoth(
  term: Terminal,
  { firstRun = true, firstWaitMs }: StartOptions = {},
): Promise<void> {
  if (firstRun) {
    await term.waitFor('Before you start', firstWaitMs);
    term.write(ENTER);
  }
  await term.waitFor('One gentle question', firstRun ? undefined : firstWaitMs);
  term.write('3');
  await term.waitFor('Ground rules');
  term.write('1');
  await term.waitFor('Ana agrees ✓');
  term.write('2');
}

/** From the start to Ana having the floor. */
export async function toTheFloor(term: Terminal, options: StartOptions = {}): Promise<void> {
  await agreeBoth(term, options);
  await term.waitFor('Ana has the floor');
}

/** On to Ben's text area, reflecting back what Ana said. */
export async function toReflection(term: Terminal, options: StartOptions = {}): Promise<void> {
  await toTheFloor(term, options);
  term.write(ENTER);
  await term.waitFor('What I heard is');
}
