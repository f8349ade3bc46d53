#!/usr/bin/env node
// The bench's in-process rows (the reader one article at a time: first pass and steady state) for two checkouts, run
// in turn on the same corpus: the VM's speed drifts by ±20% over minutes, so the baseline's figure in bench/baseline.json,
// measured on another day, cannot say how two builds compare; runs alternated minute by minute can. Each run is
// bench/child/inproc.ts in its own checkout (its own src/, under tsx, as `npm run bench` runs it), in a fresh process;
// the order alternates (A B, B A, ...). Prints each pair and the median of the ratios A's rate / B's rate (above 1: B is
// dearer). Timings never go in the tests.
//   node scripts/ab-inproc.mjs A_CHECKOUT B_CHECKOUT CORPUS.jsonl [--pairs 4]
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--pairs');
const pairs = at >= 0 ? Number(args[at + 1]) : 4;
const [a, b, corpus] = args.filter((x, i) => !x.startsWith('--') && args[i - 1] !== '--pairs');
if (!a || !b || !corpus || !(pairs > 0)) {
  console.error('usage: node scripts/ab-inproc.mjs A_CHECKOUT B_CHECKOUT CORPUS.jsonl [--pairs N]');
  process.exit(2);
}

/** First-pass and steady-state articles per CPU-second of one run in `dir`. */
function run(dir) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/child/inproc.ts', 'pipeline', resolve(corpus)], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${dir}: exit ${r.status}: ${r.stderr.slice(-500)}`);
  const o = JSON.parse(r.stdout.trim().split('\n').pop());
  return { first: (o.articles * 1000) / o.cpuMs, steady: (o.articles * 1000) / o.steadyCpuMs };
}

const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const first = [], steady = [];
for (let p = 0; p < pairs; p++) {
  const [ra, rb] = p % 2 === 0 ? [run(a), run(b)] : (([y, x]) => [x, y])([run(b), run(a)]);
  first.push(ra.first / rb.first);
  steady.push(ra.steady / rb.steady);
  console.log(`pair ${p + 1}: A ${ra.first.toFixed(0)}/${ra.steady.toFixed(0)}, B ${rb.first.toFixed(0)}/${rb.steady.toFixed(0)} per CPU-s (first pass/steady); A/B ${first[p].toFixed(3)} ${steady[p].toFixed(3)}`);
}
console.log(`median A/B: first pass ${median(first).toFixed(3)}, steady state ${median(steady).toFixed(3)} (${pairs} pairs)`);
