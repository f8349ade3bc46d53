// Incident filters (`sitrep events`, the API) → one parameterised SQL query. User text is only ever
// bound as a parameter; the FTS query is rebuilt from quoted words so its syntax cannot be injected.
import { distanceKm } from '../grid.js';
import type { Incident, IncidentFilter } from '../store.js';
import type { Db } from './open.js';
import { incidentFromRow } from './incidents.js';

/** Words of a free-text query as an FTS5 query: every word must appear (implicit AND), each quoted. */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 20).map((w) => `"${w}"`).join(' ') : null;
}

const like = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

export function queryIncidents(db: Db, f: IncidentFilter): Incident[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.since) { where.push('COALESCE(date_end, date_start) >= ?'); params.push(f.since); }
  if (f.until) { where.push('date_start <= ?'); params.push(f.until); }
  if (f.country) { where.push('country = ?'); params.push(f.country.toUpperCase()); }
  if (f.type) { where.push('event_type = ? COLLATE NOCASE'); params.push(f.type); }
  if (f.subType) { where.push('sub_event_type = ? COLLATE NOCASE'); params.push(f.subType); }
  if (f.status) { where.push('status = ?'); params.push(f.status); }
  if (f.minSources != null) { where.push('sources >= ?'); params.push(f.minSources); }
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
  const box = f.bbox ?? (f.near ? aroundBox(f.near) : null);
  if (box) {
    where.push('lat BETWEEN ? AND ?');
    params.push(box.minLat, box.maxLat);
    if (box.minLon <= box.maxLon) { where.push('lon BETWEEN ? AND ?'); params.push(box.minLon, box.maxLon); }
    else { where.push('(lon >= ? OR lon <= ?)'); params.push(box.minLon, box.maxLon); } // crosses the antimeridian
  }
  if (f.text !== undefined) {
    const q = ftsQuery(f.text);
    if (!q) return [];
    where.push(`EXISTS (SELECT 1 FROM events e WHERE e.incident_id = incidents.id AND e.article_id IN
      (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`);
    params.push(q);
  }
  const sql = `SELECT * FROM incidents ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY date_start, id`;
  let rows = (db.prepare(sql).all(...params) as any[]).map(incidentFromRow);
  if (f.near) {
    const { lat, lon, km } = f.near;
    rows = rows.filter((r) => r.lat != null && r.lon != null && distanceKm(lat, lon, r.lat, r.lon) <= km);
  }
  const offset = Math.max(0, f.offset ?? 0);
  return f.limit != null ? rows.slice(offset, offset + Math.max(0, f.limit)) : rows.slice(offset);
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
