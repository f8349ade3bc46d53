#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (built by `npm install` through the `prepare` script),
// from its one-file bundle (scripts/bundle.mjs: loads in about half the time) unless tsc has compiled
// dist/ again since the bundle was made.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8's flags belong to the process: set here, they hold in the worker threads of `--workers N` too.

// V8 compiles a regular expression to machine code on its second use. chrono-node's date patterns run
// to over a thousand characters each, and compiling them cost a cold `sitrep extract` ~150-250 ms; with
// a later tier-up only the patterns that stay hot are compiled, and the steady rate is unchanged.
setFlagsFromString('--regexp-tier-up-ticks=20');
// V8's optimising compiler took over a quarter of the CPU time of `sitrep extract --jsonl` on 2,000 articles
// (its threads, measured from /proc), more than half of it compiling again functions whose first optimised
// code was dropped when an object of a shape not yet seen reached them: the reader has ~600 hot functions
// and objects of many shapes. With four times V8's default budget (67,584 bytecode units run before a
// function is considered for optimisation), functions are optimised later, once they have met more of the
// shapes, and compiled fewer times: about a third less compiler time on that run for a little more time in
// the baseline code (~4-6% less CPU time in all); the rate once warm is unchanged. The reader has doubled in
// size since, and eight times the default looks better on a long run: `sitrep extract --jsonl` on 10,000
// bench-corpus articles, the two budgets side by side, took 0.920, 0.934 and 1.028 of the CPU time (all
// threads) of four times it (three pairs, on a loaded VM); on 2,000, six pairs from 0.987 to 1.021 (median
// 1.006), no change. Sixteen times was worse (2,000 articles: 1.015-1.064).
setFlagsFromString('--interrupt-budget=540672');
// TurboFan inlines callees into a function it optimises until their bytecode adds up to 920 units; the
// reader's largest functions (readMentions, findActorMentions, findClaims) each took 100-150 ms to compile
// that way, and several are compiled more than once. Half that budget: less compiler time, and the rate
// once warm is no lower (bench/extract-speed.ts --only pipeline, paired runs: 71.6/69.9 → 74.2/75.6
// articles per CPU-s). Paired runs on 2,000 bench-corpus articles: CPU 0.946-0.962 of before.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
// Tried with no gain (all threads' CPU, the variants run side by side on 1,000 bench-corpus articles, twice):
// --maglev, --always-sparkplug, --min-inlining-frequency=0.5, a cumulative inlining budget of 230: each
// within ±3% with no steady sign. The compiler still takes ~14% of the CPU on 2,000 articles, a third of it
// compiling again functions dropped after a "wrong map" deopt (~40 sites, none dominant).

// V8's young generation: 16 MB semi-spaces by default. Each scavenge copies what is still alive there, and
// the reader keeps a batch of articles' readings alive at a time, so the cost is per scavenge more than per
// byte. With 32 MB semi-spaces there are 40% fewer (126 → 76 on the 2,000 bench-corpus articles, as many
// full collections), and `sitrep extract --jsonl` on those articles took 0.94-0.95 of the CPU time (three
// runs each, alternating; 64 MB: no better, and a higher peak RSS). V8 reads the size once, as the heap is
// made, so it cannot be set from here: `extract --jsonl` runs again in a child process with the flag,
// unless it is already given (on node's command line or in NODE_OPTIONS). That costs one more node start
// (~0.1 CPU-s), too much for `extract FILE`. The child shares this process's stdin, stdout and stderr,
// SIGINT, SIGTERM and SIGHUP are passed on (extract keeps their default: it stops), its exit code or
// signal is this one's, and it stops if this one is killed outright. `ingest` is not run again this way:
// its first Ctrl-C finishes the batch in flight and a second quits, and a terminal's Ctrl-C would reach
// the child twice, from the terminal and from here; and its reading, one article at a time, gained
// nothing from the larger semi-spaces (`ingest --workers 2`, 1,000 articles, the workers given them
// through resourceLimits: 1.03 and 1.00 of the CPU time).
const SEMI_SPACE = '--max-semi-space-size';
const PARENT = 'SITREP_READER_PARENT';
const args = process.argv.slice(2);
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith(SEMI_SPACE));
if (args[0] === 'extract' && args.includes('--jsonl') && !given) {
  // Imported here, not at the top: the child, which does the reading, then never loads node:child_process (~17 ms of its start).
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, `${SEMI_SPACE}=32`, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, [PARENT]: String(process.pid) },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
} else {
  const parent = Number(process.env[PARENT]);
  if (parent) setInterval(() => { if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM'); }, 500).unref();
  const mtime = (rel) => { try { return statSync(new URL(rel, import.meta.url)).mtimeMs; } catch { return -1; } };
  const bundled = mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
  const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');
  main(args).then((code) => { process.exitCode = code; });
}
