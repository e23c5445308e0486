// The lines the safety notice and --help show fit the country of the locale.
import { afterEach, describe, expect, it } from 'vitest';
import { crisisLines, helpSafetyNote } from '../../src/words/crisis-lines.js';
import { setLanguage } from '../../src/words/index.js';

afterEach(() => setLanguage('en'));

describe('crisis lines by country', () => {
  it('in Spain: 112, 016 and 024', () => {
    setLanguage('es', 'ES');
    const lines = crisisLines('full').join('\n');
    for (const number of ['112', '016', '024']) expect(lines).toContain(number);
    expect(lines).toContain('violencia de género');
    expect(lines).not.toContain('988');
  });

  it('in Mexico: 911 and Línea de la Vida', () => {
    setLanguage('es', 'MX');
    expect(crisisLines('short')).toEqual([
      '• peligro ahora: 911',
      '• Línea de la Vida: 800 911 2000',
    ]);
  });

  it('in the US, in English or Spanish: 988 and the hotline', () => {
    for (const lang of ['en', 'es'] as const) {
      setLanguage(lang, 'US');
      const lines = crisisLines('short').join('\n');
      expect(lines).toContain('988');
      expect(lines).toContain('1-800-799-7233');
    }
  });

  it('elsewhere: the local emergency number and the saved help line, no US numbers', () => {
    setLanguage('en', 'GB');
    expect(crisisLines('full', 'Samaritans 116 123')).toEqual([
      '• in danger now: your local emergency number',
      '• Samaritans 116 123',
    ]);
  });

  it('with no country known, the lines as they always were', () => {
    setLanguage('en');
    expect(crisisLines('full')).toEqual([
      '• in danger now: your local emergency number',
      '• in the US: National Domestic Violence Hotline, 1-800-799-7233; crisis line 988',
    ]);
  });

  it('--help ends with the lines of the country', () => {
    setLanguage('es', 'ES');
    expect(helpSafetyNote()).toContain('• en peligro ahora: 112');
  });
});
