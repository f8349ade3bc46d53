// Lines read together: a batch holds only the lines at hand, so a slow feed is never held back to fill one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchesOf } from './lines.js';

async function collect<T>(source: AsyncIterable<T>, max: number): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of batchesOf(source, max)) out.push(b);
  return out;
}

async function* atHand(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

async function* trickle(n: number, ms: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, ms));
    yield i;
  }
}

test('lines at hand come in batches of at most max, in order', async () => {
  const batches = await collect(atHand(37), 16);
  assert.deepEqual(batches.map((b) => b.length), [16, 16, 5]);
  assert.deepEqual(batches.flat(), [...Array(37).keys()]);
});

test('a feed that waits between lines is answered line by line', async () => {
  const batches = await collect(trickle(4, 5), 16);
  assert.deepEqual(batches, [[0], [1], [2], [3]]);
});

test('no input, no batch', async () => {
  assert.deepEqual(await collect(atHand(0), 16), []);
});
