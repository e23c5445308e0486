// The question ledger's screens as a couple uses them: writing a question (the note always
// there), who asked, marking one (Enter alone never marks), a moment that hurt (its counts for
// the writer alone), choosing what to bring to a talk, and the asker's mark after a turn.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { faultyFs, nodeFs } from '../../../src/notes/fs-layer.js';
import { openLedgerFile, type LedgerFile } from '../../../src/questions/ledger-file.js';
import { itemsToBring, promptsFor, questionsDeck } from '../../../src/questions/talk.js';
import { LayoutProvider } from '../../../src/ui/components/LayoutProvider.js';
import { MarkQuestion } from '../../../src/ui/questions/MarkQuestion.js';
import { MomentsFirst } from '../../../src/ui/questions/OwnMoments.js';
import { Text } from 'ink';
import { QuestionsApp } from '../../../src/ui/questions/QuestionsApp.js';
import { Setup, type SetupResult } from '../../../src/ui/setup/Setup.js';
import stringWidth from 'string-width';
import {
  KEY,
  renderWith,
  resize,
  settle,
  setupSession,
  typeKeys,
  useFakeTime,
} from '../harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const MONDAY = new Date('2026-11-23T20:00:00Z');

async function ledger(): Promise<LedgerFile> {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-qui-')), 'notes');
  return openLedgerFile(dir);
}

function renderApp(file: LedgerFile, startWith?: 'moment') {
  const onLeave = vi.fn();
  const view = render(
    <LayoutProvider>
      <QuestionsApp
        file={file}
        now={() => MONDAY}
        names={['Ana', 'Ben']}
        {...(startWith ? { startWith } : {})}
        onLeave={onLeave}
      />
    </LayoutProvider>,
  );
  return { ...view, onLeave };
}

describe('Your questions', () => {
  it('writes a question in a few keys, with the same gentle note, and keeps who asked', async () => {
    const file = await ledger();
    const { stdin, lastFrame } = renderApp(file);
    await settle();
    expect(lastFrame()).toContain('Your questions');
    expect(lastFrame()).toContain('No questions are open');
    stdin.write('n');
    await settle();
    const note = (lastFrame() ?? '').replace(/\s+/g, ' ');
    expect(note).toContain('what something meant tend to help more');
    expect(note).toContain('Graphic sexual detail is best left out');
    await typeKeys(stdin, 'Why then?');
    // Journaled as typed: the draft is in the ledger before Enter.
    expect(file.ledger().drafts.get('question')).toBe('Why then?');
    stdin.write(KEY.enter);
    await settle();
    expect(lastFrame()).toContain('Who is asking?');
    // Enter alone does not say who asked.
    stdin.write(KEY.enter);
    await settle();
    expect(file.ledger().questions).toHaveLength(0);
    stdin.write('2');
    await settle();
    expect(file.ledger().questions.map((q) => [q.text, q.by])).toEqual([['Why then?', 'Ben']]);
    expect(file.ledger().drafts.has('question')).toBe(false);
    expect(lastFrame()).toContain('“Why then?” — Ben, 23 Nov');
    expect(lastFrame()).toContain(
      'One question is waiting for a talk. Asking again is part of healing.',
    );
    file.close();
  });

  it('marks a question by its number only, and shows every change with its date', async () => {
    const file = await ledger();
    file.append({
      t: 'ask',
      id: 'q-1',
      text: 'Why then?',
      by: 'Ben',
      at: '2026-11-20T21:00:00+01:00',
    });
    const { stdin, lastFrame } = renderApp(file);
    await settle();
    stdin.write('3');
    await settle();
    expect(lastFrame()).toContain('Ben asked on 20 Nov · not brought to a talk yet');
    expect(lastFrame()).toContain('Asked again — asking again is part of healing.');
    stdin.write(KEY.enter);
    await settle();
    expect(file.ledger().questions[0]?.history).toHaveLength(1);
    stdin.write('3');
    await settle();
    expect(file.ledger().questions[0]?.status).toBe('asked-again');
    expect(lastFrame()).toContain('asked again');
    stdin.write('3');
    await settle();
    expect(lastFrame()).toContain('20 Nov: still open');
    expect(lastFrame()).toContain('23 Nov: asked again');
    file.close();
  });

  it('a moment that hurt is private: counts for its writer alone, not on the shared list', async () => {
    const file = await ledger();
    const { stdin, lastFrame } = renderApp(file);
    await settle();
    stdin.write('2');
    await settle();
    expect(lastFrame()).toContain('Who is writing?');
    stdin.write('2');
    await settle();
    await typeKeys(stdin, 'in the car');
    stdin.write(KEY.enter);
    await settle();
    expect(lastFrame()).toContain('How strong was it');
    stdin.write('7');
    await settle();
    await typeKeys(stdin, 'a song');
    stdin.write(KEY.enter);
    await settle();
    stdin.write(KEY.enter);
    await settle();
    expect(lastFrame()).toContain('bring this moment to your next talk or check-in?');
    stdin.write(KEY.enter);
    await settle();
    expect(file.ledger().moments).toHaveLength(0);
    stdin.write('1');
    await settle();
    expect(file.ledger().moments[0]).toMatchObject({
      by: 'Ben',
      when: 'in the car',
      strength: 7,
      trigger: 'a song',
      bring: true,
    });
    expect(lastFrame()).toContain('Moments you have written: 1 in the last week');
    expect(lastFrame()).toContain('This is for you alone');
    stdin.write(KEY.enter);
    await settle();
    expect(lastFrame()).toContain('No questions are open');
    expect(lastFrame()).not.toContain('a song');
    file.close();
  });

  it('chooses which questions to bring, then the talk has them as its prompts', async () => {
    const file = await ledger();
    for (const [id, text] of [
      ['q-1', 'Why then?'],
      ['q-2', 'Who else knew?'],
    ] as const) {
      file.append({ t: 'ask', id, text, by: 'Ben', at: '2026-11-23T21:00:00+01:00' });
    }
    const done = vi.fn<(result: SetupResult) => void>();
    const { stdin, lastFrame } = render(
      <LayoutProvider>
        <Setup
          width={80}
          showSafety={false}
          names={['Ana', 'Ben']}
          rememberedNames={[]}
          deck={questionsDeck()}
          decks={[]}
          turnMs={60_000}
          askTurn={false}
          talk={{ items: itemsToBring(file.ledger()), limit: 1 }}
          onDone={done}
        />
      </LayoutProvider>,
    );
    await settle();
    expect(lastFrame()).toContain('Which would you like to bring up today?');
    stdin.write('3');
    await settle();
    expect(lastFrame()).toContain('Tick at least one');
    stdin.write('2');
    await settle();
    stdin.write('1');
    await settle();
    expect(lastFrame()).toContain('Up to 1 for this talk');
    stdin.write('3');
    await settle();
    expect(done).toHaveBeenCalledTimes(1);
    const prompts = done.mock.calls[0]?.[0].deck.prompts ?? [];
    expect(prompts.map((p) => [p.title, p.question?.asker])).toEqual([['Who else knew?', 1]]);
    file.close();
  });

  it('after the turn, the asker marks it: by number, never by Enter alone', async () => {
    const prompts = promptsFor(
      [
        {
          kind: 'question',
          question: {
            id: 'q-1',
            text: 'Why then?',
            by: 'Ben',
            askedAt: '2026-11-23T21:00:00+01:00',
            status: 'open',
            history: [],
            talks: [],
          },
        },
      ],
      ['Ana', 'Ben'],
    );
    const { store, ui } = setupSession({ prompts });
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'You felt alone' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    const { stdin, lastFrame } = renderWith(ui, <MarkQuestion state={store.getState()} />);
    await settle();
    expect(lastFrame()).toContain('Where does this question stand?');
    expect(lastFrame()).toContain('Ben, you asked this');
    stdin.write(KEY.enter);
    await settle();
    expect(store.getState().step.kind).toBe('mark');
    stdin.write('3');
    await settle();
    expect(store.getState().record.prompts[0]?.mark).toBe('therapist');
    expect(store.getState().step.kind).toBe('closing');
  });

  it('an unfinished moment opens only for its writer, after "Who is writing?"', async () => {
    const file = await ledger();
    const first = renderApp(file, 'moment');
    await settle();
    first.stdin.write('1');
    await settle();
    await typeKeys(first.stdin, 'when his phone rang at two');
    first.unmount();
    // Ben sits down next: asked first, and Ana's words are nowhere on his screens.
    const next = renderApp(file, 'moment');
    await settle();
    expect(next.lastFrame()).toContain('Who is writing?');
    expect(next.lastFrame()).not.toContain('phone');
    next.stdin.write('2');
    await settle();
    expect(next.lastFrame()).toContain('Ben');
    expect(next.lastFrame()).not.toContain('phone');
    await typeKeys(next.stdin, 'at dinner');
    next.unmount();
    // Ana comes back to hers, whole; Ben's is his own.
    const again = renderApp(file, 'moment');
    await settle();
    expect(again.lastFrame()).not.toContain('phone');
    again.stdin.write('1');
    await settle();
    expect(again.lastFrame()).toContain('when his phone rang at two');
    expect(again.lastFrame()).not.toContain('at dinner');
  });

  it('a moment left unfinished by an older talkturn is its writer’s alone too', async () => {
    const file = await ledger();
    for (const [key, text] of [
      ['moment:by', 'Ana'],
      ['moment:when', 'after the school run'],
    ]) {
      file.append({ t: 'draft', key: key!, text: text!, at: '2026-11-23T08:00:00+01:00' });
    }
    const view = renderApp(file, 'moment');
    await settle();
    expect(view.lastFrame()).toContain('Who is writing?');
    view.stdin.write('2');
    await settle();
    expect(view.lastFrame()).not.toContain('after the school run');
    view.unmount();
    const ana = renderApp(file, 'moment');
    await settle();
    ana.stdin.write('1');
    await settle();
    expect(ana.lastFrame()).toContain('after the school run');
  });

  it('a moment brought to a check-in: owned first, its writer says if it helped, then the check-in', async () => {
    const file = await ledger();
    file.append({
      ...{ t: 'moment', id: 'm-1', by: 'Ben', at: '2026-11-23T08:00:00+01:00', when: 'in the car' },
      ...{ strength: null, trigger: 'a song', helped: '', bring: true },
    });
    const { stdin, lastFrame } = render(
      <LayoutProvider>
        <MomentsFirst file={file} now={() => MONDAY} occasion="2026-11-23T21:00:00+01:00">
          <Text>The check-in</Text>
        </MomentsFirst>
      </LayoutProvider>,
    );
    await settle();
    const screen = (lastFrame() ?? '').replace(/\s+/g, ' ');
    expect(screen).toContain('Ben wrote down a moment that hurt, on 23 Nov');
    expect(screen).toContain('What set it off: a song');
    expect(screen).toContain("That makes sense; I did that. I'm here.");
    stdin.write(KEY.enter);
    await settle();
    expect(file.ledger().moments[0]?.owned).toBeUndefined();
    stdin.write('2');
    await settle();
    expect(file.ledger().moments[0]?.owned?.helped).toBe('a-little');
    expect(lastFrame()).toContain('The check-in');
    file.close();
  });

  it.each([
    [80, 24],
    [40, 12],
  ])(
    'fits the list, a question, the writing screen and a moment in %ix%i',
    async (columns, rows) => {
      const file = await ledger();
      for (let i = 0; i < 8; i++) {
        file.append({
          t: 'ask',
          id: `q-${i}`,
          text: 'Why? '.repeat(30),
          by: 'Ben',
          at: '2026-11-23T21:00:00+01:00',
        });
      }
      const view = renderApp(file);
      resize(view.stdout, columns, rows);
      await settle();
      const fits = () => {
        const lines = (view.lastFrame() ?? '').split('\n');
        expect(lines.length).toBeLessThan(rows);
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
        expect(view.lastFrame()).toMatch(/Ctrl\+C/);
      };
      fits();
      for (const keys of ['3', KEY.esc, 'n', KEY.esc, '2', '1']) {
        view.stdin.write(keys);
        await settle();
        fits();
      }
      file.close();
    },
  );

  it('says so when the disk refuses a write, keeps the words, and writes them all once it can', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-qui-')), 'notes');
    (await openLedgerFile(dir)).close();
    let full = true;
    const file = await openLedgerFile(dir, {
      fs: faultyFs(nodeFs, () => (full ? 'ENOSPC' : null)),
    });
    const { stdin, lastFrame } = renderApp(file);
    await settle();
    stdin.write('n');
    await settle();
    await typeKeys(stdin, 'Why');
    expect(lastFrame()).toMatch(/disk is full/i);
    full = false;
    await typeKeys(stdin, '?');
    expect(lastFrame()).not.toMatch(/disk is full/i);
    file.close();
    const again = await openLedgerFile(dir);
    expect(again.ledger().drafts.get('question')).toBe('Why?');
    again.close();
  });
});
