// What `sitrep enqueue` and `sitrep worker` share: they need a PostgreSQL store (the queue lives in it).
import { PgStore } from '../store/postgres/index.js';
import { isPostgresUrl } from '../store/index.js';
import { CliError } from './command.js';
import { dbLocation, openForCli } from './options.js';

export async function openQueueStore(values: Record<string, unknown>, command: string): Promise<PgStore> {
  if (!isPostgresUrl(dbLocation(values))) {
    throw new CliError(`${command} needs a PostgreSQL database: --db postgres://USER@HOST/DB (or $SITREP_DB); a SQLite file has no queue, use sitrep ingest`, 'E_USAGE');
  }
  return (await openForCli(values, false)) as PgStore;
}
