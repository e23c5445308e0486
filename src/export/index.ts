// `talkturn export`: one markdown document gathering the notes of a date range, to a file or
// to stdout; `--for-therapy` makes the therapist's brief instead, written only once both
// partners approved it (on screen, or `--approved-by "A,B"`), as markdown or one HTML page.
import { RuntimeError, UsageError } from '../errors.js';
import { wallClock, type WallClock } from '../notes/dates.js';
import { isoWithOffset } from '../session/index.js';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';
import { approvalByNames, approvedBrief, type Approval } from './brief/approval.js';
import { renderBriefHtml } from './brief/html.js';
import { renderBriefMarkdown } from './brief/markdown.js';
import { buildBrief, type Brief } from './brief/model.js';
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
import { checkExportTarget, writeExport } from './write-out.js';

export { inRange, parseDateRange, type DateRange } from './date-range.js';
export { plainExport } from './plain-export.js';
import { shareable } from './solo-writing.js';
export { buildBrief, type Brief } from './brief/model.js';
export { initialApproval, reduceApproval, type Approval } from './brief/approval.js';
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
  /** The brief's format: `md` or `html`; else from `out`'s ending, else markdown. */
  format?: string;
  /** `--approved-by "A,B"`: both partners approve the brief without a terminal. */
  approvedBy?: string;
  /** With `approvedBy`: both agree to share their check-in numbers. */
  shareNumbers?: boolean;
  /** The screens where both look the brief over and approve it; null when they did not. */
  approve?: (brief: Brief) => Promise<Approval | null>;
  /** Today, as the approval is dated (tests pass their own). */
  today?: WallClock;
}

type BriefFormat = 'md' | 'html';

/** `--format`, or the `--out` file's ending. Throws a UsageError for any other format. */
function briefFormat(opts: ExportCommandOptions): BriefFormat {
  const given = opts.format?.trim().toLowerCase();
  if (given === undefined) return /\.html?(\.age)?$/i.test(opts.out ?? '') ? 'html' : 'md';
  if (given === 'md' || given === 'markdown') return 'md';
  if (given === 'html') return 'html';
  throw new UsageError(words().brief.badFormat(printableName(opts.format ?? '')));
}

/** Checked before any note is read: how the brief will be approved, and in what format. */
function checkBriefFlags(opts: ExportCommandOptions): BriefFormat {
  const w = words().brief;
  if (!opts.forTherapy) {
    if (opts.format !== undefined || opts.approvedBy !== undefined || opts.shareNumbers) {
      throw new UsageError(w.needsForTherapy);
    }
    return 'md';
  }
  const format = briefFormat(opts);
  if (opts.shareNumbers && opts.approvedBy === undefined)
    throw new UsageError(w.shareNeedsApproval);
  // A brief is never written that nobody approved.
  if (opts.approvedBy === undefined && !opts.approve) throw new UsageError(w.noTerminal);
  return format;
}

function today(): WallClock {
  return (
    wallClock(isoWithOffset(new Date())) ?? { year: 1970, month: 1, day: 1, hour: 0, minute: 0 }
  );
}

function nothingInRange(range: DateRange): string {
  const w = words().export;
  if (range.since && range.until) return w.nothingBetween(range.since, range.until);
  if (range.since) return w.nothingSince(range.since);
  if (range.until) return w.nothingUntil(range.until);
  return w.nothingYet(talkturnCommand());
}

/**
 * Exports the notes. Throws a UsageError (exit 2) for a date that cannot be read or a range
 * that ends before it starts. Returns 0 when the document was written (or there was nothing to
 * export, said on `err`), 1 when the notes folder cannot be read or `out` cannot be written.
 */
export async function runExportCommand(opts: ExportCommandOptions): Promise<number> {
  const range = parseDateRange(opts.since, opts.until);
  const format = checkBriefFlags(opts);
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
  // An export of encrypted notes is never written in the clear: it is locked with the same
  // passphrase, as an age file (`age -d` opens it).
  const locked = opts.passphrase !== undefined && notes.some((note) => note.name.endsWith('.age'));
  const out =
    opts.out === undefined
      ? undefined
      : locked && !opts.out.endsWith('.age')
        ? `${opts.out}.age`
        : opts.out;
  let document: string;
  if (opts.forTherapy) {
    // Said before the couple spends time on the approval, not after.
    if (out !== undefined) {
      try {
        checkExportTarget(out, opts.force === true);
      } catch (error) {
        if (!(error instanceof RuntimeError)) throw error;
        opts.err(error.message);
        return 1;
      }
    }
    const brief = buildBrief({
      questions: kept.questions,
      notes,
      therapyFrom: inRangeNotes,
      agreements: applyReviews(
        collectAgreements(notes),
        opts.reviews ?? collectReviews(folder.notes),
      ),
      checkins: checkinSeries(notes),
    });
    const approval =
      opts.approvedBy !== undefined
        ? approvalByNames(brief, opts.approvedBy, opts.shareNumbers === true)
        : await opts.approve!(brief);
    if (approval === null) {
      opts.err(words().brief.notApproved);
      return 1;
    }
    if ('error' in approval) throw new UsageError(approval.error);
    const approved = approvedBrief(brief, approval, opts.today ?? today());
    document = format === 'html' ? renderBriefHtml(approved) : renderBriefMarkdown(approved);
  } else {
    document = plainExport(notes);
  }

  if (out === undefined) {
    opts.stdout(document);
    return 0;
  }
  const saidSaved = opts.forTherapy ? words().brief : words().export;
  try {
    const file = locked
      ? writeExport(
          out,
          sealAge(document, new PassphraseKeys(opts.passphrase ?? '', { ahead: 0 }).takeSync()),
          opts.force === true,
        )
      : writeExport(out, document, opts.force === true);
    opts.stdout(
      locked
        ? `${saidSaved.savedLocked(printableName(file))}\n`
        : `${saidSaved.saved(printableName(file))}\n`,
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
