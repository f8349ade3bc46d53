// Per-core speed of the reader: articles/s of extractArticle in CPU time (user + system, so other load
// on the machine does not move the figure much), against the floor of wink-nlp tokenisation alone
// (readDoc with no pipes) over the same texts, and the ratio pipeline / floor.
//   node --import tsx bench/extract-speed.ts [--seconds S] [--only pipeline|floor]
// The articles are ~800 words: each joins three or four reports (the bundled examples and the invented reports
// in bench/speed/), rotated so that every article is a different text.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle } from '../src/pipeline/index.js';
import { getContext } from '../src/pipeline/context.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const seconds = Number(arg('--seconds', '4'));
const only = arg('--only', '');

function reports(): string[] {
  const out: string[] = [];
  for (const dir of ['examples', 'bench/speed']) {
    for (const f of readdirSync(join(root, dir)).sort()) if (f.endsWith('.txt')) out.push(readFileSync(join(root, dir, f), 'utf8').trim());
  }
  return out;
}

export function speedArticles(): Array<{ id: string; text: string; published: string }> {
  const r = reports();
  const out = [];
  for (let i = 0; i < r.length; i++) {
    for (const step of [1, 2]) {
      const parts = [r[i], r[(i + step) % r.length], r[(i + 2 * step) % r.length]];
      if (parts.join(' ').split(/\s+/).length < 750) parts.push(r[(i + 3 * step) % r.length]);
      const text = parts.join('\n\n');
      out.push({ id: `a${i}-${step}`, text, published: '2024-06-03' });
    }
  }
  return out;
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Runs fn over every article, repeatedly, until `budget` CPU seconds have passed; returns articles/s. */
function rate(articles: ReturnType<typeof speedArticles>, fn: (a: ReturnType<typeof speedArticles>[number]) => unknown, budget: number): number {
  const t0 = cpu();
  let n = 0;
  while (cpu() - t0 < budget) for (const a of articles) { fn(a); n++; }
  return n / (cpu() - t0);
}

const articles = speedArticles();
const words = articles.reduce((s, a) => s + a.text.split(/\s+/).length, 0) / articles.length;
console.log(`${articles.length} articles, ${Math.round(words)} words on average`);

let pipeline = 0;
let floor = 0;
if (only !== 'floor') {
  const ctx = getContext();
  const run = (a: ReturnType<typeof speedArticles>[number]) => {
    const r = extractArticle(a, ctx);
    if (!r.ok) throw new Error(r.message);
  };
  rate(articles, run, Math.min(1, seconds / 4)); // warm-up: JIT and lazily built tables
  pipeline = rate(articles, run, seconds);
  console.log(`pipeline: ${pipeline.toFixed(1)} articles/s per core (CPU time)`);
}
if (only !== 'pipeline') {
  const nlp = winkNLP(model, []);
  const run = (a: ReturnType<typeof speedArticles>[number]) => nlp.readDoc(a.text).tokens().length();
  rate(articles, run, Math.min(1, seconds / 4));
  floor = rate(articles, run, seconds);
  console.log(`floor (wink tokenisation alone): ${floor.toFixed(1)} articles/s per core`);
}
if (pipeline && floor) console.log(`ratio pipeline/floor: ${(pipeline / floor).toFixed(3)}`);
