// Keys derived from a passphrase with scrypt, as the age format does (`scrypt` recipient).
// scrypt is slow on purpose (about 0.8 s here at the age default, 2^18): it runs on the thread
// pool (node:crypto, never on the event loop, so the screen keeps moving), ahead of need. Each
// derived key wraps exactly one file key (its salt is used once), so a session prepares one key
// for its journal and one for its notes while the couple reads the ground rules.
import { randomBytes, scrypt, scryptSync } from 'node:crypto';

/** age's default work factor. Lower values are for tests only: they make a guess cheaper. */
export const SCRYPT_LOG_N = 18;
/** The highest work factor accepted when opening a file (as age does). */
export const MAX_SCRYPT_LOG_N = 20;

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
export const SCRYPT_SALT_BYTES = 16;

/** A key-wrapping key for one file: the scrypt of the passphrase with a fresh salt. */
export interface ScryptKey {
  readonly salt: Uint8Array;
  readonly logN: number;
  readonly kek: Uint8Array;
}

function scryptParams(salt: Uint8Array, logN: number) {
  const label = Buffer.concat([Buffer.from(SCRYPT_LABEL, 'utf8'), salt]);
  const N = 2 ** logN;
  return { label, options: { N, r: 8, p: 1, maxmem: 256 * N * 8 } };
}

export function deriveScryptKey(
  passphrase: string,
  salt: Uint8Array,
  logN: number,
): Promise<ScryptKey> {
  const { label, options } = scryptParams(salt, logN);
  return new Promise((resolve, reject) => {
    scrypt(passphrase, label, 32, options, (error, kek) => {
      if (error) reject(error);
      else resolve({ salt, logN, kek });
    });
  });
}

export function deriveScryptKeySync(passphrase: string, salt: Uint8Array, logN: number): ScryptKey {
  const { label, options } = scryptParams(salt, logN);
  return { salt, logN, kek: scryptSync(passphrase, label, 32, options) };
}

export interface PassphraseOptions {
  /** Tests only: a cheaper scrypt. Production uses SCRYPT_LOG_N. */
  scryptLogNForTests?: number;
  /** How many keys to derive in the background right away (default 2: journal and notes). */
  ahead?: number;
}

interface Pending {
  promise: Promise<ScryptKey>;
  key: ScryptKey | null;
}

/**
 * The passphrase of an encrypted session, and single-use keys derived from it ahead of need.
 * The passphrase stays in memory for the session: a later save needs a key with a new salt.
 */
export class PassphraseKeys {
  readonly logN: number;
  private readonly pending: Pending[] = [];

  constructor(
    private readonly passphrase: string,
    options: PassphraseOptions = {},
  ) {
    if (passphrase === '') throw new Error('An empty passphrase protects nothing.');
    this.logN = options.scryptLogNForTests ?? SCRYPT_LOG_N;
    for (let i = 0; i < (options.ahead ?? 2); i++) this.prepare();
  }

  /** Starts deriving one more key in the background. */
  prepare(): void {
    const entry: Pending = {
      promise: deriveScryptKey(this.passphrase, randomBytes(SCRYPT_SALT_BYTES), this.logN),
      key: null,
    };
    entry.promise.then(
      (key) => {
        entry.key = key;
      },
      () => undefined,
    );
    this.pending.push(entry);
  }

  /** The next key, waiting for it in the background if it is not derived yet. */
  take(): Promise<ScryptKey> {
    const next = this.pending.shift();
    if (next) return next.promise;
    return deriveScryptKey(this.passphrase, randomBytes(SCRYPT_SALT_BYTES), this.logN);
  }

  /**
   * A key now: one already derived, else derived here, blocking (about 0.8 s). For a save that
   * must finish synchronously (a signal handler); in the normal course a derived one is ready.
   */
  takeSync(): ScryptKey {
    const index = this.pending.findIndex((entry) => entry.key !== null);
    if (index >= 0) {
      const [entry] = this.pending.splice(index, 1);
      if (entry?.key) return entry.key;
    }
    return deriveScryptKeySync(this.passphrase, randomBytes(SCRYPT_SALT_BYTES), this.logN);
  }

  /** Derives the key of an existing file (its salt and work factor), in the background. */
  derive(salt: Uint8Array, logN: number): Promise<ScryptKey> {
    return deriveScryptKey(this.passphrase, salt, logN);
  }
}

/** What a caller may pass: a passphrase, or keys already being derived from one. */
export type EncryptionOption = { passphrase: string } | PassphraseKeys;

export function passphraseKeys(
  option: EncryptionOption,
  options: PassphraseOptions = {},
): PassphraseKeys {
  return option instanceof PassphraseKeys ? option : new PassphraseKeys(option.passphrase, options);
}

/**
 * `TALKTURN_PASSPHRASE`, for scripts; null when unset or empty. Its risk is in the README:
 * other processes of the same user can read a process's environment, and a passphrase typed
 * on a command line stays in the shell's history.
 */
export function passphraseFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.TALKTURN_PASSPHRASE;
  return value === undefined || value === '' ? null : value;
}
