// Shared by the encryption tests: a cheap scrypt (tests only), and a scan of folders for text
// that must never reach the disk in the clear.
import fs from 'node:fs';
import path from 'node:path';
import { Decrypter } from 'age-encryption';
import { PassphraseKeys } from '../../src/notes/index.js';

export const PASSPHRASE = 'correct horse battery staple';
/** 2^10 instead of 2^18: milliseconds instead of a second per key. Never in production. */
export const TEST_LOG_N = 10;

export function testKeys(passphrase = PASSPHRASE, ahead = 2): PassphraseKeys {
  return new PassphraseKeys(passphrase, { scryptLogNForTests: TEST_LOG_N, ahead });
}

/** Opens an age file as the age tool does: the library's own Decrypter and the passphrase. */
export async function ageDecrypt(bytes: Uint8Array, passphrase = PASSPHRASE): Promise<string> {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  return decrypter.decrypt(bytes, 'text');
}

/** Every file under `root` (modified since `sinceMs`), and which of `needles` each holds. */
export function scanForText(
  root: string,
  needles: string[],
  sinceMs = 0,
): { files: number; hits: string[] } {
  const hits: string[] = [];
  let files = 0;
  const visit = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 4) visit(file, depth + 1);
      if (!entry.isFile()) continue;
      let data: Buffer;
      try {
        if (fs.statSync(file).mtimeMs < sinceMs) continue;
        data = fs.readFileSync(file);
      } catch {
        continue;
      }
      files++;
      const text = data.toString('utf8');
      const latin = data.toString('latin1');
      for (const needle of needles) {
        if (text.includes(needle) || latin.includes(needle)) hits.push(`${file}: ${needle}`);
      }
    }
  };
  visit(root, 0);
  return { files, hits };
}
