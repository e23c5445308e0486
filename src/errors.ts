/** Exit codes, from the command-line contract. */
export const EXIT = { ok: 0, runtime: 1, usage: 2 } as const;

/** Something wrong with what was typed on the command line: one sentence, exit 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
}

/** Something that went wrong while running: one sentence, exit 1. */
export class RuntimeError extends Error {
  readonly exitCode = EXIT.runtime;
}
