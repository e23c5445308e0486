import { askNewPassphrase } from './passphrase-prompt.js';
import { PassphraseKeys, passphraseFromEnv } from '../notes/passphrase-keys.js';

/**
 * The keys that lock a new session or check-in: undefined when nothing is to be locked, null when
 * the person stopped instead of choosing a passphrase. The keys derive in the background from here.
 */
export async function keysForNewLock(encrypt: boolean): Promise<PassphraseKeys | undefined | null> {
  if (!encrypt) return undefined;
  const passphrase = passphraseFromEnv() ?? (await askNewPassphrase());
  return passphrase === null ? null : new PassphraseKeys(passphrase);
}
