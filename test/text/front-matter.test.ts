import { describe, expect, it } from 'vitest';
import { findFences, splitFrontMatter } from '../../src/text/front-matter.js';

describe('front matter', () => {
  it('is what lies between the first two fences, and the rest is the body', () => {
    expect(splitFrontMatter('---\ntalkturn: 1\n---\n# Body\n---\n')).toEqual({
      yaml: 'talkturn: 1',
      body: '# Body\n---\n',
    });
  });

  it('reads Windows line breaks, a byte order mark and spaces after a fence', () => {
    expect(splitFrontMatter('\uFEFF---  \r\na: 1\r\nb: 2\r\n--- \r\nbody')).toEqual({
      yaml: 'a: 1\r\nb: 2',
      body: 'body',
    });
  });

  it('takes blank lines before the opening fence, and YAML’s own end of a document', () => {
    expect(splitFrontMatter('\n\n---\na: 1\n...\nbody')).toEqual({ yaml: 'a: 1', body: 'body' });
    expect(findFences(['', '---', 'a: 1', '...', 'body'])).toEqual({ open: 1, close: 3 });
  });

  it('is empty when the fences are next to each other', () => {
    expect(splitFrontMatter('---\n---\nbody')).toEqual({ yaml: '', body: 'body' });
  });

  it('is not there when the file does not start with a fence, or it is never closed', () => {
    expect(splitFrontMatter('# Notes\n---\na: 1\n---\n')).toBeNull();
    expect(splitFrontMatter('---\na: 1\n# never closed')).toBeNull();
    expect(splitFrontMatter('----\na: 1\n----\n')).toBeNull();
    expect(findFences(['# Notes', '---'])).toBeNull();
    expect(findFences(['---', 'a: 1'])).toEqual({ open: 0, close: -1 });
  });
});
