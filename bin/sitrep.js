#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (built by `npm install` through the `prepare` script),
// from its one-file bundle (scripts/bundle.mjs: loads in about half the time) unless tsc has compiled
// dist/ again since the bundle was made.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 compiles a regular expression to machine code on its second use. chrono-node's date patterns run
// to over a thousand characters each, and compiling them cost a cold `sitrep extract` ~150-250 ms; with
// a later tier-up only the patterns that stay hot are compiled, and the steady rate is unchanged.
setFlagsFromString('--regexp-tier-up-ticks=20');

const mtime = (rel) => { try { return statSync(new URL(rel, import.meta.url)).mtimeMs; } catch { return -1; } };
const bundled = mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
