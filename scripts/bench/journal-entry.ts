// Bytes the journal writes to disk per keystroke: `node journal.mjs <folder> <length>` fills a
// reflection's draft to <length> characters, then types 100 more one at a time, each synced as a
// slow typist's would be and stamped with the app's clock (`performance.now()`, fractions of a
// millisecond and all), counting every byte handed to the disk. Prints JSON.
import path from 'node:path';
import { createJournal, nodeFs, type FsLayer } from '../../src/notes/index.js';
import { config } from '../../test/notes/fixtures.js';

const [dir = '', lengthText = '1000'] = process.argv.slice(2);
const length = Number(lengthText);
const KEYS = 100;

let bytes = 0;
const counting: FsLayer = {
  ...nodeFs,
  write: (fd, data, offset, size, position) => {
    const written = nodeFs.write(fd, data, offset, size, position);
    bytes += written;
    return written;
  },
};

const journal = createJournal({
  notesDir: path.join(dir, 'notes'),
  config: config(),
  startedAt: 0,
  fs: counting,
});
const words = 'what I heard is that you felt alone that winter and ';
let text = words.repeat(Math.ceil(length / words.length)).slice(0, length);
// The field's key as the app names it (draftKeyFor: the first reflection of the first prompt).
const key = 'reflect:0:0:0';
journal.draft(key, { text, cursor: text.length }, performance.now());
journal.flush();
const before = bytes;
for (let i = 0; i < KEYS; i++) {
  text += 'abcdefghij'[i % 10];
  journal.draft(key, { text, cursor: text.length }, performance.now());
  journal.flush();
}
const perKey = (bytes - before) / KEYS;
journal.close();
process.stdout.write(`${JSON.stringify({ length, perKey })}\n`);
