// The generated corpus through ingest, store and fusion with a perfect reader (the generator's own
// record of each article): the incidents, their independent sources and fatality ranges must be exactly
// those the corpus was built to contain. The same corpus through the real reader is corpus-e2e.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Item } from '../../src/ingest/sources.js';
import { distanceKm } from '../../src/store/grid.js';
import type { Incident } from '../../src/store/store.js';
import { generateCorpus, type Corpus, type TruthIncident } from './generate.js';
import { ACLED_OF, oracleExtract } from './oracle.js';

export async function* corpusItems(corpus: Corpus): AsyncGenerator<Item> {
  for (const a of corpus.articles) yield { ok: true, origin: a.id, input: a, bytesDone: 0 };
}

/** The stored incident that tells a truth incident: same type and date, within 5 km. */
export function findIncident(incidents: Incident[], t: TruthIncident): Incident[] {
  return incidents.filter((i) => i.eventType === ACLED_OF[t.kind].type && i.dateStart === t.date && i.lat != null &&
    distanceKm(i.lat, i.lon!, t.lat, t.lon) < 5);
}

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
