import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/text/wrap.js';

describe('wrap', () => {
  it('breaks at spaces, with no space at the start of a row', () => {
    const rows = wrap('It is not therapy, and it does not replace a counsellor.', 20);
    expect(rows).toEqual(['It is not therapy,', 'and it does not', 'replace a', 'counsellor.']);
    for (const row of rows) expect(row).not.toMatch(/^\s|\s$/);
  });

  it('keeps a word whole when it fits on a row of its own', () => {
    expect(wrap('the talkturn history', 10)).toEqual(['the', 'talkturn', 'history']);
  });

  it('breaks a long path after a slash or a dash, where a person would', () => {
    const path = '/home/ana/notes/2026-11-24-1800-hard-questions.md';
    const rows = wrap(`Your notes are in ${path}`, 24);
    expect(rows.join('')).toContain(path.replace(/ /g, ''));
    expect(rows).toEqual([
      'Your notes are in',
      '/home/ana/notes/',
      '2026-11-24-1800-hard-',
      'questions.md',
    ]);
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(24);
  });

  it('breaks between letters only when nothing better is there', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('measures wide characters as two columns', () => {
    expect(wrap('話話話話', 4)).toEqual(['話話', '話話']);
  });
});
