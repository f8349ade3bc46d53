// Opening a store from a location: a file path (SQLite) or a postgres:// URL (PostgreSQL; `?schema=NAME`
// picks a schema, so several stores can share one database).
import type { Outcome } from '../types.js';
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/index.js';
import { PgStore } from './postgres/index.js';

export type { Store } from './store.js';

export const DEFAULT_DB = './sitrep.db';

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** Opens a store. A PostgreSQL store connects on first use; openStoreReady connects (and migrates) first. */
export function openStore(location: string = DEFAULT_DB): Outcome<Store> {
  if (isPostgresUrl(location)) {
    try {
      return { ok: true, value: new PgStore(location) };
    } catch (err) {
      return { ok: false, code: 'E_DB_OPEN', message: `cannot open the database ${redact(location)}: ${(err as Error).message}` };
    }
  }
  try {
    return { ok: true, value: new SqliteStore(location) };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { ok: false, code: sqliteErrorCode(err, 'E_DB_OPEN'), message: `cannot open the database ${location}: ${e.message ?? e} ${e.code ? `(${e.code})` : ''}`.trim() };
  }
}

/** SQLite's reasons a write fails, as codes a user can act on: free disk space, or fix the file's permissions. */
export function sqliteErrorCode(err: unknown, fallback: string): string {
  const code = String((err as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_FULL') return 'E_DISK_FULL';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') return 'E_READ_ONLY';
  if (code.startsWith('SQLITE_IOERR')) return 'E_IO';
  return fallback;
}

/** Opens a store and, for PostgreSQL, connects and runs the migrations, so that a bad URL fails here. */
export async function openStoreReady(location: string = DEFAULT_DB): Promise<Outcome<Store>> {
  const opened = openStore(location);
  if (!opened.ok || !(opened.value instanceof PgStore)) return opened;
  try {
    await opened.value.ready();
    return opened;
  } catch (err) {
    await opened.value.close().catch(() => undefined);
    const e = err as { code?: string; message?: string };
    return { ok: false, code: 'E_DB_OPEN', message: `cannot open the database ${redact(location)}: ${e.message ?? e}${e.code ? ` (${e.code})` : ''}` };
  }
}

/** A location as shown to users: a URL's password is never printed. */
export function redact(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
