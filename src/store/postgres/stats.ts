// The charts' and the choropleth's aggregates in PostgreSQL (../stats-sql.ts, ../place-counts.ts) over the incident query's own filter; its planner
// picks the index (migration 7 adds the actor pairs').
import { dailySql, pairsSql, toActorStats, toBuckets } from '../stats-sql.js';
import { placeCountFromRow, placeCountsSql, type PlaceCount, type PlaceGrouping } from '../place-counts.js';
import type { ActorStats, IncidentFilter, TimeBucket, TimeRow } from '../store.js';
import type { PgDb } from './db.js';
import { filteredIncidents } from './query.js';

export async function statsTime(db: PgDb, f: IncidentFilter, bucket: TimeBucket): Promise<TimeRow[]> {
  const q = filteredIncidents(db, { ...f, sort: undefined });
  if (!q) return [];
  return toBuckets(await db.adhoc(dailySql({ from: 'incidents', where: q.where }, 'event_type'), q.params), bucket);
}

export async function statsActors(db: PgDb, f: IncidentFilter, limit: number): Promise<ActorStats> {
  const q = filteredIncidents(db, { ...f, sort: undefined });
  if (!q) return { actors: [], dyads: [] };
  return toActorStats(await db.adhoc(pairsSql({ from: 'incidents', where: q.where }), q.params), limit);
}

export async function placeCounts(db: PgDb, by: PlaceGrouping, f: IncidentFilter): Promise<PlaceCount[]> {
  const q = filteredIncidents(db, { ...f, sort: undefined, limit: undefined, offset: undefined });
  if (!q) return [];
  const rows = await db.adhoc(placeCountsSql(by, q.filtered, (s) => `(${s})::bigint`), q.params);
  return rows.map((r) => placeCountFromRow(by, r));
}
