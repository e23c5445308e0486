import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseDeck, type Deck } from '../../src/decks/index.js';

const FIXTURES = 'test/fixtures/decks/good';

function deckOf(text: string, file = 'deck.md'): Deck {
  const result = parseDeck(text, file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.deck;
}

const MINIMAL = '---\nid: minimal\ntitle: Minimal\n---\n\n## What hurt the most?\n';

describe('parseDeck', () => {
  it('reads a minimal deck with defaults', () => {
    expect(deckOf(MINIMAL)).toEqual({
      id: 'minimal',
      title: 'Minimal',
      summary: '',
      practice: '',
      solo: false,
      options: { validate: false, empathize: false },
      prompts: [{ title: 'What hurt the most?' }],
      source: 'file',
      path: 'deck.md',
    });
  });

  it('reads the settings, guidance for each role, floors and the intro', () => {
    const deck = deckOf(
      [
        '---',
        'id: full',
        'title: Full deck',
        'summary: All of it.',
        'practice: hard-questions',
        'turn: 1m30s',
        'max: 45m',
        'validate: true',
        'empathize: true',
        '---',
        '',
        '# Full deck',
        '',
        'Welcome to',
        'this deck.',
        '',
        '## Why do you think this happened?',
        'Floor: repairing',
        '',
        'Speaker: Say what you understand,',
        'as honestly as you can.',
        'Listener: You do not have to agree.',
        '',
        'Either of you may skip this.',
        '',
        'Speaker: A second note.',
        '',
        '## What has hurt the most?',
        '',
        'Floor: hurt',
      ].join('\n'),
      'full.md',
    );
    expect(deck).toMatchObject({
      id: 'full',
      title: 'Full deck',
      summary: 'All of it.',
      practice: 'hard-questions',
      turnMs: 90_000,
      maxMs: 45 * 60_000,
      options: { validate: true, empathize: true },
      intro: 'Welcome to this deck.',
    });
    expect(deck.prompts).toEqual([
      {
        title: 'Why do you think this happened?',
        floor: 'repairing',
        speakerGuidance: 'Say what you understand, as honestly as you can.\n\nA second note.',
        listenerGuidance: 'You do not have to agree.',
        guidance: 'Either of you may skip this.',
      },
      { title: 'What has hurt the most?', floor: 'hurt' },
    ]);
  });

  it('takes the source it is given', () => {
    const result = parseDeck(MINIMAL, '/decks/minimal.md', 'user');
    expect(result.ok && result.deck.source).toBe('user');
    expect(result.ok && result.deck.path).toBe('/decks/minimal.md');
  });

  it('reads a solo deck', () => {
    const deck = deckOf(
      '---\nid: alone\ntitle: Alone\nsolo: true\nturn: 5m\n---\n## What is on your mind?\nSpeaker: Write.\n',
    );
    expect(deck.solo).toBe(true);
    expect(deck.prompts).toEqual([{ title: 'What is on your mind?', speakerGuidance: 'Write.' }]);
  });

  it('accepts markdown habits: bold labels, comments, lists, hard breaks, closing hashes', () => {
    const deck = deckOf(readFileSync(`${FIXTURES}/markdown-ish.md`, 'utf8'));
    expect(deck.intro).toBe(
      'Welcome. This intro is shown before you start, and it flows as one paragraph.\n\nEither of you may skip any prompt.',
    );
    expect(deck.summary).toBe('Uses bold labels, comments, lists and hard breaks: all allowed.');
    expect(deck.prompts).toEqual([
      {
        title: 'What do you need from me this week?',
        floor: 'both',
        speakerGuidance: 'Say one thing, only one.',
        listenerGuidance: 'Say it back.',
        guidance:
          'Some ideas:\n- a walk\n- an early night\n1. first\n2. second\n\n### A smaller heading\n\nLine one\nline two',
      },
      {
        title: 'Say it plainly: this is what I did.',
        floor: 'repairing',
        speakerGuidance: 'lowercase labels work too.',
      },
    ]);
  });

  it('reads prompts in CJK, Arabic, emoji and accented Latin', () => {
    const deck = deckOf(readFileSync(`${FIXTURES}/world.md`, 'utf8'));
    expect(deck.title).toBe('心の声 · صوت القلب · Cœur à cœur 💞');
    expect(deck.practice).toBe('Écouter vraiment');
    expect(deck.turnMs).toBe(150_000);
    expect(deck.intro).toBe('はじめに：どの質問も飛ばしてかまいません。');
    expect(deck.prompts).toEqual([
      {
        title: '何がいちばんつらかったですか？',
        floor: 'hurt',
        speakerGuidance: 'ゆっくり話してください。急がなくて大丈夫です。',
        listenerGuidance: '聞いたことを自分の言葉で返してください。',
      },
      { title: '你现在最需要什么？', guidance: '慢慢说，不用着急。' },
      {
        title: '우리가 다시 가까워지려면 무엇이 필요할까요?',
        speakerGuidance: '천천히 말해도 괜찮아요.',
      },
      {
        title: 'ما الذي جرحك أكثر؟',
        floor: 'repairing',
        speakerGuidance: 'خذ وقتك.',
        listenerGuidance: 'قل ما سمعته بكلماتك.',
      },
      {
        title: 'What made you smile this week? 😊👩‍❤️‍👨🇧🇷',
        guidance: 'Emoji in guidance too: 🌱 🤝🏽',
      },
      { title: 'Qu’est-ce qui t’a le plus blessé·e, Zoë ? Ça, à São Paulo, Ñandú, Łódź…' },
    ]);
  });

  it('normalises decomposed accents, so text measures and compares as typed', () => {
    const decomposed = 'Qu’est-ce qui t’a blessé, Zoë ?'.normalize('NFD');
    const deck = deckOf(`---\nid: nfd\ntitle: Café\n---\n## ${decomposed}\n`.normalize('NFD'));
    expect(deck.title).toBe('Café'.normalize('NFC'));
    expect(deck.prompts[0]?.title).toBe('Qu’est-ce qui t’a blessé, Zoë ?'.normalize('NFC'));
  });

  it('reads Windows line endings and a byte order mark', () => {
    const deck = deckOf('\uFEFF' + MINIMAL.replace(/\n/g, '\r\n') + 'Take your time.\r\n');
    expect(deck.prompts).toEqual([{ title: 'What hurt the most?', guidance: 'Take your time.' }]);
  });

  it('treats an empty optional setting as not given', () => {
    const deck = deckOf('---\nid: blank\ntitle: Blank\nmax:\nsummary:\n---\n## Why?\n');
    expect(deck.maxMs).toBeUndefined();
    expect(deck.summary).toBe('');
  });

  it('accepts a number where text is expected', () => {
    expect(deckOf('---\nid: 1984\ntitle: 1984\n---\n## Why?\n')).toMatchObject({
      id: '1984',
      title: '1984',
    });
  });

  it('reports text with NUL bytes as not text, without a line', () => {
    expect(parseDeck('---\u0000', 'x.md')).toEqual({
      ok: false,
      problems: [
        {
          file: 'x.md',
          message: 'this is not a text file: a deck is a markdown file saved as plain text',
        },
      ],
    });
  });

  it('formats problems as file:line: message', () => {
    expect(formatProblem({ file: 'a.md', line: 3, message: 'oops' })).toBe('a.md:3: oops');
    expect(formatProblem({ file: 'a.md', message: 'oops' })).toBe('a.md: oops');
  });
});
