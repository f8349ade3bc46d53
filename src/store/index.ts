// Opening a store from a location: a file path (SQLite). `postgres://` URLs are for the PostgreSQL adapter.
import type { Outcome } from '../types.js';
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/index.js';

export type { Store } from './store.js';

export const DEFAULT_DB = './sitrep.db';

export function openStore(location: string = DEFAULT_DB): Outcome<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    return { ok: false, code: 'E_NO_ADAPTER', message: 'the PostgreSQL adapter is not built yet; use a SQLite file path' };
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
