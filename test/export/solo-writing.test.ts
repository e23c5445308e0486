// "Start where you are … it is for you first, and you choose what to bring": writing done alone
// stays out of history and every export, except each piece its writer chose to bring.
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/export/index.js';
import { runHistoryCommand } from '../../src/history/index.js';
import { saveSession } from '../../src/notes/index.js';
import { createSessionStore, manualClock } from '../../src/session/index.js';
import { config } from '../session/helpers.js';
import { capture, workDir } from '../notes/folder-fixtures.js';

/** Ana writes alone on two prompts and brings only the second. */
function soloWriting(notesDir: string, bring: [boolean, boolean]) {
  const store = createSessionStore(
    config({
      partners: ['Ana'],
      deck: { id: 'start-where-you-are', title: 'Start where you are', solo: true },
      prompts: [{ title: 'What is here with you?' }, { title: 'What do you want understood?' }],
    }),
    manualClock(1_000),
  );
  store.dispatch({ type: 'agree', partner: 0 });
  store.dispatch({ type: 'submit-writing', text: 'My secret fear.', bring: bring[0] });
  store.dispatch({ type: 'submit-writing', text: 'That I am trying.', bring: bring[1] });
  for (const text of ['I kept going.', 'Sleep more.', 'My anger.']) {
    store.dispatch({ type: 'submit-closing', text });
  }
  saveSession({ state: store.getState(), notesDir });
}

async function exported(notesDir: string, forTherapy = false) {
  let stdout = '';
  await runExportCommand({
    notesDir,
    forTherapy,
    ...(forTherapy ? { approvedBy: 'Ana' } : {}),
    stdout: (t) => (stdout += t),
    err: () => {},
  });
  return stdout;
}

async function history(notesDir: string) {
  const { out, sinks } = capture();
  await runHistoryCommand({ notesDir, ...sinks, env: {} });
  return out.join('\n');
}

describe('writing done alone', () => {
  it('kept for its writer: not in history, not in either export', async () => {
    const { notes } = workDir();
    soloWriting(notes, [false, false]);
    expect(await history(notes)).not.toContain('Start where you are');
    expect(await exported(notes)).not.toContain('My secret fear.');
    const therapy = await exported(notes, true);
    expect(therapy).not.toContain('My secret fear.');
    expect(therapy).not.toContain('wrote alone');
  });

  it('brought in part: history lists it, and the exports hold only the piece brought', async () => {
    const { notes } = workDir();
    soloWriting(notes, [false, true]);
    expect(await history(notes)).toContain('Start where you are');
    const document = await exported(notes);
    expect(document).toContain('> That I am trying.');
    expect(document).toContain('What do you want understood?');
    expect(document).not.toContain('My secret fear.');
    expect(document).not.toContain('What is here with you?');
    expect(document).not.toContain('I kept going.');
    // The brief holds no writing done alone at all: only what its writer marked for therapy.
    const brief = await exported(notes, true);
    expect(brief).toContain('My anger. — Ana');
    for (const text of ['My secret fear.', 'That I am trying.', 'I kept going.']) {
      expect(brief).not.toContain(text);
    }
  });
});
