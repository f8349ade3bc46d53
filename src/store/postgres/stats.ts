// The charts' aggregates in PostgreSQL (../stats-sql.ts) over the incident query's own filter; its planner
// picks the index (migration 7 adds the actor pairs').
import { dailySql, pairsSql, toActorStats, toBuckets } from '../stats-sql.js';
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
