// Ingest + fusion into a fresh SQLite file over the bench corpus, with the generator's own record of
// each article standing in for the reader (the perfect reader: the figure is the store's and fusion's,
// not extraction's; the real reader's rate is section 1's), the corpus's making excluded. Prints one JSON line with the rate at each
// mark (1k, 10k, 100k articles): cumulative, and over the slice that ends there, by wall and CPU time.
//   node --import tsx bench/child/ingest.ts SEED ARTICLES DB
import { rmSync } from 'node:fs';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Item } from '../../src/ingest/sources.js';
import { oracleExtract } from '../../test/corpus/oracle.js';
import { benchCorpus } from '../corpus.js';

const [seed, count, db] = process.argv.slice(2);
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
const c = benchCorpus(Number(seed), Number(count));
const store = new SqliteStore(db);
const marks = [1000, 10_000, 100_000].filter((m) => m <= c.count);
if (!marks.includes(c.count)) marks.push(c.count);
const slices: { at: number; rate: number; cpuRate: number; sliceRate: number; sliceCpuRate: number }[] = [];
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
// The last 10% before each mark is its slice: the rate there shows whether fusion slows as the store grows.
const sliceStarts = new Map(marks.map((m) => [Math.floor(m * 0.9), m]));
let slice: { from: number; t: number; cpu: NodeJS.CpuUsage; gen: number } | null = null;
// Making each article's full text is the bench's work, not ingest's: its time is measured and taken off
// both the wall and the CPU time (it runs on this one thread, so the two are alike).
let genMs = 0;
async function* items(): AsyncGenerator<Item> {
  let i = 0;
  const it = c.articles();
  for (;;) {
    const g = performance.now();
    const next = it.next();
    genMs += performance.now() - g;
    if (next.done) return;
    if (sliceStarts.has(i)) slice = { from: i, t: performance.now(), cpu: process.cpuUsage(), gen: genMs };
    yield { ok: true, origin: next.value.id, input: next.value, bytesDone: 0 };
    i++;
  }
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let next = 0;
const summary = await ingest(store, items(), {
  extract: oracleExtract(c.corpus),
  batchSize: 100,
  onProgress: (s) => {
    const done = s.new + s.duplicate + s.failed;
    while (next < marks.length && done >= marks[next]) {
      const now = performance.now();
      const sl = slice as { from: number; t: number; cpu: NodeJS.CpuUsage; gen: number } | null;
      const n = sl ? done - sl.from : done;
      const sliceGen = sl ? genMs - sl.gen : 0;
      slices.push({
        at: marks[next], rate: (done * 1000) / (now - t0 - genMs), cpuRate: (done * 1000) / (cpuMs(process.cpuUsage(cpu0)) - genMs),
        sliceRate: sl ? (n * 1000) / (now - sl.t - sliceGen) : NaN, sliceCpuRate: sl ? (n * 1000) / (cpuMs(process.cpuUsage(sl.cpu)) - sliceGen) : NaN,
      });
      next++;
    }
  },
});
const stats = await store.stats();
await store.close();
console.log(JSON.stringify({ generateSeconds: genMs / 1000, articles: summary.new, failed: summary.failed, duplicate: summary.duplicate, incidents: stats.incidents, truth: c.corpus.incidents.length, slices, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
