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
  return [
    unreadable ? 'There are no notes here that talkturn can read yet.' : 'Nothing here yet.',
    '',
    ...paragraph(
      'When you have had a conversation together, it will be listed here, with what you agreed to try and your check-ins. Writing done alone stays out of this list, unless you chose to bring it.',
      columns,
    ),
    '',
    `Whenever you are ready to begin:  ${talkturnCommand()}`,
  ];
}

export function renderHistory(given: NotesFolder, options: HistoryOptions): string[] {
  const { columns, paint } = options;
  // Writing done alone stays out unless its writer chose to bring some of it.
  const folder = { ...given, notes: shareable(given.notes) };
  if (folder.notes.length === 0) return nothingYet(folder, columns);
  const partnerIndex = partnerIndexer(folder.notes);
  const heading = (text: string) => [...paragraph(text, columns).map(paint.heading), ''];

  const lines: string[] = heading('Your conversations and check-ins, newest first');
  lines.push(...notesList(folder.notes, columns));

  const agreements = applyReviews(collectAgreements(folder.notes), options.reviews ?? []).filter(
    isOpen,
  );
  lines.push('', ...heading('What you agreed to try, newest first'));
  if (agreements.length === 0) {
    lines.push(
      ...paragraph(
        'Nothing yet: at the end of a conversation, each of you can name one thing to try.',
        columns,
        '  ',
      ),
    );
  } else {
    lines.push(...agreementsList(agreements, { columns, paint, partnerIndex }));
  }

  const all = checkinSeries(folder.notes);
  const asked = options.numbersOf;
  const own = all.partners.find((p) => asked !== undefined && sameName(p.name, asked));
  lines.push(
    '',
    ...heading(own ? `How safe and close ${terminalLine(own.name)} has felt` : 'Your check-ins'),
  );
  if (all.checkins.length === 0) {
    lines.push(
      ...paragraph(
        'No check-ins yet. A check-in takes a few minutes on an ordinary day:',
        columns,
        '  ',
      ),
      `    ${talkturnCommand('checkin')}`,
    );
  } else if (!own) {
    const count = all.checkins.length === 1 ? 'One check-in' : `${all.checkins.length} check-ins`;
    const missing =
      asked === undefined
        ? ''
        : `There are no check-in numbers for “${terminalLine(options.numbersOf ?? '')}”. `;
    lines.push(
      ...paragraph(
        `${missing}${count} so far. Each number is its writer's own, so they are never shown side by side. To see your own over time:`,
        columns,
        '  ',
      ),
      `    ${talkturnCommand('history --numbers')} ${all.partners.length === 1 ? terminalLine(all.partners[0]?.name ?? '') : 'YOUR-NAME'}`,
    );
  } else {
    const series = { ...all, partners: [own] };
    const shown = barLayout(series.checkins.length, columns).bars;
    const which =
      shown < series.checkins.length
        ? `One bar for each of the last ${shown} check-ins`
        : 'One bar for each check-in';
    lines.push(
      ...paragraph(
        `${which}, oldest on the left. The taller the bar, the safer and closer that day felt, from 1 to 10.`,
        columns,
        '  ',
      ),
      '',
      ...checkinChart(series, { columns, paint, partnerIndex }),
    );
  }
  return lines;
}
