// Incident filters (`sitrep events`, the API) → one parameterised SQL query that filters, orders and
// pages in SQL, so a page of 100 out of a million incidents reads about a page of rows through an index
// (schema migration 2) instead of sorting the whole filtered set. The predicates are the shared ones
// (../filter-sql.ts); what is SQLite's own is here: FTS5, the distance function, and the choice of
// index (query-plan.ts), which SQLite's planner cannot make without statistics.
import { dayToDate } from '../grid.js';
import { distanceKm } from '../../geo.js';
import { boxOf, likePattern, orderBy, queryWords, wherePredicates, type Dialect } from '../filter-sql.js';
import { INCIDENT_ROW, incidentFromRow } from '../rows.js';
import type { Incident, IncidentFilter } from '../store.js';
import type { Db } from './open.js';
import { rareText, smallBox } from './query-plan.js';

/** Words of a free-text query as an FTS5 query: every word must appear (implicit AND), each quoted. */
export function ftsQuery(text: string): string | null {
  const words = queryWords(text);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

const withKm = new WeakSet<Db>();

export function queryIncidents(db: Db, f: IncidentFilter): Incident[] {
  const q = filteredIncidents(db, f);
  if (!q) return [];
  const { filtered, params } = q;
  const order = orderBy(f.sort, false);
  if (f.limit == null && !f.offset) return (db.prepare(`SELECT ${INCIDENT_ROW} ${filtered} ORDER BY ${order}`).all(...params) as any[]).map(incidentFromRow);
  // A page: the filter and sort see ids only (a sort of small records), then the page's rows are read.
  const sql = `SELECT ${INCIDENT_ROW} FROM incidents WHERE id IN (SELECT id ${filtered} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`;
  params.push(f.limit != null ? Math.max(0, f.limit) : -1, Math.max(0, f.offset ?? 0));
  return (db.prepare(sql).all(...params) as any[]).map(incidentFromRow);
}

/** A filter as SQL: `filtered` is its `FROM … WHERE …`; `from` the table, with an index hint when a small box or a rare word leads (`led`). */
export interface FilteredSql { filtered: string; from: string; led: boolean; where: string[]; params: unknown[]; p(value: unknown): string }

/** The filter's `FROM … WHERE …` and its parameters (bound as `?`, in order; `p` binds more after them), or null when it matches nothing. */
export function filteredIncidents(db: Db, f: IncidentFilter): FilteredSql | null {
  const params: unknown[] = [];
  // Which index leads: a small box's grid cells, a rare word's articles, or (by default) the sort order.
  const fts = f.text !== undefined ? ftsQuery(f.text) : null;
  const rare = fts != null && rareText(db, fts);
  const box = boxOf(f);
  const cells = box && !rare ? smallBox(db, box) : null;
  const from = cells ? 'incidents INDEXED BY incidents_geo' : rare ? 'incidents INDEXED BY incidents_keys' : 'incidents';
  // Sorted by toll or sources under one plain filter, walk that key's index and test the filter in it
  // (a unary + keeps the planner off the filter's own index: without statistics it takes any equality
  // for a few rows, when a country is 1 in 30 and a type 1 in 6). Under several filters, few rows
  // match: their filter index's range, then a sort, is quicker.
  const plain = [f.country, f.type, f.since, f.until, f.status, f.minSources].filter((x) => x != null).length;
  const walk = f.sort != null && !f.sort.endsWith('date') && plain <= 1 ? '+' : '';
  const p = (v: unknown): string => { params.push(v); return '?'; };
  const sqlite: Dialect = {
    p,
    filterColumn: (col) => `${walk}${col}`,
    unindexed: (col) => `+${col}`,
    equalsNoCase: (col, value) => `${col} = ${p(value)} COLLATE NOCASE`,
    contains: (col, text) => `${col} LIKE ${p(likePattern(text))} ESCAPE '\\'`,
    since(date) {
      // Ends on or after `since` (day_hi is the end day, or the start day when there is no end), and, as a
      // range the date indexes can seek, starts at most the longest stored span (one index seek) before it.
      const day = Math.floor(Date.parse(date) / 86_400_000);
      if (!Number.isFinite(day)) return [`COALESCE(date_end, date_start) >= ${p(date)}`];
      const out = [`day_hi >= ${p(day)}`];
      const span = (db.prepare('SELECT max(day_hi - day_lo) AS d FROM incidents').get() as { d: number | null }).d;
      if (span != null) out.push(`${walk}date_start >= ${p(dayToDate(day - span))}`);
      return out;
    },
    boxBefore: () => (cells ? [`cell IN (${cells.map((c) => p(c)).join(',')})`] : []),
    boxAfter: () => [],
    near(n) {
      if (!withKm.has(db)) {
        db.function('sitrep_km', { deterministic: true }, (a, b, c, d) => distanceKm(a as number, b as number, c as number, d as number));
        withKm.add(db);
      }
      return `sitrep_km(${p(n.lat)}, ${p(n.lon)}, lat, lon) <= ${p(n.km)}`;
    },
    text: () => rare
      // Few articles: their incidents looked up by id in the index of sort keys, then sorted.
      ? `id IN (SELECT e.incident_id FROM events e WHERE e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${p(fts)}))`
      // Many: walk the sort order and keep an incident when one of its articles matches.
      : `EXISTS (SELECT 1 FROM events e INDEXED BY events_incident WHERE e.incident_id = incidents.id AND e.article_id IN
        (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${p(fts)}))`,
  };
  const where = wherePredicates(f, sqlite);
  if (!where) return null;
  return { filtered: `FROM ${from} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`, from, led: !!(cells || rare), where, params, p };
}
