// Spanish readability, for the tests of the Spanish decks: a syllable counter and the
// Szigriszt-Pazos and Fernández-Huerta formulas. Written here because no npm package kept up to
// date implements either (the readability packages on npm count English syllables; the one
// Spanish syllable splitter, silabea, is a single 2018 release).

const STRONG = new Set([...'aeoáéó']);
/** A weak vowel with an accent always stands alone: "país", "río". */
const ACCENTED_WEAK = new Set([...'íú']);
const VOWEL = /[aeiouáéíóúü]/;

/** The syllables of one Spanish word, counted by its vowel nuclei, diphthongs and hiatuses. */
export function syllables(word: string): number {
  let text = word
    .toLowerCase()
    // The u of que, qui, gue, gui is not said.
    .replace(/([qg])u([eéií])/g, '$1$2');
  // A y is a vowel at the end of a word or before a consonant ("hoy", "muy", "y").
  text = text.replace(/y(?=[^aeiouáéíóú]|$)/g, 'i');
  let count = 0;
  let previous = '';
  for (const char of text) {
    if (!VOWEL.test(char)) {
      previous = '';
      continue;
    }
    const breaks =
      previous === '' ||
      (STRONG.has(previous) && STRONG.has(char)) ||
      ACCENTED_WEAK.has(previous) ||
      ACCENTED_WEAK.has(char);
    if (breaks) count++;
    previous = char;
  }
  return Math.max(count, 1);
}

export interface TextCounts {
  words: number;
  syllables: number;
  sentences: number;
}

/** Words (runs of letters), their syllables, and sentences (ended by . ? ! or …). */
export function countText(text: string): TextCounts {
  const words = text.match(/\p{L}+/gu) ?? [];
  const sentences = text.split(/[.?!…]+/).filter((s) => /\p{L}/u.test(s)).length;
  return {
    words: words.length,
    syllables: words.reduce((sum, word) => sum + syllables(word), 0),
    sentences: Math.max(sentences, 1),
  };
}

/**
 * Szigriszt-Pazos (1993), read on the INFLESZ scale (Barrio-Cantalejo et al., 2008): under 40
 * very hard, 40-55 somewhat hard, 55-65 normal, 65-80 quite easy, over 80 very easy.
 */
export function szigrisztPazos({ words, syllables: s, sentences }: TextCounts): number {
  return 206.835 - (62.3 * s) / words - words / sentences;
}

/**
 * Fernández-Huerta (1959), as it is usually computed (words per sentence, not sentences per
 * hundred words: the form Law, 2011, showed the original meant): 70-80 fairly easy, 80-90 easy.
 */
export function fernandezHuerta({ words, syllables: s, sentences }: TextCounts): number {
  return 206.84 - (60 * s) / words - (1.02 * words) / sentences;
}
