import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoized } from './memo.js';

test('memoized: computes a key once, and starts again when the memo is full', () => {
  const calls: string[] = [];
  const upper = memoized(2, (s: string) => { calls.push(s); return s.toUpperCase(); });
  assert.deepEqual([upper('a'), upper('b'), upper('a'), upper('b')], ['A', 'B', 'A', 'B']);
  assert.deepEqual(calls, ['a', 'b']);
  upper('c'); // the memo held two: cleared, then c
  upper('a');
  assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
});

test('memoized: a null answer is remembered like any other', () => {
  let n = 0;
  const none = memoized(10, (_s: string) => { n++; return null; });
  none('x'); none('x');
  assert.equal(n, 1);
});
