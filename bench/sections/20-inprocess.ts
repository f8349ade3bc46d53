// 2-3. In one process over the same corpus: the reader's per-article latency (p50/p95/p99) and rate,
// and its floor, wink-nlp's readDoc with the same model and no pipe of ours (tokenisation alone; and
// with the sentence and part-of-speech pipes the reader asks wink-nlp for). The ratio reader / floor
// compares CPU time, so neighbours on a shared machine weigh on both alike; it is given for the first pass
// (JIT warm-up included) and for a second pass over the same articles (steady state), reader and floor alike.
import { runChild, type Row, type Section } from '../section.js';

interface InProc { articles: number; bytes: number; wallMs: number; cpuMs: number; steadyCpuMs: number; p50: number; p95: number; p99: number; maxRssMb: number }

const section: Section = {
  name: 'in-process',
  async run(ctx) {
    const corpus = await ctx.corpusFile(ctx.quick ? 500 : 2000);
    const pipeline = await runChild<InProc>('inproc.ts', ['pipeline', corpus.path]);
    const tokens = await runChild<InProc>('inproc.ts', ['tokens', corpus.path]);
    const pos = await runChild<InProc>('inproc.ts', ['tokens-pos', corpus.path]);
    const rate = (r: InProc): number => (r.articles * 1000) / r.cpuMs;
    const steady = (r: InProc): number => (r.articles * 1000) / r.steadyCpuMs;
    return [
      { key: 'inproc.p50', label: `reader latency per article p50 (in process, ${pipeline.articles} articles)`, value: pipeline.p50, unit: 'ms', better: 'lower' },
      { key: 'inproc.p95', label: 'reader latency per article p95', value: pipeline.p95, unit: 'ms', better: 'lower' },
      { key: 'inproc.p99', label: 'reader latency per article p99', value: pipeline.p99, unit: 'ms', better: 'lower' },
      { key: 'inproc.rate', label: 'reader, one thread, per CPU-second', value: rate(pipeline), unit: 'articles/s', better: 'higher' },
      { key: 'inproc.rss', label: '  peak RSS', value: pipeline.maxRssMb, unit: 'MB', better: 'lower', must: 600 },
      { key: 'floor.tokens', label: 'floor: wink-nlp readDoc, tokenisation alone, per CPU-second', value: rate(tokens), unit: 'articles/s', better: 'higher' },
      { key: 'floor.pos', label: 'floor with the sentence + POS pipes the reader uses', value: rate(pos), unit: 'articles/s', better: 'higher' },
      { key: 'floor.ratio', label: 'ratio reader / floor (tokenisation alone), first pass (30 articles of warm-up)', value: rate(pipeline) / rate(tokens), unit: '', better: 'higher', must: 0.25 },
      { key: 'inproc.steady', label: 'reader, one thread, per CPU-second, steady state (second pass)', value: steady(pipeline), unit: 'articles/s', better: 'higher' },
      { key: 'floor.steady', label: 'floor: tokenisation alone, steady state (second pass)', value: steady(tokens), unit: 'articles/s', better: 'higher' },
      { key: 'floor.ratio-steady', label: 'ratio reader / floor (tokenisation alone), steady state', value: steady(pipeline) / steady(tokens), unit: '', better: 'higher', must: 0.25 },
      { key: 'floor.ratio-pos', label: 'ratio reader / floor with sentence + POS pipes', value: rate(pipeline) / rate(pos), unit: '', better: 'higher' },
      { key: 'floor.rss', label: '  floor peak RSS (tokenisation alone)', value: tokens.maxRssMb, unit: 'MB', better: 'lower' },
    ] satisfies Row[];
  },
};
export default section;
