import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extend } from './extend.js';

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
