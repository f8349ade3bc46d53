// The generated corpus through the real reader, ingest, store and fusion: the incidents, independent
// sources and fatality ranges the corpus was built to contain, exactly, and nothing else. (Issue 4's
// last check.) A failure prints which incidents came out wrong; `node --import tsx test/corpus/generate.ts`
// writes the corpus out for reading the articles behind them with `sitrep extract`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/ingest/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { getContext } from '../../src/pipeline/context.js';
import { generateCorpus } from './generate.js';
import { corpusItems, findIncident } from './match.js';

test('generated corpus through the real reader gives exactly its incidents, sources and fatality ranges', async () => {
  const corpus = generateCorpus({ seed: 1 });
  const store = new SqliteStore(':memory:');
  const ctx = getContext();
  const summary = await ingest(store, corpusItems(corpus), { extract: (input) => extractArticle(input, ctx), batchSize: 50 });
  assert.deepEqual([summary.new, summary.failed], [corpus.articles.length, 0]);
  const incidents = await store.queryIncidents({});
  const matched = new Set<number>();
  const score = { exact: 0, missing: 0, split: 0, sources: 0, fatalities: 0 };
  const problems: string[] = [];
  for (const t of corpus.incidents) {
    const found = findIncident(incidents, t);
    found.forEach((i) => matched.add(i.id));
    if (!found.length) { score.missing++; problems.push(`${t.key}: not found`); continue; }
    if (found.length > 1) { score.split++; problems.push(`${t.key}: split into ${found.length}`); continue; }
    const i = found[0];
    let ok = true;
    if (i.sources !== t.sources) { score.sources++; ok = false; problems.push(`${t.key}: ${i.sources} sources, want ${t.sources}`); }
    if ((i.fatalities?.low ?? null) !== t.low || (i.fatalities?.high ?? null) !== t.high) {
      score.fatalities++; ok = false; problems.push(`${t.key}: killed ${i.fatalities?.low}-${i.fatalities?.high}, want ${t.low}-${t.high}`);
    }
    if (ok) score.exact++;
  }
  const spurious = incidents.filter((i) => !matched.has(i.id));
  const report = `${corpus.incidents.length} incidents: ${JSON.stringify(score)}; ${spurious.length} spurious of ${incidents.length} stored\n` +
    [...problems.slice(0, 25), ...spurious.slice(0, 10).map((i) => `spurious: ${i.summary}`)].join('\n');
  await store.close();
  assert.equal(score.exact, corpus.incidents.length, report);
  assert.equal(spurious.length, 0, report);
});
