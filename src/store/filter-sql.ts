// Incident filters → the WHERE clause and ORDER BY of one parameterised query, for both adapters: one
// list of predicates (below), each asking a small per-dialect object for the SQL that differs on
// purpose — how a value is bound, case-insensitive matching, the date and full-text and distance
// predicates, and the index hints SQLite's planner needs. User text is only ever a bound parameter.
// (A query builder would not pay for itself: the SQL that differs is deliberate, and is all here.)
import type { IncidentFilter, IncidentSort } from './store.js';

export type Box = { minLon: number; minLat: number; maxLon: number; maxLat: number };

/** What differs between SQLite and PostgreSQL in an incident query. */
export interface Dialect {
  /** Binds a value and returns its placeholder (`?` in SQLite, `$n` in PostgreSQL). */
  p(value: unknown): string;
  /** A column as an equality or range filter writes it (SQLite may keep its planner off the column's index). */
  filterColumn(col: string): string;
  /** A column the planner must not pick an index for (SQLite's unary +). */
  unindexed(col: string): string;
  /** `col` equals `value`, ignoring case. */
  equalsNoCase(col: string, value: string): string;
  /** `col` contains `text`, ignoring case (a LIKE pattern with its wildcards escaped). */
  contains(col: string, text: string): string;
  /** Incidents that end on or after `date` (YYYY-MM-DD). */
  since(date: string): string[];
  /** Extra predicates of a box around the plain lat/lon ones: an index's pre-filter (grid cells, PostGIS). */
  boxBefore(box: Box): string[];
  boxAfter(box: Box): string[];
  /** Within `km` of a point (great-circle distance). */
  near(n: { lat: number; lon: number; km: number }): string;
  /** Articles holding every one of `words`. */
  text(words: string[]): string;
}

/** `%text%` with LIKE's own wildcards escaped (the query says ESCAPE '\'). */
export const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** The words of a free-text query, folded as both full-text indexes read them (every word must appear), or null when it has none. */
export function queryWords(text: string): string[] | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 20) : null;
}

/** The box a filter's bbox or near covers (near: the box around its circle). */
export const boxOf = (f: IncidentFilter): Box | null => f.bbox ?? (f.near ? aroundBox(f.near) : null);

export function aroundBox(n: { lat: number; lon: number; km: number }): Box {
  const dLat = n.km / 111;
  const cos = Math.max(0.01, Math.cos((Math.min(89.9, Math.abs(n.lat) + dLat) * Math.PI) / 180));
  const dLon = Math.min(180, n.km / (111 * cos));
  const wrap = (x: number): number => (x > 180 ? x - 360 : x < -180 ? x + 360 : x);
  return dLon >= 180
    ? { minLat: n.lat - dLat, maxLat: n.lat + dLat, minLon: -180, maxLon: 180 }
    : { minLat: n.lat - dLat, maxLat: n.lat + dLat, minLon: wrap(n.lon - dLon), maxLon: wrap(n.lon + dLon) };
}

type Predicate = (f: IncidentFilter, d: Dialect) => string[];
const when = (cond: unknown, sql: () => string | string[]): string[] => (cond ? [sql()].flat() : []);

/** The filters in the order their predicates are written. */
const PREDICATES: Predicate[] = [
  (f, d) => when(f.since, () => d.since(f.since!)),
  (f, d) => when(f.until, () => `${d.filterColumn('date_start')} <= ${d.p(f.until)}`),
  (f, d) => when(f.country, () => `${d.filterColumn('country')} = ${d.p(f.country!.toUpperCase())}`),
  (f, d) => when(f.type, () => d.equalsNoCase(d.filterColumn('event_type'), f.type!)),
  (f, d) => when(f.subType, () => d.equalsNoCase('sub_event_type', f.subType!)),
  (f, d) => when(f.status, () => `status = ${d.p(f.status)}`),
  (f, d) => reviewPredicate(f, d),
  // Kept off the sources index: ordered by date, a threshold is met within the first pages far more
  // often than the index range is small.
  (f, d) => when(f.minSources != null, () => `${d.unindexed('sources')} >= ${d.p(f.minSources)}`),
  (f, d) => when(f.actor, () => `(${d.contains('actor1', f.actor!)} OR ${d.contains('actor2', f.actor!)} OR EXISTS (SELECT 1 FROM events e
    JOIN actors ac ON ac.id IN (e.actor1_id, e.actor2_id) WHERE e.incident_id = incidents.id AND ${d.contains('ac.name', f.actor!)}))`),
  // A pair as the incident is coded (actor1 → actor2): the whole names, as the dyad chart shows them.
  (f, d) => when(f.dyad, () => `${d.equalsNoCase('actor1', f.dyad!.actor1)} AND ${d.equalsNoCase('actor2', f.dyad!.actor2)}`),
  (f, d) => when(f.source, () => `EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = incidents.id
    AND (${d.contains('a.outlet', f.source!)} OR EXISTS (SELECT 1 FROM event_claims ec JOIN claims c ON c.id = ec.claim_id
    JOIN sources so ON so.id = c.source_id WHERE ec.event_id = e.id AND ${d.contains('so.name', f.source!)})))`),
  (f, d) => {
    const box = boxOf(f);
    if (!box) return [];
    const lon = box.minLon <= box.maxLon
      ? () => `lon BETWEEN ${d.p(box.minLon)} AND ${d.p(box.maxLon)}`
      : () => `(lon >= ${d.p(box.minLon)} OR lon <= ${d.p(box.maxLon)})`; // crosses the antimeridian
    return [...d.boxBefore(box), `lat BETWEEN ${d.p(box.minLat)} AND ${d.p(box.maxLat)}`, lon(), ...d.boxAfter(box)];
  },
  (f, d) => when(f.near, () => d.near(f.near!)),
  (f, d) => {
    const words = f.text !== undefined ? queryWords(f.text) : null;
    return words ? [d.text(words)] : [];
  },
];

/** Incidents by their review; by default every one but those a person rejected (they are no incident). */
function reviewPredicate(f: IncidentFilter, d: Dialect): string[] {
  const state = d.unindexed('review_state');
  switch (f.review) {
    case undefined: return [`${state} <> 'rejected'`];
    case 'all': return [];
    case 'reviewed': return [`${state} IN ('confirmed', 'corrected')`];
    case 'flagged': return ['flagged = 1'];
    // The queue: what nobody has looked at, and what new reports put back in question.
    case 'queue': return [`(${state} = 'unreviewed' OR flagged = 1)`];
    default: return [`${state} = ${d.p(f.review)}`];
  }
}

/** The WHERE clause's predicates, or null when the filter can match nothing (a text query with no words). */
export function wherePredicates(f: IncidentFilter, d: Dialect): string[] | null {
  if (f.text !== undefined && !queryWords(f.text)) return null;
  return PREDICATES.flatMap((pred) => pred(f, d));
}

// The sort keys: each with id as the tie-break, so paging is stable; an absent date or toll is lowest
// (first ascending, last descending: SQLite's own order for NULLs, which PostgreSQL is told).
const SORT_COLUMNS: Record<string, { col: string; nullable: boolean }> = {
  date: { col: 'date_start', nullable: true },
  fatalities: { col: 'fat_best', nullable: true },
  sources: { col: 'sources', nullable: false },
};

/** ORDER BY for a sort key (the date by default); `nulls` writes where NULLs go, as PostgreSQL needs. */
export function orderBy(sort: IncidentSort | undefined, nulls: boolean): string {
  // The review queue: most at stake first (src/review/model.ts reviewPriority).
  if (sort === 'priority') return `review_priority DESC${nulls ? ' NULLS LAST' : ''}, id`;
  const s = sort ?? 'date';
  const column = SORT_COLUMNS[s.replace(/^-/, '')];
  if (!column) return orderBy('date', nulls);
  const desc = s.startsWith('-');
  const where = nulls && column.nullable ? (desc ? ' NULLS LAST' : ' NULLS FIRST') : '';
  return desc ? `${column.col} DESC${where}, id DESC` : `${column.col}${where}, id`;
}
