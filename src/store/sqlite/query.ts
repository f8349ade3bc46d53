// Incident filters (`sitrep events`, the API) → one parameterised SQL query that filters, orders and
// pages in SQL, so a page of 100 out of a million incidents reads about a page of rows through an index
// (schema migration 2) instead of sorting the whole filtered set. User text is only ever bound as a
// parameter; the FTS query is rebuilt from quoted words so its syntax cannot be injected.
import { dayToDate, distanceKm } from '../grid.js';
import type { Incident, IncidentFilter, IncidentSort } from '../store.js';
import type { Db } from './open.js';
import { incidentFromRow } from './incidents.js';
import { rareText, smallBox } from './query-plan.js';

/** Words of a free-text query as an FTS5 query: every word must appear (implicit AND), each quoted. */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 20).map((w) => `"${w}"`).join(' ') : null;
}

const like = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

// The sort keys as SQL, each with id as the tie-break, so paging is stable. NULLs sort first ascending
// and last descending, as an absent date or toll is lowest.
const ORDER: Record<IncidentSort, string> = {
  'date': 'date_start, id', '-date': 'date_start DESC, id DESC',
  'fatalities': 'fat_best, id', '-fatalities': 'fat_best DESC, id DESC',
  'sources': 'sources, id', '-sources': 'sources DESC, id DESC',
};

const withKm = new WeakSet<Db>();

export function queryIncidents(db: Db, f: IncidentFilter): Incident[] {
  const where: string[] = [];
  const params: unknown[] = [];
  // Sorted by toll or sources under one plain filter, walk that key's index and test the filter in it
  // (a unary + keeps the planner off the filter's own index: without statistics it takes any equality
  // for a few rows, when a country is 1 in 30 and a type 1 in 6). Under several filters, few rows
  // match: their filter index's range, then a sort, is quicker.
  const plain = [f.country, f.type, f.since, f.until, f.status, f.minSources].filter((x) => x != null).length;
  const walk = f.sort != null && !f.sort.endsWith('date') && plain <= 1 ? '+' : '';
  if (f.since) {
    // Ends on or after `since` (day_hi is the end day, or the start day when there is no end), and, as a
    // range the date indexes can seek, starts at most the longest stored span (one index seek) before it.
    const day = Math.floor(Date.parse(f.since) / 86_400_000);
    if (Number.isFinite(day)) {
      where.push('day_hi >= ?');
      params.push(day);
      const span = (db.prepare('SELECT max(day_hi - day_lo) AS d FROM incidents').get() as { d: number | null }).d;
      if (span != null) { where.push(`${walk}date_start >= ?`); params.push(dayToDate(day - span)); }
    } else {
      where.push('COALESCE(date_end, date_start) >= ?');
      params.push(f.since);
    }
  }
  if (f.until) { where.push(`${walk}date_start <= ?`); params.push(f.until); }
  if (f.country) { where.push(`${walk}country = ?`); params.push(f.country.toUpperCase()); }
  if (f.type) { where.push(`${walk}event_type = ? COLLATE NOCASE`); params.push(f.type); }
  if (f.subType) { where.push('sub_event_type = ? COLLATE NOCASE'); params.push(f.subType); }
  if (f.status) { where.push('status = ?'); params.push(f.status); }
  // The unary + keeps the planner off the sources index for a filter: ordered by date, a threshold is
  // met within the first pages far more often than the index range is small.
  if (f.minSources != null) { where.push('+sources >= ?'); params.push(f.minSources); }
  if (f.actor) {
    where.push(`(actor1 LIKE ? ESCAPE '\\' OR actor2 LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM events e JOIN actors a
      ON a.id IN (e.actor1_id, e.actor2_id) WHERE e.incident_id = incidents.id AND a.name LIKE ? ESCAPE '\\'))`);
    params.push(like(f.actor), like(f.actor), like(f.actor));
  }
  if (f.source) {
    where.push(`EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = incidents.id
      AND (a.outlet LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM event_claims ec JOIN claims c ON c.id = ec.claim_id
      JOIN sources s ON s.id = c.source_id WHERE ec.event_id = e.id AND s.name LIKE ? ESCAPE '\\')))`);
    params.push(like(f.source), like(f.source));
  }
  // Which index leads: a small box's grid cells, a rare word's articles, or (by default) the sort order.
  let from = 'incidents';
  const box = f.bbox ?? (f.near ? aroundBox(f.near) : null);
  let fts: string | null = null;
  if (f.text !== undefined) {
    fts = ftsQuery(f.text);
    if (!fts) return [];
  }
  const rare = fts != null && rareText(db, fts);
  const cells = box && !rare ? smallBox(db, box) : null;
  if (box) {
    if (cells) {
      from = 'incidents INDEXED BY incidents_geo';
      where.push(`cell IN (${cells.map(() => '?').join(',')})`);
      params.push(...cells);
    }
    where.push('lat BETWEEN ? AND ?');
    params.push(box.minLat, box.maxLat);
    if (box.minLon <= box.maxLon) { where.push('lon BETWEEN ? AND ?'); params.push(box.minLon, box.maxLon); }
    else { where.push('(lon >= ? OR lon <= ?)'); params.push(box.minLon, box.maxLon); } // crosses the antimeridian
  }
  if (f.near) {
    if (!withKm.has(db)) {
      db.function('sitrep_km', { deterministic: true }, (a, b, c, d) => distanceKm(a as number, b as number, c as number, d as number));
      withKm.add(db);
    }
    where.push('sitrep_km(?, ?, lat, lon) <= ?');
    params.push(f.near.lat, f.near.lon, f.near.km);
  }
  if (fts != null) {
    if (rare) {
      // Few articles: their incidents looked up by id in the index of sort keys, then sorted.
      from = 'incidents INDEXED BY incidents_keys';
      where.push('id IN (SELECT e.incident_id FROM events e WHERE e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))');
    } else {
      // Many: walk the sort order and keep an incident when one of its articles matches.
      where.push(`EXISTS (SELECT 1 FROM events e INDEXED BY events_incident WHERE e.incident_id = incidents.id AND e.article_id IN
        (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`);
    }
    params.push(fts);
  }
  const order = ORDER[f.sort ?? 'date'] ?? ORDER.date;
  const filtered = `FROM ${from} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;
  // An incident is its JSON and three columns (incidentFromRow): the other columns are only for filtering.
  const cols = 'id, created, updated, data';
  if (f.limit == null && !f.offset) return (db.prepare(`SELECT ${cols} ${filtered} ORDER BY ${order}`).all(...params) as any[]).map(incidentFromRow);
  // A page: the filter and sort see ids only (a sort of small records), then the page's rows are read.
  const sql = `SELECT ${cols} FROM incidents WHERE id IN (SELECT id ${filtered} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`;
  params.push(f.limit != null ? Math.max(0, f.limit) : -1, Math.max(0, f.offset ?? 0));
  return (db.prepare(sql).all(...params) as any[]).map(incidentFromRow);
}

export function aroundBox(n: { lat: number; lon: number; km: number }): { minLon: number; minLat: number; maxLon: number; maxLat: number } {
  const dLat = n.km / 111;
  const cos = Math.max(0.01, Math.cos((Math.min(89.9, Math.abs(n.lat) + dLat) * Math.PI) / 180));
  const dLon = Math.min(180, n.km / (111 * cos));
  const wrap = (x: number): number => (x > 180 ? x - 360 : x < -180 ? x + 360 : x);
  return dLon >= 180
    ? { minLat: n.lat - dLat, maxLat: n.lat + dLat, minLon: -180, maxLon: 180 }
    : { minLat: n.lat - dLat, maxLat: n.lat + dLat, minLon: wrap(n.lon - dLon), maxLon: wrap(n.lon + dLon) };
}
