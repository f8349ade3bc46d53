// Spatial lookups through PostGIS when the server has it, the plain lat/lon index otherwise. Not a
// numbered migration: PostGIS may be installed (or allowed) after the schema was created, so every open
// checks, and adds the geography column the first time it can. The column is generated from lat/lon,
// so no writer needs to know about it; the filters' exact predicates stay the plain ones (shared with
// SQLite), PostGIS only adds an index-backed pre-filter — the rows and their order are the same either way.
import { debuglog } from 'node:util';
import type { PgDb } from './db.js';

const log = debuglog('sitrep');

export type Spatial = { kind: 'postgis'; ext: string } | { kind: 'plain'; reason: string };

/** SITREP_PG_POSTGIS=off keeps the plain index even where PostGIS is installed. */
export function postgisWanted(): boolean {
  return !/^(off|0|false|no)$/i.test(process.env.SITREP_PG_POSTGIS ?? '');
}

const quoteIdent = (s: string): string => `"${s.replace(/"/g, '""')}"`;

async function extSchema(db: PgDb): Promise<string | null> {
  const [row] = await db.adhoc<{ ns: string }>(`SELECT n.nspname AS ns FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'postgis'`);
  return row ? quoteIdent(row.ns) : null;
}

// A point only for coordinates geography accepts (it refuses a latitude beyond ±90): a bad row stays
// writable and is simply left out of the spatial index.
const column = (x: string): string => `ALTER TABLE incidents ADD COLUMN geog ${x}.geography(Point, 4326) GENERATED ALWAYS AS (
  CASE WHEN lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180 THEN ${x}.ST_SetSRID(${x}.ST_MakePoint(lon, lat), 4326)::${x}.geography END) STORED;
  CREATE INDEX incidents_geog ON incidents USING GIST (geog);
  CREATE INDEX incidents_geom ON incidents USING GIST ((geog::${x}.geometry));`;

/**
 * Run inside the migration transaction (under its lock): finds or sets up the geography column. A
 * failure (PostGIS not installed, no privilege to create the extension) rolls back to a savepoint and
 * leaves the plain path, with the reason in a debug line (NODE_DEBUG=sitrep).
 */
export async function ensureSpatial(db: PgDb, want: boolean): Promise<Spatial> {
  const done = (s: Spatial): Spatial => {
    log('spatial lookups: %s', s.kind === 'postgis' ? `PostGIS (extension in schema ${s.ext})` : `plain lat/lon index (${s.reason})`);
    return s;
  };
  if (!want) return done({ kind: 'plain', reason: 'PostGIS use turned off (SITREP_PG_POSTGIS=off or the postgis: false option)' });
  const [has] = await db.adhoc(`SELECT 1 FROM pg_attribute WHERE attrelid = 'incidents'::regclass AND attname = 'geog' AND NOT attisdropped`);
  const ext = await extSchema(db);
  if (has && ext) return done({ kind: 'postgis', ext });
  const [avail] = await db.adhoc(`SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'`);
  if (!avail) return done({ kind: 'plain', reason: 'PostGIS is not installed on the server' });
  await db.adhoc('SAVEPOINT sitrep_postgis');
  try {
    // In `public`, not in a sitrep schema: dropping one store's schema must not drop the extension others use.
    if (!ext) await db.adhoc('CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public');
    const x = (await extSchema(db))!;
    await db.adhoc(column(x));
    await db.adhoc('RELEASE SAVEPOINT sitrep_postgis');
    return done({ kind: 'postgis', ext: x });
  } catch (err) {
    await db.adhoc('ROLLBACK TO SAVEPOINT sitrep_postgis');
    return done({ kind: 'plain', reason: `PostGIS could not be set up: ${(err as Error).message}` });
  }
}

type Box = { minLon: number; minLat: number; maxLon: number; maxLat: number };

/**
 * The PostGIS pre-filter of a `near` or `bbox` filter (ANDed with the plain predicates, which decide).
 * `near`: ST_DWithin on the sphere with 0.1% slack, since the plain distance uses a 6371 km radius and
 * PostGIS its 6371.0088 km mean radius. `bbox`: the geometry && an envelope (two across the antimeridian);
 * && compares float4 boxes, which is why the exact lat/lon bounds stay.
 */
export function spatialPrefilter(x: string, f: { near?: { lat: number; lon: number; km: number }; bbox?: Box }, p: (v: unknown) => string): string | null {
  if (f.bbox) {
    const b = f.bbox;
    if (![b.minLon, b.minLat, b.maxLon, b.maxLat].every(Number.isFinite)) return null; // the plain predicates answer alone
    const env = (lo: number, hi: number): string => `geog::${x}.geometry OPERATOR(${x}.&&) ${x}.ST_MakeEnvelope(${p(lo)}, ${p(b.minLat)}, ${p(hi)}, ${p(b.maxLat)}, 4326)`;
    return b.minLon <= b.maxLon ? env(b.minLon, b.maxLon) : `(${env(b.minLon, 180)} OR ${env(-180, b.maxLon)})`;
  }
  if (f.near) {
    const n = f.near;
    if (![n.lat, n.lon, n.km].every(Number.isFinite) || n.km < 0) return null;
    return `${x}.ST_DWithin(geog, ${x}.ST_SetSRID(${x}.ST_MakePoint(${p(n.lon)}, ${p(n.lat)}), 4326)::${x}.geography, ${p(n.km * 1001 + 1)}, false)`;
  }
  return null;
}
