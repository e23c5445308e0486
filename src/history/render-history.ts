// `talkturn history` as lines of text: what you have had, what you agreed, how your check-ins
// have felt. Read by two people, one of whom may be hurting: plain words, no scores, no streaks.
import {
  applyReviews,
  collectAgreements,
  isOpen,
  type AgreementReview,
} from '../notes/agreements.js';
import { checkinSeries } from '../notes/checkin-series.js';
import type { NotesFolder } from '../notes/read-notes.js';
import { wrap } from '../text/wrap.js';
import { talkturnCommand } from '../invocation.js';
import { agreementsList } from './agreements-list.js';
import { barLayout, checkinChart } from './checkin-chart.js';
import { notesList } from './notes-list.js';
import type { Paint } from './paint.js';
import { partnerIndexer } from './partners.js';
import { shareable } from '../export/solo-writing.js';
import { inertLine as terminalLine } from '../text/inert.js';
import { sameName } from '../text/names.js';
import { words } from '../words/index.js';
import { plural } from '../words/format.js';

export interface HistoryOptions {
  columns: number;
  paint: Paint;
  /** Reviews of agreements, once sessions hold them; until then none, and all are open. */
  reviews?: readonly AgreementReview[];
  /**
   * Whose check-in numbers to draw (`--numbers NAME`). Each number is its writer's own, so the
   * two are never drawn together: without a name, only how many check-ins there were.
   */
  numbersOf?: string;
}

function paragraph(text: string, columns: number, indent = ''): string[] {
  return wrap(text, Math.max(20, columns - indent.length)).map((line) => indent + line);
}

function nothingYet(folder: NotesFolder, columns: number): string[] {
  const unreadable = folder.skipped.length + folder.encrypted.length > 0;
  const said = words().history;
  return [
    unreadable ? said.unreadable : said.nothingYet,
    '',
    ...paragraph(said.whenYouHave, columns),
    '',
    said.begin(talkturnCommand()),
  ];
}

export function renderHistory(given: NotesFolder, options: HistoryOptions): string[] {
  const { columns, paint } = options;
  const said = words().history;
  // Writing done alone stays out unless its writer chose to bring some of it.
  const folder = { ...given, notes: shareable(given.notes) };
  if (folder.notes.length === 0) return nothingYet(folder, columns);
  const partnerIndex = partnerIndexer(folder.notes);
  const heading = (text: string) => [...paragraph(text, columns).map(paint.heading), ''];

  const lines: string[] = heading(said.talksHeading);
  lines.push(...notesList(folder.notes, columns));

  const agreements = applyReviews(collectAgreements(folder.notes), options.reviews ?? []).filter(
    isOpen,
  );
  lines.push('', ...heading(said.agreementsHeading));
  if (agreements.length === 0) {
    lines.push(...paragraph(said.noAgreements, columns, '  '));
  } else {
    lines.push(...agreementsList(agreements, { columns, paint, partnerIndex }));
  }

  const all = checkinSeries(folder.notes);
  const asked = options.numbersOf;
  const own = all.partners.find((p) => asked !== undefined && sameName(p.name, asked));
  lines.push(
    '',
    ...heading(own ? said.numbersHeading(terminalLine(own.name)) : said.checkinsHeading),
  );
  if (all.checkins.length === 0) {
    lines.push(...paragraph(said.noCheckins, columns, '  '), `    ${talkturnCommand('checkin')}`);
  } else if (!own) {
    const count = plural(all.checkins.length, said.checkinCount);
    const missing =
      asked === undefined ? '' : said.noNumbersFor(terminalLine(options.numbersOf ?? ''));
    lines.push(
      ...paragraph(said.neverSideBySide(missing, count), columns, '  '),
      `    ${talkturnCommand('history --numbers')} ${all.partners.length === 1 ? terminalLine(all.partners[0]?.name ?? '') : said.yourName}`,
    );
  } else {
    const series = { ...all, partners: [own] };
    const shown = barLayout(series.checkins.length, columns).bars;
    const which = shown < series.checkins.length ? said.barsLast(shown) : said.barsAll;
    const dots = own.values.slice(-shown).some((value) => value === null);
    lines.push(
      ...paragraph(`${said.chartKey(which)}${dots ? ` ${said.noNumberDot}` : ''}`, columns, '  '),
      '',
      ...checkinChart(series, { columns, paint, partnerIndex }),
    );
  }
  return lines;
}
