import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  escapeInline,
  normalizeText,
  parseSessionFrontMatter,
  quoteBlock,
  renderSessionMarkdown,
} from '../../src/notes/index.js';
import type { SessionFrontMatter } from '../../src/notes/index.js';
import { humanDuration } from '../../src/session/duration.js';
import type { SessionState } from '../../src/session/types.js';
import {
  completedState,
  config,
  exchange,
  MIN,
  TEXTS_IN_COMPLETED_STATE,
  turn,
  withAllTexts,
} from './fixtures.js';

const FRONT = /^---\n([\s\S]*?)\n---\n/;

/** The note as a person reads it: the hidden markers (for talkturn's own reading) taken out. */
function readable(markdown: string): string {
  return markdown
    .replace(/^<!-- talkturn:[^\n]*-->\n/gm, '')
    .replace(/ <!-- talkturn:[^\n]*?-->/g, '')
    .replace(/\n\n<!-- talkturn:[^\n]*-->(?=\n\n)/g, '');
}

function frontMatterOf(markdown: string): Record<string, unknown> {
  const block = FRONT.exec(markdown);
  expect(block, 'front matter block').not.toBeNull();
  return parse(block?.[1] ?? '') as Record<string, unknown>;
}

function headings(markdown: string, level: number): string[] {
  const body = markdown.replace(FRONT, '');
  return body.split('\n').filter((line) => new RegExp(`^#{${level}} `).test(line));
}

/** Lines of the body that are not inside a quote: the note's own structure. */
function structure(markdown: string): string[] {
  return markdown
    .replace(FRONT, '')
    .split('\n')
    .filter((line) => !line.startsWith('>'))
    .map((line) => line.replace(/ ?<!-- talkturn:[a-z]+(?: [a-z_]+(?:=[^\s]*)?)* -->/g, ''));
}

/** Every text a person typed that the front matter keeps. */
function frontTexts(front: SessionFrontMatter | null): string[] {
  const details = front?.details;
  if (!details) return [];
  return [
    ...details.agreements.map((a) => a.text),
    ...details.therapy.map((t) => t.text),
    ...details.appreciations.map((t) => t.text),
    ...details.reflections.flatMap((r) => (r.missing ? [r.text, r.missing] : [r.text])),
  ];
}

/** The front matter with every typed text blanked, to compare the rest. */
function frontShape(front: SessionFrontMatter | null): unknown {
  const details = front?.details;
  if (!details) return front;
  return {
    ...front,
    details: {
      ...details,
      agreements: details.agreements.map((a) => ({ ...a, text: '' })),
      therapy: details.therapy.map((t) => ({ ...t, text: '' })),
      appreciations: details.appreciations.map((t) => ({ ...t, text: '' })),
      reflections: details.reflections.map((r) => ({ ...r, text: '', missing: '' })),
    },
  };
}

/** The texts of the quotes, with CommonMark's backslash escapes and hard breaks undone. */
function quotes(markdown: string): string[] {
  const found: string[] = [];
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('>')) {
      current ??= [];
      current.push(line.replace(/^> ?/, '').replace(/ {2}$/, ''));
    } else if (current) {
      found.push(unescape(current.join('\n')));
      current = null;
    }
  }
  if (current) found.push(unescape(current.join('\n')));
  return found;
}

function unescape(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** What a quote should give back: the text as normalized, blank runs as one blank line. */
function expected(text: string): string {
  return normalizeText(text)
    .replace(/\t/g, '    ')
    .replace(/\n{3,}/g, '\n\n');
}

const BLOCK_START = /^( {0,3})([#>+*=_~:-]|\d{1,9}[.)]|<|\||`{3}|~{3}|\[)/;

const HOSTILE = [
  '---',
  '## heading',
  '# x',
  '```\ncode\n```',
  '~~~\nfence',
  '<script>alert(1)</script>',
  '<!-- hidden comment',
  '[[wikilink]] and ![[embed.png]]',
  '> not a quote of mine',
  '- a list\n+ another\n* and another',
  '1. first\n2) second',
  'A setext heading\n===',
  'Another one\n---',
  'trailing double spaces  \nnext line',
  '| a | b |\n|---|---|\n| c | d |',
  '[ref]: https://example.com',
  '%% obsidian comment that never ends',
  '$$\nx^2\n$$ and $5 for $6',
  'a block id ^abc123',
  '#tag in the middle and # at start',
  '    four spaces make code',
  '\ttab indented',
  'line one\r\nline two\rline three\u2028line four',
  'blank lines\n\n\n\nthen more',
  '\\ a backslash \\* and \\',
  '***\n___\n- - -',
  '\u001b[31mred\u001b[0m and a bell\u0007',
  '> [!warning] callout',
  'emoji 💛 and “quotes”',
  '&amp; &#35; entities',
];

describe('renderSessionMarkdown: structure', () => {
  const state = completedState();
  const markdown = readable(renderSessionMarkdown(state));

  it('opens with short, flat front matter that a YAML parser reads back', () => {
    expect(markdown.startsWith('---\n')).toBe(true);
    expect(frontMatterOf(markdown)).toEqual({
      talkturn: 2,
      kind: 'session',
      date: '2026-11-24T18:05:00+01:00',
      partners: ['Ana', 'Ben'],
      deck: 'trust-basics',
      deck_title: 'Trust basics',
      duration: '33m',
      duration_seconds: 33 * 60,
      completed: true,
      prompts: 2,
      turns: 2,
      pauses: 2,
      tags: ['talkturn', 'talkturn/session'],
    });
    // It fits on one screen of a note app, and every value is plain (no nested lists).
    const block = FRONT.exec(markdown)?.[0] ?? '';
    expect(block.split('\n').length).toBeLessThanOrEqual(24);
    for (const value of Object.values(frontMatterOf(markdown))) {
      if (Array.isArray(value)) for (const item of value) expect(typeof item).toBe('string');
      else expect(typeof value).not.toBe('object');
    }
  });

  it('has one title, a section per prompt and per closing part, a heading per turn', () => {
    expect(headings(markdown, 1)).toEqual([
      '# Our conversation, Tuesday 24 November 2026 at 18:05',
    ]);
    expect(headings(markdown, 2)).toEqual([
      '## 1. What hurt the most?',
      '## 2. What was missing?',
      '## What we appreciated',
      '## What we agree to try',
      '## Pauses',
      '## To bring to therapy',
    ]);
    expect(headings(markdown, 3)).toEqual([
      '### Ana had the floor (4 min)',
      '### Ben had the floor (2 min)',
    ]);
  });

  it('says who reflected, the answer to "Did I get it?", and what was missing', () => {
    expect(markdown).toContain(
      'Ben reflected back:\n\n> You felt alone that winter.\n\n“Did I get it?” Ana: **Partly, there is more.**\n\nWhat was missing:\n\n> It was also the lying.',
    );
    expect(markdown).toContain('Ana added more (2 min), and Ben reflected again:');
    expect(markdown).toContain('“Did I get it?” Ana: **Yes.**');
    expect(markdown).toContain('Ben, validating:\n\n> That makes sense, because I was not there.');
    expect(markdown).toContain('Ana, with empathy:\n\n> I imagine you feel tired.');
    expect(markdown).toContain('*We chose to skip this one for now.*');
  });

  it('lists pauses with who, when and how long, and the closing of each partner', () => {
    expect(markdown).toContain(
      '- Ana asked for a pause 12 min into the session, during a reflection. It lasted 5 min.',
    );
    expect(markdown).toContain('- We paused 30 min into the session');
    expect(markdown).toContain(
      '## What we agree to try\n\n**Ana:**\n\n> Text when late.\n\n**Ben:**\n\n> Weekly walk.',
    );
    expect(markdown.endsWith('> My shame.\n')).toBe(true);
  });

  it('keeps every typed text, exactly, in its own quote', () => {
    expect(quotes(markdown)).toHaveLength(TEXTS_IN_COMPLETED_STATE);
  });

  it('reads an unfinished session honestly', () => {
    const unfinished: SessionState = {
      ...state,
      completed: false,
      step: { kind: 'reflect', prompt: 0, speaker: 1, attempt: 0 },
      endedAt: null,
      record: {
        ...state.record,
        prompts: [
          {
            index: 0,
            title: 'What hurt the most?',
            skipped: false,
            turns: [turn(0, [exchange('You felt alone.')]), turn(1, [])],
          },
        ],
        closing: [
          { appreciation: '', agreement: '', therapy: '' },
          { appreciation: '', agreement: '', therapy: '' },
        ],
      },
    };
    const md = readable(renderSessionMarkdown(unfinished));
    expect(frontMatterOf(md).completed).toBe(false);
    expect(md).toContain('We stopped before the end.');
    expect(md).toContain('“Did I get it?” *Not answered yet.*');
    expect(md).toContain('*The session moved on before Ana reflected back.*');
    expect(md).toContain('## Closing\n\nWe did not reach the closing this time.');
    expect(md).not.toContain('## To bring to therapy');
  });

  it('renders a solo free-write as what was written', () => {
    const solo = completedState({
      config: config({ partners: ['Ana'], deck: { id: 'journal', title: 'Journal', solo: true } }),
      agreed: [true],
      record: {
        reviews: [],
        prompts: [
          {
            index: 0,
            title: 'Start where you are',
            skipped: false,
            turns: [{ speaker: 0, exchanges: [], writing: 'Today I was calm.', spokeMs: 5 * MIN }],
          },
        ],
        pauses: [],
        closing: [{ appreciation: 'Quiet.', agreement: '', therapy: 'Sleep.' }],
      },
    });
    const md = readable(renderSessionMarkdown(solo));
    expect(headings(md, 1)[0]).toMatch(/^# My notes, /);
    expect(md).toContain('### Ana wrote (5 min)\n\n> Today I was calm.');
    expect(md).toContain('## What I appreciated\n\n> Quiet.');
    expect(md).toContain('## What I want to try\n\n*Nothing written.*');
    expect(md).toContain('No pauses this time.');
    expect(frontMatterOf(md).partners).toEqual(['Ana']);
  });
});

describe('renderSessionMarkdown: typed text can never break the structure', () => {
  const benign = renderSessionMarkdown(withAllTexts(completedState(), 'plain words'));

  it.each(HOSTILE)('%j stays inside its quotes', (text) => {
    const markdown = renderSessionMarkdown(withAllTexts(completedState(), text));
    // Same structure as with harmless text: every line outside a quote is ours.
    expect(structure(markdown)).toEqual(structure(benign));
    // The front matter keeps the same fields, and every typed text exactly, as normalized.
    const front = parseSessionFrontMatter(markdown);
    expect(frontShape(front)).toEqual(frontShape(parseSessionFrontMatter(benign)));
    const typed = frontTexts(front);
    expect(typed).toHaveLength(2 + 2 + 2 + 3 + 1);
    for (const kept of typed) expect(kept).toBe(expected(text));
    // Each quote gives back exactly what was typed.
    const found = quotes(markdown);
    expect(found).toHaveLength(TEXTS_IN_COMPLETED_STATE);
    for (const quote of found) expect(quote).toBe(expected(text));
    // And no quoted line opens a block, a link, HTML, code, math or an Obsidian comment.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('>'))) {
      const content = line.replace(/^> ?/, '');
      expect(content).not.toMatch(BLOCK_START);
      expect(content).not.toMatch(/(^|[^\\])(\\\\)*[[<`|$^]/);
      expect(content).not.toMatch(/(^|[^\\])%%/);
      expect(content).not.toMatch(/\s{3,}$/);
    }
  });

  it('all of them at once, too', () => {
    const text = HOSTILE.join('\n');
    const markdown = renderSessionMarkdown(withAllTexts(completedState(), text));
    expect(structure(markdown)).toEqual(structure(benign));
    for (const quote of quotes(markdown)) expect(quote).toBe(expected(text));
  });

  it('an empty text reads as nothing written, never as an empty quote', () => {
    const markdown = renderSessionMarkdown(withAllTexts(completedState(), ' \n\t\n '));
    expect(quotes(markdown)).toEqual([]);
    // "What was missing" is optional: left out when empty, not shown as nothing.
    expect(markdown).not.toContain('What was missing:');
    expect(markdown.match(/\*Nothing written\.\*/g)).toHaveLength(TEXTS_IN_COMPLETED_STATE - 1);
  });
});

describe('names and titles', () => {
  const tricky = [
    'Ana "the brave": yes',
    '# Ben',
    '---',
    '- [[Ben]] <b>bold</b> *x* _y_ `z`',
    'yes',
    '1. Zoë 💛',
    "O'Brien: #1 | $5 %%",
  ];

  it.each(tricky.map((name, i) => [name, tricky[(i + 1) % tricky.length] ?? 'x']))(
    '%j and %j keep the front matter and the headings intact',
    (a, b) => {
      const state = completedState({
        config: config({
          partners: [a, b],
          deck: { id: 'trust-basics', title: `${a} deck`, solo: false },
        }),
      });
      const markdown = renderSessionMarkdown(state);
      const front = frontMatterOf(markdown);
      expect(front.partners).toEqual([a, b]);
      expect(front.deck_title).toBe(`${a} deck`);
      expect(parseSessionFrontMatter(markdown)?.partners).toEqual([a, b]);
      expect(headings(markdown, 1)).toHaveLength(1);
      expect(headings(markdown, 2)).toHaveLength(6);
      expect(headings(markdown, 3)).toHaveLength(2);
      expect(headings(markdown, 3)[0]).toMatch(/ had the floor \(4 min\)$/);
      // A name never starts a block, and only our own `**` make bold.
      for (const line of structure(markdown)) {
        const content = line.replace(/^(#+ (\d+\. )?|- )/, '');
        expect(content).not.toMatch(/^(\s*)(\d+[.)]|[-+*]\s|[#>|<`~=])/);
        expect(line).not.toMatch(/(^|[^\\])\[\[/);
      }
    },
  );

  it('a name typed over several lines is kept on one', () => {
    const state = completedState({ config: config({ partners: ['Ana\n## Maria', 'Ben'] }) });
    const markdown = renderSessionMarkdown(state);
    expect(frontMatterOf(markdown).partners).toEqual(['Ana ## Maria', 'Ben']);
    expect(headings(markdown, 2)).toHaveLength(6);
  });

  it('escapeInline leaves ordinary names alone', () => {
    expect(escapeInline('Anne-Marie')).toBe('Anne-Marie');
    expect(escapeInline('Zoë 💛')).toBe('Zoë 💛');
    expect(escapeInline('-x')).toBe('\\-x');
  });
});

describe('front matter', () => {
  it('parses back with parseSessionFrontMatter', () => {
    const markdown = renderSessionMarkdown(completedState());
    expect(parseSessionFrontMatter(markdown)).toMatchObject({
      talkturn: 2,
      kind: 'session',
      date: '2026-11-24T18:05:00+01:00',
      partners: ['Ana', 'Ben'],
      deck: 'trust-basics',
      deckTitle: 'Trust basics',
      duration: '33m',
      durationSeconds: 1980,
      completed: true,
      prompts: 2,
      turns: 2,
      pauses: 2,
    });
  });

  it('is valid for YAML 1.1 readers too (as some note apps use)', () => {
    const block = FRONT.exec(renderSessionMarkdown(completedState()))?.[1] ?? '';
    const old = parse(block, { version: '1.1' }) as Record<string, unknown>;
    expect(old.partners).toEqual(['Ana', 'Ben']);
    expect(old.date).toBeInstanceOf(Date);
    const yes = renderSessionMarkdown(
      completedState({ config: config({ partners: ['yes', 'no'] }) }),
    );
    const names = (parse(FRONT.exec(yes)?.[1] ?? '', { version: '1.1' }) as { partners: unknown })
      .partners;
    expect(names).toEqual(['yes', 'no']);
  });

  it('returns null for anything that is not a session note, never throws', () => {
    expect(parseSessionFrontMatter('# just a note')).toBeNull();
    expect(parseSessionFrontMatter('---\n: : :\n  - [\n---\n')).toBeNull();
    expect(parseSessionFrontMatter('---\ntitle: other\n---\n')).toBeNull();
    expect(parseSessionFrontMatter('---\ntalkturn: 1\n---')).toMatchObject({
      talkturn: 1,
      partners: [],
      completed: false,
    });
    expect(
      parseSessionFrontMatter('\uFEFF---\r\ntalkturn: 1\r\ndate: x\r\n---\r\nbody'),
    ).toMatchObject({
      date: 'x',
    });
  });
});

describe('helpers', () => {
  it('humanDuration', () => {
    expect(humanDuration(0)).toBe('0 s');
    expect(humanDuration(45_000)).toBe('45 s');
    expect(humanDuration(4 * MIN + 10_000)).toBe('4 min 10 s');
    expect(humanDuration(65 * MIN)).toBe('1 h 5 min');
    expect(humanDuration(120 * MIN)).toBe('2 h');
  });

  it('quoteBlock keeps line breaks as hard breaks and blank lines inside the quote', () => {
    expect(quoteBlock('one\ntwo\n\nthree')).toBe('> one  \n> two\n>\n> three');
    expect(quoteBlock('')).toBe('');
  });
});

describe('agreements from before', () => {
  it('are written with how they are going, and their reviews read back from the front matter', () => {
    const state = completedState();
    const reviewed = {
      ...state,
      record: {
        ...state.record,
        reviews: [
          { agreementId: 'old#1', text: 'Text when late.', by: 'Ana', status: 'helping' as const },
          { agreementId: 'old#2', text: '---\n## not a heading', by: 'Ben', status: null },
        ],
      },
    };
    const markdown = renderSessionMarkdown(reviewed);
    expect(markdown).toContain('## Agreements from before');
    expect(markdown).toContain('How it is going: It is helping.');
    expect(markdown).toContain('How it is going: Left for another time.');
    expect(markdown).not.toMatch(/^## not a heading$/m);
    expect(markdown).not.toMatch(/^---$\n^## not/m);
    // Left for another time was a look at it too: read back as such, so the brief and history
    // never say it was not looked at again.
    expect(parseSessionFrontMatter(markdown)?.details?.reviews).toEqual([
      { id: 'old#1', status: 'helping' },
      { id: 'old#2', status: 'later' },
    ]);
  });
});

describe('a turn off the record', () => {
  it('is written only as having happened', () => {
    const state = completedState();
    const prompts = state.record.prompts.map((p, i) =>
      i === 0
        ? { ...p, turns: p.turns.map((t, j) => (j === 0 ? { ...t, offRecord: true } : t)) }
        : p,
    );
    const offTurn = state.record.prompts[0]!.turns[0]!;
    expect(offTurn.exchanges.some((e) => e.reflection)).toBe(true);
    const markdown = renderSessionMarkdown({ ...state, record: { ...state.record, prompts } });
    expect(markdown).toContain('*This turn was held off the record.*');
    for (const exchange of offTurn.exchanges) {
      if (exchange.reflection) expect(markdown).not.toContain(exchange.reflection);
    }
  });
});
