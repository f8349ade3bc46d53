// Four worker processes at once over one generated corpus of ~500 articles in PostgreSQL: every article
// stored once, no incident duplicated, and the same incidents as one SQLite process ingesting the corpus.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { PgStore } from '../../src/store/postgres/index.js';
import { ingest } from '../../src/ingest/index.js';
import { textHash } from '../../src/ingest/store-article.js';
import { generateCorpus } from '../corpus/generate.js';
import { oracleExtract } from '../corpus/oracle.js';
import { corpusItems, findIncident } from '../corpus/match.js';
import { dropTestSchemas, freshSchema, PG_SKIP, schemaUrl } from '../helpers/pg.js';
import { comparable, difference, runOracleWorker } from './compare.js';

after(dropTestSchemas);

const CORPUS = { seed: 11, incidents: 120 }; // 120 incidents are told in ~500 articles

test('4 worker processes over one 500-article corpus store each article once and fuse the same incidents as one SQLite ingest', { skip: PG_SKIP, timeout: 240_000 }, async () => {
  const corpus = generateCorpus(CORPUS);
  assert.ok(corpus.articles.length >= 450 && corpus.articles.length <= 550, `${corpus.articles.length} articles`);
  const url = schemaUrl(freshSchema());
  const pg = new PgStore(url);
  try {
    await pg.ready();
    for await (const item of corpusItems(corpus)) if (item.ok) assert.equal(await pg.queue.add(item.input, textHash(item.input.text), item.origin), 'queued');
    // Enqueueing again adds nothing.
    for await (const item of corpusItems(corpus)) if (item.ok) assert.equal(await pg.queue.add(item.input, textHash(item.input.text), item.origin), 'duplicate');

    const workers = [1, 2, 3, 4].map(() => runOracleWorker(url, { ...CORPUS, batch: 8, barrier: 4 }));
    const results = await Promise.all(workers.map((w) => w.done));
    for (const r of results) assert.equal(r.code, 0, r.out);
    const summaries = results.map((r) => JSON.parse(r.out.trim().split('\n').pop()!));
    assert.equal(summaries.reduce((n, s) => n + s.new, 0), corpus.articles.length);

    const n = corpus.articles.length;
    const [q] = await pg.db.query(`SELECT count(*) FILTER (WHERE state = 'done' AND outcome = 'new')::int AS new, count(*) FILTER (WHERE state <> 'done')::int AS open,
      count(DISTINCT article_id)::int AS articles, count(DISTINCT done_by)::int AS workers FROM queue`);
    assert.deepEqual([q.new, q.open, q.articles], [n, 0, n]);
    assert.ok(q.workers >= 2, `${q.workers} workers did the work`);
    const [a] = await pg.db.query('SELECT count(*)::int AS n, count(DISTINCT text_hash)::int AS texts, count(DISTINCT url)::int AS urls FROM articles');
    assert.deepEqual([a.n, a.texts, a.urls], [n, n, n]);

    const concurrent = await pg.queryIncidents({});
    // No incident duplicated: each truth incident is exactly one stored incident.
    const problems = corpus.incidents.map((t) => [t.key, findIncident(concurrent, t).length] as const).filter(([, k]) => k !== 1);
    assert.deepEqual(problems, []);
    assert.equal(concurrent.length, corpus.incidents.length);

    const lite = new SqliteStore(':memory:');
    const summary = await ingest(lite, corpusItems(corpus), { extract: oracleExtract(corpus), batchSize: 50 });
    assert.equal(summary.new, n);
    const single = await lite.queryIncidents({});
    await lite.close();
    assert.deepEqual(difference(comparable(concurrent), comparable(single)), { onlyFirst: [], onlySecond: [] });
  } finally {
    await pg.close();
  }
});
