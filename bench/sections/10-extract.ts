// 1. Extraction throughput of `sitrep extract --jsonl` over the bench corpus, process start to exit:
// one thread, then worker threads over all cores (--workers). Articles/s and MB/s by wall time, and
// per CPU-second (the fairer figure on a shared machine); peak RSS of each run. The full run reads 2,000
// articles and then 10,000: every process (and every worker thread) first spends a few CPU-seconds
// compiling the reader's hot code (V8's optimising compiler, ~2-3 s over the first few hundred articles),
// which weighs on a short run and far less on a day's news; the two sizes show both.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { SITREP, timed, type Row, type Section } from '../section.js';

const section: Section = {
  name: 'extract',
  async run(ctx) {
    const rows: Row[] = [];
    for (const n of ctx.quick ? [500] : [2000, 10_000]) rows.push(...(await extractRows(ctx, n, n === 2000 || ctx.quick)));
    return rows;
  },
};
export default section;

/** One thread, then worker threads over all cores, on a corpus of n articles; `base`: the rows keyed
 * as before the 10k run was added (the baseline compares them), else keyed by size. */
async function extractRows(ctx: Parameters<Section['run']>[0], n: number, base: boolean): Promise<Row[]> {
  const corpus = await ctx.corpusFile(n);
  const words = [...corpus.words].sort((a, b) => a - b);
  ctx.log(`extract: ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB, median ${words[words.length >> 1]} words`);
  const rows: Row[] = [];
  const cores = availableParallelism();
  for (const workers of [0, cores]) {
    const t = await timed(process.execPath, [SITREP, 'extract', '--jsonl', ...(workers ? ['--workers', String(workers)] : [])], {
      stdinFile: corpus.path, stdoutFile: join(ctx.tmp, `extract-${n}-${workers}.jsonl`),
    });
    if (t.code !== 0) throw new Error(`sitrep extract --jsonl exited with ${t.code}: ${t.stderr.slice(-500)}`);
    const how = workers ? `${workers} worker threads` : 'one thread';
    const key = (workers ? 'extract.workers' : 'extract.one') + (base ? '' : `.${n / 1000}k`);
    rows.push(
      { key: `${key}.rate`, label: `sitrep extract --jsonl, ${how}: ${corpus.articles} articles of median ${words[words.length >> 1]} words`, value: (corpus.articles * 1000) / t.wallMs, unit: 'articles/s', better: 'higher', must: workers ? 500 : undefined },
      { key: `${key}.mbs`, label: `  the same in MB/s`, value: corpus.bytes / 1e6 / (t.wallMs / 1000), unit: 'MB/s', better: 'higher' },
    );
    if (t.cpuMs != null) rows.push({ key: `${key}.cpu`, label: `  the same per CPU-second (all threads)`, value: (corpus.articles * 1000) / t.cpuMs, unit: 'articles/s', better: 'higher' });
    if (t.maxRssMb != null) rows.push({ key: `${key}.rss`, label: `  peak RSS`, value: t.maxRssMb, unit: 'MB', better: 'lower', must: 600 });
  }
  return rows;
}
