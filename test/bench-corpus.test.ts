// The bench's corpus and its comparison with the baseline: the corpus is the same for a seed, its
// articles are news-length, a wire story's reprints stay copies of it; a figure is flagged only when it
// is more than 10% worse in the direction that matters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchCorpus, countWords, MAX_WORDS, MIN_WORDS } from '../bench/corpus.js';
import { worse, type Row } from '../bench/section.js';

test('bench corpus: deterministic for a seed, 150-2,000 words with a median near 800, many countries and outlets', () => {
  const a = [...benchCorpus(7, 300).articles()];
  const b = [...benchCorpus(7, 300).articles()];
  assert.equal(a.length, 300);
  assert.deepEqual(a, b);
  assert.notDeepEqual([...benchCorpus(8, 300).articles()].map((x) => x.text), a.map((x) => x.text));
  const words = a.map((x) => countWords(x.text)).sort((x, y) => x - y);
  assert.ok(words[0] >= MIN_WORDS && words[words.length - 1] <= MAX_WORDS, `${words[0]}..${words[words.length - 1]}`);
  const median = words[words.length >> 1];
  assert.ok(median > 600 && median < 1000, `median ${median}`);
  const c = benchCorpus(7, 300).corpus;
  const countries = new Set([...c.oracle.values()].flat().map((e) => e.town.country));
  assert.ok(countries.size >= 20, `${countries.size} countries`);
  assert.ok(new Set(a.map((x) => x.outlet)).size >= 15);
});

test('bench corpus: a wire story and its reprints share their lengthened text', () => {
  const a = [...benchCorpus(3, 600).articles()];
  const reprints = a.filter((x) => x.text.includes('This report was distributed by'));
  assert.ok(reprints.length > 5);
  const body = (t: string): string => t.slice(0, t.lastIndexOf('\n\n('));
  let pairs = 0;
  for (const r of reprints) {
    // Another article with the same lead is a copy of the same wire story: its body must be the same.
    for (const o of a.filter((x) => x !== r && x.text.split('\n\n')[0] === r.text.split('\n\n')[0])) {
      assert.equal(body(o.text), body(r.text), `${o.id} and ${r.id}`);
      pairs++;
    }
  }
  assert.ok(pairs > 5, `${pairs} pairs`);
  assert.ok(countWords(body(reprints[0].text)) >= MIN_WORDS - 30);
});

test('bench comparison: flags a figure more than 10% worse, in its own direction only', () => {
  const row = (value: number, better: Row['better']): Row => ({ key: 'k', label: 'k', value, unit: '', better });
  assert.equal(worse(row(85, 'higher'), row(100, 'higher'))?.toFixed(2), '0.15');
  assert.equal(worse(row(95, 'higher'), row(100, 'higher')), null);
  assert.equal(worse(row(150, 'higher'), row(100, 'higher')), null);
  assert.equal(worse(row(115, 'lower'), row(100, 'lower'))?.toFixed(2), '0.15');
  assert.equal(worse(row(50, 'lower'), row(100, 'lower')), null);
  assert.equal(worse(row(500, 'none'), row(100, 'none')), null);
  assert.equal(worse(row(100, 'higher'), undefined), null);
});
