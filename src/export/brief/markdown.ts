// The brief as markdown (`--out brief.md`): readable as plain text, every typed word escaped so
// it can open no heading, list, link or HTML.
import { escapeInline } from '../../notes/markdown-escape.js';
import type { ApprovedBrief } from './approval.js';
import { briefSheet, type SheetSection } from './sheet.js';

function sectionBlocks(section: SheetSection): string[] {
  const blocks = [`## ${section.heading}`];
  if (section.note) blocks.push(section.note);
  if (section.trends) {
    blocks.push(section.trends.map((t) => `- ${escapeInline(t.alt)}`).join('\n'));
    return blocks;
  }
  if (section.lines.length === 0) {
    if (section.empty) blocks.push(`*${section.empty}*`);
    return blocks;
  }
  blocks.push(
    section.lines
      .map((line, i) => {
        const mark = section.ordered ? `${i + 1}.` : '-';
        return `${mark} ${escapeInline(line.text)} ${escapeInline(line.byline)}`;
      })
      .join('\n'),
  );
  return blocks;
}

export function renderBriefMarkdown(brief: ApprovedBrief): string {
  const sheet = briefSheet(brief);
  const blocks = [
    `# ${escapeInline(sheet.title)}`,
    escapeInline(sheet.covers),
    ...sheet.sections.flatMap(sectionBlocks),
    '---',
    escapeInline(sheet.approved),
    sheet.ours,
  ];
  return `${blocks.join('\n\n')}\n`;
}
