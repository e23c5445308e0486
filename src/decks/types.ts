// What a loaded deck is, and how a problem with a deck file is reported.
import type { PromptSpec, ProtocolOptions } from '../session/types.js';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';
import { plural } from '../words/format.js';

export type DeckSource = 'built-in' | 'user' | 'file';

export interface Deck {
  id: string;
  title: string;
  summary: string;
  /** A practice key from PRACTICES (the built-ins use them), or any short text in a user deck. */
  practice: string;
  /** Default length of one turn; absent when the deck leaves it to the command line. */
  turnMs?: number;
  /** Default time box for the whole session. */
  maxMs?: number;
  solo: boolean;
  options: ProtocolOptions;
  prompts: PromptSpec[];
  /** Text before the first prompt, for the author's welcome or notes; may be shown before starting. */
  intro?: string;
  /**
   * The language it is written in ("es"), from its `lang:` setting; a built-in deck in
   * prompts/ itself is English. A user's deck without one is shown in every language.
   */
  lang?: string;
  source: DeckSource;
  path: string;
}

export interface DeckProblem {
  file: string;
  line?: number;
  message: string;
}

export type ParseResult = { ok: true; deck: Deck } | { ok: false; problems: DeckProblem[] };

/** `file:line: message`, or `file: message` when the problem has no line. */
export function formatProblem(p: DeckProblem): string {
  return p.line === undefined ? `${p.file}: ${p.message}` : `${p.file}:${p.line}: ${p.message}`;
}

/** A deck that cannot be used. The message is ready to print as is; `problems` has every detail. */
export class DeckError extends Error {
  readonly problems: DeckProblem[];

  constructor(message: string, problems: DeckProblem[] = []) {
    super(message);
    this.name = 'DeckError';
    this.problems = problems;
  }

  static fromProblems(problems: DeckProblem[], checkFile?: string): DeckError {
    const [first] = problems;
    if (!first) return new DeckError(words().decks.library.cannotUse, problems);
    let message = formatProblem(first);
    if (problems.length > 1) {
      const file = checkFile ?? first.file;
      const more = problems.length - 1;
      message += words().decks.library.andMore(
        plural(more, words().decks.library.moreProblems),
        talkturnCommand(`decks --check ${quoteArg(file)}`),
      );
    }
    return new DeckError(message, problems);
  }
}

function quoteArg(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}
