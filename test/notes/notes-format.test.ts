// Notes format 2: the front matter is short and flat, and the body is the record. A word fixed
// in a note app shows in what talkturn reads back; a note written in another language reads the
// same; a note written by the format 1 talkturn (every detail in its front matter) still reads.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSessionFrontMatter, renderSessionMarkdown } from '../../src/notes/index.js';
import { frontMatterData } from '../../src/notes/front-matter.js';
import { completedState } from './fixtures.js';

const V1_NOTE = path.join(__dirname, '../fixtures/notes/2026-11-24-1805-trust-basics.md');

describe('notes format 2', () => {
  it('reads a reflection fixed by hand in the body', () => {
    const markdown = renderSessionMarkdown(completedState());
    const edited = markdown.replace(
      '> You felt alone that winter.',
      '> You felt lonely that winter.',
    );
    expect(edited).not.toBe(markdown);
    const reflections = parseSessionFrontMatter(edited)?.details?.reflections ?? [];
    expect(reflections[0]?.text).toBe('You felt lonely that winter.');
    expect(JSON.stringify(reflections)).not.toContain('alone that winter');
  });

  it('reads an agreement fixed by hand, on two lines', () => {
    const markdown = renderSessionMarkdown(completedState());
    const edited = markdown.replace('> Text when late.', '> Text when late  \n> or call.');
    const agreements = parseSessionFrontMatter(edited)?.details?.agreements ?? [];
    expect(agreements[0]?.text).toBe('Text when late\nor call.');
  });

  it('reads the same whatever language the words around the markers are in', () => {
    const markdown = renderSessionMarkdown(completedState());
    const [front = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(markdown)!.slice(1);
    // Every line that is neither a quote nor a marker is put in other words.
    const otherWords = body
      .split('\n')
      .map((line) => {
        if (line === '' || line.startsWith('>')) return line;
        const markers = line.match(/<!-- talkturn:[^>]*-->/g);
        if (markers && line.startsWith('<!--')) return line;
        if (/^## \d+\. /.test(line)) return line;
        const kept = markers ? ` ${markers.join(' ')}` : '';
        return line.startsWith('#')
          ? `## Palabras en otra lengua${kept}`
          : `Otras palabras.${kept}`;
      })
      .join('\n');
    expect(otherWords).not.toContain('reflected back');
    const read = parseSessionFrontMatter(front + otherWords);
    expect(read).toEqual(frontMatterData(completedState()));
  });

  it('keeps its front matter on one screen: flat values, no typed text but the names', () => {
    const markdown = renderSessionMarkdown(completedState());
    const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
    expect(block.split('\n').length).toBeLessThanOrEqual(22);
    expect(block).not.toContain('winter');
    expect(block).not.toContain('Text when late');
  });
});

describe('notes written by the format 1 talkturn', () => {
  it('still read whole, from their front matter', () => {
    const v1 = fs.readFileSync(V1_NOTE, 'utf8');
    expect(v1).toContain('talkturn: 1\n');
    const read = parseSessionFrontMatter(v1);
    const now = frontMatterData(completedState());
    expect(read).toEqual({
      ...now,
      talkturn: 1,
      // Format 1 did not keep the appreciations as data.
      details: { ...now.details, appreciations: [] },
    });
  });
});
