// sitrep watch on PostgreSQL: each new article goes to the work queue (marked done with its item in one
// transaction), and `sitrep worker` reads it: three local outlets' reports end as one incident with the
// three outlets. A second watch queues nothing again. Skipped without SITREP_TEST_PG.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { dropTestSchemas, freshSchema, PG_SKIP, schemaUrl } from '../helpers/pg.js';
import { OUTLETS, outlets } from '../support/outlets.js';
import { PgStore } from '../../src/store/postgres/index.js';

after(dropTestSchemas);

test('sitrep watch on PostgreSQL queues each new article for the workers, once', { skip: PG_SKIP, timeout: 120_000 }, async () => {
  const site = await outlets();
  const url = schemaUrl(freshSchema());
  try {
    const feeds = site.webs.map((w) => `${w.base}/feed.xml`);
    const watched = await runCli(['watch', ...feeds, '--db', url, '--once', '--delay', '0', '--quiet']);
    assert.equal(watched.code, 0, watched.stderr);
    assert.match(watched.stdout, /3 new items, 3 queued, 0 duplicate, 0 failed/);
    const store = new PgStore(url);
    try {
      assert.deepEqual(await store.queue.counts(), { pending: 3, leased: 0, done: 0, failed: 0 });
      assert.deepEqual((await store.watch.sourceHealth()).map((s) => [s.status, s.done]), [['ok', 1], ['ok', 1], ['ok', 1]]);
      const items = await store.db.query("SELECT outcome FROM watch_items ORDER BY id");
      assert.deepEqual(items.map((r) => r.outcome), ['queued', 'queued', 'queued']);
    } finally {
      await store.close();
    }
    const worker = await runCli(['worker', '--db', url, '--until-empty', '--quiet']);
    assert.equal(worker.code, 0, worker.stderr);
    assert.match(worker.stdout, /3 new/);
    const again = await runCli(['watch', ...feeds, '--db', url, '--once', '--delay', '0', '--quiet']);
    assert.match(again.stdout, /0 new items, 0 queued/);
    const events = JSON.parse((await runCli(['events', '--db', url, '--format', 'json'])).stdout) as { outlets: string[]; sources: number }[];
    assert.equal(events.length, 1);
    assert.deepEqual([...events[0].outlets].sort(), OUTLETS.map((o) => o.name).sort());
    const listed = await runCli(['sources', '--db', url]);
    assert.match(listed.stdout, /3 sources, 0 failing; 0 items pending/);
    assert.deepEqual(site.webs.map((w) => w.hits('/2026/03/12/kharkiv-strike')), [1, 1, 1]);
  } finally {
    await site.close();
  }
});
