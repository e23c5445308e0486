import stringWidth from 'string-width';

// Grapheme and word boundaries found by segmenting only a small window around an offset, so that
// moving or deleting in a 50,000-character note never re-segments the whole text.

// Made on first need: the first Intl.Segmenter loads ICU's break rules (about 12 ms), which the
// first screen should not wait for.
let graphemes: Intl.Segmenter | undefined;
let words: Intl.Segmenter | undefined;
const graphemeSegmenter = () =>
  (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
const wordSegmenter = () => (words ??= new Intl.Segmenter(undefined, { granularity: 'word' }));

/** Code units segmented on each side of an offset; far longer than any real grapheme cluster. */
const GRAPHEME_WINDOW = 64;
/** How far back we look for two plain characters in a row, to start a window on a boundary. */
const SAFE_START_SEARCH = 256;
/** Quick graphemes in a row after which a chunk being segmented hands back to the quick path. */
const QUICK_RUN_TO_LEAVE_SEGMENTER = 8;

/**
 * Wide characters that are always a grapheme of their own unless a combining character follows:
 * CJK ideographs and punctuation, kana, Hangul syllables, fullwidth forms. (The combining kana
 * voicing marks and the ideographic tone marks are left out.) Together with ASCII they let most
 * text skip the segmenter.
 */
function isPlainWide(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303e && (code < 0x302a || code > 0x302f)) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x309b && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Letters of Latin, Greek and Cyrillic that are a grapheme of their own, one column wide. */
function isPlainNarrow(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0x2ff && code !== 0xad) ||
    (code >= 0x386 && code <= 0x3ff && code !== 0x38b && code !== 0x38d && code !== 0x3a2) ||
    (code >= 0x400 && code <= 0x482) ||
    (code >= 0x48a && code <= 0x52f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/**
 * A code unit that is a whole grapheme unless a combining character follows it, and that never
 * continues the grapheme before it: ASCII (the text never holds `\r`) and the plain letters above.
 */
const isPlain = (code: number): boolean =>
  code < 0x80 || (code < 0x3000 ? isPlainNarrow(code) : isPlainWide(code));

/** Columns of a plain code unit. */
const plainWidth = (code: number): number => {
  if (code < 0x80) return code >= 0x20 && code < 0x7f ? 1 : 0;
  return isPlainWide(code) ? 2 : 1;
};

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Lead surrogate of U+1F000..U+1FBFF: emoji, and the letters flags are made of. */
const isEmojiLead = (code: number): boolean => code >= 0xd83c && code <= 0xd83e;

const isSkinToneModifier = (point: number): boolean => point >= 0x1f3fb && point <= 0x1f3ff;

const isRegionalIndicator = (point: number): boolean => point >= 0x1f1e6 && point <= 0x1f1ff;

/**
 * True when `index` is certainly a grapheme boundary, judged from its neighbours alone: a plain
 * character or an emoji (not a flag letter) before it, and a plain character or an emoji (not a
 * skin tone, which joins the emoji before it) after it. Anything else asks the segmenter.
 */
function isQuickBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  const before = text.charCodeAt(index - 1);
  const beforeIsSimple = isLowSurrogate(before)
    ? isEmojiLead(text.charCodeAt(index - 2)) &&
      !isRegionalIndicator(text.codePointAt(index - 2) ?? 0)
    : isPlain(before);
  if (!beforeIsSimple) return false;
  const after = text.charCodeAt(index);
  if (isPlain(after)) return true;
  return isEmojiLead(after) && !isSkinToneModifier(text.codePointAt(index) ?? 0);
}

/**
 * A window start at or before `index` that is certainly a grapheme boundary when one is near: two
 * plain code units in a row always have a boundary between them.
 */
export function safeWindowStart(text: string, index: number): number {
  const floor = Math.max(0, index - SAFE_START_SEARCH);
  for (let i = index; i > floor; i--) {
    if (isPlain(text.charCodeAt(i)) && isPlain(text.charCodeAt(i - 1))) return i;
  }
  if (floor === 0) return 0;
  return isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index;
}

/**
 * End of the grapheme at `index` (a boundary) when it is a plain character or a lone emoji that
 * nothing joins, found without the segmenter; -1 when the segmenter is needed.
 */
function quickGraphemeEnd(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (isPlain(code)) return isQuickBoundary(text, index + 1) ? index + 1 : -1;
  if (isEmojiLead(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
    return isQuickBoundary(text, index + 2) ? index + 2 : -1;
  }
  return -1;
}

/** Start of the grapheme that ends at `index` (which must be a boundary); 0 stays 0. */
export function previousGraphemeBoundary(text: string, index: number): number {
  if (index <= 0) return 0;
  if (isPlain(text.charCodeAt(index - 1)) && isQuickBoundary(text, index - 1)) return index - 1;
  const start = safeWindowStart(text, Math.max(0, index - GRAPHEME_WINDOW));
  let boundary = start;
  for (const { index: offset } of graphemeSegmenter().segment(text.slice(start, index))) {
    boundary = start + offset;
  }
  return boundary;
}

/** End of the grapheme that starts at `index` (which must be a boundary); the end stays put. */
export function nextGraphemeBoundary(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const quickEnd = quickGraphemeEnd(text, index);
  if (quickEnd !== -1) return quickEnd;
  for (let window = GRAPHEME_WINDOW; ; window *= 4) {
    const end = Math.min(text.length, index + window);
    const first = graphemeSegmenter().segment(text.slice(index, end))[Symbol.iterator]().next();
    const length = first.done ? end - index : first.value.segment.length;
    if (index + length < end || end === text.length) return index + length;
  }
}

/**
 * The grapheme boundary at or before `index` (or after it, with `direction` 'forward'), for an
 * offset that may have landed inside a cluster, e.g. after an edit joined two clusters.
 */
export function snapToGraphemeBoundary(
  text: string,
  index: number,
  direction: 'backward' | 'forward' = 'backward',
): number {
  const clamped = Math.max(0, Math.min(text.length, index));
  if (isQuickBoundary(text, clamped)) return clamped;
  const start = safeWindowStart(text, Math.max(0, clamped - GRAPHEME_WINDOW));
  const end = Math.min(text.length, clamped + GRAPHEME_WINDOW);
  let before = start;
  for (const { index: offset, segment } of graphemeSegmenter().segment(text.slice(start, end))) {
    const segmentStart = start + offset;
    const segmentEnd = segmentStart + segment.length;
    if (segmentStart === clamped) return clamped;
    if (segmentEnd > clamped) return direction === 'backward' ? segmentStart : segmentEnd;
    before = segmentEnd;
  }
  return before;
}

const widthCache = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 4096;

/** Terminal columns taken by one grapheme (CJK and emoji take 2). */
export function graphemeWidth(grapheme: string): number {
  if (grapheme.length === 1 && isPlain(grapheme.charCodeAt(0))) {
    return plainWidth(grapheme.charCodeAt(0));
  }
  let width = widthCache.get(grapheme);
  if (width === undefined) {
    width = stringWidth(grapheme);
    if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
    widthCache.set(grapheme, width);
  }
  return width;
}

/**
 * Calls `visit(start, end, width)` for each grapheme from `from` (a boundary) until `visit` returns
 * false or `to` is reached. Plain characters and lone emoji take a fast path; anything else is
 * segmented in chunks.
 */
export function forEachGrapheme(
  text: string,
  from: number,
  to: number,
  visit: (start: number, end: number, width: number) => boolean,
): void {
  let index = from;
  while (index < to) {
    const quickEnd = quickGraphemeEnd(text, index);
    if (quickEnd !== -1) {
      const width =
        quickEnd === index + 1
          ? plainWidth(text.charCodeAt(index))
          : graphemeWidth(text.slice(index, quickEnd));
      if (!visit(index, quickEnd, width)) return;
      index = quickEnd;
      continue;
    }
    // Segment a chunk; its last segment may be cut short by the chunk's end, so it is only
    // trusted when the chunk reaches the end of the text. Go back to the quick path once a few
    // quick graphemes follow, not at the first, so that text with a combining mark every few
    // letters does not start a segmenter per mark.
    const chunkEnd = Math.min(text.length, index + 256);
    let next = index;
    let quickRun = 0;
    for (const { index: offset, segment } of graphemeSegmenter().segment(
      text.slice(index, chunkEnd),
    )) {
      const start = index + offset;
      const end = start + segment.length;
      if (start >= to) return;
      if (end === chunkEnd && chunkEnd < text.length && start > index) break;
      if (!visit(start, end, graphemeWidth(segment))) return;
      next = end;
      quickRun = quickGraphemeEnd(text, end) === -1 ? 0 : quickRun + 1;
      if (quickRun >= QUICK_RUN_TO_LEAVE_SEGMENTER) break;
    }
    index = next;
  }
}

/** Columns taken by `text.slice(from, to)`, `from` and `to` being grapheme boundaries. */
export function columnsBetween(text: string, from: number, to: number): number {
  let columns = 0;
  forEachGrapheme(text, from, to, (_start, _end, width) => {
    columns += width;
    return true;
  });
  return columns;
}

const WORD_WINDOW = 128;

/** Start of the word before `index` (skipping spaces and punctuation), or 0. */
export function previousWordStart(text: string, index: number): number {
  for (let window = WORD_WINDOW; ; window *= 4) {
    const start = safeWindowStart(text, Math.max(0, index - window));
    let found = -1;
    for (const { index: offset, isWordLike } of wordSegmenter().segment(text.slice(start, index))) {
      if (isWordLike) found = start + offset;
    }
    // A word found at the very start of the window may continue before it: widen and retry.
    if (found > start) return found;
    if (start === 0) return Math.max(0, found);
  }
}

/** End of the word at or after `index` (skipping spaces and punctuation), or the text's end. */
export function nextWordEnd(text: string, index: number): number {
  for (let window = WORD_WINDOW; ; window *= 4) {
    const end = Math.min(text.length, index + window);
    for (const { index: offset, segment, isWordLike } of wordSegmenter().segment(
      text.slice(index, end),
    )) {
      if (!isWordLike) continue;
      const wordEnd = index + offset + segment.length;
      if (wordEnd < end || end === text.length) return wordEnd;
      break;
    }
    if (end === text.length) return text.length;
  }
}
