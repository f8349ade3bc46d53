// extractArticles reads several articles stage by stage: the answers are extractArticle's, article for article, and
// one article's failure is its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { extractArticle, extractArticles } from './index.js';
import { getContext } from './context.js';
import type { ArticleInput } from '../types.js';

const examples: ArticleInput[] = readdirSync('examples').filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f, text: readFileSync(`examples/${f}`, 'utf8'), published: '2024-06-03' }));

test('a batch answers each article as it is answered alone', () => {
  const ctx = getContext();
  const alone = examples.map((a) => JSON.stringify(extractArticle(a, ctx)));
  assert.deepEqual(extractArticles(examples, ctx).map((r) => JSON.stringify(r)), alone);
  assert.deepEqual(extractArticles([...examples].reverse(), ctx).map((r) => JSON.stringify(r)), [...alone].reverse());
});

test('an article that cannot be read fails alone, the rest of the batch is read', () => {
  const ctx = getContext();
  const [first, second] = examples;
  const out = extractArticles([first, { id: 'empty', text: '' }, { id: 'not text', text: 42 as unknown as string }, second], ctx);
  assert.equal(out.length, 4);
  assert.deepEqual(out[0], extractArticle(first, ctx));
  assert.ok(!out[1].ok && out[1].code === 'E_EMPTY', JSON.stringify(out[1]));
  assert.ok(!out[2].ok && out[2].code === 'E_NO_TEXT', JSON.stringify(out[2]));
  assert.deepEqual(out[3], extractArticle(second, ctx));
});

test('an input line\'s own "__proto__" key is a key like any other: it sets nothing the reader reads', () => {
  const ctx = getContext();
  const text = 'Gunmen killed two villagers in Kano on Monday, police said.';
  const line = JSON.stringify({ id: 'p', text, published: '2024-06-03' }).slice(0, -1) + ',"__proto__":{"language":"fr","published":"1999-01-01"}}';
  const out = extractArticle(JSON.parse(line) as ArticleInput, ctx);
  assert.ok(out.ok);
  const plain = extractArticle({ id: 'p', text, published: '2024-06-03' }, ctx);
  assert.ok(plain.ok);
  assert.equal(out.value.published, '2024-06-03');
  assert.deepEqual(out.value.events, plain.value.events);
  assert.ok(out.value.events.length > 0);
});
