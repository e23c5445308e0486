// Each partner's check-in numbers as a small bar chart: one bar per check-in, oldest on the
// left, five rows tall on a fixed scale of 1 to 10 (a full block is two points, a half block
// one), so the picture never exaggerates a small change. Bars stand side by side whatever the
// days between them: a missed day leaves no gap to feel guilty about.
import { dayMonth } from '../notes/dates.js';
import type { CheckinSeries } from '../notes/checkin-series.js';
import { markOf } from '../text/colour.js';
import type { Paint } from './paint.js';
import { inertLine as terminalLine } from '../text/inert.js';
import { width as stringWidth } from '../text/width.js';

export const CHART_ROWS = 5;
const FULL = '█';
const HALF = '▄';
const NONE = '·';
/** Where the bars start: two spaces, the axis, a space… */
const AXIS = '    │ ';

/**
 * The rows of one partner's bars, top first: each bar `barWidth` columns wide, a space between
 * bars, trailing spaces trimmed.
 */
export function barRows(values: readonly (number | null)[], barWidth = 1): string[] {
  const rows: string[] = [];
  for (let row = CHART_ROWS - 1; row >= 0; row--) {
    const cells = values.map((value) => {
      if (value === null) return (row === 0 ? NONE : ' ').padEnd(barWidth);
      const full = Math.floor(value / 2);
      if (row < full) return FULL.repeat(barWidth);
      return (row === full && value % 2 === 1 ? HALF : ' ').repeat(barWidth);
    });
    rows.push(cells.join(' ').trimEnd());
  }
  return rows;
}

/** Columns taken by `bars` bars of `barWidth`. */
const chartWidth = (bars: number, barWidth: number) => bars * (barWidth + 1) - 1;

/** How many bars, and how wide: two columns each while they all fit, else one. */
export function barLayout(count: number, columns: number): { bars: number; barWidth: number } {
  const room = columns - stringWidth(AXIS);
  if (chartWidth(count, 2) <= room) return { bars: count, barWidth: 2 };
  return { bars: Math.max(1, Math.min(count, Math.floor((room + 1) / 2))), barWidth: 1 };
}

/** The first and last dates under a chart `width` columns wide, at both ends when there is room. */
export function dateAxis(first: string, last: string, width: number): string {
  if (first === last) return first;
  if (stringWidth(first) + 2 + stringWidth(last) <= width) {
    return first + ' '.repeat(width - stringWidth(first) - stringWidth(last)) + last;
  }
  return `${first} to ${last}`;
}

/**
 * The chart for every partner, or [] when there are no check-ins. `partnerIndex` gives each
 * name its colour and mark, the same as in the rest of the history.
 */
export function checkinChart(
  series: CheckinSeries,
  options: { columns: number; paint: Paint; partnerIndex: (name: string) => number },
): string[] {
  const total = series.checkins.length;
  if (total === 0) return [];
  const { bars: shown, barWidth } = barLayout(total, options.columns);
  const checkins = series.checkins.slice(total - shown);
  const { paint } = options;

  const lines: string[] = [];
  for (const partner of series.partners) {
    const index = options.partnerIndex(partner.name);
    const values = partner.values.slice(total - shown);
    lines.push(paint.partner(index, `  ${markOf(index)} ${terminalLine(partner.name)}`));
    for (const row of barRows(values, barWidth)) {
      const drawn = row
        .replace(/[█▄]+/g, (bars) => paint.partner(index, bars))
        .replace(/·/g, (dot) => paint.muted(dot));
      lines.push(`${paint.muted(AXIS.trimEnd())}${row ? ` ${drawn}` : ''}`);
    }
  }
  const first = checkins[0]?.when.wall;
  const last = checkins.at(-1)?.when.wall;
  if (first && last) {
    const withYear = first.year !== last.year;
    const width = chartWidth(shown, barWidth);
    const axis = dateAxis(dayMonth(first, withYear), dayMonth(last, withYear), width);
    lines.push(' '.repeat(stringWidth(AXIS)) + paint.muted(axis));
  }
  return lines;
}
