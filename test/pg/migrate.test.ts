// `sitrep migrate --from FILE --to postgres://…`: everything in a SQLite store lands in PostgreSQL with
// the same ids, so the incidents, dossiers and histories read back are equal; a second run is refused.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { PgStore } from '../../src/store/postgres/index.js';
import { ingest } from '../../src/ingest/index.js';
import { storeArticle, toNewArticle } from '../../src/ingest/store-article.js';
import { generateCorpus } from '../corpus/generate.js';
import { oracleExtract } from '../corpus/oracle.js';
import { corpusItems } from '../corpus/match.js';
import { runCli } from '../helpers/cli.js';
import { dropTestSchemas, freshSchema, PG_SKIP, schemaUrl } from '../helpers/pg.js';

after(dropTestSchemas);

test('migrate moves a SQLite store into PostgreSQL: incidents, dossiers, histories and extractions read back equal', { skip: PG_SKIP, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
  const file = join(dir, 'sitrep.db');
  const url = schemaUrl(freshSchema());
  try {
    const corpus = generateCorpus({ seed: 3, incidents: 30 });
    const lite = new SqliteStore(file);
    await ingest(lite, corpusItems(corpus), { extract: oracleExtract(corpus), batchSize: 50 });
    const before = {
      stats: await lite.stats(),
      incidents: await lite.queryIncidents({}),
      dossiers: await Promise.all((await lite.queryIncidents({})).map((i) => lite.dossier(i.id))),
      histories: await Promise.all((await lite.queryIncidents({})).map((i) => lite.history(i.id))),
      extraction: await lite.getExtraction(7),
      text: await lite.queryIncidents({ text: 'killed' }),
    };
    // The newest incident deleted (merged away): its id is never given again, in SQLite nor after the move.
    const newest = Math.max(...before.incidents.map((i) => i.id));
    await lite.transaction(async () => {
      for (const m of await lite.incidentMembers(newest)) await lite.assignEvent(m.id, before.incidents[0].id);
      await lite.deleteIncident(newest);
    });
    before.stats = await lite.stats();
    before.incidents = await lite.queryIncidents({});
    before.dossiers = await Promise.all(before.incidents.map((i) => lite.dossier(i.id)));
    before.histories = await Promise.all(before.incidents.map((i) => lite.history(i.id)));
    before.text = await lite.queryIncidents({ text: 'killed' });
    await lite.close();
    assert.ok(before.stats.incidents >= 29);

    const run = await runCli(['migrate', '--from', file, '--to', url]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`${before.stats.articles} articles`));

    const pg = new PgStore(url);
    try {
      const st = await pg.stats();
      assert.deepEqual({ ...st, schemaVersion: 0 }, { ...before.stats, schemaVersion: 0 });
      const incidents = await pg.queryIncidents({});
      assert.deepEqual(incidents, before.incidents);
      assert.deepEqual(await Promise.all(incidents.map((i) => pg.dossier(i.id))), before.dossiers);
      assert.deepEqual(await Promise.all(incidents.map((i) => pg.history(i.id))), before.histories);
      assert.deepEqual(await pg.getExtraction(7), before.extraction);
      assert.deepEqual((await pg.queryIncidents({ text: 'killed' })).map((i) => i.id), before.text.map((i) => i.id));
      // The copy groups and signatures came along: a reprint of a stored article is found as a copy.
      const [copies] = await pg.db.query('SELECT count(*)::int AS n FROM articles WHERE copy_of IS NOT NULL');
      assert.ok(copies.n > 0);
      // Ids go on from where SQLite stopped.
      const next = await pg.transaction(() => storeArticle(pg, toNewArticle({ id: 'new', text: 'A new report after the move.' }, 'A new report after the move.', null), { id: 'new', places: [], events: [], claims: [] }));
      assert.equal(next.articleId, before.stats.articles + 1);
      const fields = (await pg.getIncident(before.incidents[0].id))!;
      assert.equal(await pg.transaction(() => pg.createIncident(fields)), newest + 1);
    } finally {
      await pg.close();
    }
    const again = await runCli(['migrate', '--from', file, '--to', url]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /not empty.*E_MIGRATE/s);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
