import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// Modules that import each other evaluate in an order that depends on which one a page loads
// first, and a bundler cannot split them into separate chunks. Parts that need each other meet
// through an interface file instead (e.g. booking/booking-form-host.ts). Dynamic import() is left
// out: loading on demand is the intended way for a part to reach one that comes later.
const sourceDir = fileURLToPath(new URL('../../packages/widgets/src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Static imports and re-exports (type-only ones included) of each file, to files in the package. */
function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
      const local = importedFiles
        .map(({ fileName }) => fileName)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      return [file, local];
    }),
  );
}

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
function cyclesIn(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, path: string[]) => {
    const seenAt = path.indexOf(file);
    if (seenAt !== -1) return void cycles.push([...path.slice(seenAt), file]);
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) walk(next, [...path, file]);
    done.add(file);
  };
  for (const file of graph.keys()) walk(file, []);
  return cycles;
}

describe('packages/widgets imports', () => {
  const graph = importGraph(sourceFiles(sourceDir));

  it('reads the whole package, and every relative import names a file that exists', () => {
    assert.ok(graph.size > 20, `only ${graph.size} files found under ${sourceDir}`);
    const missing = [...graph].flatMap(([file, imports]) => imports.filter((target) => !graph.has(target)).map((target) => `${relative(sourceDir, file)} -> ${relative(sourceDir, target)}`));
    assert.deepEqual(missing, []);
  });

  it('has no import cycle', () => {
    const cycles = cyclesIn(graph).map((cycle) => cycle.map((file) => relative(sourceDir, file)).join(' -> '));
    assert.deepEqual(cycles, [], `Modules that import each other:\n${cycles.join('\n')}\nLet them meet through an interface file.`);
  });

  it('would catch one: the walk finds a cycle in a graph that has one', () => {
    const cycle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    assert.deepEqual(cyclesIn(cycle), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
