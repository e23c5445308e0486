// Every key a screen answers is in its footer. The screens are walked as a couple uses them, at a
// small and a usual terminal; at each, the handlers that are live right now (reported by the one
// key layer, not listed here) are held to the footer's words as they land on the terminal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listDecks, type Deck } from '../../../src/decks/index.js';
import { openLedgerFile } from '../../../src/questions/ledger-file.js';
import { App } from '../../../src/ui/App.js';
import { BriefApproval } from '../../../src/ui/brief/BriefApproval.js';
import { initialCheckinFlow } from '../../../src/ui/checkin/checkin-flow.js';
import { createCheckinStore } from '../../../src/ui/checkin/checkin-store.js';
import { CheckinFlow } from '../../../src/ui/checkin/CheckinFlow.js';
import { CheckinSaved } from '../../../src/ui/checkin/CheckinSaved.js';
import {
  createKeyAudit,
  GlobalCommands,
  KeyAuditContext,
  type Handled,
  type KeyAudit,
} from '../../../src/ui/commands/index.js';
import { COMMANDS, commandWords, type Command } from '../../../src/ui/keys.js';
import { layoutFor } from '../../../src/ui/layout.js';
import { QuestionsApp } from '../../../src/ui/questions/QuestionsApp.js';
import { SaveFailed } from '../../../src/ui/screens/SaveFailed.js';
import { Saved } from '../../../src/ui/screens/Saved.js';
import { ResumeChoice } from '../../../src/ui/setup/ResumeChoice.js';
import { Setup } from '../../../src/ui/setup/Setup.js';
import { sampleBrief } from '../brief/brief-fixture.js';
import { KEY, settle, setupSession, typeKeys, useFakeTime } from '../harness.js';
import { onTerminal, renderAt, sizeName, type Size } from '../layout/headless.js';

let decks: Deck[] = [];
beforeAll(async () => {
  decks = (await listDecks({})).decks;
});
beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const SIZES: Size[] = [
  { columns: 40, rows: 12 },
  { columns: 80, rows: 24 },
];

/** A list's key, with its real numbers: "↑↓ or 1-3 choose", or "1-3 choose" when small. */
const CHOOSE = /^(↑↓ or )?1(-\d+)? choose$/;

/** Every form any footer entry can take, from the one key map. */
const ENTRIES = new Set(
  COMMANDS.flatMap((command) =>
    [true, false].flatMap((compact) =>
      [true, false].map((typing) => commandWords(command, compact, { typing })),
    ),
  ),
);
const isEntry = (part: string) => ENTRIES.has(part) || CHOOSE.test(part);

/** The footer as a person reads it: the bottom rows made only of key entries, split. */
function footerEntries(rows: string[]): string[] {
  const filled = rows.map((row) => row.trim()).filter((row) => row !== '');
  const entries: string[] = [];
  for (const row of filled.reverse()) {
    const parts = row.split(' · ');
    if (!parts.every(isEntry)) break;
    entries.push(...parts);
  }
  return entries;
}

/** Commands seen answered somewhere on the walk, so the walk is known to reach all of them. */
const seen = new Set<Command>();

async function expectFooterShowsKeys(
  view: { lastFrame(): string | undefined },
  audit: KeyAudit,
  size: Size,
  where: string,
): Promise<Handled[]> {
  await settle();
  const rows = await onTerminal(view.lastFrame() ?? '', size);
  const entries = footerEntries(rows);
  const { compact } = layoutFor(size.columns, size.rows);
  const handled = audit.handled();
  const at = `${where} at ${sizeName(size)}:\n${rows.join('\n')}`;
  expect(handled.length, at).toBeGreaterThan(0);
  for (const { command, typing } of handled) {
    seen.add(command);
    if (command === 'choose') {
      expect(
        entries.some((entry) => CHOOSE.test(entry)),
        `${command} on ${at}`,
      ).toBe(true);
    } else {
      expect(entries, `${command} on ${at}`).toContain(commandWords(command, compact, { typing }));
    }
  }
  return handled;
}

/**
 * The screens under the audit, inside a command's Ctrl+C layer as every program has one (the
 * brief has its own, which writes nothing).
 */
async function renderAudited(
  element: ReactElement,
  size: Size,
  ui = setupSession().ui,
  quitLayer = true,
) {
  const audit = createKeyAudit();
  const { view } = await renderAt(
    ui,
    <KeyAuditContext.Provider value={audit}>
      {quitLayer ? (
        <GlobalCommands commands={[{ command: 'quit', run: () => {} }]}>{element}</GlobalCommands>
      ) : (
        element
      )}
    </KeyAuditContext.Provider>,
    size,
  );
  return { view, audit };
}

async function press(view: { stdin: { write(data: string): void } }, keys: string) {
  view.stdin.write(keys);
  await settle();
}

describe.each(SIZES)('at $columns x $rows, every key answered is in the footer', (size) => {
  it('in the set-up', async () => {
    const hard = decks.findIndex((deck) => deck.id === 'hard-questions');
    const { view, audit } = await renderAudited(
      <Setup
        width={size.columns}
        showSafety
        rememberedNames={[]}
        decks={decks}
        askTurn
        onDone={() => {}}
      />,
      size,
    );
    await expectFooterShowsKeys(view, audit, size, 'Before you start');
    await press(view, KEY.enter);
    await expectFooterShowsKeys(view, audit, size, 'the decks');
    for (let i = 0; i < hard; i++) await press(view, KEY.down);
    await press(view, KEY.enter);
    await expectFooterShowsKeys(view, audit, size, 'the first name');
    await typeKeys(view.stdin, 'Ana');
    await press(view, KEY.enter);
    await expectFooterShowsKeys(view, audit, size, 'the second name');
    await typeKeys(view.stdin, 'Ben');
    await press(view, KEY.enter);
    await expectFooterShowsKeys(view, audit, size, 'who is repairing trust');
    await press(view, '3');
    await expectFooterShowsKeys(view, audit, size, 'the turn length');
  });

  it('in a talk, from the ground rules to the closing', async () => {
    const { store, ui } = setupSession({
      options: { validate: true, empathize: true },
      prompts: [
        { title: 'What hurt the most?' },
        { title: 'Why?', question: { id: 'q1', asker: 1, kind: 'question' } },
      ],
      agreements: [{ id: 'a1', text: 'We call.', by: 'Ana', madeIso: '2026-11-17T18:00:00+01:00' }],
    });
    const { view, audit } = await renderAudited(<App onDone={() => {}} />, size, ui);
    const check = (where: string) => expectFooterShowsKeys(view, audit, size, where);
    await check('Ground rules');
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    await check('Agreements from before');
    await press(view, '4');
    const floor = await check('Ana has the floor');
    expect(floor.map((h) => h.command)).toEqual(expect.arrayContaining(['pause', 'skip']));
    await press(view, 's');
    await check('skip asked');
    await press(view, 'x');
    await press(view, 'h');
    await check('who checks in');
    await press(view, '1');
    await check('how overwhelmed');
    await press(view, '9');
    await check('a long pause suggested');
    await press(view, '2');
    await press(view, KEY.enter);
    const reflect = await check('Reflect back');
    expect(reflect).toContainEqual({ command: 'pause', typing: true });
    await typeKeys(view.stdin, 'you felt alone');
    await press(view, KEY.enter);
    await check('Did I get it?');
    await press(view, '2');
    const missed = await check('what was missed');
    // Letters are the speaker's words here: P is typed, only Ctrl+P pauses.
    expect(missed).toContainEqual({ command: 'pause', typing: true });
    await press(view, KEY.enter);
    await check('the floor again, to add what was missed');
    await press(view, KEY.enter);
    await typeKeys(view.stdin, 'and you were afraid');
    await press(view, KEY.enter);
    await press(view, '1');
    await check('What makes sense');
    await press(view, KEY.enter);
    await check('What you imagine');
    await press(view, KEY.enter);
    await check('Ben has the floor');
    await press(view, 'o');
    await press(view, 'o');
    await check('off the record');
    await press(view, KEY.enter);
    await check('said back out loud');
    await press(view, KEY.enter);
    await press(view, 'p');
    await check('Paused, who asked');
    await press(view, '3');
    await check('Paused, ready');
    await press(view, '1');
    await press(view, '2');
    await check('Did I get it? off the record');
    await press(view, '1');
    await press(view, KEY.enter);
    await press(view, KEY.enter);
    expect(store.getState().step.kind).toBe('speak');
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'heard' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    store.dispatch({ type: 'submit-validation', text: '' });
    store.dispatch({ type: 'submit-empathy', text: '' });
    expect(store.getState().step.kind).toBe('mark');
    await check('where the question stands');
    store.dispatch({ type: 'mark-question', mark: 'open' });
    expect(store.getState().step.kind).toBe('closing');
    await check('Closing');
  });

  it('writing alone', async () => {
    const { store, ui } = setupSession({
      partners: ['Ana'],
      deck: { id: 'solo', title: 'Solo', solo: true },
    });
    const { view, audit } = await renderAudited(<App onDone={() => {}} />, size, ui);
    store.dispatch({ type: 'agree', partner: 0 });
    await expectFooterShowsKeys(view, audit, size, 'Time to write');
    await typeKeys(view.stdin, 'true things');
    await press(view, KEY.enter);
    await expectFooterShowsKeys(view, audit, size, 'keep it or bring it');
  });

  it('saving, resuming and the check-in', async () => {
    for (const [where, element] of [
      ['Session saved', <Saved key="s" path="/n/x.md" solo={false} onClose={() => {}} />],
      ['Check-in saved', <CheckinSaved key="c" path="/n/x.md" onClose={() => {}} />],
      [
        'An unfinished session',
        <ResumeChoice
          key="r"
          sessions={[]}
          width={size.columns}
          other="new"
          onResume={() => null}
          onOther={() => {}}
        />,
      ],
    ] as const) {
      const { view, audit } = await renderAudited(element, size);
      await expectFooterShowsKeys(view, audit, size, where);
      view.unmount();
    }
    const failed = await renderAudited(
      <SaveFailed message="The disk is full." onRetry={() => {}} onQuit={() => {}} />,
      size,
    );
    await expectFooterShowsKeys(failed.view, failed.audit, size, 'not saved yet');
    await press(failed.view, '2');
    await expectFooterShowsKeys(failed.view, failed.audit, size, 'another folder');
    failed.view.unmount();

    const store = createCheckinStore(
      initialCheckinFlow({ names: [], showSafety: true, dateIso: '2026-11-25T21:05:00+01:00' }),
    );
    const { view, audit } = await renderAudited(
      <CheckinFlow
        store={store}
        rememberedNames={[]}
        save={() => '/n/c.md'}
        onFarewell={() => {}}
      />,
      size,
    );
    const check = (where: string) => expectFooterShowsKeys(view, audit, size, where);
    await check('the check-in: before you start');
    await press(view, KEY.enter);
    await check('the check-in: a name');
    await typeKeys(view.stdin, 'Ana');
    await press(view, KEY.enter);
    await check('the check-in: the second name');
    await typeKeys(view.stdin, 'Ben');
    await press(view, KEY.enter);
    await check('the check-in: a question');
    for (let i = 0; i < 3; i++) await press(view, KEY.enter);
    await check('the check-in: a number');
  });

  it("the therapist's brief, before it is approved", async () => {
    const { view, audit } = await renderAudited(
      <BriefApproval brief={sampleBrief()} onDone={() => {}} />,
      size,
      setupSession().ui,
      false,
    );
    const check = (where: string) => expectFooterShowsKeys(view, audit, size, where);
    const lines = await check('Your brief');
    // Ctrl+C here writes nothing, and the footer says so instead of "save and quit".
    expect(lines.map((h) => h.command)).toContain('stop');
    expect(lines.map((h) => h.command)).not.toContain('quit');
    await press(view, 'x');
    await check('a line to take out, asked');
    await press(view, KEY.enter);
    await check('sharing the numbers, or approving');
  });

  it('the question ledger and a moment that hurt', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-keys-')), 'notes');
    const file = await openLedgerFile(dir);
    const { view, audit } = await renderAudited(
      <QuestionsApp
        file={file}
        now={() => new Date('2026-11-23T20:00:00Z')}
        names={['Ana', 'Ben']}
        onLeave={() => {}}
      />,
      size,
    );
    const check = (where: string) => expectFooterShowsKeys(view, audit, size, where);
    await check('Your questions');
    await press(view, 'n');
    await check('A new question');
    await typeKeys(view.stdin, 'Why then?');
    await press(view, KEY.enter);
    await check('who is asking');
    await press(view, '1');
    await press(view, '3');
    await check('one question');
    await press(view, KEY.esc);
    await press(view, '2');
    await check('a moment: who');
    await press(view, '1');
    await check('a moment: when');
    await press(view, KEY.enter);
    await check('a moment: how strong');
    await press(view, 'n');
    await press(view, KEY.enter);
    await press(view, KEY.enter);
    await check('a moment: bring it?');
    await press(view, '2');
    await check('a moment: written down');
    file.close();
  });
});

describe('the walk', () => {
  it('reached every command that has a key of its own', () => {
    // Typing and its Enter are the text area's; Ctrl+L is held by the runner's input guard.
    const elsewhere: Command[] = ['submit', 'newline', 'hide'];
    expect(
      COMMANDS.filter((command) => !elsewhere.includes(command) && !seen.has(command)),
    ).toEqual([]);
  });
});

describe('keys are read in one place', () => {
  it('no screen listens to keys except through the commands layer', () => {
    const root = path.resolve('src/ui');
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file));
    // The layer itself, the hook under it, the text area's typing and the runner's input guard
    // (quick-hide must blank the screen before any key reaches a screen).
    const allowed =
      /^(commands\/|hooks\/use-keys\.ts$|text-area\/|input-guard\.ts$|components\/InputGuard\.tsx$)/;
    const listening = files.filter(
      (file) =>
        !allowed.test(file) &&
        /\buse(Input|Keys|Stdin)\(|internal_eventEmitter/.test(
          fs.readFileSync(path.join(root, file), 'utf8'),
        ),
    );
    expect(listening).toEqual([]);
  });
});
