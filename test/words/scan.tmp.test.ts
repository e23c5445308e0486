import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { strayWords } from './stray-words.js';
test('scan', () => {
  const s = strayWords(process.cwd());
  writeFileSync(
    '/tmp/stray.txt',
    s.map((x) => `${x.where} | ${x.text}`).join('\n') + `\n${s.length}\n`,
  );
});
