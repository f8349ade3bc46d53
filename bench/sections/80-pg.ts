// 8. Worker scaling on PostgreSQL (issue 8): articles/s of 1 and 2 `sitrep worker` processes draining the
// queue, beside one `sitrep ingest` into SQLite, over the same generated corpus with the real reader
// (bench/pg-workers.ts; alone: `npm run bench -- --only pg`). Uses $SITREP_TEST_PG when set, otherwise
// a throwaway cluster on loopback (scripts/pg-throwaway.sh), stopped at the end. Without PostgreSQL installed the section says so.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, type Row, type Section } from '../section.js';

const section: Section = {
  name: 'pg',
  async run(ctx) {
    let url = process.env.SITREP_TEST_PG;
    let pgtmp: string | null = null;
    if (!url) {
      let out: string;
      try {
        out = execFileSync(join(ROOT, 'scripts/pg-throwaway.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (err) {
        ctx.log(`PostgreSQL section skipped: no server could be started (${(err as Error).message.split('\n')[0]})`);
        return [];
      }
      url = /SITREP_TEST_PG=(\S+)/.exec(out)![1];
      pgtmp = /PGTMP=(\S+)/.exec(out)![1];
    }
    try {
      const { measurePgWorkers } = await import('../pg-workers.js');
      const rows = await measurePgWorkers({ url, articles: ctx.quick ? 200 : 800, workers: [1, 2], log: ctx.log });
      return rows.map((r): Row => ({ ...r, key: `pg.${r.key}` }));
    } finally {
      if (pgtmp) execFileSync(join(ROOT, 'scripts/pg-throwaway.sh'), ['stop', pgtmp]);
    }
  },
};
export default section;
