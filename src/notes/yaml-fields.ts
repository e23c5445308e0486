// Small pieces shared by the front matter of sessions and check-ins: writing text so that no
// name or typed word can end the block or read as `yes`/`no`, and reading fields leniently
// (a person may have edited the file by hand).
import { Document, Scalar, parse } from 'yaml';
import { splitFrontMatter } from '../text/front-matter.js';

/** A double-quoted string: one line, whatever it holds (line breaks are written as `\n`). */
export function quoted(value: string): Scalar<string> {
  const node = new Scalar(value);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** `---\n…\n---` around the fields. */
export function frontMatterBlock(fields: Record<string, unknown>): string {
  const doc = new Document(fields);
  return `---\n${doc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Infinity })}---`;
}

/**
 * The fields of a note's front matter, or null when it has none, or not a talkturn one (no
 * numeric `talkturn` version), or invalid YAML. Never throws.
 */
export function talkturnFields(markdown: string): Record<string, unknown> | null {
  const block = splitFrontMatter(markdown);
  if (!block) return null;
  let data: unknown;
  try {
    data = parse(block.yaml);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const fields = data as Record<string, unknown>;
  return typeof fields.talkturn === 'number' ? fields : null;
}

/** The text after the front matter (all of it when there is none). */
export function bodyOf(markdown: string): string {
  return splitFrontMatter(markdown)?.body ?? markdown;
}

export const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : fallback;

export const num = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

/** The objects of a list field; anything else in it is dropped. */
export function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Record<string, unknown> =>
      typeof item === 'object' && item !== null && !Array.isArray(item),
  );
}
