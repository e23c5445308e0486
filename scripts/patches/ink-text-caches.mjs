// A patch of Ink 6.8's text caches, applied by scripts/build.mjs as it bundles (node_modules is
// never edited). Why: Ink's Output makes its caches of tokenised lines and string widths anew for
// every frame, so while only the countdown changes, each second re-tokenises every unchanged line
// on screen: 61% of a tick's CPU. Kept across frames, a tick costs about a third of it. The width
// of every text node and the slices of clipped lines are not cached at all; now they are. Ink's
// wrap and measure caches, on the other hand, live forever and grow with every text ever shown
// (each keystroke in a long note adds one). All of them become one bounded kind of cache: two
// generations of at most `limit` entries and `maxChars` characters of keys, the older dropped
// when the newer fills, so what recent frames used stays and memory is capped (a few MiB at
// most). A hit in the older generation moves the entry forward.
// Each replacement must match Ink's text exactly, or the build stops: a new Ink is checked by hand.

const BOUNDED = `class __TalkturnBoundedCache {
  constructor(limit, maxChars = 64000) {
    this.limit = limit; this.maxChars = maxChars; this.chars = 0;
    this.young = new Map(); this.old = new Map();
  }
  get(key) {
    let value = this.young.get(key);
    if (value === undefined) {
      value = this.old.get(key);
      if (value !== undefined) this.set(key, value);
    }
    return value;
  }
  set(key, value) {
    if (this.young.size >= this.limit || this.chars > this.maxChars) {
      this.old = this.young; this.young = new Map(); this.chars = 0;
    }
    this.chars += key.length;
    this.young.set(key, value);
    return this;
  }
}
`;

export const INK_PATCHES = [
  {
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    replacements: [
      [
        'class OutputCaches {\n    widths = new Map();\n    blockWidths = new Map();\n    styledChars = new Map();',
        `${BOUNDED}class OutputCaches {\n    widths = new __TalkturnBoundedCache(1000);\n    blockWidths = new __TalkturnBoundedCache(500);\n    styledChars = new __TalkturnBoundedCache(200, 8000);`,
      ],
      ['    caches = new OutputCaches();', '    caches = __talkturnOutputCaches;'],
      ['return sliceAnsi(line, from, to);', 'return __talkturnSlice(line, from, to);'],
      [
        'export default class Output {',
        `const __talkturnOutputCaches = new OutputCaches();
const __talkturnSlices = new __TalkturnBoundedCache(500);
const __talkturnSlice = (line, from, to) => {
  const key = from + ':' + to + ':' + line;
  let sliced = __talkturnSlices.get(key);
  if (sliced === undefined) {
    sliced = sliceAnsi(line, from, to);
    __talkturnSlices.set(key, sliced);
  }
  return sliced;
};
export default class Output {`,
      ],
    ],
  },
  {
    // Every text node's width, every frame, uncached: the countdown measured its unchanged lines
    // again each second.
    file: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/,
    replacements: [
      [
        'const currentWidth = widestLine(text);',
        'let currentWidth = __talkturnWidths.get(text);\n                if (currentWidth === undefined) {\n                    currentWidth = widestLine(text);\n                    __talkturnWidths.set(text, currentWidth);\n                }',
      ],
      [
        'const renderNodeToOutput = (',
        `${BOUNDED}const __talkturnWidths = new __TalkturnBoundedCache(500);\nconst renderNodeToOutput = (`,
      ],
    ],
  },
  {
    file: /[\\/]ink[\\/]build[\\/]wrap-text\.js$/,
    replacements: [
      ['const cache = {};', `${BOUNDED}const cache = new __TalkturnBoundedCache(500);`],
      ['const cachedText = cache[cacheKey];', 'const cachedText = cache.get(cacheKey);'],
      ['cache[cacheKey] = wrappedText;', 'cache.set(cacheKey, wrappedText);'],
    ],
  },
  {
    file: /[\\/]ink[\\/]build[\\/]measure-text\.js$/,
    replacements: [
      ['const cache = new Map();', `${BOUNDED}const cache = new __TalkturnBoundedCache(500);`],
    ],
  },
];

/** Ink's file with the patch applied; throws when Ink's text is no longer what the patch expects. */
export function patchInk(path, text) {
  const patch = INK_PATCHES.find((p) => p.file.test(path));
  if (!patch) return undefined;
  let out = text;
  for (const [from, to] of patch.replacements) {
    if (out.split(from).length !== 2) {
      throw new Error(
        `scripts/patches/ink-text-caches.mjs no longer fits ${path}: "${from.split('\n')[0]}" is not there once`,
      );
    }
    out = out.replace(from, () => to);
  }
  return out;
}
