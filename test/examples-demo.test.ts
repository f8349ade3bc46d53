// The bundled demo (examples/demo/) is exactly what the seeded generator writes (test/corpus/write-examples.ts):
// every file and manifest line reproducible, none edited by hand or left over, and every article with its
// outlet, title and date. Rewrite it with `node --import tsx test/corpus/write-examples.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR, demoFiles, manifestText } from './corpus/write-examples.js';

test('examples/demo holds the generator\'s articles and manifest, nothing else', () => {
  const files = demoFiles();
  assert.equal(readFileSync(join(DEMO_DIR, 'index.json'), 'utf8'), manifestText(files), 'index.json differs: rewrite the demo');
  assert.deepEqual(readdirSync(DEMO_DIR).filter((f) => f !== 'index.json').sort(), files.map((f) => f.file));
  for (const f of files) assert.equal(readFileSync(join(DEMO_DIR, f.file), 'utf8'), f.text, f.file);
});

test('the demo spans months, countries, kinds and outlets enough to judge the charts', () => {
  const files = demoFiles();
  const months = new Set(files.map((f) => f.published.slice(0, 7)));
  assert.ok(months.size >= 6, `${months.size} months`);
  assert.ok(new Set(files.map((f) => f.outlet)).size >= 8);
  assert.ok(files.every((f) => f.title && f.outlet && /^\d{4}-\d{2}-\d{2}$/.test(f.published)));
  const text = files.map((f) => f.text).join('\n');
  for (const town of ['Kharkiv', 'Aleppo', 'El Fasher', 'Taiz', 'Baidoa', 'Gao']) assert.ok(text.includes(town), town);
});
