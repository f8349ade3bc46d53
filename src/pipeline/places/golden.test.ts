// Golden test: the places of each fixtures/in/*.txt article (our own invented text) against
// fixtures/out/*.json. UPDATE_GOLDEN=1 npm test rewrites the expected files; review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../segment/index.js';
import { getContext } from '../context.js';
import { findPlaces } from './index.js';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));

for (const file of readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.txt'))) {
  test(`golden places: ${file}`, () => {
    const text = readFileSync(join(dir, 'in', file), 'utf8');
    const places = findPlaces(segment({ id: file, text, fromHtml: false }), getContext()).map((p) => ({
      text: p.text, start: p.start, end: p.end, name: p.name, country: p.country, featureCode: p.featureCode,
      lat: p.lat === null ? null : Math.round(p.lat * 100) / 100, lon: p.lon === null ? null : Math.round(p.lon * 100) / 100,
    }));
    const out = join(dir, 'out', file.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE_GOLDEN) writeFileSync(out, JSON.stringify(places, null, 1) + '\n');
    assert.deepEqual(places, JSON.parse(readFileSync(out, 'utf8')));
  });
}
