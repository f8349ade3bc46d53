// The independent-source count of an incident does not depend on the order its articles were stored
// in (issue 20: it did, under two concurrent ingests). A generated corpus of 600 incidents, wire
// stories and their reprints included, goes in forwards, backwards, shuffled, and as two ingests in
// opposite orders taking turns batch by batch; every incident must have the same sources each time,
// and the number the corpus was built with. Syndication groups are counted over an incident's own
// articles (src/fuse/copies.ts copyGroups), not from the copy links recorded in arrival order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Item } from '../../src/ingest/sources.js';
import { generateCorpus, mulberry32, type CorpusArticle } from './generate.js';
import { oracleExtract } from './oracle.js';
import { findIncident } from './match.js';

const STRESS = process.env.SITREP_STRESS === '1';
const corpus = generateCorpus({ seed: 41, incidents: STRESS ? 1500 : 600 });
const extract = oracleExtract(corpus);

async function* items(articles: CorpusArticle[]): AsyncGenerator<Item> {
  for (const a of articles) yield { ok: true, origin: a.id, input: a, bytesDone: 0 };
}

/** Each incident (named by its articles) → its independent sources, after storing `orders` one batch of each at a time. */
async function sourcesAfter(orders: CorpusArticle[][]): Promise<{ byArticles: Map<string, number>; truth: string[] }> {
  const store = new SqliteStore(':memory:');
  const batch = 7;
  for (let at = 0; orders.some((o) => at < o.length); at += batch) {
    for (const o of orders) await ingest(store, items(o.slice(at, at + batch)), { extract, batchSize: batch });
  }
  const byArticles = new Map<string, number>();
  const incidents = await store.queryIncidents({});
  for (const i of incidents) {
    const d = (await store.dossier(i.id))!;
    byArticles.set([...new Set(d.members.map((m) => `${m.title}|${m.outlet}`))].sort().join(' ; '), i.sources);
  }
  const truth = corpus.incidents.flatMap((t) => {
    const found = findIncident(incidents, t);
    return found.length === 1 && found[0].sources !== t.sources ? [`${t.key}: ${found[0].sources} sources, built with ${t.sources}`] : [];
  });
  await store.close();
  return { byArticles, truth };
}

test('independent sources are the same whatever order the articles come in', { timeout: 600_000 }, async () => {
  const all = corpus.articles;
  const rnd = mulberry32(7);
  const shuffled = [...all].sort(() => rnd() - 0.5);
  const half = Math.ceil(all.length / 2);
  const runs: [string, CorpusArticle[][]][] = [
    ['forwards', [all]],
    ['backwards', [[...all].reverse()]],
    ['shuffled', [shuffled]],
    // Two ingests meeting the overlap from both ends, taking turns (as two processes do on one database).
    ['two ingests in opposite orders', [all.slice(0, half + 50), all.slice(half - 50).reverse()]],
  ];
  const [first, ...others] = await Promise.all(runs.map(async ([name, orders]) => ({ name, ...(await sourcesAfter(orders)) })));
  assert.deepEqual(first.truth, [], 'sources as the corpus was built');
  for (const r of others) {
    const differ = [...first.byArticles].filter(([k, v]) => r.byArticles.has(k) && r.byArticles.get(k) !== v).map(([k, v]) => `${v} vs ${r.byArticles.get(k)}: ${k.slice(0, 120)}`);
    assert.deepEqual(differ, [], `${r.name}: sources differ from storing the articles forwards`);
    assert.deepEqual(r.truth, [], `${r.name}: sources as the corpus was built`);
  }
});
