// Incident filters → one parameterised SQL query: the predicates both adapters share (../filter-sql.ts),
// with PostgreSQL's own full-text search (tsvector + GIN index), distance in SQL, and the PostGIS
// pre-filter when the server has it. Ordered and paged in SQL, as the SQLite adapter does (the API relies
// on the store for its pages).
import type { Incident, IncidentFilter } from '../store.js';
import { likePattern, orderBy, wherePredicates, type Dialect } from '../filter-sql.js';
import { INCIDENT_ROW, incidentFromRow } from '../rows.js';
import type { PgDb } from './db.js';
import { spatialPrefilter } from './spatial.js';

export async function queryIncidents(db: PgDb, f: IncidentFilter): Promise<Incident[]> {
  const q = incidentQuery(db, f);
  return q ? (await db.adhoc(q.sql, q.params)).map(incidentFromRow) : [];
}

/** The filter's `FROM … WHERE …` and its parameters (`$n`; `p` binds more after them), or null when it matches nothing. */
export function filteredIncidents(db: Pick<PgDb, 'spatial'>, f: IncidentFilter): { filtered: string; where: string[]; params: unknown[]; p(value: unknown): string } | null {
  const params: unknown[] = [];
  const p = (v: unknown): string => { params.push(v); return `$${params.length}`; };
  const pg: Dialect = {
    p,
    filterColumn: (col) => col,
    unindexed: (col) => col,
    equalsNoCase: (col, value) => `lower(${col}) = lower(${p(value)})`,
    contains: (col, text) => `${col} ILIKE ${p(likePattern(text))}`,
    since: (date) => [`COALESCE(date_end, date_start) >= ${p(date)}`],
    boxBefore: () => [],
    // With PostGIS, its GIST index finds the candidates; the plain predicates still decide.
    boxAfter: () => {
      const pre = db.spatial.kind === 'postgis' ? spatialPrefilter(db.spatial.ext, f, p) : null;
      return pre ? [pre] : [];
    },
    near: ({ lat, lon, km }) => `(2 * 6371 * asin(least(1, sqrt(power(sin(radians(lat - ${p(lat)}) / 2), 2)
      + cos(radians(${p(lat)})) * cos(radians(lat)) * power(sin(radians(lon - ${p(lon)}) / 2), 2))))) <= ${p(km)}`,
    text: (words) => `EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = incidents.id
      AND a.tsv @@ plainto_tsquery('simple', ${p(words.join(' '))}))`,
  };
  const where = wherePredicates(f, pg);
  if (!where) return null;
  return { filtered: `FROM incidents ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`, where, params, p };
}

/** The statement of a filter (null when it can match nothing); apart for tests that EXPLAIN it. */
export function incidentQuery(db: Pick<PgDb, 'spatial'>, f: IncidentFilter): { sql: string; params: unknown[] } | null {
  const q = filteredIncidents(db, f);
  if (!q) return null;
  const { params, p } = q;
  let sql = `SELECT ${INCIDENT_ROW} ${q.filtered} ORDER BY ${orderBy(f.sort, true)}`;
  if (f.limit != null) sql += ` LIMIT ${p(Math.max(0, f.limit))}`;
  if (f.offset) sql += ` OFFSET ${p(Math.max(0, f.offset))}`;
  return { sql, params };
}
