import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { extend } from './extend.js';
import { pipelineModules } from './test-helpers.js';

// extend replaced the reader's `{ ...a, k: v }` literals: each row is such a literal and what extend must make of it,
// key for key and in the same order (the JSON output is compared byte for byte with the spread's).
const place = { text: 'Aleppo', start: 10, end: 16, name: 'Aleppo', lat: 36.2, lon: 37.16, country: 'SY', featureCode: 'PPLA', mention: 'name' };
const rows: Array<[string, object, object, object]> = [
  ['a key the object lacks goes last', place, { precision: 1 }, { ...place, precision: 1 }],
  ['a key it has keeps its place and takes the new value', place, { start: 3, text: 'x' }, { ...place, start: 3, text: 'x' }],
  ['an undefined value is kept as a key', { rule: 'a', text: 'b' }, { text: undefined }, { rule: 'a', text: undefined }],
  ['a nested object is shared, not copied', { why: [1] }, { rule: 'r' }, { why: [1], rule: 'r' }],
  ['an empty object gives the new keys alone', {}, { rule: 'r' }, { rule: 'r' }],
];
for (const [what, a, b, want] of rows) {
  test(`extend: ${what}`, () => {
    const got = extend(a, b);
    assert.deepEqual(got, want);
    assert.equal(JSON.stringify(got), JSON.stringify(want));
    assert.deepEqual(Object.keys(got), Object.keys(want));
  });
}

test('extend: neither argument is changed, and the nested values are the same objects', () => {
  const a = { why: [{ rule: 'x' }], n: 1 };
  const b = { n: 2 };
  const got = extend(a, b);
  assert.deepEqual(a, { why: [{ rule: 'x' }], n: 1 });
  assert.deepEqual(b, { n: 2 });
  assert.equal(got.why, a.why);
  assert.notEqual(got, a);
});

test('extend: an own "__proto__" key (from JSON.parse of an input line) stays a plain key, as in the spread', () => {
  const input = JSON.parse('{"text":"t","__proto__":{"language":"fr"}}') as object;
  const got = extend(input, { fromHtml: false }) as Record<string, unknown>;
  const want = { ...input, fromHtml: false } as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(got), Object.prototype);
  assert.equal(got.language, undefined);
  assert.deepEqual(Object.keys(got), Object.keys(want));
  assert.equal(JSON.stringify(got), JSON.stringify(want));
});

// The reader makes no `{ ...a, k: v }` literal: each would give its objects a hidden class apiece again (extend.ts).
/** The lines of `text` with an object literal that opens with a spread and goes on to another member. */
function spreadThenKeys(text: string): number[] {
  const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 1 && ts.isSpreadAssignment(node.properties[0])) {
      lines.push(sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return lines;
}

test('no literal of the pipeline opens with a spread and goes on to more keys', () => {
  const dir = import.meta.dirname;
  // extend.ts's own spread is its fallback for an own "__proto__" key.
  const found = pipelineModules(dir).filter((f) => relative(dir, f) !== 'extend.ts')
    .flatMap((f) => spreadThenKeys(readFileSync(f, 'utf8')).map((l) => `${relative(dir, f)}:${l}`));
  assert.deepEqual(found, []);
});

for (const [code, want] of [
  ['const a = { ...p, precision: 1 };', [1]],
  ['const a = { ...p, ...q };', [1]],
  ['const a = { ...p };', []],
  ['const a = { precision: 1, ...p };', []],
  ['const a = extend(p, { precision: 1 });', []],
  ['const a = [{ x: 1 }, {\n  ...p, y: 2 }];', [1]],
] as Array<[string, number[]]>) {
  test(`spreadThenKeys: ${code.replace(/\n/g, ' ')}`, () => assert.deepEqual(spreadThenKeys(code), want));
}
