#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (built by `npm install` through the `prepare` script),
// from its one-file bundle (scripts/bundle.mjs: loads in about half the time) unless tsc has compiled
// dist/ again since the bundle was made.
import { statSync } from 'node:fs';

const mtime = (rel) => { try { return statSync(new URL(rel, import.meta.url)).mtimeMs; } catch { return -1; } };
const bundled = mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
