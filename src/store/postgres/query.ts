// Incident filters → one parameterised SQL query, as the SQLite adapter builds it (src/store/sqlite/query.ts),
// with PostgreSQL's own full-text search (tsvector + GIN index). User text is only ever a bound parameter.
import type { Incident, IncidentFilter, IncidentSort } from '../store.js';
import { incidentFromRow } from '../sqlite/incidents.js';
import { aroundBox } from '../sqlite/query.js';
import type { PgDb } from './db.js';
import { spatialPrefilter } from './spatial.js';
import { ROW } from './incidents.js';

const like = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** Words of a free-text query (every word must appear), or null when it has none. */
export function tsWords(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 20).join(' ') : null;
}

// The orders of the SQLite adapter: ties by id; an absent date or toll lowest (first ascending, last descending).
const ORDER: Record<IncidentSort, string> = {
  'date': 'date_start NULLS FIRST, id', '-date': 'date_start DESC NULLS LAST, id DESC',
  'fatalities': 'fat_best NULLS FIRST, id', '-fatalities': 'fat_best DESC NULLS LAST, id DESC',
  'sources': 'sources, id', '-sources': 'sources DESC, id DESC',
};

export async function queryIncidents(db: PgDb, f: IncidentFilter): Promise<Incident[]> {
  const q = incidentQuery(db, f);
  return q ? (await db.adhoc(q.sql, q.params)).map(incidentFromRow) : [];
}

/** The statement of a filter (null when it can match nothing); apart for tests that EXPLAIN it. */
export function incidentQuery(db: Pick<PgDb, 'spatial'>, f: IncidentFilter): { sql: string; params: unknown[] } | null {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => { params.push(v); return `$${params.length}`; };
  if (f.since) where.push(`COALESCE(date_end, date_start) >= ${p(f.since)}`);
  if (f.until) where.push(`date_start <= ${p(f.until)}`);
  if (f.country) where.push(`country = ${p(f.country.toUpperCase())}`);
  if (f.type) where.push(`lower(event_type) = lower(${p(f.type)})`);
  if (f.subType) where.push(`lower(sub_event_type) = lower(${p(f.subType)})`);
  if (f.status) where.push(`status = ${p(f.status)}`);
  if (f.minSources != null) where.push(`sources >= ${p(f.minSources)}`);
  if (f.actor) {
    const a = p(like(f.actor));
    where.push(`(actor1 ILIKE ${a} OR actor2 ILIKE ${a} OR EXISTS (SELECT 1 FROM events e JOIN actors ac
      ON ac.id IN (e.actor1_id, e.actor2_id) WHERE e.incident_id = incidents.id AND ac.name ILIKE ${a}))`);
  }
  if (f.source) {
    const s = p(like(f.source));
    where.push(`EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = incidents.id
      AND (a.outlet ILIKE ${s} OR EXISTS (SELECT 1 FROM event_claims ec JOIN claims c ON c.id = ec.claim_id
      JOIN sources so ON so.id = c.source_id WHERE ec.event_id = e.id AND so.name ILIKE ${s})))`);
  }
  const box = f.bbox ?? (f.near ? aroundBox(f.near) : null);
  if (box) {
    where.push(`lat BETWEEN ${p(box.minLat)} AND ${p(box.maxLat)}`);
    if (box.minLon <= box.maxLon) where.push(`lon BETWEEN ${p(box.minLon)} AND ${p(box.maxLon)}`);
    else where.push(`(lon >= ${p(box.minLon)} OR lon <= ${p(box.maxLon)})`); // crosses the antimeridian
    // With PostGIS, its GIST index finds the candidates; the plain predicates above and below still decide.
    const pre = db.spatial.kind === 'postgis' ? spatialPrefilter(db.spatial.ext, f, p) : null;
    if (pre) where.push(pre);
  }
  if (f.text !== undefined) {
    const q = tsWords(f.text);
    if (!q) return null;
    where.push(`EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = incidents.id
      AND a.tsv @@ plainto_tsquery('simple', ${p(q)}))`);
  }
  const order = ORDER[f.sort ?? 'date'] ?? ORDER.date;
  if (f.near) {
    const { lat, lon, km } = f.near;
    where.push(`(2 * 6371 * asin(least(1, sqrt(power(sin(radians(lat - ${p(lat)}) / 2), 2)
      + cos(radians(${p(lat)})) * cos(radians(lat)) * power(sin(radians(lon - ${p(lon)}) / 2), 2))))) <= ${p(km)}`);
  }
  // Ordered and paged in SQL, as the SQLite adapter does (the API relies on the store for its pages).
  let sql = `SELECT ${ROW} FROM incidents ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${order}`;
  if (f.limit != null) sql += ` LIMIT ${p(Math.max(0, f.limit))}`;
  if (f.offset) sql += ` OFFSET ${p(Math.max(0, f.offset))}`;
  return { sql, params };
}
