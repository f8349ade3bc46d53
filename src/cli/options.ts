// Options and values several commands share: the database location, dates, coordinates.
import { CliError } from './command.js';
import { DEFAULT_DB, isPostgresUrl, openStoreReady, redact } from '../store/index.js';
import type { Store } from '../store/store.js';
import { existsSync } from 'node:fs';

export const DB_OPTION = { db: { type: 'string' as const } };

export const DB_HELP = `  --db PATH|URL      the database: a SQLite file (default ./sitrep.db) or postgres://USER@HOST/DB
                     (default $SITREP_DB)`;

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

export function parseDate(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) throw new CliError(`${name} must be a date YYYY-MM-DD, got "${s}"`, 'E_USAGE');
  return s;
}

export function parseNumbers(value: string, count: number, name: string): number[] {
  const parts = value.split(',').map((x) => Number(x.trim()));
  if (parts.length !== count || parts.some((x) => !Number.isFinite(x))) throw new CliError(`${name} needs ${count} comma-separated numbers, got "${value}"`, 'E_USAGE');
  return parts;
}

export function parseIntOption(value: unknown, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`${name} must be a whole number ≥ ${min}, got "${value}"`, 'E_USAGE');
  return n;
}
