// In one process, over the articles of a JSONL file: the whole reader (`pipeline`), or the floor under
// it, wink-nlp's readDoc with the same model and nothing else (`tokens`: tokenisation alone; `tokens-pos`:
// with the sentence and part-of-speech pipes the reader asks for). Prints one JSON line: rate by wall
// and CPU time, per-article latency percentiles, peak RSS; and the CPU time of a second pass (steady state).
//   node --import tsx bench/child/inproc.ts pipeline|tokens|tokens-pos FILE.jsonl
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle } from '../../src/pipeline/index.js';
import { getContext } from '../../src/pipeline/context.js';
import type { ArticleInput } from '../../src/types.js';

const [mode, file] = process.argv.slice(2);
const articles = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ArticleInput);
let read: (a: ArticleInput) => unknown;
if (mode === 'pipeline') {
  const ctx = getContext();
  read = (a) => extractArticle(a, ctx);
} else {
  const nlp = winkNLP(model, mode === 'tokens-pos' ? ['sbd', 'pos'] : []);
  read = (a) => nlp.readDoc(a.text).tokens().length();
}
// A short warm-up so that the figures are the steady state, not the JIT's first passes.
for (const a of articles.slice(0, Math.min(30, articles.length))) read(a);
const lat: number[] = [];
let bytes = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const a of articles) {
  const s = performance.now();
  read(a);
  lat.push(performance.now() - s);
  bytes += Buffer.byteLength(a.text);
}
const wallMs = performance.now() - t0;
const c = process.cpuUsage(cpu0);
// A second pass over the same articles: the steady state, once V8 has compiled the hot code (its optimising
// compiler spends a few CPU-seconds over the first few hundred articles; a day's news is mostly after that).
const cpu1 = process.cpuUsage();
for (const a of articles) read(a);
const c1 = process.cpuUsage(cpu1);
lat.sort((x, y) => x - y);
const p = (q: number): number => lat[Math.min(lat.length - 1, Math.ceil(q * lat.length) - 1)];
console.log(JSON.stringify({
  mode, articles: articles.length, bytes, wallMs, cpuMs: (c.user + c.system) / 1000, steadyCpuMs: (c1.user + c1.system) / 1000,
  p50: p(0.5), p95: p(0.95), p99: p(0.99), maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
