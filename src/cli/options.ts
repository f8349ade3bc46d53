// Options and values several commands share: the database location, dates, coordinates.
import { CliError, type OptionDef } from './command.js';
import { DEFAULT_DB, isPostgresUrl, openStoreReady, redact } from '../store/index.js';
import type { Store } from '../store/store.js';
import { existsSync } from 'node:fs';

export const DB_OPTION: Record<string, OptionDef> = {
  db: { type: 'string', arg: 'PATH|URL', help: 'the database: a SQLite file or a postgres://USER@HOST/DB URL (default $SITREP_DB, else ./sitrep.db)' },
};

export function dbLocation(values: Record<string, unknown>): string {
  return (values.db as string | undefined) ?? (process.env.SITREP_DB || DEFAULT_DB);
}

/** The database as shown in messages (a URL's password hidden). */
export const shownDb = (values: Record<string, unknown>): string => redact(dbLocation(values));

/** Opens the store; a reading command refuses a database that does not exist rather than create an empty one. */
export async function openForCli(values: Record<string, unknown>, mustExist: boolean): Promise<Store> {
  const location = dbLocation(values);
  if (mustExist && !isPostgresUrl(location) && location !== ':memory:' && !existsSync(location)) {
    throw new CliError(`no database at ${location} (run sitrep ingest first, or pass --db)`, 'E_NO_DB', 1);
  }
  const store = await openStoreReady(location);
  if (!store.ok) throw new CliError(store.message, store.code, 1);
  return store.value;
}

// The plain value parsers live apart so that `sitrep extract` loads them without the store.
export { parseDate, parseNumbers, parseIntOption } from './parse-values.js';
