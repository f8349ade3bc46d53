// A worker killed with SIGKILL in the middle of a batch loses nothing: the articles it had leased are
// taken by the other workers once its lease runs out, and every article ends stored exactly once.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { PgStore } from '../../src/store/postgres/index.js';
import { textHash } from '../../src/ingest/store-article.js';
import { generateCorpus } from '../corpus/generate.js';
import { corpusItems, findIncident } from '../corpus/match.js';
import { dropTestSchemas, freshSchema, PG_SKIP, schemaUrl } from '../helpers/pg.js';
import { runOracleWorker } from './compare.js';

after(dropTestSchemas);

for (const stallIn of ['extract', 'transaction'] as const) {
  test(`a worker SIGKILLed mid-batch (${stallIn === 'extract' ? 'reading its batch' : 'inside a storing transaction'}): its leased articles are finished by the others after the lease`, { skip: PG_SKIP, timeout: 120_000 }, async () => {
    const spec = { seed: 5, incidents: 20 };
    const corpus = generateCorpus(spec);
    const url = schemaUrl(freshSchema());
    const pg = new PgStore(url);
    try {
      await pg.ready();
      for await (const item of corpusItems(corpus)) if (item.ok) await pg.queue.add(item.input, textHash(item.input.text), item.origin);
      // The victim stores its first batch of 10, leases a second, and hangs reading it or storing its first
      // article (inserted, not committed, its locks held).
      const victim = runOracleWorker(url, { ...spec, batch: 10, leaseMs: 1500, stallAfter: 10, stallIn });
      await new Promise<void>((resolve, reject) => {
        victim.child.stdout!.on('data', (d) => { if (String(d).includes('stalled')) resolve(); });
        victim.child.once('exit', (code) => reject(new Error(`the victim exited (${code}) before stalling`)));
      });
      const [{ taken_by: victimName }] = await pg.db.query("SELECT taken_by FROM queue WHERE state = 'done' LIMIT 1");
      if (stallIn === 'transaction') {
        // The uncommitted article is invisible to others until the transaction ends.
        assert.equal((await pg.stats()).articles, 10);
      }
      victim.child.kill('SIGKILL');
      await victim.done;
      const leased = (await pg.db.query("SELECT id FROM queue WHERE state = 'pending' AND taken_by = $1 ORDER BY id", [victimName])).map((r) => r.id);
      assert.equal(leased.length, 10, 'the victim held a leased batch when it died');
      assert.equal((await pg.db.query("SELECT count(*)::int AS n FROM queue WHERE done_by = $1", [victimName]))[0].n, 10);

      const others = [1, 2].map(() => runOracleWorker(url, { ...spec, batch: 4, leaseMs: 1500 }));
      for (const r of await Promise.all(others.map((w) => w.done))) assert.equal(r.code, 0, r.out);

      const rows = await pg.db.query('SELECT id, state, done_by, attempts FROM queue WHERE id = ANY($1::bigint[]) ORDER BY id', [leased]);
      for (const r of rows) {
        assert.equal(r.state, 'done');
        assert.notEqual(r.done_by, victimName);
      }
      // Only the article the victim was reading when it died is charged an attempt; the rest of its lease,
      // waiting or read and waiting to be stored, is charged nothing (the finishers' readings are given back).
      assert.deepEqual(rows.map((r) => r.attempts), stallIn === 'extract' ? [1, 0, 0, 0, 0, 0, 0, 0, 0, 0] : Array(10).fill(0));
      const [q] = await pg.db.query("SELECT count(*) FILTER (WHERE state = 'done')::int AS done, count(*)::int AS n FROM queue");
      assert.deepEqual([q.done, q.n], [corpus.articles.length, corpus.articles.length]);
      const st = await pg.stats();
      assert.equal(st.articles, corpus.articles.length);
      const incidents = await pg.queryIncidents({});
      assert.deepEqual(corpus.incidents.filter((t) => findIncident(incidents, t).length !== 1).map((t) => t.key), []);
      assert.equal(incidents.length, corpus.incidents.length);
    } finally {
      await pg.close();
    }
  });
}
