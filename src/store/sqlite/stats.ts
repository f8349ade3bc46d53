// The charts' and the choropleth's aggregates in SQLite (../stats-sql.ts, ../place-counts.ts) over the incident query's own filter. Without
// statistics the planner would take a filter's index and read each row for the columns it groups by:
// at 1M incidents a count by actor read 2 GB (16 s). So the count by type and day walks the type-date
// index (ordered as it groups, and carrying the filters' columns), the count by pair the actor index
// (migration 6); a small box's or a rare word's few incidents still lead (query.ts).
import { dailySql, pairsSql, toActorStats, toBuckets } from '../stats-sql.js';
import { placeCountFromRow, placeCountsSql, type PlaceCount, type PlaceGrouping } from '../place-counts.js';
import type { ActorStats, IncidentFilter, TimeBucket, TimeRow } from '../store.js';
import type { Db } from './open.js';
import { filteredIncidents, type FilteredSql } from './query.js';

/** The table to walk: the index that serves the count, unless a few incidents found another way lead. */
const fromFor = (q: FilteredSql, index: string): string => (q.led ? q.from : `incidents INDEXED BY ${index}`);

export function statsTime(db: Db, f: IncidentFilter, bucket: TimeBucket): TimeRow[] {
  const q = filteredIncidents(db, { ...f, sort: undefined });
  if (!q) return [];
  // A country or a date range is a narrow range of its own index, cheaper than the whole type-date walk.
  const from = f.country || f.since || f.until ? q.from : fromFor(q, 'incidents_type_date');
  const rows = db.prepare(dailySql({ from, where: q.where }, 'event_type COLLATE NOCASE')).all(...q.params) as any[];
  return toBuckets(rows, bucket);
}

export function statsActors(db: Db, f: IncidentFilter, limit: number): ActorStats {
  const q = filteredIncidents(db, { ...f, sort: undefined });
  if (!q) return { actors: [], dyads: [] };
  const rows = db.prepare(pairsSql({ from: fromFor(q, 'incidents_actors'), where: q.where })).all(...q.params) as any[];
  return toActorStats(rows, limit);
}

export function placeCounts(db: Db, by: PlaceGrouping, f: IncidentFilter): PlaceCount[] {
  const q = filteredIncidents(db, { ...f, sort: undefined, limit: undefined, offset: undefined });
  if (!q) return [];
  return db.prepare(placeCountsSql(by, q.filtered)).all(...q.params).map((r) => placeCountFromRow(by, r));
}
