// The charts' aggregates over the filtered incidents, for both adapters. Each adapter hands over its
// filtered table (the same predicates as its incident query, filter-sql.ts) and how it groups; SQL counts
// per event type and day, and per actor pair, in one pass each (both in an index's own order in SQLite:
// no sort, no row read), and the few hundred rows that come back are bucketed and ranked here. So a
// million incidents never leave the database.
import type { ActorStats, TimeBucket, TimeRow } from './store.js';

/** An adapter's filtered incidents: the table (with any index hint) and the WHERE predicates, bound through its own parameters. */
export interface Filtered { from: string; where: string[] }

const whereOf = (q: Filtered, ...more: string[]): string => {
  const all = [...q.where, ...more];
  return all.length ? `WHERE ${all.join(' AND ')}` : '';
};

/** Incidents and summed best fatality figures per event type and start day; `groupType` is how the adapter groups the type (SQLite: in its index's collation). */
export function dailySql(q: Filtered, groupType: string): string {
  return `SELECT event_type AS type, substr(date_start, 1, 10) AS day, count(*) AS incidents, COALESCE(sum(fat_best), 0) AS fatalities
    FROM ${q.from} ${whereOf(q, 'date_start IS NOT NULL')} GROUP BY ${groupType}, date_start`;
}

/** Incidents and summed fatalities per coded pair (either side may be null). */
export function pairsSql(q: Filtered): string {
  return `SELECT actor1, actor2, count(*) AS incidents, COALESCE(sum(fat_best), 0) AS fatalities
    FROM ${q.from} ${whereOf(q, '(actor1 IS NOT NULL OR actor2 IS NOT NULL)')} GROUP BY actor1, actor2`;
}

const DAY = 86_400_000;
/** The first day of the bucket a day falls in: itself, its ISO week's Monday, its month's 1st. */
export function bucketStart(day: string, bucket: TimeBucket): string {
  if (bucket === 'day') return day;
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(t - weekday * DAY).toISOString().slice(0, 10);
}

/** Day rows → bucket rows, by start then type. */
export function toBuckets(rows: any[], bucket: TimeBucket): TimeRow[] {
  const out = new Map<string, TimeRow>();
  for (const r of rows) {
    const start = bucketStart(String(r.day), bucket);
    const key = `${start}\u0000${r.type}`;
    const row = out.get(key) ?? { start, type: r.type, incidents: 0, fatalities: 0 };
    // PostgreSQL answers count and sum as bigint (text in node-postgres): numbers here, for both.
    row.incidents += Number(r.incidents);
    row.fatalities += Number(r.fatalities);
    out.set(key, row);
  }
  return [...out.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

type Counted = { incidents: number; fatalities: number };
/** Most incidents first, then most fatalities, then by name (code-point order, the same in both adapters). */
const ranked = <T extends Counted>(xs: T[], name: (x: T) => string): T[] =>
  xs.sort((a, b) => b.incidents - a.incidents || b.fatalities - a.fatalities || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));

/**
 * Pair rows → the top actors and pairs. An incident counts once for each of its sides (once when both
 * sides are one actor); a pair is the two sides as coded, actor1 (the side that acted) first.
 */
export function toActorStats(rows: any[], limit: number): ActorStats {
  const actors = new Map<string, { name: string } & Counted>();
  const dyads: ActorStats['dyads'] = [];
  const add = (name: string, n: number, dead: number) => {
    const a = actors.get(name) ?? { name, incidents: 0, fatalities: 0 };
    a.incidents += n;
    a.fatalities += dead;
    actors.set(name, a);
  };
  for (const r of rows) {
    const n = Number(r.incidents);
    const dead = Number(r.fatalities);
    if (r.actor1 != null) add(r.actor1, n, dead);
    if (r.actor2 != null && r.actor2 !== r.actor1) add(r.actor2, n, dead);
    if (r.actor1 != null && r.actor2 != null) dyads.push({ actor1: r.actor1, actor2: r.actor2, incidents: n, fatalities: dead });
  }
  return {
    actors: ranked([...actors.values()], (a) => a.name).slice(0, limit),
    dyads: ranked(dyads, (d) => `${d.actor1}\u0000${d.actor2}`).slice(0, limit),
  };
}
