// No module under src/pipeline keeps an article's state (issue 13): module-state.ts reads every module,
// and is itself checked on one line per case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { moduleState } from './module-state.js';
import { pipelineModules } from './test-helpers.js';

/** Process-wide resources loaded on first use, one per process and the same for every article. */
const ALLOWED: Record<string, string[]> = {
  'context.ts': ['shared'], // the process's context (gazetteer, clock), loaded on first use
  'segment/nlp.ts': ['reader'], // wink-nlp's model, loaded on first use
  'normalize/html.ts': ['libs'], // the HTML readers, imported on first use
  'places/english.ts': ['table', 'known'], // the model's own lexicon, taken from it on first use
};

const DIR = import.meta.dirname;

test('no module of the pipeline holds article state at module level', () => {
  const found: string[] = [];
  for (const file of pipelineModules(DIR)) {
    const rel = relative(DIR, file);
    for (const f of moduleState(readFileSync(file, 'utf8'), rel, new Set(ALLOWED[rel] ?? []))) found.push(`${rel}:${f.line} ${f.name}: ${f.why}`);
  }
  assert.deepEqual(found, []);
});

const CASES: Array<[string, string[]]> = [
  ['const WORDS = new Set(["a", "b"]);', []],
  ['const INDEX = new Map(); RULES.forEach((r, i) => INDEX.set(r, i));', []],
  ['const INDEX = new Map(); for (const r of RULES) INDEX.set(r, 1);', []],
  ['let current = null; export function read(x) { current = x; }', ['current']],
  ['var n = 0;', ['n']],
  ['const seen = new Map(); export function read(k, v) { seen.set(k, v); }', ['seen']],
  ['const memo = new Map(); export function read(k, v) { if (memo.size > 9) memo.clear(); memo.set(k, v); }', []],
  ['const byDoc = new WeakMap(); export function read(d) { byDoc.set(d, 1); }', ['byDoc']],
  ['const slots = []; export function read(x) { slots[0] = x; }', ['slots']],
  ['const ids = new Int32Array(8); export function read(x) { ids[0] = x; }', ['ids']],
  ['const tables = new WeakMap<Gazetteer, number[]>(); export function t(g) { tables.set(g, []); }', []],
  ['const state = { n: 0 }; export function read() { state.n++; }', ['state']],
  ['const state = { n: 0 }; export const read = () => state.n;', []],
  ['const state = { n: 0 }; export function read() { state.n = 1; }', ['state']],
];

test('module-state: what it flags, one line per case', () => {
  for (const [source, names] of CASES) assert.deepEqual(moduleState(source).map((f) => f.name), names, source);
});
