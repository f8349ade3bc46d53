// The HTTP API in-process (app.request, no port) over a temporary SQLite store seeded with
// hand-built extraction results (test/support/api-seed.ts): every route, filter and error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp, ROUTES } from './app.js';
import { storeBackend } from './store-backend.js';
import { openapi } from './openapi.js';
import type { Store } from '../store/store.js';
import type { ApiIncident, IncidentDetail, IncidentPage } from './shapes.js';
import { seedStore, SEED_TEXTS } from '../../test/support/api-seed.js';

let store: Store;
let app: Hono;
const base = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
const web = join(base, 'web');

before(async () => {
  store = (await seedStore()).store;
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(base, 'secret.txt'), 'outside the web root');
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>sitrep</title>');
  writeFileSync(join(web, 'assets', 'app-1.js'), 'console.log(1)');
  app = createApp({ backend: storeBackend(store), webRoot: web });
});
after(() => store.close());

const get = (path: string) => app.request(path);
const post = (path: string, body: string, type = 'application/json', headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, headers: { 'Content-Type': type, ...headers } });
async function page(query: string): Promise<IncidentPage> {
  const res = await get(`/api/incidents${query}`);
  assert.equal(res.status, 200, await res.clone().text());
  return res.json();
}
const locations = (p: IncidentPage) => p.items.map((i) => i.location);
async function expectError(res: Response, status: number, code: string): Promise<void> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /json/);
  const body = await res.json();
  assert.equal(body.error.code, code, JSON.stringify(body));
  assert.equal(typeof body.error.message, 'string');
}

test('healthz answers with the store counts', async () => {
  const res = await get('/healthz');
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.ok, true);
  assert.equal(body.store.articles, 5);
  assert.equal(body.store.incidents, 3);
});

test('every response carries a CSP that forbids inline script', async () => {
  for (const path of ['/healthz', '/api/incidents', '/api/incidents/999', '/', '/nothing.js']) {
    const csp = (await get(path)).headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.doesNotMatch(csp, /unsafe-inline/, path);
  }
});

test('the OpenAPI document describes every route the app answers', async () => {
  const res = await get('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = await res.json();
  assert.equal(doc.openapi, '3.1.0');
  const described = Object.keys(doc.paths).map((p) => p.replace(/\{[^}]+\}/g, 'X'));
  for (const [re, methods] of ROUTES) {
    const path = described.find((p) => re.test(p));
    assert.ok(path, `no OpenAPI path for ${re}`);
    const key = Object.keys(openapi.paths).find((p) => p.replace(/\{[^}]+\}/g, 'X') === path)!;
    for (const m of methods) assert.ok((openapi.paths as any)[key][m.toLowerCase()], `${m} ${key} undescribed`);
  }
  const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
  for (const r of refs) assert.ok(doc.components.schemas[r.slice(22, -1)], `dangling ${r}`);
});

test('incidents: all of them, newest first by default, with the list fields', async () => {
  const p = await page('');
  assert.deepEqual(locations(p), ['Lyon', 'Misrata', 'Kharkiv']);
  assert.equal(p.next, null);
  const kharkiv = p.items[2] as ApiIncident;
  assert.deepEqual(kharkiv.fatalities, { low: 4, best: 5, high: 8 });
  assert.equal(kharkiv.sources, 3);
  assert.equal(kharkiv.country, 'UA');
  assert.ok(kharkiv.contradictions >= 1);
});

test('incidents: sort orders', async () => {
  assert.deepEqual(locations(await page('?sort=date')), ['Kharkiv', 'Misrata', 'Lyon']);
  assert.deepEqual(locations(await page('?sort=-fatalities')), ['Kharkiv', 'Misrata', 'Lyon']);
  assert.deepEqual(locations(await page('?sort=fatalities')), ['Lyon', 'Misrata', 'Kharkiv']);
  assert.equal((await page('?sort=-sources')).items[0].location, 'Kharkiv');
});

test('incidents: pages of at most limit, with the next offset', async () => {
  const first = await page('?limit=2');
  assert.deepEqual(locations(first), ['Lyon', 'Misrata']);
  assert.equal(first.next, 2);
  const second = await page(`?limit=2&offset=${first.next}`);
  assert.deepEqual(locations(second), ['Kharkiv']);
  assert.equal(second.next, null);
});

test('incidents: in every order, pages of one laid end to end are the whole list, each incident once', async () => {
  for (const sort of ['date', '-date', 'fatalities', '-fatalities', 'sources', '-sources']) {
    const whole = (await page(`?sort=${sort}`)).items.map((i) => i.id);
    const paged: number[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const p = await page(`?sort=${sort}&limit=1&offset=${offset}`);
      paged.push(...p.items.map((i) => i.id));
      offset = p.next;
    }
    assert.deepEqual(paged, whole, sort);
    assert.equal(new Set(paged).size, whole.length);
  }
});

const FILTERS: [string, string[]][] = [
  ['type=Battles', ['Misrata']],
  ['type=protests', ['Lyon']],
  ['sub-type=Armed%20clash', ['Misrata']],
  ['country=ua', ['Kharkiv']],
  ['actor=brigade', ['Misrata']],
  ['source=Eastern%20Wire', ['Kharkiv']],
  ['source=organisers', ['Lyon']],
  ['near=50.0,36.2,30', ['Kharkiv']],
  ['near=50.0,30.5,30', []],
  ['bbox=-10,35,20,50', ['Lyon']],
  ['text=pension', ['Lyon']],
  ['text=rubble', ['Kharkiv']],
  ['min-sources=2', ['Kharkiv']],
  ['status=alleged', ['Lyon', 'Misrata', 'Kharkiv']],
  ['status=denied', []],
  ['since=2024-05-01', ['Lyon', 'Misrata']],
  ['until=2024-05-02', ['Misrata', 'Kharkiv']],
  ['since=2024-05-01&until=2024-05-31&country=LY', ['Misrata']],
];
for (const [query, expected] of FILTERS) {
  test(`incidents filter ${query}`, async () => {
    const p = await page(`?${query}`);
    assert.deepEqual(locations(p), expected);
  });
}

const BAD_PARAMS: [string, string][] = [
  ['colour=red', 'E_UNKNOWN_PARAM'],
  ['since=2024-02-30', 'E_BAD_PARAM'],
  ['until=yesterday', 'E_BAD_PARAM'],
  ['since=2024-05-01&until=2024-04-01', 'E_BAD_PARAM'],
  ['country=Ukraine', 'E_BAD_PARAM'],
  ['type=Skirmish', 'E_BAD_PARAM'],
  ['near=50,36', 'E_BAD_PARAM'],
  ['near=95,36,10', 'E_BAD_PARAM'],
  ['near=50,36,-1', 'E_BAD_PARAM'],
  ['bbox=1,2,3', 'E_BAD_PARAM'],
  ['bbox=10,50,0,40', 'E_BAD_PARAM'],
  ['min-sources=0', 'E_BAD_PARAM'],
  ['min-sources=two', 'E_BAD_PARAM'],
  ['status=rumoured', 'E_BAD_PARAM'],
  ['sort=size', 'E_BAD_PARAM'],
  ['limit=0', 'E_BAD_PARAM'],
  ['limit=501', 'E_BAD_PARAM'],
  ['offset=-1', 'E_BAD_PARAM'],
  ['offset=10001', 'E_BAD_PARAM'],
  ['actor=', 'E_BAD_PARAM'],
  [`text=${'x'.repeat(201)}`, 'E_BAD_PARAM'],
];
for (const [query, code] of BAD_PARAMS) {
  test(`incidents refuses ${query.slice(0, 40)}`, async () => expectError(await get(`/api/incidents?${query}`), 400, code));
}

test('incident dossier: claims with stance, figures with their claims, sources with evidence, contradictions, history', async () => {
  const id = (await page('?country=UA')).items[0].id;
  const res = await get(`/api/incidents/${id}`);
  assert.equal(res.status, 200);
  const d: IncidentDetail = await res.json();
  assert.equal(d.incident.id, id);
  assert.equal(d.claims.length, 4);
  const denial = d.claims.find((c) => c.stance === 'denies')!;
  assert.equal(denial.source.name, 'Russian Defence Ministry');
  assert.equal(denial.source.kind, 'military');
  assert.equal(denial.outlet, 'Eastern Wire');
  assert.equal(denial.quote, SEED_TEXTS.second.slice(0, 10));
  assert.equal(typeof denial.hedged, 'boolean');
  assert.deepEqual(d.fatalities.range, { low: 4, best: 5, high: 8 });
  assert.equal(d.fatalities.basis!.low.source, 'regional governor');
  assert.equal(d.fatalities.basis!.high.source, 'monitoring group');
  // the injured, fused by the same rule: of two sources the more conservative best, the range spanning both
  assert.deepEqual(d.injuries.range, { low: 9, best: 9, high: 15 });
  assert.deepEqual([d.injuries.basis!.low.source, d.injuries.basis!.high.source], ['regional governor', 'monitoring group']);
  assert.deepEqual(d.incident.injuries, { low: 9, best: 9, high: 15 });
  assert.deepEqual(d.sources.map((s) => s.outlet).sort(), ['Eastern Wire', 'Kyiv Courier', 'Monitor Weekly']);
  assert.ok(d.sources.every((s) => s.evidence.length === 1 && s.evidence[0].text.length > 0));
  const stance = d.contradictions.find((c) => c.kind === 'stance')!;
  assert.equal(stance.disputes.source, 'Russian Defence Ministry');
  assert.equal(stance.disputes.outlet, 'Eastern Wire');
  assert.deepEqual(d.history.map((h) => h.action), ['create', 'join', 'join']);
});

test('incident: 404 for an unknown id, 400 for a malformed one', async () => {
  await expectError(await get('/api/incidents/9999'), 404, 'E_NOT_FOUND');
  for (const bad of ['abc', '0', '-1', '1.5', '1e3']) await expectError(await get(`/api/incidents/${bad}`), 400, 'E_BAD_PARAM');
});

test('article: the stored text with span lists; 404 and 400 as for incidents', async () => {
  const res = await get('/api/articles/5');
  assert.equal(res.status, 200);
  const a = await res.json();
  assert.equal(a.text, SEED_TEXTS.protest);
  assert.equal(a.outlet, 'Rhone Daily');
  for (const key of ['places', 'events', 'claims']) assert.ok(Array.isArray(a[key]), key);
  for (const p of a.places) assert.equal(a.text.slice(p.start, p.end), p.text);
  // The seeded reading: one protest event, fused into the Lyon incident, and the organisers' claim.
  const lyon = (await page('?country=FR')).items[0];
  assert.deepEqual(a.events.map((e: any) => [e.subEventType, e.incidentId]), [['Peaceful protest', lyon.id]]);
  assert.deepEqual(a.claims.map((c: any) => [c.source.name, c.stance]), [['organisers', 'asserts']]);
  await expectError(await get('/api/articles/77'), 404, 'E_NOT_FOUND');
  await expectError(await get('/api/articles/x'), 400, 'E_BAD_PARAM');
});

test('extract: JSON or plain text in, the reading and its text out, nothing stored', async () => {
  const text = 'Shelling struck the outskirts of Kharkiv on Tuesday, the mayor said.';
  const before = (await (await get('/healthz')).json()).store.articles;
  for (const res of [await post('/api/extract', JSON.stringify({ id: 'mine', text })), await post('/api/extract?published=2024-04-02', text, 'text/plain')]) {
    assert.equal(res.status, 200);
    const r = await res.json();
    assert.equal(r.text, text);
    for (const key of ['places', 'events', 'claims']) assert.ok(Array.isArray(r[key]), key);
  }
  const html = '<html><head><title>T</title></head><body><article><p>Clashes broke out in the capital on Monday, witnesses said.</p></article></body></html>';
  const r = await (await post('/api/extract', html, 'text/html')).json();
  assert.doesNotMatch(r.text, /<p>/);
  assert.equal((await (await get('/healthz')).json()).store.articles, before);
});

test('extract: bad bodies are 4xx with codes', async () => {
  await expectError(await post('/api/extract', '{"text": '), 400, 'E_BAD_JSON');
  await expectError(await post('/api/extract', JSON.stringify({ title: 'no text' })), 422, 'E_NO_TEXT');
  await expectError(await post('/api/extract', JSON.stringify({ text: '   ' })), 422, 'E_EMPTY');
  await expectError(await post('/api/extract', JSON.stringify({ text: 'x', published: 'soon' })), 422, 'E_BAD_DATE');
  await expectError(await post('/api/extract', JSON.stringify([1, 2])), 422, 'E_BAD_ARTICLE');
  await expectError(await post('/api/extract', 'a,b', 'text/csv'), 415, 'E_MEDIA_TYPE');
  await expectError(await app.request('/api/extract'), 405, 'E_METHOD');
});

test('oversize bodies are refused with 413', async () => {
  const small = createApp({ backend: storeBackend(store), maxArticleBytes: 1000, maxBatchBytes: 2000, webRoot: web });
  const big = JSON.stringify({ text: 'word '.repeat(400) });
  const res = await small.request('/api/extract', { method: 'POST', body: big, headers: { 'Content-Type': 'application/json' } });
  await expectError(res, 413, 'E_TOO_LARGE');
  const batch = JSON.stringify([{ text: 'word '.repeat(300) }, { text: 'word '.repeat(300) }]);
  await expectError(await small.request('/api/articles', { method: 'POST', body: batch, headers: { 'Content-Type': 'application/json' } }), 413, 'E_TOO_LARGE');
});

test('ingest: a new article is stored (201), the same again is a duplicate (200)', async () => {
  const text = 'Gunmen attacked a checkpoint near a northern town on Friday, killing two guards, police said.';
  const first = await post('/api/articles', JSON.stringify({ text, outlet: 'Test Gazette', published: '2024-07-05' }));
  assert.equal(first.status, 201);
  const r1 = await first.json();
  assert.equal(r1.new, 1);
  assert.equal(r1.items[0].status, 'new');
  const id = r1.items[0].articleId;
  assert.equal((await (await get(`/api/articles/${id}`)).json()).outlet, 'Test Gazette');
  const again = await post('/api/articles', JSON.stringify({ text }));
  assert.equal(again.status, 200);
  const r2 = await again.json();
  assert.deepEqual([r2.new, r2.duplicate, r2.items[0].articleId], [0, 1, id]);
});

test('ingest: a batch reports each item in order; bad items do not stop it', async () => {
  const res = await post('/api/articles', JSON.stringify({ articles: [{ text: 'A car bomb exploded at a market, officials said, on a busy afternoon.' }, { title: 'no text' }, { text: '' }, { text: 'x', published: 'later' }] }));
  assert.equal(res.status, 201);
  const r = await res.json();
  assert.deepEqual(r.items.map((i: any) => [i.index, i.status, i.error?.code ?? null]), [[0, 'new', null], [1, 'failed', 'E_NO_TEXT'], [2, 'failed', 'E_EMPTY'], [3, 'failed', 'E_BAD_DATE']]);
  assert.deepEqual([r.read, r.new, r.failed], [4, 1, 3]);
});

test('ingest: empty, too many, and non-article bodies are refused', async () => {
  await expectError(await post('/api/articles', '[]'), 400, 'E_EMPTY');
  await expectError(await post('/api/articles', '42'), 400, 'E_BAD_ARTICLE');
  await expectError(await post('/api/articles', JSON.stringify(Array.from({ length: 501 }, () => ({ text: 'x' })))), 413, 'E_TOO_MANY');
  await expectError(await get('/api/articles'), 405, 'E_METHOD');
});

test('a server with a token needs it on POST, not on GET', async () => {
  const locked = createApp({ backend: storeBackend(store), token: 'correct-horse-battery', webRoot: web });
  const body = JSON.stringify({ text: 'Protesters gathered outside parliament.' });
  const send = (auth?: string) => locked.request('/api/extract', { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) } });
  await expectError(await send(), 401, 'E_NO_TOKEN');
  await expectError(await send('Bearer wrong-token'), 403, 'E_BAD_TOKEN');
  await expectError(await send('Basic abc'), 401, 'E_NO_TOKEN');
  assert.equal((await send('Bearer correct-horse-battery')).status, 200);
  await expectError(await locked.request('/api/articles', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } }), 401, 'E_NO_TOKEN');
  assert.equal((await locked.request('/api/incidents')).status, 200);
});

test('export: ACLED and UCDP CSV, GeoJSON and JSONL, filtered', async () => {
  // Earlier tests may have stored articles; the export must hold exactly what the list holds.
  const all = (await page('?limit=500')).items;
  const acled = await get('/api/export?format=acled');
  assert.equal(acled.status, 200);
  assert.match(acled.headers.get('content-type')!, /text\/csv/);
  assert.match(acled.headers.get('content-disposition')!, /attachment/);
  const rows = (await acled.text()).trim().split('\r\n');
  assert.match(rows[0], /^event_id_cnty,event_date,year,/);
  assert.equal(rows.length, all.length + 1);
  const ucdp = await (await get('/api/export?format=ucdp&since=2024-01-01&until=2024-06-30')).text();
  assert.equal(ucdp.trim().split('\r\n').length, 3); // header, strike, battle: protests are outside UCDP's scope
  const geo = await get('/api/export?format=geojson&country=UA');
  assert.match(geo.headers.get('content-type')!, /geo\+json/);
  const fc = await geo.json();
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 1);
  assert.deepEqual(fc.features[0].geometry.coordinates, [36.2304, 49.9935]);
  const jsonl = (await (await get('/api/export?format=jsonl&min-sources=2')).text()).trim().split('\n');
  assert.equal(jsonl.length, 1);
  assert.equal(JSON.parse(jsonl[0]).reports.length, 3);
});

test('export: a missing or unknown format, or a bad filter, is a 400', async () => {
  await expectError(await get('/api/export'), 400, 'E_BAD_PARAM');
  await expectError(await get('/api/export?format=xlsx'), 400, 'E_BAD_PARAM');
  await expectError(await get('/api/export?format=acled&limit=3'), 400, 'E_UNKNOWN_PARAM');
  await expectError(await get('/api/export?format=acled&near=1'), 400, 'E_BAD_PARAM');
});

test('static files: the app, its assets, client routes; nothing outside the root', async () => {
  const index = await get('/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type')!, /text\/html/);
  assert.match(await (await get('/assets/app-1.js')).text(), /console/);
  assert.match((await get('/assets/app-1.js')).headers.get('cache-control')!, /immutable/);
  assert.equal((await get('/incident-view')).status, 200); // no extension: the app handles it
  await expectError(await get('/missing.css'), 404, 'E_NOT_FOUND');
  await expectError(await get('/..%2fsecret.txt'), 404, 'E_NOT_FOUND');
  await expectError(await get('/assets/..%2f..%2fsecret.txt'), 404, 'E_NOT_FOUND');
  await expectError(await get('/%E0%A4%A'), 400, 'E_BAD_PATH');
  await expectError(await get('/api/nothing'), 404, 'E_NOT_FOUND');
  await expectError(await app.request('/healthz', { method: 'DELETE' }), 405, 'E_METHOD');
});

test('a bug behind a route is a 500 with a JSON body and no internals', async () => {
  const broken = createApp({ backend: { ...storeBackend(store), listIncidents: () => Promise.reject(new Error('secret detail')) }, webRoot: web });
  const original = process.stderr.write;
  process.stderr.write = (() => true) as any;
  try {
    const res = await broken.request('/api/incidents');
    await expectError(res.clone(), 500, 'E_INTERNAL');
    assert.doesNotMatch(await res.text(), /secret/);
  } finally {
    process.stderr.write = original;
  }
});

test('concurrent ingests take turns and all land', async () => {
  const texts = Array.from({ length: 6 }, (_, i) => `Unrest report number ${i + 1}: crowds gathered in a provincial square on a quiet morning and then dispersed.`);
  const answers = await Promise.all(texts.map((text) => post('/api/articles', JSON.stringify({ text }))));
  assert.deepEqual(answers.map((r) => r.status), [201, 201, 201, 201, 201, 201]);
  const ids = await Promise.all(answers.map(async (r) => (await r.json()).items[0].articleId));
  assert.equal(new Set(ids).size, 6);
});
