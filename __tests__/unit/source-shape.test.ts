// The shape rules of src/ that no compiler enforces: no import cycle (type-only imports count too:
// ESLint's import-x/no-cycle skips them), layers that point one way, and no file over 300 lines.
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sourceFiles(dir = srcDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports and re-exports of a file (`import type` included), as source paths. */
export function importsOf(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const specifiers = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)].map((m) => m[1]);
  return specifiers.map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')));
}

/** Every cycle's files, found by depth-first search over the import graph. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const rel = (f: string) => path.relative(srcDir, f);
const graph = new Map(sourceFiles().map((f) => [f, importsOf(f)]));

describe('src/', () => {
  it('has no import cycle, type-only imports included', () => {
    expect(findCycles(graph).map((c) => c.map(rel).join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const a = path.join(srcDir, 'a.ts');
    const b = path.join(srcDir, 'b.ts');
    const fake = new Map([
      [a, importsOf(a, "import type { B } from './b.js';\n")],
      [b, importsOf(b, "export { A } from './a.js';\n")],
    ]);
    expect(findCycles(fake).map((c) => c.map(rel))).toEqual([['a.ts', 'b.ts']]);
  });

  it('points one way: no concern imports summary/ or run-* (only the top-level steps do), lib/ imports no concern, constants.ts nothing', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = rel(file);
      for (const target of imports.map(rel)) {
        // The top-level files (run-*, start-job, finish-job) put the concerns together; a concern's folder only renders through them.
        const toSummary = target.startsWith('summary/') && from.includes('/') && !from.startsWith('summary/');
        const toEntry = target.startsWith('run-') && !['main.ts', 'post.ts'].includes(from);
        const libUp = from.startsWith('lib/') && !target.startsWith('lib/') && target !== 'constants.ts';
        if (toSummary || toEntry || libUp || from === 'constants.ts') wrong.push(`${from} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is named correctly by the benchmarks and scripts that bundle parts of it (they run outside the tests)', () => {
    const root = path.dirname(srcDir);
    const named = ['bench', 'scripts'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((f) => f.endsWith('.mjs'))
        .flatMap((f) => [...fs.readFileSync(path.join(root, dir, f), 'utf8').matchAll(/['"](?:\.\/)?(src\/[\w/.-]+\.ts)['"]/g)].map((m) => m[1])),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((p) => !fs.existsSync(path.join(root, p)))).toEqual([]);
  });

  it('has no file over 300 lines', () => {
    const long = sourceFiles()
      .map((f) => ({ file: rel(f), lines: fs.readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > 300);
    expect(long).toEqual([]);
  });
});
