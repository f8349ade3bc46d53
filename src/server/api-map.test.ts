// The map's routes in-process: place counts under the incident filters, town labels from the gazetteer,
// the --basemap file in byte ranges, and the web app's text assets gzipped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import type { Store } from '../store/store.js';
import type { ApiIncident, IncidentPage } from './shapes.js';
import { seedStore } from '../../test/support/api-seed.js';
import { basemapProblem } from './basemap-file.js';

let store: Store;
let app: Hono;
let withMap: Hono;
let all: ApiIncident[];
const base = mkdtempSync(join(tmpdir(), 'sitrep-map-'));
const web = join(base, 'web');
const pmtiles = join(base, 'area.pmtiles');
// A PMTiles v3 magic and version, then counting bytes: enough to test ranges (the reader's own tests read real archives).
const archive = Buffer.concat([Buffer.from('PMTiles\x03', 'latin1'), Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256))]);

before(async () => {
  store = (await seedStore()).store;
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>sitrep</title>');
  writeFileSync(join(web, 'assets', 'app-1.js'), `console.log(${JSON.stringify('x'.repeat(5000))})`);
  writeFileSync(pmtiles, archive);
  app = createApp({ backend: storeBackend(store), webRoot: web });
  withMap = createApp({ backend: storeBackend(store), webRoot: web, basemap: pmtiles });
  all = ((await (await app.request('/api/incidents?limit=500')).json()) as IncidentPage).items;
});
after(() => store.close());

async function json(res: Response | Promise<Response>, status = 200): Promise<any> {
  const r = await res;
  assert.equal(r.status, status, await r.clone().text());
  return r.json();
}

test('place counts by country add up to the incident list, under the same filters', async () => {
  const body = await json(app.request('/api/stats/places'));
  assert.equal(body.by, 'country');
  const total = body.rows.reduce((n: number, r: any) => n + r.incidents, 0);
  assert.equal(total, all.length);
  for (const row of body.rows) {
    const mine = all.filter((i) => i.country === row.country);
    assert.equal(row.incidents, mine.length, row.country);
    assert.equal(row.fatalities, mine.reduce((n, i) => n + (i.fatalities?.best ?? 0), 0), row.country);
    assert.equal('admin1' in row, false);
  }
  const type = all[0].eventType;
  const typed = await json(app.request(`/api/stats/places?type=${encodeURIComponent(type)}`));
  assert.equal(typed.rows.reduce((n: number, r: any) => n + r.incidents, 0), all.filter((i) => i.eventType === type).length);
});

test('place counts by admin1 name the area within its country', async () => {
  const body = await json(app.request('/api/stats/places?by=admin1'));
  assert.equal(body.by, 'admin1');
  for (const row of body.rows) assert.equal(row.incidents, all.filter((i) => i.country === row.country && i.admin1 === row.admin1).length, `${row.country} ${row.admin1}`);
});

test('place counts refuse what the incident list refuses, and an unknown grouping', async () => {
  assert.equal((await json(app.request('/api/stats/places?by=city'), 400)).error.code, 'E_BAD_PARAM');
  assert.equal((await json(app.request('/api/stats/places?country=Ukraine'), 400)).error.code, 'E_BAD_PARAM');
  assert.equal((await json(app.request('/api/stats/places?limit=3'), 400)).error.code, 'E_UNKNOWN_PARAM');
});

test('town labels: the gazetteer\'s places in the box, more of them closer in', async () => {
  const far = await json(app.request('/api/places?bbox=22,44,40.3,52.4&zoom=4'));
  const near = await json(app.request('/api/places?bbox=22,44,40.3,52.4&zoom=8'));
  assert.ok(far.places.length > 0 && near.places.length > far.places.length);
  for (const p of near.places) assert.ok(p.lat >= 44 && p.lat <= 52.4 && p.lon >= 22 && p.lon <= 40.3, p.name);
  assert.equal((await json(app.request('/api/places?bbox=1,2,3&zoom=4'), 400)).error.code, 'E_BAD_PARAM');
  assert.equal((await json(app.request('/api/places?bbox=22,44,40,52&zoom=99'), 400)).error.code, 'E_BAD_PARAM');
  assert.equal((await json(app.request('/api/places?bbox=22,44,40,52'), 400)).error.code, 'E_BAD_PARAM');
  assert.equal((await json(app.request('/api/places?bbox=22,44,40,52&zoom=3&x=1'), 400)).error.code, 'E_UNKNOWN_PARAM');
});

test('no basemap: the page is told so, and the file is a 404', async () => {
  assert.deepEqual(await json(app.request('/api/basemap')), { pmtiles: null });
  assert.equal((await json(app.request('/basemap.pmtiles'), 404)).error.code, 'E_NO_BASEMAP');
});

test('--basemap: the archive in byte ranges, as a PMTiles reader asks for it', async () => {
  assert.deepEqual(await json(withMap.request('/api/basemap')), { pmtiles: '/basemap.pmtiles' });
  const head = await withMap.request('/basemap.pmtiles', { headers: { Range: 'bytes=0-15' } });
  assert.equal(head.status, 206);
  assert.equal(head.headers.get('content-range'), `bytes 0-15/${archive.length}`);
  assert.equal(head.headers.get('accept-ranges'), 'bytes');
  assert.match(head.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.deepEqual(Buffer.from(await head.arrayBuffer()), archive.subarray(0, 16));
  const tail = await withMap.request('/basemap.pmtiles', { headers: { Range: 'bytes=-10' } });
  assert.deepEqual(Buffer.from(await tail.arrayBuffer()), archive.subarray(archive.length - 10));
  const open = await withMap.request('/basemap.pmtiles', { headers: { Range: 'bytes=1000-' } });
  assert.equal(open.headers.get('content-range'), `bytes 1000-${archive.length - 1}/${archive.length}`);
  const whole = await withMap.request('/basemap.pmtiles');
  assert.equal(whole.status, 200);
  assert.deepEqual(Buffer.from(await whole.arrayBuffer()), archive);
  const past = await withMap.request('/basemap.pmtiles', { headers: { Range: `bytes=${archive.length}-` } });
  assert.equal(past.status, 416);
  assert.equal(past.headers.get('content-range'), `bytes */${archive.length}`);
  assert.equal((await withMap.request('/basemap.pmtiles', { headers: { Range: 'bytes=0-1,5-6' } })).status, 416);
});

test('a --basemap that is no PMTiles v3 archive is refused before serving', async () => {
  assert.equal(await basemapProblem(pmtiles), null);
  const other = join(base, 'x.pmtiles');
  writeFileSync(other, 'not a map');
  assert.match((await basemapProblem(other)) ?? '', /not a PMTiles/);
  assert.match((await basemapProblem(join(base, 'missing.pmtiles'))) ?? '', /cannot be read/);
});

test('text assets go gzipped to a client that takes gzip, and plain to one that does not', async () => {
  const zipped = await app.request('/assets/app-1.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(zipped.headers.get('vary'), 'Accept-Encoding');
  const bytes = Buffer.from(await zipped.arrayBuffer());
  assert.ok(bytes.length < 1000, `${bytes.length} bytes`);
  assert.match(gunzipSync(bytes).toString(), /^console\.log/);
  const plain = await app.request('/assets/app-1.js');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.match(await plain.text(), /^console\.log/);
});
