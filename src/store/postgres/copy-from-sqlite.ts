// `sitrep migrate`: copies an embedded SQLite store into an empty PostgreSQL one, row for row with the
// same ids, in one transaction (all of it lands, or none). The schemas mirror each other, so each table
// goes over in chunks as JSON records that json_populate_recordset turns back into rows.
import type { SqliteStore } from '../sqlite/index.js';
import type { PgStore } from './index.js';

/** Tables in an order that satisfies the foreign keys (articles.copy_of is set in a second pass). */
const TABLES = ['articles', 'sources', 'actors', 'incidents', 'events', 'claims', 'event_claims', 'places', 'signatures', 'bands', 'history', 'watch_sources', 'watch_items', 'reviews'] as const;
const CHUNK = 500;

export type CopyCounts = Record<(typeof TABLES)[number], number>;

export async function copySqliteToPg(from: SqliteStore, to: PgStore, onTable?: (table: string, rows: number) => void): Promise<CopyCounts> {
  await to.ready();
  const counts = {} as CopyCounts;
  await to.transaction(async () => {
    const [existing] = await to.db.adhoc('SELECT (SELECT count(*) FROM articles)::int + (SELECT count(*) FROM incidents)::int AS n');
    if (existing.n > 0) throw new Error('the PostgreSQL store is not empty: migrate copies into an empty one only');
    for (const table of TABLES) {
      const cols = (from.db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
      const list = cols.map((c) => `"${c}"`).join(', ');
      const select = table === 'articles' ? list.replace('"copy_of"', 'NULL AS copy_of') : list;
      const hasId = cols.includes('id');
      const stmt = from.db.prepare(`SELECT ${select} FROM ${table}${hasId ? ' ORDER BY id' : ''}`);
      let n = 0;
      let chunk: Record<string, unknown>[] = [];
      const flush = async (): Promise<void> => {
        if (!chunk.length) return;
        await to.db.adhoc(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`, [JSON.stringify(chunk)]);
        n += chunk.length;
        chunk = [];
      };
      for (const row of stmt.iterate() as Iterable<Record<string, unknown>>) {
        // BLOBs (MinHash signatures) travel as bytea's hex text form.
        for (const [k, v] of Object.entries(row)) if (Buffer.isBuffer(v)) row[k] = '\\x' + v.toString('hex');
        chunk.push(row);
        if (chunk.length >= CHUNK) await flush();
      }
      await flush();
      // Incidents: past every id SQLite ever gave (its migration 7), so no deleted incident's id is given again.
      const past = table === 'incidents' ? incidentIdsGiven(from) : 0;
      if (hasId) await to.db.adhoc(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest(coalesce(max(id), 0), $1) + 1, false) FROM ${table}`, [past]);
      counts[table] = n;
      onTable?.(table, n);
    }
    const copies = from.db.prepare('SELECT id, copy_of FROM articles WHERE copy_of IS NOT NULL ORDER BY id').all();
    for (let i = 0; i < copies.length; i += CHUNK) {
      await to.db.adhoc(`UPDATE articles a SET copy_of = v.copy_of FROM json_to_recordset($1::json) AS v(id bigint, copy_of bigint) WHERE a.id = v.id`,
        [JSON.stringify(copies.slice(i, i + CHUNK))]);
    }
  });
  return counts;
}

/** The highest incident id the SQLite store ever gave (0 for a store from before its migration 7). */
function incidentIdsGiven(from: SqliteStore): number {
  const has = from.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_ids'").get();
  return has ? Number((from.db.prepare('SELECT max(last) AS last FROM incident_ids').get() as { last: number | null }).last ?? 0) : 0;
}
