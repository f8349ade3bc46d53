// A queue worker process for tests: `runWorker` with the generated corpus's perfect reader (the oracle),
// so many worker processes can be run over a large corpus quickly.
//   node --import tsx test/support/pg-oracle-worker.ts URL '{"seed":1,"incidents":120,"leaseMs":60000,...}'
// Options: batch, leaseMs, barrier (wait until that many workers have started), stallAfter N and
// stallIn: after N articles the worker hangs — in 'extract' (reading the next article: the first of its
// next batch when N is a multiple of the batch) or
// in 'transaction' (the next article is inserted, uncommitted, when storing its events never returns) —
// and prints "stalled": the test kills it then.
import { PgStore } from '../../src/store/postgres/index.js';
import { runWorker, workerName } from '../../src/ingest/queue-worker.js';
import { generateCorpus } from '../corpus/generate.js';
import { oracleExtract } from '../corpus/oracle.js';

const [url, json] = process.argv.slice(2);
const o = JSON.parse(json) as { seed: number; incidents: number; batch?: number; leaseMs?: number; barrier?: number; stallAfter?: number; stallIn?: 'extract' | 'transaction' };
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
const hang = (): Promise<never> => {
  process.stdout.write('stalled\n');
  return new Promise(() => undefined);
};
if (o.stallAfter != null && o.stallIn === 'transaction') {
  let saved = 0;
  const save = store.saveExtraction.bind(store);
  store.saveExtraction = (id, r) => (++saved > o.stallAfter! ? hang() : save(id, r));
}
let extracted = 0;
const summary = await runWorker(store, store.queue, {
  batch: o.batch, leaseMs: o.leaseMs, untilEmpty: true, pollMs: 100, retryMs: 50,
  extract: (input) => {
    if (o.stallAfter != null && o.stallIn !== 'transaction' && ++extracted > o.stallAfter) return hang();
    return oracle(input);
  },
});
process.stdout.write(JSON.stringify({ worker: workerName(), ...summary }) + '\n');
await store.close();
