import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDecksCommand, userDecksDir } from '../../src/decks/index.js';
import { capture, configWithDecks, deckText } from './helpers.js';

describe('talkturn decks', () => {
  it('lists every deck with id, title, prompt count, turn and summary', async () => {
    const configDir = await configWithDecks({ 'ours.md': deckText('ours', 'Our own deck') });
    const { out, err, sinks } = capture();
    expect(await runDecksCommand({ configDir, ...sinks })).toBe(0);
    expect(err).toEqual([]);

    expect(out[0]).toBe('Built-in decks');
    const text = out.join('\n');
    expect(text).toContain(
      [
        '  hard-questions (the default)',
        '    The hard questions · 5 prompts · 4m turns',
        '    Why it happened, how each of you felt back then, what was missing and what',
        '    hurt the most, asked to understand, not to accuse.',
      ].join('\n'),
    );
    expect(text).toContain(
      '  start-where-you-are\n    Start where you are · 5 prompts · 5m each · on your own, writing',
    );
    expect(text).toContain(
      [
        `Your decks (in ${userDecksDir(configDir)})`,
        '',
        '  ours',
        '    Our own deck · 1 prompt',
        '    For testing.',
      ].join('\n'),
    );
    expect(out.slice(-2)).toEqual([
      'Start with a deck:   talkturn start --deck ID',
      'Check a deck file:   talkturn decks --check FILE',
    ]);
    for (const line of out) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('says where to put decks when there are none yet', async () => {
    const configDir = await configWithDecks({});
    const { out, sinks } = capture();
    await runDecksCommand({ configDir, ...sinks });
    expect(out).toContain(
      `Your decks: none yet. Save a deck file (.md) in ${userDecksDir(configDir)} to see it here.`,
    );
  });

  it('warns about broken user decks on stderr and still lists the rest, exit 0', async () => {
    const configDir = await configWithDecks({
      'good.md': deckText('good'),
      'bad.md': '---\nid: bad\n---\n## Why?\n',
    });
    const { out, err, sinks } = capture();
    expect(await runDecksCommand({ configDir, ...sinks })).toBe(0);
    expect(out).toContain('  good');
    expect(out).toContain('  hard-questions (the default)');
    expect(err).toEqual([
      '',
      'This deck file has a problem and was left out:',
      `${join(configDir, 'decks', 'bad.md')}:1: the front matter has no title: add a line such as "title: Talking about what happened"`,
    ]);
  });

  it('wraps a long summary, in any script, within 80 columns', async () => {
    const summary = '長い説明文です。'.repeat(12);
    const configDir = await configWithDecks({
      'long.md': `---\nid: long\ntitle: 長い\nsummary: ${summary}\n---\n## 何が必要ですか？\n`,
    });
    const { out, sinks } = capture();
    await runDecksCommand({ configDir, ...sinks });
    const start = out.indexOf('  long');
    const lines = out.slice(start + 2, start + 5);
    expect(lines.join('').replace(/ {4}/g, '')).toBe(summary);
    const { default: stringWidth } = await import('string-width');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(78);
  });
});

describe('talkturn decks --check', () => {
  it('confirms a good deck with its title and prompt count, exit 0', async () => {
    const { out, err, sinks } = capture();
    const file = 'test/fixtures/decks/good/world.md';
    expect(await runDecksCommand({ check: file, ...sinks })).toBe(0);
    expect(out).toEqual([
      `${file}: ok, "心の声 · صوت القلب · Cœur à cœur 💞" (id many-scripts, 6 prompts)`,
    ]);
    expect(err).toEqual([]);
  });

  it('checks a built-in deck', async () => {
    const { out, sinks } = capture();
    expect(await runDecksCommand({ check: 'prompts/own-your-part.md', ...sinks })).toBe(0);
    expect(out).toEqual([
      'prompts/own-your-part.md: ok, "Owning it, without excuses" (id own-your-part, 4 prompts)',
    ]);
  });

  it('notes when a good deck takes a built-in id', async () => {
    const configDir = await configWithDecks({ 'copy.md': deckText('first-time', 'My copy') });
    const file = join(userDecksDir(configDir), 'copy.md');
    const { out, err, sinks } = capture();
    expect(await runDecksCommand({ check: file, configDir, ...sinks })).toBe(0);
    expect(out).toEqual([`${file}: ok, "My copy" (id first-time, 1 prompt)`]);
    expect(err).toEqual([
      `${file}: note: a built-in deck already has the id "first-time", so this file would be left out of your decks folder; give it another id to use it from there`,
    ]);
  });

  it('prints each problem as file:line: message and exits 1', async () => {
    const file = 'test/fixtures/decks/broken/many-problems.md';
    const { out, err, sinks } = capture();
    expect(await runDecksCommand({ check: file, ...sinks })).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(5);
    expect(err.map((l) => l.split(': ')[0])).toEqual([
      `${file}:1`,
      `${file}:2`,
      `${file}:3`,
      `${file}:8`,
      `${file}:10`,
    ]);
  });
});
