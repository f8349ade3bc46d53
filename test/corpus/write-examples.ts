// The bundled demo (examples/demo/): the seeded corpus generator's articles written out as files, with a
// manifest (index.json) giving each its outlet, title and publication date, so that `sitrep ingest
// examples/` fills the web app's charts with months of incidents in six countries. Every text is the
// generator's own (test/corpus/templates.ts: written for the project; the towns are real, the events
// invented). examples-demo.test.ts checks the files are exactly what this writes.
//   node --import tsx test/corpus/write-examples.ts        (rewrites examples/demo/)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate.js';

export const DEMO_DIR = 'examples/demo';
/** The demo's corpus: fixed seed, six months from February 2026 (around the hand-written examples' dates). */
export const DEMO = { seed: 2026, incidents: 90, days: 181, start: '2026-02-01' } as const;

export interface DemoFile { file: string; published: string; outlet: string; title: string; text: string }

export function demoFiles(): DemoFile[] {
  const { articles } = generateCorpus(DEMO);
  return articles.map((a) => ({ file: `${a.id}.txt`, published: a.published, outlet: a.outlet, title: a.title, text: `${a.text}\n` }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The manifest's text: one line per file, as examples/index.json is written. */
export const manifestText = (files: DemoFile[]): string =>
  `[\n${files.map(({ text: _t, ...m }) => `  ${JSON.stringify({ file: m.file, published: m.published, outlet: m.outlet, title: m.title })}`).join(',\n')}\n]\n`;

if (process.argv[1]?.endsWith('write-examples.ts')) {
  const files = demoFiles();
  mkdirSync(DEMO_DIR, { recursive: true });
  for (const f of readdirSync(DEMO_DIR)) if (f.endsWith('.txt')) rmSync(join(DEMO_DIR, f));
  for (const f of files) writeFileSync(join(DEMO_DIR, f.file), f.text);
  writeFileSync(join(DEMO_DIR, 'index.json'), manifestText(files));
  console.log(`${files.length} articles → ${DEMO_DIR}`);
}
