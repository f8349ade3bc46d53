// The events stage's modules import each other in one direction only: the types they share live in
// types.ts, which imports no module of the stage that imports it back (issue 19).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '.');
const IMPORT = /from '\.\/([a-z0-9-]+)\.js'/g;

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (v: string): void => {
    state.set(v, 'open');
    path.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (state.get(w) === 'open') found.push(path.slice(path.indexOf(w)));
      else if (!state.has(w)) visit(w);
    }
    path.pop();
    state.set(v, 'done');
  };
  for (const v of graph.keys()) if (!state.has(v)) visit(v);
  return found;
}

test('no two modules of the events stage import each other, types included', () => {
  const graph = new Map<string, string[]>();
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    graph.set(f.replace(/\.ts$/, ''), [...readFileSync(join(DIR, f), 'utf8').matchAll(IMPORT)].map((m) => m[1]));
  }
  assert.deepEqual(cycles(graph), []);
});
