#!/usr/bin/env node
// Compares two checkouts the way `npm run bench` measures the reader: whole `sitrep extract --jsonl` processes
// (bin/sitrep.js, its child process included), start to exit, CPU time of all threads (user + system, from the
// kernel's accounting of each process tree). This VM's speed drifts by ±25% within minutes, so one run of each,
// minutes apart, cannot tell a change of 15%. Here the two builds run at the same time, as a pair, so that both
// meet the same drift; the pair is repeated, the order of starting alternated (the build started first came out
// slower by up to 15% in a pair: give an even number of pairs), and the figure given is the geometric mean of the
// pairs' ratios. Run concurrently, the two share the machine's cores: each run is slower
// than alone, so the ratio, not the rates, is the result. Timings never go in the tests.
//   node scripts/ab-processes.mjs OLD_ROOT NEW_ROOT CORPUS.jsonl [--pairs N]
// A root is a checkout with its own bin/ and a built dist/ (and the node_modules and data/ it runs with).
// Prints NEW/OLD per pair and overall (below 1: NEW takes less CPU).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const [oldRoot, newRoot, corpus] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (!oldRoot || !newRoot || !corpus) {
  console.error('usage: node scripts/ab-processes.mjs OLD_ROOT NEW_ROOT CORPUS.jsonl [--pairs N]');
  process.exit(2);
}
const pairs = Number(arg('--pairs', '6'));

/** CPU seconds (user + system) of `node ROOT/bin/sitrep.js extract --jsonl < CORPUS`, the reader's child process included:
 * bash's `time` reports what the kernel accounted to the command and the processes it waited for. */
function timed(root) {
  return new Promise((done, fail) => {
    const script = `TIMEFORMAT='%U %S'; { time node "$1/bin/sitrep.js" extract --jsonl < "$2" > /dev/null; } 2>&1`;
    const p = spawn('bash', ['-c', script, 'timed', resolve(root), resolve(corpus)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.on('error', fail);
    p.on('close', (code) => {
      const m = /([\d.]+) ([\d.]+)\s*$/.exec(out);
      if (code !== 0 || !m) return fail(new Error(`${root}: exit ${code} ${out.slice(-300)}`));
      done(Number(m[1]) + Number(m[2]));
    });
  });
}

let logSum = 0;
for (let k = 0; k < pairs; k++) {
  // Alternate which build is started first.
  let tOld, tNew;
  if (k % 2 === 0) [tOld, tNew] = await Promise.all([timed(oldRoot), timed(newRoot)]);
  else [tNew, tOld] = await Promise.all([timed(newRoot), timed(oldRoot)]);
  const r = tNew / tOld;
  logSum += Math.log(r);
  console.log(`pair ${k + 1}: old ${tOld.toFixed(2)} CPU-s, new ${tNew.toFixed(2)} CPU-s, new/old ${r.toFixed(4)}`);
}
console.log(`new/old CPU time, geometric mean of ${pairs} pairs: ${Math.exp(logSum / pairs).toFixed(4)}`);
