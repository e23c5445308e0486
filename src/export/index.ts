// `talkturn export`: one markdown document gathering the notes of a date range, to a file or
// to stdout; `--for-therapy` arranges it for a therapist.
import { RuntimeError } from '../errors.js';
import {
  applyReviews,
  collectAgreements,
  collectReviews,
  type AgreementReview,
} from '../notes/agreements.js';
import { sealAge } from '../notes/age-format.js';
import { checkinSeries } from '../notes/checkin-series.js';
import { PassphraseKeys } from '../notes/passphrase-keys.js';
import { openNotesFolder } from '../notes/open-folder.js';
import { printableName } from '../notes/read-notes.js';
import { inRange, parseDateRange, type DateRange } from './date-range.js';
import { plainExport } from './plain-export.js';
import { therapyExport } from './therapy-export.js';
import { writeExport } from './write-out.js';

export { inRange, parseDateRange, type DateRange } from './date-range.js';
export { plainExport } from './plain-export.js';
import { shareable } from './solo-writing.js';
export { therapyExport } from './therapy-export.js';
export { writeExport } from './write-out.js';

export interface ExportCommandOptions {
  notesDir: string;
  /** `YYYY-MM-DD`, included. */
  since?: string;
  /** `YYYY-MM-DD`, included. */
  until?: string;
  /** A file to write (0600, atomically); the document goes to `stdout` without it. */
  out?: string;
  /** Replace `out` if it exists. */
  force?: boolean;
  forTherapy?: boolean;
  /** Receives the whole document at once, or one line saying where it was saved. */
  stdout: (text: string) => void;
  err: (line: string) => void;
  /** Reviews of agreements, once sessions hold them; until then none, and all are open. */
  reviews?: readonly AgreementReview[];
  /** Opens the encrypted notes (`*.md.age`); a passphrase that opens none of them is exit 1. */
  passphrase?: string;
}

function nothingInRange(range: DateRange): string {
  if (range.since && range.until) {
    return `There are no notes from ${range.since} to ${range.until}, so nothing was exported.`;
  }
  if (range.since) return `There are no notes from ${range.since} on, so nothing was exported.`;
  if (range.until) return `There are no notes up to ${range.until}, so nothing was exported.`;
  return 'There are no notes to export yet. Whenever you are ready to begin: npx talkturn';
}

/**
 * Exports the notes. Throws a UsageError (exit 2) for a date that cannot be read or a range
 * that ends before it starts. Returns 0 when the document was written (or there was nothing to
 * export, said on `err`), 1 when the notes folder cannot be read or `out` cannot be written.
 */
export async function runExportCommand(opts: ExportCommandOptions): Promise<number> {
  const range = parseDateRange(opts.since, opts.until);
  // Only the notes of the range are read, and for a therapist the later ones too: an agreement
  // is reviewed in the sessions after it.
  const opened = await openNotesFolder(opts.notesDir, opts.passphrase, {
    since: range.since,
    until: opts.forTherapy ? null : range.until,
  });
  if ('error' in opened) {
    opts.err(opened.error);
    return 1;
  }
  const { folder, warnings } = opened;
  for (const warning of warnings) opts.err(warning);

  const inRangeNotes = folder.notes.filter((note) => inRange(note.when.date, range)).reverse();
  // Writing done alone is left out unless its writer chose to bring it.
  const notes = shareable(inRangeNotes);
  const forTherapist = opts.forTherapy === true && inRangeNotes.length > 0;
  if (notes.length === 0 && !forTherapist) {
    opts.err(nothingInRange(range));
    return 0;
  }
  // Questions kept for the therapist come only into the export for a therapist.
  const kept = opts.forTherapy
    ? await (
        await import('../questions/for-therapy.js')
      ).questionsForTherapy(opts.notesDir, opts.passphrase)
    : { questions: [] };
  if (kept.warning) opts.err(kept.warning);
  const document = opts.forTherapy
    ? therapyExport({
        questions: kept.questions,
        notes,
        therapyFrom: inRangeNotes,
        agreements: applyReviews(
          collectAgreements(notes),
          opts.reviews ?? collectReviews(folder.notes),
        ),
        checkins: checkinSeries(notes),
      })
    : plainExport(notes);

  if (opts.out === undefined) {
    opts.stdout(document);
    return 0;
  }
  // An export of encrypted notes is never written in the clear: it is locked with the same
  // passphrase, as an age file (`age -d` opens it).
  const locked = opts.passphrase !== undefined && notes.some((note) => note.name.endsWith('.age'));
  try {
    const file = locked
      ? writeExport(
          opts.out.endsWith('.age') ? opts.out : `${opts.out}.age`,
          sealAge(document, new PassphraseKeys(opts.passphrase ?? '', { ahead: 0 }).takeSync()),
          opts.force === true,
        )
      : writeExport(opts.out, document, opts.force === true);
    opts.stdout(
      locked
        ? `The export is saved in ${printableName(file)}, locked with the same passphrase.\n`
        : `The export is saved in ${printableName(file)}, readable only by you.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof RuntimeError) {
      opts.err(error.message);
      return 1;
    }
    throw error;
  }
}
