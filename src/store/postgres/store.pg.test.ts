// The store contract against the PostgreSQL adapter (when SITREP_TEST_PG names a server; skipped
// otherwise), plus what only PostgreSQL has: schema versions in a table, tsvector search, many writers.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { storeContract } from '../store.contract.case.test.js';
import { MIGRATIONS } from './schema.js';
import { incidentQuery } from './query.js';
import type { IncidentFilter } from '../store.js';
import { PgStore } from './index.js';
import { article, result } from '../../../test/helpers/build.js';
import { INCIDENT_COLUMNS, incidentColumns, newMember } from '../rows.js';
import { describeIncident } from '../../fuse/describe.js';
import { storeArticle } from '../../ingest/store-article.js';
import { review, ReviewError } from '../../review/actions.js';
import { dropTestSchemas, freshPgStore, freshSchema, PG_SKIP, PG_URL } from '../../../test/helpers/pg.js';

after(dropTestSchemas);

storeContract('postgres', () => freshPgStore(), { skip: PG_SKIP });

test('postgres store: migrations are recorded, run once by concurrent openers, and a newer schema is refused', { skip: PG_SKIP }, async () => {
  const schema = freshSchema();
  const stores = [1, 2, 3].map(() => new PgStore(PG_URL!, { schema, max: 2 }));
  try {
    assert.deepEqual(await Promise.all(stores.map((s) => s.ready())), [MIGRATIONS.length, MIGRATIONS.length, MIGRATIONS.length]);
    const rows = await stores[0].db.query('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((_, i) => i + 1));
    await stores[0].db.query('INSERT INTO schema_migrations (version) VALUES ($1)', [MIGRATIONS.length + 1]);
    const late = new PgStore(PG_URL!, { schema, max: 1 });
    await assert.rejects(late.stats(), /newer/);
    await late.close();
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});

test('postgres store: full-text search uses the tsvector column and its GIN index', { skip: PG_SKIP }, async () => {
  const s = await freshPgStore();
  try {
    await s.insertArticle(article('k', 'Artillery shells landed near the water tower.'));
    const plan = await s.db.adhoc("SELECT indexdef FROM pg_indexes WHERE tablename = 'articles' AND indexname = 'articles_tsv'");
    assert.match(plan[0].indexdef, /USING gin \(tsv\)/);
    const hits = await s.db.adhoc("SELECT count(*)::int AS n FROM articles WHERE tsv @@ plainto_tsquery('simple', 'WATER shells')");
    assert.equal(hits[0].n, 1);
  } finally {
    await s.close();
  }
});

test('postgres store: a bad URL or an unreachable server is an error, not a hang', { skip: PG_SKIP }, async () => {
  const u = new URL(PG_URL!);
  u.port = '1';
  const s = new PgStore(u.toString());
  await assert.rejects(s.stats(), /ECONNREFUSED|connect/);
  await s.close();
  assert.throws(() => new PgStore(PG_URL!, { schema: 'x; DROP TABLE y' }), /bad schema/);
});

test('postgres store: every sort order of the API, alone and with the commonest filters, pages from an index without sorting', { skip: PG_SKIP }, async () => {
  const s = await freshPgStore();
  try {
    const cases: IncidentFilter[] = [
      ...(['date', '-date', 'fatalities', '-fatalities', 'sources', '-sources'] as const).map((sort) => ({ sort, limit: 50 })),
      { country: 'sy', sort: '-date', limit: 50 }, { type: 'Battles', sort: 'date', limit: 50, offset: 100 },
    ];
    for (const f of cases) {
      const q = incidentQuery(s.db, f)!;
      const plan = await s.transaction(async () => {
        // A tiny table: forbid the other paths so the plan shows whether an index can serve the order.
        await s.db.adhoc('SET LOCAL enable_seqscan = off');
        await s.db.adhoc('SET LOCAL enable_sort = off');
        const rows = await s.db.adhoc(`EXPLAIN ${q.sql}`, q.params);
        throw Object.assign(new Error('rollback'), { rows });
      }).catch((e) => e.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
      assert.match(plan, /Index Scan/, `${JSON.stringify(f)}\n${plan}`);
      assert.doesNotMatch(plan, /\bSort\b/, `${JSON.stringify(f)}\n${plan}`);
    }
  } finally {
    await s.close();
  }
});

test('postgres store: a store from before the review migration opens with its incidents unreviewed and queued', { skip: PG_SKIP }, async () => {
  const schema = freshSchema();
  const s = new PgStore(PG_URL!, { schema, max: 2 });
  try {
    await s.db.adhoc(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await s.db.adhoc('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())');
    for (const [i, m] of MIGRATIONS.slice(0, -1).entries()) {
      await s.db.adhoc(m);
      await s.db.adhoc('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
    }
    const e = result('k', [{ place: { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY' }, dead: 9 }]).events[0];
    const fields = describeIncident([newMember(1, 1, e, { outlet: 'A', published: '2024-03-11', copyOf: null }, [])]);
    await s.db.adhoc(`INSERT INTO incidents (${INCIDENT_COLUMNS}, created, updated) VALUES (${Array.from({ length: INCIDENT_COLUMNS.split(',').length + 2 }, (_, i) => `$${i + 1}`).join(', ')})`,
      [...incidentColumns(fields), 'then', 'then']);
    assert.equal(await s.ready(), MIGRATIONS.length);
    const [i] = await s.queryIncidents({ review: 'queue', sort: 'priority' });
    assert.deepEqual([i.review.state, i.version, i.fatalities?.best], ['unreviewed', 1, 9]);
    const [row] = await s.db.adhoc('SELECT review_priority AS p FROM incidents');
    assert.ok(row.p > 0);
  } finally {
    await s.close();
  }
});

test('postgres store: two reviewers in two processes on one version: one wins, the other is refused as stale', { skip: PG_SKIP }, async () => {
  const schema = freshSchema();
  const [a, b] = [new PgStore(PG_URL!, { schema, max: 2 }), new PgStore(PG_URL!, { schema, max: 2 })];
  try {
    await a.ready();
    await b.ready();
    const stored = await a.transaction(() => storeArticle(a, article('k', 'Drones struck the depot.'), result('k', [{ place: { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY' }, dead: 3 }])));
    const id = stored.incidents[0];
    for (let round = 0; round < 5; round++) {
      const version = (await a.getIncident(id))!.version;
      const outcomes = await Promise.allSettled([
        review(a, id, [{ action: 'note' }], { who: 'ana', why: `round ${round}`, version }),
        review(b, id, [{ action: 'note' }], { who: 'ben', why: `round ${round}`, version }),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled').length;
      const stale = outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof ReviewError && o.reason.code === 'E_STALE_VERSION').length;
      assert.deepEqual([won, stale], [1, 1], `round ${round}: ${outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok')).join('; ')}`);
      assert.equal((await a.getIncident(id))!.version, version + 1);
    }
    assert.equal((await a.reviewRecords(id)).length, 5);
  } finally {
    await a.close();
    await b.close();
  }
});
