import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  agreementId,
  bodyOf,
  frontMatterData,
  normalizeText,
  parseCheckinFrontMatter,
  parseSessionFrontMatter,
  renderCheckinMarkdown,
  renderSessionMarkdown,
} from '../../src/notes/index.js';
import type { SessionState } from '../../src/session/types.js';
import { completedState, config, exchange, MIN, turn, withAllTexts } from './fixtures.js';

const FRONT = /^---\n([\s\S]*?)\n---\n/;

/** Text that would break YAML, the front matter block or markdown if it were not quoted. */
const HOSTILE = [
  '---',
  'before\n---\nafter',
  '...\n--- \n---\t',
  'yes',
  'no',
  'null',
  '~',
  '123',
  '1e3',
  'key: value',
  '- a list item',
  '{ a: b }',
  '[1, 2]',
  '&anchor *alias !tag',
  '%YAML 1.2',
  '"double" and \'single\' quotes',
  'a \\ backslash and \\n not a newline',
  '# a comment?',
  'tabs\tinside\tand\ttrailing\t',
  'line one\r\nline two\rline three\u2028line four\u0085five',
  '\u001b[31mred\u001b[0m and a bell\u0007',
  'emoji 💛, 中文, and a zero-width\u200bspace',
  'blank lines\n\n\n\nthen more',
];

function roundTrip(state: SessionState) {
  return parseSessionFrontMatter(renderSessionMarkdown(state));
}

describe('session front matter: render, then parse, gives the same data', () => {
  it('for the completed fixture', () => {
    const state = completedState();
    expect(roundTrip(state)).toEqual(frontMatterData(state));
    expect(roundTrip(state)?.details).toMatchObject({
      agreements: [
        { id: '2026-11-24T18:05:00+01:00#1', by: 'Ana', text: 'Text when late.' },
        { id: '2026-11-24T18:05:00+01:00#2', by: 'Ben', text: 'Weekly walk.' },
      ],
      therapy: [
        { by: 'Ana', text: 'The winter.' },
        { by: 'Ben', text: 'My shame.' },
      ],
      pausedSeconds: 7 * 60,
    });
  });

  it.each(HOSTILE)('with %j typed everywhere', (text) => {
    const state = withAllTexts(completedState(), text);
    const markdown = renderSessionMarkdown(state);
    const front = parseSessionFrontMatter(markdown);
    expect(front).toEqual(frontMatterData(state));
    const details = front?.details;
    // Read back from the body: the text as its quote shows it (blank runs as one blank line).
    const shown = normalizeText(text).replace(/\n{3,}/g, '\n\n');
    expect(details?.agreements.map((a) => a.text)).toEqual(shown ? [shown, shown] : []);
    for (const r of details?.reflections ?? []) expect(r.text).toBe(shown);
    // The block ends where we ended it: the body starts with our title.
    expect(bodyOf(markdown).startsWith('\n# Our conversation, ')).toBe(true);
    // Every front matter line is ours: a key, or a list item, never a line of typed text.
    const block = FRONT.exec(markdown)?.[1] ?? '';
    for (const line of block.split('\n')) {
      expect(line).toMatch(/^( *- )?( *)[a-z_]+:( |$)|^ *- "/);
    }
  });

  it.each(HOSTILE.map((name) => [name]))('with %j as a name', (name) => {
    const state = completedState({ config: config({ partners: [name, 'Ben'] }) });
    const front = roundTrip(state);
    expect(front).toEqual(frontMatterData(state));
    const shown = normalizeText(name).replace(/\s+/g, ' ').trim() || 'Partner 1';
    expect(front?.details?.agreements[0]?.by).toBe(shown);
    expect(front?.details?.reflections[0]?.speaker).toBe(shown);
  });

  it('is read the same by YAML 1.1 readers (as some note apps use)', () => {
    const block = FRONT.exec(renderSessionMarkdown(completedState()))?.[1] ?? '';
    const old = parse(block, { version: '1.1' }) as Record<string, unknown>;
    expect(old).toMatchObject({ partners: ['Ana', 'Ben'], deck: 'trust-basics', completed: true });
    expect(roundTrip(completedState())?.details?.reflections.map((r) => r.answer)).toEqual([
      'partly',
      'yes',
      'yes',
    ]);
  });

  it('records an unanswered reflection, and no agreement for an empty closing', () => {
    const base = completedState();
    const state: SessionState = {
      ...base,
      completed: false,
      record: {
        ...base.record,
        prompts: [
          {
            index: 0,
            title: 'What hurt the most?',
            skipped: false,
            turns: [turn(0, [exchange('You felt alone.')])],
          },
        ],
        closing: [
          { appreciation: '', agreement: '  \n ', therapy: '' },
          { appreciation: '', agreement: 'Walk on Sundays.', therapy: '' },
        ],
      },
    };
    const details = roundTrip(state)?.details;
    expect(details?.reflections).toEqual([
      {
        prompt: 1,
        turn: 1,
        speaker: 'Ana',
        listener: 'Ben',
        text: 'You felt alone.',
        answer: null,
        missing: '',
      },
    ]);
    expect(details?.agreements).toEqual([
      { id: agreementId('2026-11-24T18:05:00+01:00', 1), by: 'Ben', text: 'Walk on Sundays.' },
    ]);
    expect(details?.therapy).toEqual([]);
  });

  it('a solo session keeps what I want to try, and no reflections', () => {
    const solo = completedState({
      config: config({ partners: ['Ana'], deck: { id: 'journal', title: 'Journal', solo: true } }),
      record: {
        reviews: [],
        prompts: [
          {
            index: 0,
            title: 'Start where you are',
            skipped: false,
            turns: [{ speaker: 0, exchanges: [], writing: 'Private words.', spokeMs: 5 * MIN }],
          },
        ],
        pauses: [],
        closing: [{ appreciation: '', agreement: 'Sleep more.', therapy: 'My anger.' }],
      },
    });
    const details = roundTrip(solo)?.details;
    expect(details?.reflections).toEqual([]);
    expect(details?.agreements.map((a) => [a.by, a.text])).toEqual([['Ana', 'Sleep more.']]);
    expect(JSON.stringify(details)).not.toContain('Private words.');
  });
});

describe('reading front matter written by hand or by an older talkturn', () => {
  it('a note without the details has details null, the rest as before', () => {
    const old =
      '---\ntalkturn: 1\ndate: 2026-11-24T18:05:00+01:00\npartners: ["Ana", "Ben"]\n---\n';
    expect(parseSessionFrontMatter(old)).toMatchObject({ kind: 'session', details: null });
  });

  it('entries that lost their text are dropped, odd values read as empty', () => {
    const edited = [
      '---',
      'talkturn: 1',
      'agreements:',
      '  - { by: "Ana" }',
      '  - { by: 7, text: "Call at noon." }',
      '  - just a string',
      'reflections:',
      '  - { prompt: 1, speaker: "Ana", text: "ok", answer: maybe }',
      'pause_log: nope',
      '---',
    ].join('\n');
    expect(parseSessionFrontMatter(edited)?.details).toEqual({
      agreements: [{ id: '', by: '', text: 'Call at noon.' }],
      reviews: [],
      skippedPrompts: [],
      broughtPrompts: [],
      therapy: [],
      appreciations: [],
      promptTitles: [],
      reflections: [
        {
          prompt: 1,
          turn: 0,
          speaker: 'Ana',
          listener: '',
          text: 'ok',
          answer: null,
          missing: '',
        },
      ],
      pauseLog: [],
      pausedSeconds: 0,
    });
  });

  it('sessions and check-ins are told apart by kind', () => {
    const checkin = renderCheckinMarkdown({
      partners: ['Ana', 'Ben'],
      dateIso: '2026-11-25T21:00:00+01:00',
      answers: [],
    });
    expect(parseSessionFrontMatter(checkin)).toBeNull();
    expect(parseCheckinFrontMatter(renderSessionMarkdown(completedState()))).toBeNull();
    expect(parseSessionFrontMatter('---\ntalkturn: 1\nkind: review\n---\n')).toBeNull();
  });
});
