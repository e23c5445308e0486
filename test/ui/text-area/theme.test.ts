import { describe, expect, it } from 'vitest';
import { defaultTextAreaTheme, resolveTextAreaTheme } from '../../../src/ui/text-area/theme.js';

describe('resolveTextAreaTheme', () => {
  it('uses the defaults, with overrides per slot', () => {
    const theme = resolveTextAreaTheme({ placeholder: { color: 'gray' } }, {});
    expect(theme.cursor).toEqual(defaultTextAreaTheme.cursor);
    expect(theme.placeholder).toEqual({ color: 'gray' });
  });

  it('drops colours but keeps inverse and dim when NO_COLOR is set', () => {
    const theme = resolveTextAreaTheme(
      { cursor: { inverse: true, color: 'cyan' }, scrollHint: { dimColor: true, color: 'blue' } },
      { NO_COLOR: '1' },
    );
    expect(theme.cursor).toEqual({ inverse: true });
    expect(theme.scrollHint).toEqual({ dimColor: true });
  });

  it('ignores an empty NO_COLOR, as the convention says', () => {
    expect(resolveTextAreaTheme({ text: { color: 'red' } }, { NO_COLOR: '' }).text).toEqual({
      color: 'red',
    });
  });
});
