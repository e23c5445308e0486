// The body of a deck: an optional intro, then one `## ` heading per prompt with its guidance.
import type { Floor, PromptSpec } from '../session/types.js';
import type { Located } from './front-matter.js';
import { closest, joinParagraph } from './text.js';
import { words } from '../words/index.js';

export interface Body {
  prompts: PromptSpec[];
  intro?: string;
  problems: Located[];
}

const FLOORS: readonly Floor[] = ['both', 'repairing', 'hurt'];
const HEADING = /^ {0,3}(#{1,6})(.*)$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
// "Speaker: …", also as markdown bold ("**Speaker:** …", "**Speaker**: …") and with a full-width colon.
const LABEL =
  /^\s*(?:\*\*|__)?(floor|speaker|listener)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/i;

type Role = 'shared' | 'speaker' | 'listener';

interface Section {
  title: string;
  line: number;
  lines: { text: string; line: number }[];
  broken: boolean;
}

/** Replaces `<!-- notes -->` with blank space, keeping every line where it was. */
function hideComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
}

export function parseBody(rawLines: readonly string[], startLine: number, solo: boolean): Body {
  const said = words().decks.body;
  const lines = hideComments(rawLines.join('\n')).split('\n');
  const problems: Located[] = [];
  const intro: { text: string; line: number }[] = [];
  const sections: Section[] = [];
  let titleLines = 0;

  lines.forEach((text, index) => {
    const line = startLine + index;
    const heading = HEADING.exec(text);
    const current = sections[sections.length - 1];
    if (heading && !RULE.test(text)) {
      const [, hashes = '', rest = ''] = heading;
      if (hashes.length === 2) {
        if (rest !== '' && !/^\s/.test(rest)) {
          problems.push({
            line,
            message: said.spaceAfterHashes(rest.trim()),
          });
          sections.push({ title: '', line, lines: [], broken: true });
          return;
        }
        const title = rest
          .replace(/\s+#+\s*$/, '')
          .replace(/^\s*#+\s*$/, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (title === '') {
          problems.push({
            line,
            message: said.emptyHeading,
          });
        }
        sections.push({ title, line, lines: [], broken: title === '' });
        return;
      }
      if (hashes.length === 1 && /^\s/.test(rest)) {
        titleLines++;
        if (current) {
          problems.push({
            line,
            message: said.titleAfterPrompt,
          });
        }
        return;
      }
    }
    (current ? current.lines : intro).push({ text, line });
  });

  const prompts: PromptSpec[] = [];
  for (const section of sections) {
    const prompt = readSection(section, solo, problems);
    if (prompt && !section.broken) prompts.push(prompt);
  }

  if (sections.length === 0) {
    const hint = titleLines > 1 ? said.oneHashHeadings : said.addHeadings;
    problems.push({ message: `${said.noPrompts}${hint}` });
  }

  for (const { text, line } of intro) {
    const label = LABEL.exec(text);
    if (label) {
      problems.push({
        line,
        message: said.labelAboveFirst(capitalize(label[1] ?? '')),
      });
    }
  }
  const introText = paragraphs(intro.map((l) => l.text)).join('\n\n');
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return introText ? { prompts, intro: introText, problems } : { prompts, problems };
}

function readSection(section: Section, solo: boolean, problems: Located[]): PromptSpec | null {
  const blocks: Record<Role, string[][]> = { shared: [], speaker: [], listener: [] };
  let block: string[] | null = null;
  let floor: Floor | undefined;
  let floorLine: number | undefined;
  const emptyLabels: { role: Role; line: number; block: string[] }[] = [];
  const said = words().decks.body;

  for (const { text, line } of section.lines) {
    if (text.trim() === '' || RULE.test(text)) {
      block = null;
      continue;
    }
    const label = LABEL.exec(text);
    if (!label) {
      if (!block) {
        block = [];
        blocks.shared.push(block);
      }
      block.push(text);
      continue;
    }
    const name = (label[1] ?? '').toLowerCase();
    const value = (label[2] ?? '').trim();
    if (name === 'floor') {
      block = null;
      if (solo) {
        problems.push({
          line,
          message: said.soloFloor,
        });
      } else if (floorLine !== undefined) {
        problems.push({
          line,
          message: said.floorTwice(floorLine),
        });
      } else {
        floorLine = line;
        floor = readFloor(value, line, problems);
      }
      continue;
    }
    const role = name as Role;
    if (role === 'listener' && solo) {
      problems.push({
        line,
        message: said.soloListener,
      });
    }
    block = value ? [value] : [];
    blocks[role].push(block);
    if (!value) emptyLabels.push({ role, line, block });
  }

  for (const { role, line, block: labelled } of emptyLabels) {
    if (labelled.length === 0) {
      problems.push({
        line,
        message: said.emptyLabel(capitalize(role)),
      });
    }
  }

  const prompt: PromptSpec = { title: section.title };
  const shared = blocks.shared.map(joinParagraph).filter(Boolean).join('\n\n');
  const speaker = blocks.speaker.map(joinParagraph).filter(Boolean).join('\n\n');
  const listener = blocks.listener.map(joinParagraph).filter(Boolean).join('\n\n');
  if (shared) prompt.guidance = shared;
  if (speaker) prompt.speakerGuidance = speaker;
  if (listener && !solo) prompt.listenerGuidance = listener;
  if (floor) prompt.floor = floor;
  return prompt;
}

function readFloor(value: string, line: number, problems: Located[]): Floor | undefined {
  const word = value
    .replace(/[.。]$/, '')
    .trim()
    .toLowerCase();
  if ((FLOORS as readonly string[]).includes(word)) return word as Floor;
  const match = word ? closest(word, FLOORS) : undefined;
  const said = words().decks.body;
  const given = word ? said.unknownFloor(value) : said.floorNeedsValue;
  const hint = match ? said.didYouMean(match) : '';
  problems.push({ line, message: `${given}${hint}${said.floors}` });
  return undefined;
}

function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const text of lines) {
    if (text.trim() === '' || RULE.test(text) || LABEL.test(text)) {
      if (current.length) out.push(joinParagraph(current));
      current = [];
    } else {
      current.push(text);
    }
  }
  if (current.length) out.push(joinParagraph(current));
  return out.filter(Boolean);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
