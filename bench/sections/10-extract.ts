// 1. Extraction throughput of `sitrep extract --jsonl` over the bench corpus, process start to exit:
// one thread, then worker threads over all cores (--workers). Articles/s and MB/s by wall time, and
// per CPU-second (the fairer figure on a shared machine); peak RSS of each run.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { SITREP, timed, type Row, type Section } from '../section.js';

const section: Section = {
  name: 'extract',
  async run(ctx) {
    const n = ctx.quick ? 500 : 2000;
    const corpus = await ctx.corpusFile(n);
    const words = [...corpus.words].sort((a, b) => a - b);
    ctx.log(`extract: ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB, median ${words[words.length >> 1]} words`);
    const rows: Row[] = [];
    const cores = availableParallelism();
    for (const workers of [0, cores]) {
      const t = await timed(process.execPath, [SITREP, 'extract', '--jsonl', ...(workers ? ['--workers', String(workers)] : [])], {
        stdinFile: corpus.path, stdoutFile: join(ctx.tmp, `extract-${workers}.jsonl`),
      });
      if (t.code !== 0) throw new Error(`sitrep extract --jsonl exited with ${t.code}: ${t.stderr.slice(-500)}`);
      const how = workers ? `${workers} worker threads` : 'one thread';
      const key = workers ? 'extract.workers' : 'extract.one';
      rows.push(
        { key: `${key}.rate`, label: `sitrep extract --jsonl, ${how}: ${corpus.articles} articles of median ${words[words.length >> 1]} words`, value: (corpus.articles * 1000) / t.wallMs, unit: 'articles/s', better: 'higher', must: workers ? 500 : undefined },
        { key: `${key}.mbs`, label: `  the same in MB/s`, value: corpus.bytes / 1e6 / (t.wallMs / 1000), unit: 'MB/s', better: 'higher' },
      );
      if (t.cpuMs != null) rows.push({ key: `${key}.cpu`, label: `  the same per CPU-second (all threads)`, value: (corpus.articles * 1000) / t.cpuMs, unit: 'articles/s', better: 'higher' });
      if (t.maxRssMb != null) rows.push({ key: `${key}.rss`, label: `  peak RSS`, value: t.maxRssMb, unit: 'MB', better: 'lower', must: 600 });
    }
    return rows;
  },
};
export default section;
