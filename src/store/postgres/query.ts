// Incident filters → one parameterised SQL query, as the SQLite adapter builds it (src/store/sqlite/query.ts),
// with PostgreSQL's own full-text search (tsvector + GIN index). User text is only ever a bound parameter.
import { distanceKm } from '../grid.js';
import type { Incident, IncidentFilter } from '../store.js';
import { incidentFromRow } from '../sqlite/incidents.js';
import { aroundBox } from '../sqlite/query.js';
import type { PgDb } from './db.js';

const like = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** Words of a free-text query (every word must appear), or null when it has none. */
export function tsWords(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 20).join(' ') : null;
}

export async function queryIncidents(db: PgDb, f: IncidentFilter): Promise<Incident[]> {
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
  }
  if (f.text !== undefined) {
    const q = tsWords(f.text);
    if (!q) return [];
    where.push(`EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = incidents.id
      AND a.tsv @@ plainto_tsquery('simple', ${p(q)}))`);
  }
  const sql = `SELECT * FROM incidents ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY date_start NULLS FIRST, id`;
  let rows = (await db.adhoc(sql, params)).map(incidentFromRow);
  if (f.near) {
    const { lat, lon, km } = f.near;
    rows = rows.filter((r) => r.lat != null && r.lon != null && distanceKm(lat, lon, r.lat, r.lon) <= km);
  }
  const offset = Math.max(0, f.offset ?? 0);
  return f.limit != null ? rows.slice(offset, offset + Math.max(0, f.limit)) : rows.slice(offset);
}
