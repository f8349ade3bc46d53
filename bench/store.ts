// Ingest + fusion throughput over a generated corpus, with the generator's own record of each article
// standing in for the reader (so the figure is the store's and fusion's, not extraction's), and with the
// real reader when --real is given. Prints articles/s per slice so scaling can be seen to stay flat.
//   node --import tsx bench/store.ts [--incidents N] [--real] [--db PATH]
import { rmSync } from 'node:fs';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ingest } from '../src/ingest/index.js';
import { extractArticle } from '../src/pipeline/index.js';
import { getContext } from '../src/pipeline/context.js';
import type { Item } from '../src/ingest/sources.js';
import { generateCorpus } from '../test/corpus/generate.js';
import { oracleExtract } from '../test/corpus/oracle.js';

const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const incidents = Number(arg('--incidents', '2500'));
const real = process.argv.includes('--real');
const db = arg('--db', '/tmp/sitrep-bench-store.db');
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });

const t0 = performance.now();
const corpus = generateCorpus({ seed: 42, incidents });
console.log(`corpus: ${corpus.articles.length} articles, ${corpus.incidents.length} incidents (${((performance.now() - t0) / 1000).toFixed(1)} s to generate)`);
const store = new SqliteStore(db);
const extract = real ? ((ctx) => (input: Parameters<typeof extractArticle>[0]) => extractArticle(input, ctx))(getContext()) : oracleExtract(corpus);
const slice = Math.max(1000, Math.floor(corpus.articles.length / 10));
let last = performance.now();
let lastCpu = process.cpuUsage();
let lastCount = 0;
// CPU time as well as wall time: on a shared machine the wall-clock rate says more about the neighbours.
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
async function* items(): AsyncGenerator<Item> {
  for (const a of corpus.articles) yield { ok: true, origin: a.id, input: a, bytesDone: 0 };
}
const start = performance.now();
const startCpu = process.cpuUsage();
const summary = await ingest(store, items(), {
  extract,
  batchSize: 200,
  onProgress: (s) => {
    if (s.new - lastCount >= slice) {
      const now = performance.now();
      const cpu = process.cpuUsage(lastCpu);
      console.log(`  ${String(s.new).padStart(7)} stored: ${(((s.new - lastCount) * 1000) / (now - last)).toFixed(0)} articles/s wall, ${(((s.new - lastCount) * 1000) / cpuMs(cpu)).toFixed(0)} per CPU-second in this slice`);
      lastCpu = process.cpuUsage();
      last = now;
      lastCount = s.new;
    }
  },
});
const secs = (performance.now() - start) / 1000;
const stats = await store.stats();
const cpuSecs = cpuMs(process.cpuUsage(startCpu)) / 1000;
console.log(`${real ? 'real reader' : 'perfect reader'}: ${summary.new} articles in ${secs.toFixed(1)} s = ${(summary.new / secs).toFixed(0)} articles/s wall, ${(summary.new / cpuSecs).toFixed(0)} per CPU-second; ${stats.incidents} incidents (${corpus.incidents.length} in the corpus)`);
await store.close();
