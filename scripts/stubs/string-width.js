// The one string-width in talkturn's bundle (scripts/build.mjs points every `string-width` here:
// Ink's, wrap-ansi's older copy, cli-truncate's and ours). It is string-width 8.3.0's rules, word
// for word, with one change: its emoji check, `/^\p{RGI_Emoji}$/v`, costs about 14 ms to build,
// so it is built the first time a cluster could be an emoji at all. Every RGI emoji holds an
// Extended_Pictographic character, a regional indicator, a skin tone or a keycap mark: a cluster
// with none of those is never one, and text without emoji never pays for the big pattern. Plain
// text (see simpleTextRegex) skips the grapheme segmenter too.
// test/build/string-width.test.ts holds it to string-width 8.3.0 itself.
import stripAnsi from 'strip-ansi';
import { eastAsianWidth } from 'get-east-asian-width';

// Made on first need: the first Intl.Segmenter loads ICU's break rules (about 12 ms).
let segmenter;

// Text where every character is a cluster of its own whose width is its East Asian width: printable
// ASCII, Latin-1, the common punctuation and arrows, box drawing and blocks (the countdown's big
// digits), none of them emoji, marks or invisible.
// Such text needs neither the segmenter nor the emoji check (most of what a screen shows).
export const simpleTextRegex =
  /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u00FF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E\u2190-\u2193\u2500-\u259F]*$/;

const visibleCharacterRegex =
  /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
const spacingMarkRegex = /\p{Spacing_Mark}/v;

// The cheap pre-check, then the real pattern, built on first need.
const maybeEmojiRegex =
  /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3]/u;
let rgiEmojiRegex;
function isRgiEmoji(segment) {
  if (!maybeEmojiRegex.test(segment)) return false;
  rgiEmojiRegex ??= new RegExp('^\\p{RGI_Emoji}$', 'v');
  return rgiEmojiRegex.test(segment);
}

const unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
const extendedPictographicRegex = /\p{Extended_Pictographic}/gu;

function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) return false;
  if (unqualifiedKeycapRegex.test(segment)) return true;
  if (segment.includes('\u200D')) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}

function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? undefined : segment.slice(index);
}

function isHangulLeadingJamo(codePoint) {
  return (
    (codePoint >= 0x11_00 && codePoint <= 0x11_5f) || (codePoint >= 0xa9_60 && codePoint <= 0xa9_7c)
  );
}

function isHangulVowelJamo(codePoint) {
  return (
    (codePoint >= 0x11_60 && codePoint <= 0x11_a7) || (codePoint >= 0xd7_b0 && codePoint <= 0xd7_c6)
  );
}

function isHangulTrailingJamo(codePoint) {
  return (
    (codePoint >= 0x11_a8 && codePoint <= 0x11_ff) || (codePoint >= 0xd7_cb && codePoint <= 0xd7_fb)
  );
}

function isHangulJamo(codePoint) {
  return (
    isHangulLeadingJamo(codePoint) ||
    isHangulVowelJamo(codePoint) ||
    isHangulTrailingJamo(codePoint)
  );
}

function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) continue;
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) return undefined;
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) return undefined;
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}

function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || (character >= '\uFF00' && character <= '\uFFEF')) {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}

export default function stringWidth(input, options = {}) {
  if (typeof input !== 'string' || input.length === 0) return 0;
  const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes('\u001B') || string.includes('\u009B'))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) return 0;
  if (/^[\u0020-\u007E]*$/.test(string)) return string.length;

  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  if (simpleTextRegex.test(string)) {
    for (const character of string) {
      width += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
    return width;
  }
  segmenter ??= new Intl.Segmenter();
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === undefined) continue;
    if (isRgiEmoji(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== undefined) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}
