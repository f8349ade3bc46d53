import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LexemeTable } from './lexeme-table.js';

// [word looked up, index expected] in a table over ['the', 'The', 'café', '', 'ca\u0301fe', '__proto__']
const LOOKUPS: Array<[string, number]> = [
  ['the', 0],
  ['The', 1],
  ['café', 2],
  ['', 3],
  ['ca\u0301fe', 4],
  ['__proto__', 5],
  ['THE', -1],
  ['cafe', -1],
  ['toString', -1],
];
const LIST = ['the', 'The', 'café', '', 'ca\u0301fe', '__proto__'];

for (const [word, index] of LOOKUPS) {
  test(`lexeme table: ${JSON.stringify(word)} → ${index}`, () => assert.equal(new LexemeTable([...LIST]).get(word), index));
}

test('lexeme table: words added as wink adds them (recorded, then pushed) are found, through growth', () => {
  const list = ['a', 'b'];
  const table = new LexemeTable(list);
  const hash = table.asHash();
  for (let k = 0; k < 5000; k++) {
    const word = `w${k}`;
    assert.equal(hash[word], undefined);
    hash[word] = list.length; // wink: index = h[value] = f.index; f.index = l.push(value)
    list.push(word);
  }
  for (let k = 0; k < 5000; k++) assert.equal(table.get(`w${k}`), k + 2);
  assert.equal(hash.a, 0);
  assert.equal(hash.zzz, undefined);
});

test('lexeme table: a word listed twice answers its last index, as an object hash would', () => {
  assert.equal(new LexemeTable(['x', 'y', 'x']).get('x'), 2);
});

test('lexeme table: a word found (and so remembered as recent) then recorded again answers its new index', () => {
  const list = ['x', 'y'];
  const table = new LexemeTable(list);
  assert.equal(table.get('x'), 0);
  list.push('x');
  table.set('x', 2);
  assert.equal(table.get('x'), 2);
  assert.equal(table.get('y'), 1);
});
