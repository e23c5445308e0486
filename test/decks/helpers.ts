import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Deck } from '../../src/decks/index.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh folder, removed after the test. */
export async function tempDir(prefix = 'talkturn-decks-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A config folder with a `decks/` folder holding the given files. */
export async function configWithDecks(files: Record<string, string>): Promise<string> {
  const configDir = await tempDir();
  await mkdir(join(configDir, 'decks'));
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(configDir, 'decks', name), text);
  }
  return configDir;
}

export function deckText(id: string, title = 'A deck', extra = ''): string {
  return `---\nid: ${id}\ntitle: ${title}\nsummary: For testing.\n${extra}---\n\n## What do you need?\n`;
}

export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, sinks: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

/** Every word a deck shows in a session: intro, prompt titles and all guidance. */
export const allText = (deck: Deck): string =>
  [
    deck.intro ?? '',
    ...deck.prompts.flatMap((p) => [
      p.title,
      p.guidance ?? '',
      p.speakerGuidance ?? '',
      p.listenerGuidance ?? '',
    ]),
  ].join('\n');
