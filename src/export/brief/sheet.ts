// The approved brief laid out as a sheet: its title, one line of what it covers, then each
// section with its lines and who wrote each. Both the markdown and the printable page are made
// from this one layout, so they always say the same.
import type { WallClock } from '../../notes/dates.js';
import { dayMonth, list, longDate, number, plural } from '../../words/format.js';
import { words } from '../../words/index.js';
import type { ApprovedBrief } from './approval.js';
import { briefText, type BriefItem, type BriefSection, type BriefTrend } from './model.js';

export interface SheetLine {
  text: string;
  /** "— Ana, 22 Nov: it is helping". */
  byline: string;
}

export interface SheetSection {
  heading: string;
  /** A sentence under the heading. */
  note?: string;
  lines: SheetLine[];
  /** Numbered: the topics, in the couple's order. */
  ordered: boolean;
  /** Said when there are no lines. */
  empty?: string;
  /** The check-in numbers, one chart per partner (never two on one chart). */
  trends?: { trend: BriefTrend; days: WallClock[]; label: string; alt: string }[];
}

export interface Sheet {
  title: string;
  covers: string;
  sections: SheetSection[];
  approved: string;
  ours: string;
}

function covers(brief: ApprovedBrief): string {
  const w = words().brief;
  const counts = [
    ...(brief.talks ? [plural(brief.talks, w.talks)] : []),
    ...(brief.checkins ? [plural(brief.checkins, w.checkins)] : []),
  ];
  const span = brief.from && brief.to ? w.span(longDate(brief.from), longDate(brief.to)) : '';
  return `${[span, list(counts)].filter(Boolean).join(': ')}.`;
}

/** "22 Nov", made once per day: a brief of years of notes has thousands of lines. */
function dayOf(when: WallClock, withYear: boolean, made: Map<string, string>): string {
  const key = `${when.year}-${when.month}-${when.day}`;
  let day = made.get(key);
  if (day === undefined) {
    day = dayMonth(when, withYear);
    made.set(key, day);
  }
  return day;
}

function line(item: BriefItem, withYear: boolean, days: Map<string, string>): SheetLine {
  const w = words().brief;
  const who = item.by || w.unknownWriter;
  const day = item.when ? `, ${dayOf(item.when, withYear, days)}` : '';
  const fared = item.status ? `: ${w.fared[item.status]}` : '';
  const of = item.of ? w.reflecting(who, item.of) : who;
  const byline = w.byline(item.section === 'topic' ? who : `${of}${day}${fared}`);
  return { text: briefText(item), byline };
}

function trendsSection(brief: ApprovedBrief, withYear: boolean): SheetSection | null {
  if (!brief.shared || brief.trends.length === 0) return null;
  const w = words().brief;
  const days = brief.checkinDays;
  return {
    heading: w.numbers,
    note: w.numbersNote,
    lines: [],
    ordered: false,
    trends: brief.trends.map((trend) => ({
      trend,
      days,
      label: w.chartLabel(trend.name),
      alt: w.numbersOf(
        trend.name,
        list(
          trend.values.map((v, i) => {
            const day = days[i] ? ` (${dayMonth(days[i], withYear)})` : '';
            return `${v === null ? w.notGiven : number(v)}${day}`;
          }),
        ),
      ),
    })),
  };
}

/** Said under what helped or was hard when earlier lines were left for the latest (model.ts). */
function earlier(count: number): string | undefined {
  return count > 0 ? plural(count, words().brief.earlierInNotes) : undefined;
}

export function briefSheet(brief: ApprovedBrief): Sheet {
  const w = words().brief;
  const withYear = brief.from !== null && brief.to !== null && brief.from.year !== brief.to.year;
  const days = new Map<string, string>();
  const of = (section: BriefSection) =>
    brief.items.filter((i) => i.section === section).map((i) => line(i, withYear, days));
  const sections: SheetSection[] = [
    { heading: w.topics, lines: of('topic'), ordered: true, empty: w.topicsNone },
    { heading: w.agreements, lines: of('agreement'), ordered: false, empty: w.agreementsNone },
    { heading: w.helped, lines: of('helped'), ordered: false, note: earlier(brief.earlier.helped) },
    { heading: w.hard, lines: of('hard'), ordered: false, note: earlier(brief.earlier.hard) },
    { heading: w.questions, lines: of('question'), ordered: false },
    { heading: w.reflections, lines: of('reflection'), ordered: false },
  ].filter((s) => s.lines.length > 0 || s.empty !== undefined);
  const trends = trendsSection(brief, withYear);
  if (trends) sections.push(trends);
  const names = list(brief.approvedBy);
  const today = dayMonth(brief.approvedOn, true);
  return {
    title: names ? w.titleWith(names) : w.title,
    covers: covers(brief),
    sections,
    approved:
      brief.approvedBy.length === 1 ? w.approvedByOne(names, today) : w.approvedBy(names, today),
    ours: w.ours,
  };
}
