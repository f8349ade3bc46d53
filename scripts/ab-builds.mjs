#!/usr/bin/env node
// Compares the reader's CPU time of two builds in one process, on the same articles: the VM's speed drifts by
// ±20% over minutes, so two `sitrep extract` runs minutes apart cannot show a change of a few percent. Each
// chunk of articles is read by both builds in turn (A then B, then B then A), CPU time by process.cpuUsage.
// The build loaded second came out ~3% slower with two copies of one build (2,000 bench articles), so the
// comparison runs twice, in both load orders, in two processes, and the ratio given is their geometric mean.
//   node scripts/ab-builds.mjs OLD_DIST NEW_DIST CORPUS.jsonl [--chunk 100] [--limit N]
// A dist must resolve node_modules and ../data from where it lies (e.g. a copy of main's dist/ inside a
// worktree beside symlinks to both). Prints NEW/OLD (below 1: NEW is faster). Timings never go in the tests.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// bin/sitrep.js's V8 flags, so that both builds run as the CLI runs them.
const FLAGS = ['--regexp-tier-up-ticks=20', '--interrupt-budget=540672', '--max-inlined-bytecode-size-cumulative=460'];
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const [first, second, corpus] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const chunk = Number(arg('--chunk', '100')), limit = Number(arg('--limit', '0'));

if (process.env.AB_CHILD) {
  let lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => Buffer.from(l));
  if (limit) lines = lines.slice(0, limit);
  const load = async (dist) => {
    const { answerLine } = await import(pathToFileURL(resolve(dist, 'cli/jsonl-answer.js')).href);
    const { getContext } = await import(pathToFileURL(resolve(dist, 'pipeline/context.js')).href);
    const ctx = getContext();
    return (bytes, n) => answerLine(bytes, n, ctx);
  };
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const a = await load(first), b = await load(second);
  let ta = 0, tb = 0, sink = 0;
  const run = (f, from, to) => { const t0 = cpu(); for (let i = from; i < to; i++) sink += f(lines[i], i + 1).length; return cpu() - t0; };
  for (let from = 0, k = 0; from < lines.length; from += chunk, k++) {
    const to = Math.min(lines.length, from + chunk);
    if (k % 2 === 0) { ta += run(a, from, to); tb += run(b, from, to); } else { tb += run(b, from, to); ta += run(a, from, to); }
  }
  process.stdout.write(JSON.stringify({ first: ta, second: tb, articles: lines.length, sink }));
} else {
  const child = (x, y) => new Promise((done, fail) => {
    let out = '';
    const p = spawn(process.execPath, [...FLAGS, process.argv[1], x, y, corpus, '--chunk', String(chunk), '--limit', String(limit)],
      { env: { ...process.env, AB_CHILD: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    p.stdout.on('data', (d) => { out += d; });
    p.on('close', (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`exit ${code}`))));
  });
  const [oldFirst, newFirst] = await Promise.all([child(first, second), child(second, first)]);
  const r1 = oldFirst.second / oldFirst.first, r2 = newFirst.first / newFirst.second;
  const rate = (t) => (oldFirst.articles / t).toFixed(0);
  console.log(`old loaded first: old ${rate(oldFirst.first)}/cpu-s, new ${rate(oldFirst.second)}/cpu-s, new/old ${r1.toFixed(4)}`);
  console.log(`new loaded first: old ${rate(newFirst.second)}/cpu-s, new ${rate(newFirst.first)}/cpu-s, new/old ${r2.toFixed(4)}`);
  console.log(`new/old CPU time, both orders: ${Math.sqrt(r1 * r2).toFixed(4)}`);
}
