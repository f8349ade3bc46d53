// 6. Ingest + fusion into SQLite over the bench corpus: 1k, 10k and 100k articles (2k in --quick),
// with the generator's record of each article as the reader (the perfect reader: store and fusion
// alone; bench/child/ingest.ts), rates at each mark and over the last 10% before it, so growth shows.
// Then the real reader end to end: `sitrep ingest` with worker threads over 1k articles (500 in --quick).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runChild, SITREP, timed, type Row, type Section } from '../section.js';

interface Ingest { generateSeconds: number; articles: number; incidents: number; slices: { at: number; rate: number; cpuRate: number; sliceRate: number; sliceCpuRate: number }[]; maxRssMb: number }

const section: Section = {
  name: 'ingest',
  async run(ctx) {
    const n = ctx.quick ? 2000 : 100_000;
    const r = await runChild<Ingest>('ingest.ts', [String(ctx.seed), String(n), join(ctx.tmp, 'ingest.db')]);
    const rows: Row[] = [];
    const k = (at: number): string => (at >= 1000 ? `${at / 1000}k` : String(at));
    for (const s of r.slices) {
      rows.push(
        { key: `ingest.${k(s.at)}.rate`, label: `ingest + fusion, perfect reader: first ${k(s.at)} articles`, value: s.rate, unit: 'articles/s', better: 'higher', must: s.at >= 100_000 ? 200 : undefined },
        { key: `ingest.${k(s.at)}.slice`, label: `  over the last 10% before ${k(s.at)} (growth: should stay flat)`, value: s.sliceRate, unit: 'articles/s', better: 'higher' },
        { key: `ingest.${k(s.at)}.cpu`, label: `  the same per CPU-second`, value: s.sliceCpuRate, unit: 'articles/s', better: 'higher' },
      );
    }
    rows.push({ key: 'ingest.incidents', label: `  incidents fused from ${r.articles} articles`, value: r.incidents, unit: '', better: 'none' });
    // This process also holds the generated corpus and its truth (~280 MB at 100k): not a figure of sitrep's.
    rows.push({ key: 'ingest.rss', label: '  peak RSS of the bench process (corpus and its truth included)', value: r.maxRssMb, unit: 'MB', better: 'lower' });
    // The real reader, end to end through the CLI.
    const corpus = await ctx.corpusFile(ctx.quick ? 500 : 1000);
    const workers = availableParallelism();
    const t = await timed(process.execPath, [SITREP, 'ingest', corpus.path, '--db', join(ctx.tmp, 'real.db'), '--workers', String(workers), '--quiet']);
    if (t.code !== 0) throw new Error(`sitrep ingest exited with ${t.code}: ${t.stderr.slice(-500)}`);
    rows.push({ key: 'ingest.real.rate', label: `sitrep ingest, real reader, ${workers} workers: ${corpus.articles} articles, start to exit`, value: (corpus.articles * 1000) / t.wallMs, unit: 'articles/s', better: 'higher' });
    if (t.maxRssMb != null) rows.push({ key: 'ingest.real.rss', label: '  peak RSS', value: t.maxRssMb, unit: 'MB', better: 'lower', must: 600 });
    return rows;
  },
};
export default section;
