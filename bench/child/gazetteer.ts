// The gazetteer's own figures, for the gazetteer bench section: build it into a scratch file, or load
// a built file and read a few names. Prints one JSON line.
//   node --import tsx bench/child/gazetteer.ts build OUT
//   node --import tsx bench/child/gazetteer.ts load FILE
import { statSync } from 'node:fs';
import { buildGazetteer } from '../../src/gazetteer/build.js';
import { loadGazetteer } from '../../src/gazetteer/index.js';

const [mode, path] = process.argv.slice(2);
if (mode === 'build') {
  const t0 = performance.now();
  const r = buildGazetteer(path);
  console.log(JSON.stringify({ ...r, buildMs: performance.now() - t0 }));
} else if (mode === 'load') {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const g = loadGazetteer(path);
  const loadMs = performance.now() - t0;
  // A first look-up of a name and its readings: what the reader does first.
  const t1 = performance.now();
  for (const p of g.lookup('damascus')) g.entry(p.entry);
  const firstLookupMs = performance.now() - t1;
  let areas = 0;
  for (let i = 0; i < g.size; i++) if (g.featureOf(i) === 'ADM1' || g.featureOf(i) === 'ADM2') areas++;
  console.log(JSON.stringify({ loadMs, firstLookupMs, rssMb: (process.memoryUsage().rss - rss0) / 2 ** 20, bytes: statSync(path).size, entries: g.size, keys: g.keyCount, areas }));
} else {
  throw new Error('usage: gazetteer.ts build OUT | load FILE');
}
