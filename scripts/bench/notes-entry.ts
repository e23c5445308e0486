// Generated notes for the history and export rows: `node notes.mjs <folder> <count>` writes
// <count> notes (three sessions to every check-in, one note a day going back from 2026-11-24),
// each rendered by talkturn's own writers from the notes tests' hand-built session, with
// agreements, reviews of earlier ones and every text filled in, as months of real use leave them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  checkinFileStem,
  renderCheckinMarkdown,
  renderSessionMarkdown,
  sessionFileStem,
} from '../../src/notes/index.js';
import { completedState, config, MIN } from '../../test/notes/fixtures.js';

const [dir = '', countText = '100'] = process.argv.slice(2);
const count = Number(countText);
mkdirSync(dir, { recursive: true, mode: 0o700 });

const DAY = 24 * 60 * MIN;
const last = Date.UTC(2026, 10, 24, 18, 5);
const isoAt = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}:00+00:00`;

for (let i = 0; i < count; i++) {
  const at = isoAt(last - i * DAY);
  if (i % 4 === 3) {
    const checkin = {
      partners: ['Ana', 'Ben'] as [string, string],
      dateIso: at,
      answers: [0, 1].map((p) => ({
        safeAndClose: (i + p) % 6,
        appreciated: 'The tea you made this morning.',
        stirred: 'A song on the radio that we used to play.',
        need: 'A hug before bed, and a text when you are late.',
      })),
    };
    writeFileSync(
      path.join(dir, `${checkinFileStem(checkin)}.md`),
      renderCheckinMarkdown(checkin),
      { mode: 0o600 },
    );
    continue;
  }
  const base = completedState();
  const state = {
    ...base,
    config: config({ startedAtIso: at }),
    record: {
      ...base.record,
      closing: [0, 1].map((p) => ({
        appreciation: `Thank you for staying in the room, night ${i}.`,
        agreement: p === 0 ? `Text when late (${i}).` : `A walk on Sundays (${i}).`,
        therapy: p === 0 ? 'The winter, and what it did to us.' : 'My shame.',
      })),
    },
  };
  writeFileSync(
    path.join(dir, `${sessionFileStem(state.config)}.md`),
    renderSessionMarkdown(state),
    { mode: 0o600 },
  );
}
