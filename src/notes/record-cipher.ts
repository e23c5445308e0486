// One journal record sealed with the session's data key: `base64(nonce ‖ ciphertext ‖ tag)`,
// ChaCha20-Poly1305 with a fresh random 12-byte nonce (node:crypto: synchronous, microseconds).
// The journal id is the associated data, so a line cannot be moved into another journal.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE = 12;
const TAG = 16;
export const DATA_KEY_BYTES = 32;

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function sealLine(key: Uint8Array, aad: Uint8Array, text: string): string {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  const plain = Buffer.from(text, 'utf8');
  cipher.setAAD(aad, { plaintextLength: plain.length });
  const body = cipher.update(plain);
  const rest = cipher.final();
  return Buffer.concat([nonce, body, rest, cipher.getAuthTag()]).toString('base64');
}

/** The text of a sealed line, or null if it is not one (damaged, cut off, another key). */
export function openLine(key: Uint8Array, aad: Uint8Array, line: string): string | null {
  const data = Buffer.from(line.trim(), 'base64');
  if (data.length < NONCE + TAG) return null;
  try {
    const decipher = createDecipheriv('chacha20-poly1305', key, data.subarray(0, NONCE), {
      authTagLength: TAG,
    });
    decipher.setAAD(aad, { plaintextLength: data.length - NONCE - TAG });
    decipher.setAuthTag(data.subarray(data.length - TAG));
    const plain = Buffer.concat([
      decipher.update(data.subarray(NONCE, data.length - TAG)),
      decipher.final(),
    ]);
    return plain.toString('utf8');
  } catch {
    return null;
  }
}
