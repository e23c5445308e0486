// The keys a couple presses to get through talkturn's screens, with what each waits for.
import { sleep } from './paths.mjs';

const ENTER = '\r';

const CLOSING = [
  'Ana, what did you appreciate',
  'Ben, what did you appreciate',
  'Ana, one small thing',
  'Ben, one small thing',
  'Ana, anything you would like to bring',
  'Ben, anything you would like to bring',
];

// Ink turns raw mode on just after a screen's first frame; a key sent sooner is read by the
// terminal's line discipline and lost. A person never presses that fast.
const SETTLE_MS = 50;

/** Sends keys and waits for the text they should bring up, looking only at the new output. */
export async function press(session, keys, expected, timeoutMs) {
  await sleep(SETTLE_MS);
  const since = session.mark();
  session.write(keys);
  return session.waitFor(expected, { since, timeoutMs });
}

/** From the first-run notice to "Ana has the floor". */
export async function reachTheFloor(session) {
  await session.waitFor('Before you start');
  await press(session, ENTER, 'One gentle question');
  await press(session, '3', 'Ground rules');
  await press(session, '1', 'Ana agrees ✓');
  await press(session, '2', 'Ana has the floor');
}

/** A whole one-round session with short turns, ending on "Session saved". */
export async function wholeSession(session, { turnMs }) {
  await reachTheFloor(session);
  let since = 0;
  for (const [speaker, listener] of [
    ['Ana', 'Ben'],
    ['Ben', 'Ana'],
  ]) {
    await session.waitFor(`${speaker} has the floor`, { since });
    await session.waitFor('Time is up', { since, timeoutMs: turnMs + 8000 });
    await press(session, ENTER, 'What I heard is');
    await session.type(`${listener} heard ${speaker} say it was lonely`);
    await press(session, ENTER, 'Did I get it?');
    await sleep(SETTLE_MS);
    since = session.mark();
    session.write('1');
  }
  await session.waitFor('Closing', { since });
  for (const question of CLOSING) {
    await session.waitFor(question, { since });
    await sleep(SETTLE_MS);
    since = session.mark();
    // An unanswered closing question is allowed: Enter moves on.
    session.write(ENTER);
  }
  await session.waitFor('Session saved', { since });
}
