// sitrep migrate: move an embedded SQLite store into PostgreSQL (when one machine is no longer enough).
import { existsSync } from 'node:fs';
import { SqliteStore } from '../store/sqlite/index.js';
import { copySqliteToPg } from '../store/postgres/copy-from-sqlite.js';
import { PgStore } from '../store/postgres/index.js';
import { isPostgresUrl, openStoreReady, redact } from '../store/index.js';
import { CliError, type Command } from './command.js';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: ['migrate --from sitrep.db --to postgres://USER@HOST/DB'],
  about: `Copies everything in a SQLite store (articles and their text, places, events, claims, actors, sources,
incidents, fusion history, near-duplicate signatures) into an empty PostgreSQL store, with the same
ids, in one transaction. The SQLite file is only read. Then point every command at the URL
(--db or $SITREP_DB).`,
  options: [{
    title: 'Options',
    options: {
      from: { type: 'string', arg: 'PATH', help: 'the SQLite file' },
      to: { type: 'string', arg: 'URL', help: 'the PostgreSQL database (its schema is created if missing; it must hold no articles)' },
    },
  }],
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliError(`migrate takes no arguments (got "${positionals[0]}")`, 'E_USAGE');
    const from = values.from as string | undefined;
    const to = values.to as string | undefined;
    if (!from || !to) throw new CliError('migrate needs --from FILE and --to postgres://…', 'E_USAGE');
    if (!isPostgresUrl(to)) throw new CliError(`--to must be a postgres:// URL, got "${to}"`, 'E_USAGE');
    if (!existsSync(from)) throw new CliError(`no database at ${from}`, 'E_NO_DB', 1);
    const source = new SqliteStore(from);
    const opened = await openStoreReady(to);
    if (!opened.ok) { await source.close(); throw new CliError(opened.message, opened.code, 1); }
    const target = opened.value as PgStore;
    try {
      const counts = await copySqliteToPg(source, target);
      const st = await target.stats();
      io.stdout.write(`${from} → ${redact(to)}: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')}\n`
        + `now ${st.articles} articles, ${st.incidents} incidents (schema version ${st.schemaVersion})\n`);
    } catch (err) {
      throw new CliError(`migrate failed, nothing was copied: ${(err as Error).message}`, 'E_MIGRATE', 1);
    } finally {
      await source.close();
      await target.close();
    }
    return 0;
  },
};
