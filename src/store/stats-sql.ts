// The charts' aggregates over the filtered incidents, for both adapters: each adapter hands over its
// filtered `FROM … WHERE …` (the same predicates as its incident query, filter-sql.ts) and how it writes a
// date bucket; the grouping is written once here. Counted in SQL, so a million incidents never leave the
// database: a few hundred rows do.
import type { ActorStats, TimeBucket, TimeRow } from './store.js';

/** An adapter's filtered incidents: `filtered` is `FROM incidents … WHERE …`, its parameters bound through `p`. */
export interface Filtered { filtered: string; p(value: unknown): string }

/** The statement counting incidents and summing fatalities per bucket start and event type. */
export function timeSql(q: Filtered, bucketExpr: (bucket: TimeBucket) => string, bucket: TimeBucket): string {
  return `WITH f AS (SELECT date_start, event_type, fat_best ${q.filtered})
    SELECT ${bucketExpr(bucket)} AS start, event_type AS type, count(*) AS incidents, COALESCE(sum(fat_best), 0) AS fatalities
    FROM f WHERE date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`;
}

/**
 * The actors, most incidents first, then most fatalities, then by name: an incident counts once for each
 * of its two sides (once when both sides are one actor).
 */
export function actorsSql(q: Filtered, limit: number): string {
  return `WITH f AS (SELECT actor1, actor2, fat_best ${q.filtered})
    SELECT name, count(*) AS incidents, COALESCE(sum(fat_best), 0) AS fatalities FROM (
      SELECT actor1 AS name, fat_best FROM f WHERE actor1 IS NOT NULL
      UNION ALL SELECT actor2 AS name, fat_best FROM f WHERE actor2 IS NOT NULL AND (actor1 IS NULL OR actor2 <> actor1)) s
    GROUP BY name ORDER BY incidents DESC, fatalities DESC, name LIMIT ${q.p(limit)}`;
}

/** The pairs as coded (actor1 → actor2, ACLED's dyad: the initiator first), in the actors' order. */
export function dyadsSql(q: Filtered, limit: number): string {
  return `WITH f AS (SELECT actor1, actor2, fat_best ${q.filtered})
    SELECT actor1, actor2, count(*) AS incidents, COALESCE(sum(fat_best), 0) AS fatalities FROM f
    WHERE actor1 IS NOT NULL AND actor2 IS NOT NULL GROUP BY actor1, actor2
    ORDER BY incidents DESC, fatalities DESC, actor1, actor2 LIMIT ${q.p(limit)}`;
}

// PostgreSQL answers count and sum as bigint (text in node-postgres): numbers here, for both.
export const timeRow = (r: any): TimeRow => ({ start: String(r.start), type: r.type, incidents: Number(r.incidents), fatalities: Number(r.fatalities) });
export const actorRow = (r: any): ActorStats['actors'][number] => ({ name: r.name, incidents: Number(r.incidents), fatalities: Number(r.fatalities) });
export const dyadRow = (r: any): ActorStats['dyads'][number] => ({ actor1: r.actor1, actor2: r.actor2, incidents: Number(r.incidents), fatalities: Number(r.fatalities) });
