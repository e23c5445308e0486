// Notes with lines too long for a one-page brief: a topic of some thousand characters and a
// reflection pasted whole (several thousand), both agreed on, for the brief's tests to read back.
import { saveSession } from '../../src/notes/index.js';
import { sessionAt } from '../notes/folder-fixtures.js';

/** Words that name their place ("ref1 ref2 … ref1200"), so a test sees which ones are shown. */
export const numbered = (mark: string, count: number): string =>
  Array.from({ length: count }, (_, i) => `${mark}${i + 1}`).join(' ');

/** The numbered words of `mark` in `text`, in order. */
export const marks = (text: string, mark: string): string[] =>
  text.match(new RegExp(`\\b${mark}\\d+\\b`, 'g')) ?? [];

export const LONG_TOPIC = numbered('tpc', 250);
export const LONG_REFLECTION = numbered('ref', 1200);

/** One talk whose first topic and latest confirmed reflection are long; returns its file. */
export function saveLongLines(notesDir: string): string {
  const state = sessionAt({
    at: '2026-11-24T18:05:00+01:00',
    therapy: [LONG_TOPIC, 'My shame.'],
  });
  const prompt = state.record.prompts[0]!;
  const [first, second] = prompt.turns;
  const long = {
    ...state,
    record: {
      ...state.record,
      prompts: [
        {
          ...prompt,
          turns: [
            first!,
            {
              ...second!,
              exchanges: second!.exchanges.map((x) => ({ ...x, reflection: LONG_REFLECTION })),
            },
          ],
        },
        ...state.record.prompts.slice(1),
      ],
    },
  };
  return saveSession({ state: long, notesDir }).path;
}
