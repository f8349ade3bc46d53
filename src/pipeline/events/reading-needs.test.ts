// typeHits runs a hit reading only when the hits hold a concept of each group its …_NEEDS declares (typing.ts HIT_READINGS).
// That is sound only if a reading given hits without its needs leaves them as they are: checked here on the cue hits of
// every sentence of the probe sets and the bundled examples, so a reading whose code comes to act on a concept its
// declaration omits fails here, not silently in the typing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { normalize } from '../normalize/index.js';
import { segment } from '../segment/index.js';
import { readArticle } from '../reading.js';
import { getContext } from '../context.js';
import { CUES, type Concept } from '../../lexicon/event-cues.js';
import { compileCues, type CueHit } from './cue-matcher.js';
import { HIT_READINGS } from './typing.js';

function texts(): string[] {
  const out: string[] = [];
  for (const f of readdirSync('test/probes').filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(`test/probes/${f}`, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line).text);
  }
  for (const f of readdirSync('examples').filter((f) => f.endsWith('.txt')).sort()) out.push(readFileSync(`examples/${f}`, 'utf8'));
  return out;
}

const told = (needs: Iterable<Iterable<Concept>>, hits: readonly CueHit<Concept>[]): boolean => {
  const concepts = new Set(hits.map((h) => h.concept));
  for (const group of needs) if (![...group].some((c) => concepts.has(c))) return false;
  return true;
};

const same = (a: readonly CueHit<Concept>[], b: readonly CueHit<Concept>[]): boolean =>
  a === b || (a.length === b.length && a.every((h, k) => JSON.stringify(h) === JSON.stringify(b[k])));

test('a hit reading leaves alone the hits that lack what it declares it needs', () => {
  const ctx = getContext();
  const matcher = compileCues(CUES);
  let checked = 0;
  for (const text of texts()) {
    const article = normalize({ id: 'probe', text, published: '2024-05-10' });
    if (!article.ok) continue;
    const doc = segment(article.value);
    const { words } = readArticle(doc, ctx);
    for (const sent of doc.sentences) {
      const hits = matcher.match(words, sent.firstToken, sent.endToken);
      if (!hits.length) continue;
      HIT_READINGS.forEach((r, k) => {
        if (told(r.needs, hits)) return;
        checked++;
        const next = r.read(hits, words);
        assert.ok(same(next, hits), `reading ${k} (${r.read.name || 'anonymous'}) acted without its needs on "${doc.text.slice(doc.tokens[sent.firstToken].start, doc.tokens[sent.endToken - 1].end)}"`);
      });
    }
  }
  assert.ok(checked > 10_000, `only ${checked} readings checked`);
});
