// PostGIS in the PostgreSQL store: the same `near` and `bbox` queries against a store that uses it and
// one that does not (postgis: false, what SITREP_PG_POSTGIS=off does) give the same rows in the same
// order, including points on a box's edge, just inside or outside a radius, across the antimeridian and
// near a pole. Skipped with a reason without a server, or without PostGIS on it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PgStore } from './index.js';
import { incidentQuery } from './query.js';
import type { IncidentFields, IncidentFilter } from '../store.js';
import { dropTestSchemas, freshSchema, PG_SKIP, PG_URL } from '../../../test/helpers/pg.js';

let skip: string | false = PG_SKIP;
before(async () => {
  if (skip) return;
  const c = new pg.Client({ connectionString: PG_URL! });
  await c.connect();
  const { rows } = await c.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'`);
  await c.end();
  if (!rows.length) skip = 'PostGIS is not installed on the test server (apt-get install postgresql-15-postgis-3): PostGIS case skipped';
});
after(dropTestSchemas);

function fields(i: number, lat: number | null, lon: number | null): IncidentFields {
  return {
    eventType: 'Battles', subEventType: 'Armed clash', dateStart: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`, dateEnd: null,
    datePrecision: 1, location: null, lat, lon, geoPrecision: lat == null ? null : 1, country: 'ZZ', admin1: null, locationName: `p${i}`,
    actor1: null, actor2: null, assocActors: [], fatalities: { low: i % 5, best: i % 5, high: i % 5 }, fatalityBasis: null, injuries: null, injuryBasis: null,
    status: 'alleged', sources: 1 + (i % 3), articles: 1, outlets: [], contradictions: [], summary: '',
  };
}

// 1 degree of latitude on the 6371 km sphere the plain distance uses.
const DEG_KM = (6371 * Math.PI) / 180;
const POINTS: [number | null, number | null][] = [
  [10, 20], [10, 20.5], [10.5, 20], [11, 21], [9.999, 20], [10, 19.9999],     // a box's edges and just outside
  [10 + 50 / DEG_KM, 30], [10 + 50.01 / DEG_KM, 30], [10 + 49.99 / DEG_KM, 30], // 50 km north of (10, 30), and around it
  [-17, 179.9], [-17, -179.9], [-17.2, 180], [-17, -180], [-16.9, 179.5],      // the antimeridian
  [89.5, 0], [89.5, 180], [89.9, -90], [-89.8, 45],                            // poles
  [0, 0], [0.3, -0.3], [45, 45], [null, null],
];
const FILTERS: IncidentFilter[] = [
  { bbox: { minLon: 20, minLat: 10, maxLon: 21, maxLat: 11 } },
  { bbox: { minLon: 179, minLat: -18, maxLon: -179, maxLat: -16 } },
  { bbox: { minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 } },
  { bbox: { minLon: -1, minLat: 85, maxLon: 1, maxLat: 90 } },
  { near: { lat: 10, lon: 30, km: 50 } }, { near: { lat: 10, lon: 30, km: 49.995 } },
  { near: { lat: 10, lon: 20, km: 60 } }, { near: { lat: -17, lon: 180, km: 30 } },
  { near: { lat: 90, lon: 0, km: 60 } }, { near: { lat: 0, lon: 0, km: 5000 } }, { near: { lat: 0, lon: 0, km: 0 } },
  { near: { lat: 10, lon: 20, km: 80 }, bbox: { minLon: 19, minLat: 9, maxLon: 20.2, maxLat: 10.2 } },
];

test('postgres + PostGIS: near and bbox give the same rows in the same order as the plain lat/lon path', { skip: PG_SKIP }, async (t) => {
  if (skip) { t.skip(skip); return; }
  const gis = new PgStore(PG_URL!, { schema: freshSchema(), postgis: true });
  const plain = new PgStore(PG_URL!, { schema: freshSchema(), postgis: false });
  try {
    await Promise.all([gis.ready(), plain.ready()]);
    assert.equal(gis.db.spatial.kind, 'postgis', JSON.stringify(gis.db.spatial));
    assert.equal(plain.db.spatial.kind, 'plain');
    for (const s of [gis, plain]) {
      await s.transaction(async () => { for (const [i, [lat, lon]] of POINTS.entries()) await s.createIncident(fields(i, lat, lon)); });
    }
    let found = 0;
    for (const f of FILTERS) {
      for (const sort of ['date', '-fatalities'] as const) {
        const a = (await gis.queryIncidents({ ...f, sort })).map((i) => i.locationName);
        const b = (await plain.queryIncidents({ ...f, sort })).map((i) => i.locationName);
        assert.deepEqual(a, b, JSON.stringify(f));
        found += a.length;
      }
    }
    assert.ok(found > 20, 'the queries find rows');
    // The edge cases land where the plain predicates put them.
    const names = async (f: IncidentFilter): Promise<string[]> => (await gis.queryIncidents(f)).map((i) => i.locationName!).sort();
    assert.deepEqual(await names(FILTERS[0]), ['p0', 'p1', 'p2', 'p3']);
    const ring = await names(FILTERS[4]);
    assert.ok(ring.includes('p8') && !ring.includes('p7'), ring.join());
    assert.deepEqual(await names(FILTERS[1]), ['p10', 'p11', 'p12', 'p13', 'p9']);
  } finally {
    await Promise.all([gis.close(), plain.close()]);
  }
});

test('postgres + PostGIS: the geography column follows updates and its GIST index serves near and bbox', { skip: PG_SKIP }, async (t) => {
  if (skip) { t.skip(skip); return; }
  const s = new PgStore(PG_URL!, { schema: freshSchema(), postgis: true });
  try {
    const id = await s.createIncident(fields(1, 10, 20));
    await s.updateIncident(id, fields(1, -30, 150));
    assert.deepEqual((await s.queryIncidents({ near: { lat: -30, lon: 150, km: 1 } })).map((i) => i.id), [id]);
    assert.deepEqual(await s.queryIncidents({ near: { lat: 10, lon: 20, km: 1 } }), []);
    for (const f of [FILTERS[0], FILTERS[1], FILTERS[4]]) {
      const q = incidentQuery(s.db, f)!;
      const plan = await s.transaction(async () => {
        // A tiny table: forbid the other paths so the plan shows whether the GIST index can serve the filter.
        await s.db.adhoc('SET LOCAL enable_seqscan = off');
        await s.db.adhoc('DROP INDEX incidents_lat_lon'); // rolled back below
        const rows = await s.db.adhoc(`EXPLAIN ${q.sql}`, q.params);
        throw Object.assign(new Error('rollback'), { rows });
      }).catch((e) => e.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
      assert.match(plan, f.bbox ? /incidents_geom/ : /incidents_geog/, `${JSON.stringify(f)}\n${plan}`);
    }
  } finally {
    await s.close();
  }
});

test('postgres: SITREP_PG_POSTGIS=off keeps the plain index where PostGIS is installed; turning it on later adds the column', { skip: PG_SKIP }, async (t) => {
  if (skip) { t.skip(skip); return; }
  const saved = process.env.SITREP_PG_POSTGIS;
  process.env.SITREP_PG_POSTGIS = 'off';
  const s = new PgStore(PG_URL!, { schema: freshSchema() });
  try {
    await s.ready();
    assert.deepEqual(s.db.spatial, { kind: 'plain', reason: 'PostGIS use turned off (SITREP_PG_POSTGIS=off or the postgis: false option)' });
    const cols = await s.db.adhoc(`SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'incidents' AND column_name = 'geog'`, [s.db.opts.schema]);
    assert.equal(cols.length, 0);
    // Turned on later (or PostGIS installed later): the next open adds the column to the rows already there.
    const id = await s.createIncident(fields(0, 10, 20));
    assert.equal((await s.getIncident(id))?.id, id); // a statement now prepared on s's connection
    const later = new PgStore(PG_URL!, { schema: s.db.opts.schema, postgis: true });
    try {
      await later.ready();
      assert.equal(later.db.spatial.kind, 'postgis');
      assert.deepEqual((await later.queryIncidents({ near: { lat: 10, lon: 20, km: 1 } })).map((i) => i.id), [id]);
      // ...still runs after the column appeared (its result names its columns, so its type did not change).
      assert.equal((await s.getIncident(id))?.id, id);
    } finally {
      await later.close();
    }
  } finally {
    if (saved === undefined) delete process.env.SITREP_PG_POSTGIS; else process.env.SITREP_PG_POSTGIS = saved;
    await s.close();
  }
});

test('postgres: without the privilege to create PostGIS the store stays on the plain index, and works', { skip: PG_SKIP }, async (t) => {
  if (skip) { t.skip(skip); return; }
  // A database of its own (PostGIS not yet created in it) and a role that may not create extensions.
  const tag = `gis_${process.pid}_${Date.now() % 1e6}`;
  const admin = new pg.Client({ connectionString: PG_URL! });
  await admin.connect();
  await admin.query(`CREATE ROLE ${tag} LOGIN`);
  await admin.query(`CREATE DATABASE ${tag} OWNER ${tag}`);
  const u = new URL(PG_URL!);
  u.username = tag;
  u.pathname = `/${tag}`;
  const s = new PgStore(u.toString(), { schema: 'sitrep', postgis: true });
  try {
    await s.ready();
    assert.equal(s.db.spatial.kind, 'plain');
    assert.match((s.db.spatial as { reason: string }).reason, /could not be set up: .*(permission|superuser)/i);
    const id = await s.createIncident(fields(0, 10, 20));
    assert.deepEqual((await s.queryIncidents({ near: { lat: 10, lon: 20, km: 1 } })).map((i) => i.id), [id]);
  } finally {
    await s.close();
    await admin.query(`DROP DATABASE ${tag}`);
    await admin.query(`DROP ROLE ${tag}`);
    await admin.end();
  }
});
