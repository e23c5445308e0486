// Files in the age format (age-encryption.org/v1) with a passphrase (`scrypt`) recipient, so
// `age -d` opens them on any machine. Writing is done here, synchronously (node:crypto: a note
// can be sealed in a signal handler, with a key derived ahead of time); reading goes through
// the `age-encryption` library's Decrypter, with an identity that runs scrypt on node's thread
// pool rather than the event loop.
//
//   age-encryption.org/v1
//   -> scrypt <salt, base64> <log2 N>
//   <file key wrapped with ChaCha20-Poly1305 (scrypt key, zero nonce), base64, 64 columns>
//   --- <HMAC-SHA256 of the header above, base64>
//   <16-byte nonce><payload: ChaCha20-Poly1305 STREAM, 64 KiB chunks>
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Identity, Stanza } from 'age-encryption';
import {
  MAX_SCRYPT_LOG_N,
  SCRYPT_SALT_BYTES,
  type PassphraseKeys,
  type ScryptKey,
} from './passphrase-keys.js';

const INTRO = 'age-encryption.org/v1\n';
const CHUNK = 64 * 1024;
const used = new WeakSet<ScryptKey>();

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');
const fromB64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const hkdf = (ikm: Uint8Array, salt: Uint8Array, info: string) =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));

function seal(key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null {
  if (sealed.length < 16) return null;
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}

/** Base64 body lines of an age stanza: 64 columns, the last one shorter (empty if need be). */
function bodyLines(body: Uint8Array): string {
  const text = b64(body);
  let lines = '';
  for (let i = 0; i <= text.length; i += 64) lines += `${text.slice(i, i + 64)}\n`;
  return lines;
}

/**
 * Encrypts `plaintext` as an age file for the passphrase behind `key`. Instant: the scrypt was
 * done when the key was derived. A key seals one file only (its salt is used once).
 */
export function sealAge(plaintext: Uint8Array | string, key: ScryptKey): Uint8Array {
  if (used.has(key)) throw new Error('A scrypt key seals one file only.');
  used.add(key);
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  const fileKey = randomBytes(16);
  const wrapped = seal(key.kek, new Uint8Array(12), fileKey);
  const header = `${INTRO}-> scrypt ${b64(key.salt)} ${key.logN}\n${bodyLines(wrapped)}---`;
  const mac = createHmac('sha256', hkdf(fileKey, new Uint8Array(0), 'header'))
    .update(header, 'utf8')
    .digest();
  const nonce = randomBytes(16);
  const streamKey = hkdf(fileKey, nonce, 'payload');
  const parts: Uint8Array[] = [Buffer.from(`${header} ${b64(mac)}\n`, 'utf8'), nonce];
  const count = Math.max(1, Math.ceil(data.length / CHUNK));
  for (let i = 0; i < count; i++) {
    const chunkNonce = Buffer.alloc(12);
    chunkNonce.writeUIntBE(i, 5, 6);
    if (i === count - 1) chunkNonce[11] = 1;
    parts.push(seal(streamKey, chunkNonce, data.subarray(i * CHUNK, (i + 1) * CHUNK)));
  }
  return Buffer.concat(parts);
}

/** The age header is all there: its last line, `--- <mac>`, and the payload's nonce after it. */
function hasWholeHeader(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes).toString('latin1');
  const mac = text.indexOf('\n--- ');
  return mac !== -1 && text.indexOf('\n', mac + 1) !== -1;
}

/** Does this look like an age file (by its first line)? */
export function isAgeFile(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, INTRO.length)).toString('latin1') === INTRO;
}

export type OpenAgeResult =
  | { ok: true; plaintext: Uint8Array }
  | { ok: false; reason: 'wrong-passphrase' | 'not-passphrase' | 'damaged' };

/** An age scrypt identity whose scrypt runs on the thread pool, and says why it failed. */
class ThreadPoolScryptIdentity implements Identity {
  sawScrypt = false;
  keyOpened = false;

  constructor(private readonly keys: PassphraseKeys) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    for (const s of stanzas) {
      if (s.args[0] !== 'scrypt') continue;
      const [, saltText = '', logNText = ''] = s.args;
      if (stanzas.length !== 1 || s.args.length !== 3 || !/^[1-9][0-9]*$/.test(logNText)) {
        throw new Error('invalid scrypt stanza');
      }
      const salt = fromB64(saltText);
      const logN = Number(logNText);
      if (salt.length !== SCRYPT_SALT_BYTES || logN > MAX_SCRYPT_LOG_N) {
        throw new Error('invalid scrypt stanza');
      }
      if (s.body.length !== 32) throw new Error('invalid scrypt stanza');
      this.sawScrypt = true;
      const key = await this.keys.derive(salt, logN);
      const fileKey = open(key.kek, new Uint8Array(12), s.body);
      if (fileKey) {
        this.keyOpened = true;
        return new Uint8Array(fileKey);
      }
    }
    return null;
  }
}

/** Decrypts an age file with the passphrase behind `keys`. Never throws for bad input. */
export async function openAge(bytes: Uint8Array, keys: PassphraseKeys): Promise<OpenAgeResult> {
  const identity = new ThreadPoolScryptIdentity(keys);
  // Loaded only when an encrypted file is opened: writing, and plain notes, never need it.
  const { Decrypter } = await import('age-encryption');
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  try {
    return { ok: true, plaintext: await decrypter.decrypt(bytes) };
  } catch {
    if (identity.keyOpened) return { ok: false, reason: 'damaged' };
    if (identity.sawScrypt) return { ok: false, reason: 'wrong-passphrase' };
    // A whole header (it ends with the `---` MAC line) for another kind of key; else cut off or
    // damaged before any passphrase was tried: never "wrong passphrase" for that.
    return {
      ok: false,
      reason: isAgeFile(bytes) && hasWholeHeader(bytes) ? 'not-passphrase' : 'damaged',
    };
  }
}
