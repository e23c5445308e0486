// An encrypted session in a real terminal: the passphrase asked hidden and twice, nothing the
// couple typed on disk in plaintext (notes folder, autosave, temp folder), the notes opened with
// the age format's own decrypter, and an interrupted encrypted session resumed with its passphrase.
import { Decrypter } from 'age-encryption';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER, toReflection } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

const PASSPHRASE = 'our quiet harbour';
const SECRET = 'the secret about the money';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function expectNoPlaintext(dirs: string[], words: string[]) {
  for (const dir of dirs) {
    for (const file of filesUnder(dir)) {
      if (!statSync(file).isFile()) continue;
      const bytes = readFileSync(file, 'latin1');
      for (const word of words) expect(bytes, `${file} holds "${word}"`).not.toContain(word);
    }
  }
}

/** The encrypted autosave starts once its key is derived, a second or so after the start. */
async function journalWritten(notesDir: string): Promise<void> {
  const dir = path.join(notesDir, '.journal');
  for (let tries = 0; tries < 100; tries++) {
    const written = filesUnder(dir).some(
      (file) => file.endsWith('.jsonl') && statSync(file).size > 0,
    );
    if (written) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The encrypted autosave was never written.');
}

describe('an encrypted session', () => {
  it('asks the passphrase twice, keeps no plaintext, and saves notes that age opens', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-enc-'));
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'talkturn-enc-tmp-'));
    const args = ['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '5m', '--encrypt'];
    const term = startTalkturn(args, { home, env: { TMPDIR: tmp } });
    await term.waitFor('Passphrase:');
    await term.type(PASSPHRASE);
    term.write(ENTER);
    await term.waitFor('Once more');
    await term.type('something else');
    term.write(ENTER);
    await term.waitFor('did not match');
    await term.type(PASSPHRASE);
    term.write(ENTER);
    await term.waitFor('Once more');
    await term.type(PASSPHRASE);
    term.write(ENTER);
    await toReflection(term);
    await term.type(SECRET);
    await term.waitFor(SECRET);
    // While the session runs, its autosave holds the words: encrypted.
    await journalWritten(term.notesDir);
    expectNoPlaintext([term.notesDir, tmp, path.join(home, 'config')], [SECRET, 'Ana', 'Ben']);
    term.write(ENTER);
    await term.waitFor('did Ben get it?');
    term.write('1');
    await term.waitFor('Ben has the floor');
    term.write('f');
    await term.waitFor('Go to the closing now?');
    term.write('f');
    for (let field = 0; field < 6; field++) {
      await term.waitFor(field % 2 === 0 ? 'Ana, ' : 'Ben, ');
      term.write(ENTER);
    }
    await term.waitFor('Session saved', 15_000);
    term.write(ENTER);
    expect((await term.exited).exitCode).toBe(0);

    const saved = readdirSync(term.notesDir).filter((name) => !name.startsWith('.'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^\d{4}-\d{2}-\d{2}-\d{4}-session\.md\.age$/);
    expectNoPlaintext([term.notesDir, tmp, path.join(home, 'config')], [SECRET, 'Ana', 'Ben']);

    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSPHRASE);
    const notes = await decrypter.decrypt(
      readFileSync(path.join(term.notesDir, saved[0]!)),
      'text',
    );
    expect(notes).toContain(SECRET);
    expect(notes).toContain('Ana');
  }, 90_000);

  it('is resumed after a kill with its passphrase, the words in place', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-enc-'));
    const env = { TALKTURN_PASSPHRASE: PASSPHRASE };
    const args = ['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '5m', '--encrypt'];
    const term = startTalkturn(args, { home, env });
    await toReflection(term);
    await term.type(SECRET);
    await term.waitFor(SECRET);
    await journalWritten(term.notesDir);
    term.kill('SIGKILL');
    await term.exited;
    expectNoPlaintext([term.notesDir], [SECRET, 'Ana', 'Ben']);

    const again = startTalkturn(['resume'], { home });
    await again.waitFor('locked with a passphrase');
    await again.type('not it at all');
    again.write(ENTER);
    await again.waitFor('does not open', 15_000);
    const third = startTalkturn(['resume'], { home });
    await third.waitFor('locked with a passphrase');
    await third.type(PASSPHRASE);
    third.write(ENTER);
    await third.waitFor('Carry on: Ana & Ben', 15_000);
    third.write('1');
    await third.waitFor(SECRET);
    expect(third.screen()).toContain('Reflect back');
    third.write('\u0003');
    expect((await third.exited).exitCode).toBe(0);
  }, 90_000);
});
