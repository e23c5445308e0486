// `talkturn history`: past sessions and check-ins, the open agreements, and one partner's
// check-in numbers when asked by name (`--numbers NAME`), never both side by side.
import { collectReviews, type AgreementReview } from '../notes/agreements.js';
import { openNotesFolder } from '../notes/open-folder.js';
import { paintFor } from './paint.js';
import { renderHistory } from './render-history.js';

export { renderHistory, type HistoryOptions } from './render-history.js';
export { barRows, checkinChart, dateAxis } from './checkin-chart.js';
export { paintFor, type Paint } from './paint.js';

export interface HistoryCommandOptions {
  notesDir: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Terminal width; 80 when not known. Kept between 40 and 120. */
  columns?: number;
  /** Colour when true, unless NO_COLOR is set. Off by default (for pipes and files). */
  color?: boolean;
  /** For tests; `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** Reviews of agreements, once sessions hold them; until then none, and all are open. */
  reviews?: readonly AgreementReview[];
  /** Draws this partner's check-in numbers (never both partners' together). */
  numbersOf?: string;
  /** Opens the encrypted notes (`*.md.age`); a passphrase that opens none of them is exit 1. */
  passphrase?: string;
}

const DEFAULT_COLUMNS = 80;

/**
 * Prints the history. Returns the exit code: 0, also when some files were left out (each said
 * on `err`); 1 when the notes folder itself cannot be read. Never changes anything on disk.
 */
export async function runHistoryCommand(opts: HistoryCommandOptions): Promise<number> {
  const opened = await openNotesFolder(opts.notesDir, opts.passphrase);
  if ('error' in opened) {
    opts.err(opened.error);
    return 1;
  }
  const { folder, warnings } = opened;
  const asked = opts.columns !== undefined && Number.isFinite(opts.columns) ? opts.columns : 0;
  const columns = asked > 0 ? Math.min(120, Math.max(40, Math.floor(asked))) : DEFAULT_COLUMNS;
  const paint = paintFor(opts.color, opts.env ?? process.env);
  const lines = renderHistory(folder, {
    columns,
    paint,
    reviews: opts.reviews ?? collectReviews(folder.notes),
    ...(opts.numbersOf === undefined ? {} : { numbersOf: opts.numbersOf }),
  });
  for (const line of lines) opts.out(line.trimEnd());
  for (const warning of warnings) opts.err(warning);
  return 0;
}
