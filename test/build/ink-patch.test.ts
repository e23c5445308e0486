// Ink as the bundle runs it (its text caches patched, the one string-width) draws exactly what
// Ink as published draws: clipped boxes, truncated and wrapped text, emoji, box drawing, and the
// same screens again and again, as a countdown redraws them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the build's plugins, plain JavaScript without types
import { inkTextCaches, oneStringWidth } from '../../scripts/build-plugins.mjs';

const SCREENS = `
import React from 'react';
import { Box, Text, renderToString } from 'ink';
const screen = (second) => (
  <Box flexDirection="column" width={40}>
    <Box borderStyle="round" paddingX={1}><Text bold>Ana has the floor · {second}s</Text></Box>
    <Box height={3} overflow="hidden" flexDirection="column">
      {['one', 'two — three', 'four 👩🏾‍💻 five', 'six', 'seven'].map((line) => <Text key={line}>{line} {'x'.repeat(second % 30)}</Text>)}
    </Box>
    <Box width={12} overflowX="hidden"><Text>{'╭──╮│ 12:0' + (second % 10) + ' │╰──╯ and more text past the edge'}</Text></Box>
    <Text wrap="truncate-middle">{'Ben listens, then says back what he heard '.repeat(2)}</Text>
    <Text wrap="wrap">{'日本語のテキスト and Zoë said: “it hurt” '.repeat(3)}</Text>
    <Text color="green">{'✓ Ana agrees '.repeat(second % 4)}</Text>
  </Box>
);
const frames = [];
for (let round = 0; round < 3; round++) {
  for (let second = 0; second < 40; second++) frames.push(renderToString(screen(second), { columns: 60 }));
}
process.stdout.write(JSON.stringify(frames));
`;

async function framesWith(plugins: Plugin[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'talkturn-ink-patch-'));
  const file = path.join(dir, 'screens.mjs');
  const result = await build({
    stdin: { contents: SCREENS, loader: 'tsx', resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    jsx: 'automatic',
    plugins: [
      ...plugins,
      {
        name: 'no-devtools',
        setup(builder) {
          builder.onResolve({ filter: /^react-devtools-core$/ }, () => ({
            path: 'x',
            namespace: 'stub',
          }));
          builder.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents: 'export default {}',
          }));
        },
      },
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  writeFileSync(file, result.outputFiles[0]!.text);
  return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as string[];
}

describe('the patched Ink', () => {
  it('draws every frame as published Ink does', async () => {
    const [published, patched] = await Promise.all([
      framesWith([]),
      framesWith([inkTextCaches as Plugin, oneStringWidth as Plugin]),
    ]);
    expect(published).toHaveLength(120);
    expect(published[5]).toContain('Ana has the floor · 5s');
    expect(patched).toEqual(published);
  });
});
