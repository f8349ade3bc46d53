// The bench corpus: the test generator's incidents (several outlets per incident, wire stories and their
// reprints, nearby towns hit the same night, unrelated news) set in dozens of countries, each article
// lengthened with background paragraphs and quotes to a news-like length: 150-2,000 words, median ~800.
// Deterministic for a seed; never downloaded. The generator's own record of each article (the oracle)
// still holds, since background adds no incident.
//   node --import tsx bench/corpus.ts [--seed N] [--articles N] [--out FILE.jsonl]
import { createWriteStream } from 'node:fs';
import { generateCorpus, mulberry32, type Corpus, type CorpusArticle } from '../test/corpus/generate.js';
import type { Town } from '../test/corpus/places.js';
import { background } from './background.js';
import { BENCH_OUTLETS, BENCH_SIDES, BENCH_TOWNS } from './world.js';

export const MIN_WORDS = 150;
export const MAX_WORDS = 2000;
const MEDIAN_WORDS = 800;

export interface BenchCorpus {
  corpus: Corpus;
  /** The articles at full length, made one at a time (100k articles are ~500 MB of text). */
  articles(): Generator<CorpusArticle>;
  count: number;
}

/** About `count` articles (exactly `count` when the generator gives that many; it gives ~3.9 per incident). */
export function benchCorpus(seed: number, count: number): BenchCorpus {
  const corpus = generateCorpus({ seed, incidents: Math.ceil(count / 3.4), towns: BENCH_TOWNS, sides: BENCH_SIDES, outlets: BENCH_OUTLETS, days: Math.max(365, Math.ceil(count / 20)) });
  const chosen = corpus.articles.slice(0, count);
  return {
    corpus,
    count: chosen.length,
    *articles() {
      for (const a of chosen) yield lengthen(a, townOf(corpus, a), seed);
    },
  };
}

function townOf(corpus: Corpus, a: CorpusArticle): Town {
  const ev = corpus.oracle.get(a.id)?.[0];
  if (ev) return ev.town;
  const named = BENCH_TOWNS.find((t) => a.title.endsWith(t.name));
  return named ?? BENCH_TOWNS[a.id.length % BENCH_TOWNS.length];
}

/**
 * The article with background paragraphs after its own, before a wire trailer ("(Agency) ..."). The
 * length and wording hang on the seed and the article's opening only, so a wire story and its reprints
 * get the same background and stay copies of each other.
 */
export function lengthen(a: CorpusArticle, town: Town, seed: number): CorpusArticle {
  const paras = a.text.split('\n\n');
  const trailer = paras.findIndex((p) => p.startsWith('('));
  const body = trailer < 0 ? paras : paras.slice(0, trailer);
  const tail = trailer < 0 ? [] : paras.slice(trailer);
  const rnd = mulberry32(hash(`${seed}:${body[0]}`));
  const target = Math.round(Math.min(MAX_WORDS - 40, Math.max(MIN_WORDS, MEDIAN_WORDS * Math.exp(0.55 * gaussian(rnd)))));
  const have = countWords(body.join(' ')); // the body alone: a reprint's longer trailer must not change its background
  const extra = target > have + 10 ? background(rnd, town, target - have) : [];
  // The incident stays in the first paragraphs, as a news story's lead does; background follows.
  const text = [...body.slice(0, 2), ...extra.slice(0, 1), ...body.slice(2), ...extra.slice(1), ...tail].join('\n\n');
  return { ...a, text };
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

function gaussian(rnd: () => number): number {
  const u = Math.max(1e-9, rnd());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Writes the corpus as JSONL (the input of `sitrep extract --jsonl` and `sitrep ingest`); returns bytes and words. */
export async function writeJsonl(c: BenchCorpus, path: string): Promise<{ articles: number; bytes: number; words: number[] }> {
  const out = createWriteStream(path);
  let bytes = 0;
  const words: number[] = [];
  for (const a of c.articles()) {
    const line = JSON.stringify(a) + '\n';
    bytes += Buffer.byteLength(a.text);
    words.push(countWords(a.text));
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { articles: words.length, bytes, words };
}

if (process.argv[1]?.endsWith('corpus.ts')) {
  const arg = (name: string, def: string): string => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const c = benchCorpus(Number(arg('--seed', '42')), Number(arg('--articles', '1000')));
  const out = arg('--out', '/tmp/sitrep-bench-corpus.jsonl');
  const { articles, bytes, words } = await writeJsonl(c, out);
  words.sort((x, y) => x - y);
  const q = (p: number): number => words[Math.min(words.length - 1, Math.floor(p * words.length))];
  console.log(`${articles} articles, ${(bytes / 1e6).toFixed(1)} MB, words min ${q(0)} p10 ${q(0.1)} median ${q(0.5)} p90 ${q(0.9)} max ${words[words.length - 1]} → ${out}`);
}
