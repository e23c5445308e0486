// The agreements still open, newest first: what each of you proposed to try, and when.
import type { Agreement } from '../notes/agreements.js';
import { shortDate } from '../notes/dates.js';
import { normalizeText } from '../notes/markdown-escape.js';
import { wrap } from '../text/wrap.js';
import { markOf } from '../text/colour.js';
import type { Paint } from './paint.js';
import { inertLine as terminalLine } from '../text/inert.js';
import { words } from '../words/index.js';
import { plural } from '../words/format.js';

/** More than this and the rest is summed up in one line. */
export const AGREEMENTS_LIMIT = 10;
const TEXT_INDENT = '      ';

function textLines(text: string, columns: number): string[] {
  const width = Math.max(20, columns - TEXT_INDENT.length);
  return normalizeText(text)
    .split('\n')
    .map((line) => terminalLine(line))
    .filter(Boolean)
    .flatMap((line) => wrap(line, width))
    .map((line) => TEXT_INDENT + line);
}

export function agreementsList(
  agreements: readonly Agreement[],
  options: { columns: number; paint: Paint; partnerIndex: (name: string) => number },
): string[] {
  const { paint } = options;
  const lines = agreements.slice(0, AGREEMENTS_LIMIT).flatMap((agreement) => {
    const index = options.partnerIndex(agreement.by);
    const who = terminalLine(agreement.by) || words().history.oneOfYou;
    const when = shortDate(agreement.session.when.wall);
    return [
      `  ${paint.partner(index, `${markOf(index)} ${who}`)}, ${when}${words().history.status[agreement.status]}`,
      ...textLines(agreement.text, options.columns),
    ];
  });
  const rest = agreements.length - AGREEMENTS_LIMIT;
  if (rest > 0) {
    lines.push('', `  ${plural(rest, words().history.earlierAgreements)}`);
  }
  return lines;
}
