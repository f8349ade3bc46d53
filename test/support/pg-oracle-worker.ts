// A queue worker process for tests: `runWorker` with the generated corpus's perfect reader (the oracle),
// so many worker processes can be run over a large corpus quickly.
//   node --import tsx test/support/pg-oracle-worker.ts URL '{"seed":1,"incidents":120,"leaseMs":60000,...}'
// Options: batch, leaseMs, barrier (wait until that many workers have started), stallAfter (the
// extraction of every article after the first N never returns: the test kills the worker then).
import { PgStore } from '../../src/store/postgres/index.js';
import { runWorker, workerName } from '../../src/ingest/queue-worker.js';
import { generateCorpus } from '../corpus/generate.js';
import { oracleExtract } from '../corpus/oracle.js';

const [url, json] = process.argv.slice(2);
const o = JSON.parse(json) as { seed: number; incidents: number; batch?: number; leaseMs?: number; barrier?: number; stallAfter?: number };
const corpus = generateCorpus({ seed: o.seed, incidents: o.incidents });
const oracle = oracleExtract(corpus);
const store = new PgStore(url, { max: 2 });
await store.ready();
if (o.barrier) {
  // All workers start together, so the run is really concurrent.
  await store.db.query('CREATE TABLE IF NOT EXISTS test_barrier (worker TEXT PRIMARY KEY)').catch(() => undefined);
  await store.db.query('INSERT INTO test_barrier VALUES ($1)', [workerName()]);
  while ((await store.db.query('SELECT count(*)::int AS n FROM test_barrier'))[0].n < o.barrier) await new Promise((r) => setTimeout(r, 20));
}
let extracted = 0;
const summary = await runWorker(store, store.queue, {
  batch: o.batch, leaseMs: o.leaseMs, untilEmpty: true, pollMs: 100, retryMs: 50,
  extract: (input) => {
    if (o.stallAfter != null && ++extracted > o.stallAfter) {
      process.stdout.write('stalled\n');
      return new Promise(() => undefined);
    }
    return oracle(input);
  },
});
process.stdout.write(JSON.stringify({ worker: workerName(), ...summary }) + '\n');
await store.close();
