// The generated corpus through ingest, store and fusion with a perfect reader (the generator's own
// record of each article): the incidents, their independent sources and fatality ranges must be exactly
// those the corpus was built to contain. The same corpus through the real reader is corpus-e2e.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/ingest/index.js';
import { generateCorpus } from './generate.js';
import { oracleExtract } from './oracle.js';
import { corpusItems, findIncident } from './match.js';

for (const seed of [1, 2, 3]) {
  test(`generated corpus (seed ${seed}) with a perfect reader fuses into exactly its incidents`, async () => {
    const corpus = generateCorpus({ seed });
    assert.ok(corpus.articles.length >= 200, `${corpus.articles.length} articles`);
    const store = new SqliteStore(':memory:');
    const summary = await ingest(store, corpusItems(corpus), { extract: oracleExtract(corpus), batchSize: 25 });
    assert.deepEqual([summary.new, summary.failed], [corpus.articles.length, 0]);
    const incidents = await store.queryIncidents({});
    const problems: string[] = [];
    for (const t of corpus.incidents) {
      const found = findIncident(incidents, t);
      if (found.length !== 1) { problems.push(`${t.key}: ${found.length} incidents`); continue; }
      const i = found[0];
      if (i.sources !== t.sources) problems.push(`${t.key}: ${i.sources} sources, want ${t.sources}`);
      if (i.articles !== t.articles.length) problems.push(`${t.key}: ${i.articles} articles, want ${t.articles.length}`);
      if ((i.fatalities?.low ?? null) !== t.low || (i.fatalities?.high ?? null) !== t.high) {
        problems.push(`${t.key}: killed ${i.fatalities?.low}-${i.fatalities?.high}, want ${t.low}-${t.high}`);
      }
    }
    assert.deepEqual(problems, []);
    assert.equal(incidents.length, corpus.incidents.length);
    // Re-ingesting the same corpus adds nothing.
    const again = await ingest(store, corpusItems(corpus), { extract: oracleExtract(corpus), batchSize: 25 });
    assert.deepEqual([again.new, again.duplicate], [0, corpus.articles.length]);
    assert.equal((await store.stats()).incidents, corpus.incidents.length);
    await store.close();
  });
}
