// The charts' aggregates in PostgreSQL (../stats-sql.ts): the filtered incidents of the incident query, grouped.
import { actorRow, actorsSql, dyadRow, dyadsSql, timeRow, timeSql } from '../stats-sql.js';
import type { ActorStats, IncidentFilter, TimeBucket, TimeRow } from '../store.js';
import type { PgDb } from './db.js';
import { filteredIncidents } from './query.js';

// A bucket's first day, as text like the stored dates: the date, its ISO week's Monday (date_trunc's
// weeks start on Monday), its month's first day.
const BUCKET: Record<TimeBucket, string> = {
  day: 'substr(date_start, 1, 10)',
  week: "to_char(date_trunc('week', substr(date_start, 1, 10)::date), 'YYYY-MM-DD')",
  month: "substr(date_start, 1, 7) || '-01'",
};

export async function statsTime(db: PgDb, f: IncidentFilter, bucket: TimeBucket): Promise<TimeRow[]> {
  const q = filteredIncidents(db, { ...f, sort: undefined });
  if (!q) return [];
  const sql = timeSql(q, (b) => BUCKET[b], bucket);
  return (await db.adhoc(sql, q.params)).map(timeRow);
}

export async function statsActors(db: PgDb, f: IncidentFilter, limit: number): Promise<ActorStats> {
  const rows = async (sql: typeof actorsSql): Promise<any[]> => {
    const q = filteredIncidents(db, { ...f, sort: undefined });
    if (!q) return [];
    const text = sql(q, limit);
    return db.adhoc(text, q.params);
  };
  return { actors: (await rows(actorsSql)).map(actorRow), dyads: (await rows(dyadsSql)).map(dyadRow) };
}
