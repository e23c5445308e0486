// No import cycle among talkturn's own modules. In the one-file bundle, modules start lazily and
// some of them asynchronously; a cycle between two of them can leave the program waiting on
// itself, so that it exits at once showing nothing (it happened once: Paragraph and Clamped).
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the source', () => {
  it('has no import cycle among its own modules', async () => {
    const result = await build({
      entryPoints: ['src/cli.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      metafile: true,
      outfile: 'cycles-check.js',
      logLevel: 'silent',
      external: ['react-devtools-core'],
    });
    const graph = new Map<string, string[]>();
    for (const [file, input] of Object.entries(result.metafile.inputs)) {
      const own = input.imports.filter((i) => i.kind === 'import-statement' && !i.external);
      graph.set(
        file,
        own.map((i) => i.path),
      );
    }
    const cycles: string[] = [];
    const done = new Set<string>();
    const path: string[] = [];
    const visit = (file: string) => {
      done.add(file);
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        const at = path.indexOf(next);
        if (at >= 0) cycles.push([...path.slice(at), next].join(' -> '));
        else if (!done.has(next)) visit(next);
      }
      path.pop();
    };
    for (const file of graph.keys()) if (!done.has(file)) visit(file);
    expect(cycles.filter((cycle) => cycle.startsWith('src/'))).toEqual([]);
  });
});
