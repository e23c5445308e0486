// The therapist's brief as data: a short sheet with set fields, every line with who wrote it.
// Built from the notes of a date range; never a reflection, never anything said off the record,
// never writing done alone unless its writer brought it; a line too long for one page is cut at a
// word and says the rest is in the notes. What the couple then takes out, how they order the
// topics and whether they share their numbers is `approval.ts`.
import type { Agreement, AgreementStatus } from '../../notes/agreements.js';
import { readCheckinTexts } from '../../notes/checkin-markdown.js';
import type { CheckinSeries } from '../../notes/checkin-series.js';
import type { WallClock } from '../../notes/dates.js';
import { oneLine } from '../../notes/markdown-escape.js';
import type { Note, SessionNote } from '../../notes/read-notes.js';
import type { Question } from '../../questions/types.js';
import { wallClock } from '../../notes/dates.js';
import { MAX_QUESTION_CHARS } from '../../session/limits.js';
import { nameKey } from '../../text/names.js';
import { graphemes } from '../../text/width.js';
import { words } from '../../words/index.js';

export type BriefSection = 'topic' | 'agreement' | 'helped' | 'hard' | 'question' | 'reflection';

export interface BriefItem {
  /** Stable within one brief: `<section>:<n>`. */
  id: string;
  section: BriefSection;
  /** Who wrote it: one of `Brief.partners`, or another name found in older notes. */
  by: string;
  /** On one line: a brief is a sheet of short lines. At most `BRIEF_LINE_CHARS` of it. */
  text: string;
  /** The line was longer and `text` is its start: the whole is in the notes (`briefText`). */
  shortened?: true;
  /** When it was written. */
  when: WallClock | null;
  /** Agreements: how it fared. */
  status?: AgreementStatus;
  /** Reflections: whose words it said back (`by` is the one who reflected). */
  of?: string;
}

export interface BriefTrend {
  name: string;
  /** One per check-in, oldest first; null where no number was given. */
  values: (number | null)[];
}

export interface Brief {
  /** The partners of the notes, each once (as the newest note names them). */
  partners: string[];
  /** The first and last day of the notes gathered. */
  from: WallClock | null;
  to: WallClock | null;
  talks: number;
  checkins: number;
  /** In the order the sheet shows them; topics in the couple's order. */
  items: BriefItem[];
  /** The check-in days and each partner's numbers: shown only when both agree to share. */
  checkinDays: WallClock[];
  trends: BriefTrend[];
  /** Earlier lines of what helped and what was hard, left out for the latest of each writer. */
  earlier: { helped: number; hard: number };
}

export interface BriefInput {
  /** The notes in the range, oldest first (writing done alone only when some was brought). */
  notes: readonly Note[];
  /** Where "to bring to therapy" is read from: the range's notes, writing done alone included. */
  therapyFrom: readonly Note[];
  agreements: readonly Agreement[];
  checkins: CheckinSeries;
  /** Questions the couple kept for the therapist. */
  questions: readonly Question[];
}

/** At most this many of what helped and what was hard per partner: the latest. */
export const LATEST_PER_PARTNER = 2;

/**
 * Reflections both agreed on ("Did I get it?" yes) offered to bring: the latest few. They start
 * out of the brief; only the couple's choice on screen brings one in.
 */
export const REFLECTIONS_OFFERED = 3;

/**
 * The most characters (as a person counts them) of one line the brief holds, so the brief stays
 * about one page: a question (at most `MAX_QUESTION_CHARS`) always fits whole, and a longer line
 * (a reflection pasted whole, a long topic) keeps its start, cut at a word.
 */
export const BRIEF_LINE_CHARS = MAX_QUESTION_CHARS;

/** A line's start within `BRIEF_LINE_CHARS`, cut after a word where one ends late enough. */
export function shortened(text: string): { text: string; shortened: boolean } {
  const kept: string[] = [];
  for (const g of graphemes(text)) {
    if (kept.length === BRIEF_LINE_CHARS) {
      const start = kept.join('');
      const space = start.search(/\s\S*$/u);
      const cut = space >= start.length * 0.6 && !/\s/u.test(g) ? start.slice(0, space) : start;
      return { text: cut.trimEnd(), shortened: true };
    }
    kept.push(g);
  }
  return { text, shortened: false };
}

/** A line's words as the screen and the file both show them: a shortened one says so. */
export function briefText(item: Pick<BriefItem, 'text' | 'shortened'>): string {
  return item.shortened ? `${item.text}${words().brief.restInNotes}` : item.text;
}

function sessions(notes: readonly Note[]): SessionNote[] {
  return notes.filter((note): note is SessionNote => note.kind === 'session');
}

/** The partners of the notes, each once, newest note first. */
export function partnersOf(notes: readonly Note[]): string[] {
  const seen = new Map<string, string>();
  for (const note of [...notes].reverse()) {
    for (const name of note.front.partners) {
      const key = nameKey(name);
      if (key && !seen.has(key)) seen.set(key, oneLine(name));
    }
  }
  return [...seen.values()];
}

interface Written {
  by: string;
  text: string;
  when: WallClock | null;
}

/** The latest `LATEST_PER_PARTNER` of each writer, back in date order. */
function latestPerWriter(written: Written[]): Written[] {
  const count = new Map<string, number>();
  const kept = [...written].reverse().filter((w) => {
    const n = count.get(nameKey(w.by)) ?? 0;
    count.set(nameKey(w.by), n + 1);
    return n < LATEST_PER_PARTNER;
  });
  return kept.reverse();
}

/** How many of `list` have words (those without are never shown). */
const written = (list: Written[]) => list.filter((w) => oneLine(w.text)).length;

export function buildBrief(input: BriefInput): Brief {
  const items: BriefItem[] = [];
  const add = (section: BriefSection, list: Written[], extra?: (i: number) => Partial<BriefItem>) =>
    list.forEach((w, i) => {
      const line = oneLine(w.text);
      if (!line) return;
      const { text, shortened: cut } = shortened(line);
      items.push({
        id: `${section}:${i + 1}`,
        section,
        by: oneLine(w.by),
        text,
        ...(cut ? { shortened: true as const } : {}),
        when: w.when,
        ...extra?.(i),
      });
    });

  add(
    'topic',
    sessions(input.therapyFrom).flatMap((s) =>
      (s.front.details?.therapy ?? []).map((t) => ({ ...t, when: s.when.wall })),
    ),
  );
  const agreements = [...input.agreements].sort(
    (a, b) => a.session.when.instant - b.session.when.instant,
  );
  add(
    'agreement',
    agreements.map((a) => ({ by: a.by, text: a.text, when: a.session.when.wall })),
    (i) => ({ status: agreements[i]?.status ?? 'open' }),
  );
  // What helped: what each appreciated at a closing or a check-in; what was hard: what stirred up
  // the hurt on a check-in day. Writing done alone never comes in here.
  const helped: Written[] = [];
  const hard: Written[] = [];
  for (const note of input.notes) {
    if (note.kind === 'session') {
      if (note.front.partners.length < 2) continue;
      for (const a of note.front.details?.appreciations ?? []) {
        helped.push({ ...a, when: note.when.wall });
      }
    } else {
      for (const t of readCheckinTexts(note.markdown, note.front.partners)) {
        if (t.field === 'appreciated') helped.push({ ...t, when: note.when.wall });
        if (t.field === 'stirred') hard.push({ ...t, when: note.when.wall });
      }
    }
  }
  const latestHelped = latestPerWriter(helped);
  const latestHard = latestPerWriter(hard);
  add('helped', latestHelped);
  add('hard', latestHard);
  add(
    'question',
    input.questions.map((q) => ({ by: q.by, text: q.text, when: wallClock(q.askedAt) })),
  );
  const confirmed = sessions(input.notes)
    .filter((s) => s.front.partners.length === 2)
    .flatMap((s) =>
      (s.front.details?.reflections ?? [])
        .filter((r) => r.answer === 'yes' && r.text)
        .map((r) => ({ by: r.listener, of: r.speaker, text: r.text, when: s.when.wall })),
    )
    .slice(-REFLECTIONS_OFFERED);
  add('reflection', confirmed, (i) => ({ of: oneLine(confirmed[i]?.of ?? '') }));

  // Writing done alone that stays private still names its writer among those who approve.
  const all = input.therapyFrom.length > 0 ? input.therapyFrom : input.notes;
  const dated = (input.notes.length > 0 ? input.notes : all).map((n) => n.when);
  return {
    partners: partnersOf(all),
    from: dated[0]?.wall ?? null,
    to: dated.at(-1)?.wall ?? null,
    talks: sessions(input.notes).length,
    checkins: input.notes.length - sessions(input.notes).length,
    items,
    checkinDays: input.checkins.checkins.map((c) => c.when.wall),
    trends: input.checkins.partners
      .filter((p) => p.values.some((v) => v !== null))
      .map((p) => ({ name: oneLine(p.name), values: p.values })),
    earlier: {
      helped: written(helped) - written(latestHelped),
      hard: written(hard) - written(latestHard),
    },
  };
}

/** Whether two names are one partner's (ignoring case, spacing and accents' forms). */
export { sameName as samePerson } from '../../text/names.js';
