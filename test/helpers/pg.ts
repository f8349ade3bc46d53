// PostgreSQL for tests: SITREP_TEST_PG names a server (`.ci/run` starts a throwaway one, see
// scripts/pg-throwaway.sh). Without it every PostgreSQL test is registered as skipped, with this reason.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PgStore } from '../../src/store/postgres/index.js';

export const PG_URL = process.env.SITREP_TEST_PG || null;
export const PG_SKIP: string | false = PG_URL ? false : 'SITREP_TEST_PG is not set (a postgres:// URL): PostgreSQL tests skipped';

const created: string[] = [];

/** A schema no other test uses; dropped by dropTestSchemas(). */
export function freshSchema(): string {
  const name = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  created.push(name);
  return name;
}

/** The test server's URL with `?schema=` (how CLI processes are pointed at a test's own schema). */
export function schemaUrl(schema: string): string {
  const u = new URL(PG_URL!);
  u.searchParams.set('schema', schema);
  return u.toString();
}

export async function freshPgStore(max = 4): Promise<PgStore> {
  const store = new PgStore(PG_URL!, { schema: freshSchema(), max });
  await store.ready();
  return store;
}

export async function dropTestSchemas(): Promise<void> {
  if (!PG_URL || !created.length) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const s of created.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await client.end();
  }
}
