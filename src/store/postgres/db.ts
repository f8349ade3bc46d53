// The connection to PostgreSQL: a pool, a transaction bound to the async call chain that opened it (so
// the Store's methods need no transaction handle), named prepared statements, and the migrations.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import type pg from 'pg';
import { MIGRATIONS } from './schema.js';
import { backfillReviewPriority } from '../rows.js';
import { ensureSpatial, postgisWanted, type Spatial } from './spatial.js';

let driver: typeof pg | null = null;
/** node-postgres, loaded on first use: commands on a SQLite file never pay its loading time. */
function loadPg(): typeof pg {
  if (!driver) {
    driver = createRequire(import.meta.url)('pg') as typeof pg;
    // Ids are BIGINT (int8), which pg returns as strings; sitrep's ids stay far below 2^53.
    driver.types.setTypeParser(20, (v: string) => Number(v));
  }
  return driver;
}

/** Lock keys (pg_advisory_xact_lock's first int4): one namespace per kind of thing serialised. */
export const LOCK = { migrate: 0x51700001, band: 0x51700002, cell: 0x51700003 } as const;

export interface PgOptions {
  /** A schema to use (created if missing): several sitrep stores can share one database. */
  schema?: string;
  /** Pool size (default 4). */
  max?: number;
  /** Use PostGIS for spatial filters when the server has it (default: yes, unless SITREP_PG_POSTGIS=off). */
  postgis?: boolean;
}

/** Splits `?schema=NAME` off a postgres:// URL (pg itself has no such parameter). */
export function parseLocation(url: string): { url: string; schema?: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? undefined;
  u.searchParams.delete('schema');
  return { url: u.toString(), schema };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PgDb {
  readonly pool: pg.Pool;
  private readonly tx = new AsyncLocalStorage<pg.PoolClient>();
  private readonly names = new Map<string, string>();
  /** How spatial filters run, known once migrate() has run. */
  spatial: Spatial = { kind: 'plain', reason: 'not opened yet' };

  constructor(url: string, readonly opts: PgOptions = {}) {
    const parsed = parseLocation(url);
    const schema = opts.schema ?? parsed.schema;
    if (schema && !SCHEMA_NAME.test(schema)) throw new Error(`bad schema name "${schema}" (lower-case letters, digits, _)`);
    this.opts = { ...opts, schema };
    this.pool = new (loadPg().Pool)({
      connectionString: parsed.url, max: opts.max ?? 4, connectionTimeoutMillis: 15_000,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle pooled connection that dies (server restart) must not crash the process.
    this.pool.on('error', () => undefined);
  }

  get inTransaction(): boolean {
    return this.tx.getStore() !== undefined;
  }

  /** One statement, inside the current transaction if there is one. Statements are prepared once per connection. */
  async query<R extends pg.QueryResultRow = any>(text: string, values: unknown[] = []): Promise<R[]> {
    let name = this.names.get(text);
    if (!name) { name = `s${this.names.size + 1}`; this.names.set(text, name); }
    const client = this.tx.getStore();
    const res = await (client ?? this.pool).query<R>({ name, text, values });
    return res.rows;
  }

  /** An ad hoc statement (not prepared): dynamic SQL such as the incident filters. */
  async adhoc<R extends pg.QueryResultRow = any>(text: string, values: unknown[] = []): Promise<R[]> {
    const client = this.tx.getStore();
    return (await (client ?? this.pool).query<R>(text, values)).rows;
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction) throw new Error('transactions do not nest');
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      try {
        const value = await this.tx.run(client, fn);
        await client.query('COMMIT');
        return value;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => { broken = true; });
        throw err;
      }
    } finally {
      client.release(broken);
    }
  }

  /** Creates the schema if asked for one, then runs the pending migrations, one process at a time. */
  async migrate(): Promise<number> {
    const schema = this.opts.schema;
    return this.transaction(async () => {
      // Two processes starting on a fresh database at once: the second waits, then finds nothing to do.
      await this.adhoc('SELECT pg_advisory_xact_lock($1, 0)', [LOCK.migrate]);
      if (schema) await this.adhoc(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await this.adhoc('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())');
      const [{ v }] = await this.adhoc<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
      const version = v ?? 0;
      if (version > MIGRATIONS.length) {
        throw new Error(`the database has schema version ${version}, newer than this sitrep (${MIGRATIONS.length})`);
      }
      for (let i = version; i < MIGRATIONS.length; i++) {
        await this.adhoc(MIGRATIONS[i]);
        await this.adhoc('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
      }
      // Incidents stored before the review migration get their place in the review queue.
      if (version < MIGRATIONS.length) {
        await backfillReviewPriority(
          (after, batch) => this.adhoc('SELECT id, data FROM incidents WHERE review_priority IS NULL AND id > $1 ORDER BY id LIMIT $2', [after, batch]),
          (id, priority) => this.adhoc('UPDATE incidents SET review_priority = $1 WHERE id = $2', [priority, id]));
      }
      this.spatial = await ensureSpatial(this, this.opts.postgis ?? postgisWanted());
      return MIGRATIONS.length;
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
