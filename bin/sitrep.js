#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (built by `npm install` through the `prepare` script),
// from its one-file bundle (scripts/bundle.mjs: loads in about half the time) unless tsc has compiled
// dist/ again since the bundle was made.
import { statSync } from 'node:fs';
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

const mtime = (rel) => { try { return statSync(new URL(rel, import.meta.url)).mtimeMs; } catch { return -1; } };
const bundled = mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
