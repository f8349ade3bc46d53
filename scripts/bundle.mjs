#!/usr/bin/env node
// Bundles the compiled CLI (dist/, tsc's output) into dist/bundle/: the command line and its worker
// threads as a few chunks (each command still loads only what it needs), with chrono-node's ~100 ES
// modules and wink-nlp's ~40 CommonJS files inside. Loading ~170 ES modules one by one was a large part
// of a cold `sitrep extract`; each CommonJS file imported from ESM also costs a lexer pass for its exports.
// The other packages stay external (loaded from node_modules as before: native code, JSON data, and
// those the extract command never loads). bin/sitrep.js runs the bundle when it is at least as new as
// dist/cli/main.js, else dist/ itself (so a bare `tsc` after an edit is never shadowed by a stale
// bundle). A new worker-thread file must be added to ENTRIES here.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = ['cli/main.js', 'ingest/extract-worker.js'];
const INLINED = new Set(['chrono-node', 'wink-nlp']);

const deps = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies);
const external = deps.filter((d) => !INLINED.has(d)).flatMap((d) => [d, `${d}/*`]);
// Chunk names are content hashes: without this, every rebuild would leave the old chunks beside the new.
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(ENTRIES.map((e) => [e.split('/').pop().replace(/\.js$/, ''), join(root, 'dist', e)])),
  outdir: join(root, 'dist/bundle'),
  bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', external,
  logLevel: 'warning', legalComments: 'none',
});
