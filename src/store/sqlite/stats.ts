// The charts' aggregates in SQLite (../stats-sql.ts): the filtered incidents of the incident query, grouped.
import { actorRow, actorsSql, dyadRow, dyadsSql, timeRow, timeSql } from '../stats-sql.js';
import type { ActorStats, IncidentFilter, TimeBucket, TimeRow } from '../store.js';
import type { Db } from './open.js';
import { filteredIncidents } from './query.js';

// A bucket's first day: the date itself, its week's Monday (ISO 8601 weeks; 'weekday 0' is the Sunday on
// or after it), its month's first day.
const BUCKET: Record<TimeBucket, string> = {
  day: 'substr(date_start, 1, 10)',
  week: "date(substr(date_start, 1, 10), 'weekday 0', '-6 days')",
  month: "substr(date_start, 1, 7) || '-01'",
};

export function statsTime(db: Db, f: IncidentFilter, bucket: TimeBucket): TimeRow[] {
  const q = filteredIncidents(db, { ...f, sort: undefined });
  if (!q) return [];
  return (db.prepare(timeSql(q, (b) => BUCKET[b], bucket)).all(...q.params) as any[]).map(timeRow);
}

export function statsActors(db: Db, f: IncidentFilter, limit: number): ActorStats {
  const rows = (sql: typeof actorsSql): any[] => {
    const q = filteredIncidents(db, { ...f, sort: undefined });
    return q ? db.prepare(sql(q, limit)).all(...q.params) as any[] : [];
  };
  return { actors: rows(actorsSql).map(actorRow), dyads: rows(dyadsSql).map(dyadRow) };
}
