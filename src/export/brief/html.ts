// The brief as one self-contained page (`--out brief.html`): no script, nothing to load (no
// font, image, link or style sheet from anywhere; a Content-Security-Policy says so to the
// browser too), inline CSS with a print style sheet for one or two A4 or Letter pages,
// semantic headings for a screen reader, and `lang` from the words' language.
import { language } from '../../words/index.js';
import type { ApprovedBrief } from './approval.js';
import { escapeHtml as h } from './escape-html.js';
import { briefSheet, type SheetSection } from './sheet.js';
import { trendSvg } from './trend-svg.js';

const CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f4ef; color: #1f2328; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 42rem; margin: 2rem auto; padding: 2rem 2.25rem; background: #fff; border-radius: 6px; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; border-bottom: 1px solid #ddd8cc; padding-bottom: .15rem; }
p { margin: .3rem 0; }
ol, ul { margin: .2rem 0; padding-left: 1.4rem; }
li { margin: .2rem 0; }
.covers { color: #4a4f57; }
.by { color: #5b606a; white-space: nowrap; }
.empty { color: #5b606a; font-style: italic; }
figure { margin: .3rem 0 .6rem; }
figcaption { font-size: .9rem; }
.trend { display: block; max-width: 100%; height: auto; margin: .3rem 0 .1rem; }
.trend path { fill: none; stroke: #2f6f73; stroke-width: 2; }
.trend circle { fill: #2f6f73; }
.trend .axis { stroke: #ddd8cc; stroke-width: 1; }
.trend text { font-size: 10px; fill: #1f2328; }
footer { margin-top: 1.6rem; padding-top: .6rem; border-top: 1px solid #ddd8cc; font-size: .9rem; color: #4a4f57; }
@page { margin: 16mm 15mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  h2 { margin-top: 1rem; }
  .trend { width: 260px; }
  main { max-width: none; margin: 0; padding: 0; border-radius: 0; }
  h2 { break-after: avoid; }
  li, .trend, footer { break-inside: avoid; }
}
`
  .trim()
  .replace(/\n\s*/g, ' ');

function sectionHtml(section: SheetSection, n: number): string {
  const parts = [`<section aria-labelledby="s${n}"><h2 id="s${n}">${h(section.heading)}</h2>`];
  if (section.note) parts.push(`<p>${h(section.note)}</p>`);
  if (section.trends) {
    section.trends.forEach((t, i) => {
      parts.push(
        `<figure>${trendSvg(t.trend, t.label, t.alt, `s${n}t${i}`)}<figcaption>${h(t.alt)}</figcaption></figure>`,
      );
    });
  } else if (section.lines.length === 0) {
    if (section.empty) parts.push(`<p class="empty">${h(section.empty)}</p>`);
  } else {
    const tag = section.ordered ? 'ol' : 'ul';
    const items = section.lines.map(
      (line) => `<li>${h(line.text)} <span class="by">${h(line.byline)}</span></li>`,
    );
    parts.push(`<${tag}>${items.join('')}</${tag}>`);
  }
  parts.push('</section>');
  return parts.join('');
}

export function renderBriefHtml(brief: ApprovedBrief): string {
  const sheet = briefSheet(brief);
  return [
    '<!doctype html>',
    `<html lang="${h(language())}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(sheet.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><h1>${h(sheet.title)}</h1><p class="covers">${h(sheet.covers)}</p></header>`,
    ...sheet.sections.map(sectionHtml),
    `<footer><p>${h(sheet.approved)}</p><p>${h(sheet.ours)}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
