// The built-in decks are found from the sources (vitest) and from a bundle installed anywhere.
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { builtinDecksDir, userDecksDir } from '../../src/decks/index.js';
import { tempDir } from './helpers.js';

const run = promisify(execFile);

describe('where decks live', () => {
  it('finds prompts/ beside package.json from the sources', () => {
    expect(builtinDecksDir()).toBe(resolve('prompts'));
  });

  it('puts user decks in the config folder', () => {
    expect(userDecksDir('/home/ana/.config/talkturn')).toBe('/home/ana/.config/talkturn/decks');
  });

  it('finds the built-in decks from a bundle in dist/, wherever the package is installed', async () => {
    const root = join(await tempDir(), 'node_modules', 'talkturn');
    await mkdir(join(root, 'dist'), { recursive: true });
    await writeFile(
      join(root, 'package.json'),
      JSON.stringify({ name: 'talkturn', type: 'module' }),
    );
    await cp(resolve('prompts'), join(root, 'prompts'), { recursive: true });
    await writeFile(
      join(root, 'entry.mjs'),
      [
        `import { builtinDecksDir, listDecks } from ${JSON.stringify(resolve('src/decks/index.ts'))};`,
        'const { decks, problems } = await listDecks({});',
        'console.log(JSON.stringify({ dir: builtinDecksDir(), count: decks.length, problems }));',
      ].join('\n'),
    );
    await build({
      entryPoints: [join(root, 'entry.mjs')],
      outfile: join(root, 'dist', 'cli.js'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const { stdout } = await run(process.execPath, [join(root, 'dist', 'cli.js')], { cwd: root });
    const count = (await readdir('prompts')).filter((name) => name.endsWith('.md')).length;
    expect(JSON.parse(stdout)).toEqual({ dir: join(root, 'prompts'), count, problems: [] });
  });
});
