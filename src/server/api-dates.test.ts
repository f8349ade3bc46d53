// Dates through the HTTP API: an impossible `published` (body or ?published=) is E_BAD_DATE, the rest of a
// batch is stored; an undated article is stored undated and read back with null dates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';

let store: Store;
let app: Hono;
before(() => {
  const opened = openStore(join(mkdtempSync(join(tmpdir(), 'sitrep-api-dates-')), 'dates.db'));
  if (!opened.ok) throw new Error(opened.message);
  store = opened.value;
  app = createApp({ backend: storeBackend(store), webRoot: null as any });
});
after(() => store.close());

const post = (path: string, body: string, type = 'application/json') => app.request(path, { method: 'POST', body, headers: { 'Content-Type': type } });
const STRIKE = 'Gunmen stormed a village council office in Kandahar, killing three guards, police said.';

test('POST /api/extract: an impossible date is 422 E_BAD_DATE, in the body or the query', async () => {
  for (const bad of ['2026-13-45', '2026-02-30', '0050-06-01']) {
    const res = await post('/api/extract', JSON.stringify({ text: STRIKE, published: bad }));
    assert.equal(res.status, 422, bad);
    assert.equal((await res.json()).error.code, 'E_BAD_DATE');
    const plain = await post(`/api/extract?published=${bad}`, STRIKE, 'text/plain');
    assert.equal(plain.status, 422, bad);
    assert.equal((await plain.json()).error.code, 'E_BAD_DATE');
  }
  const ok = await post('/api/extract', JSON.stringify({ text: STRIKE, published: '2024-05-10T08:00:00Z' }));
  assert.equal(ok.status, 200);
  assert.equal((await ok.json()).published, '2024-05-10');
});

test('POST /api/articles: an item with an impossible date fails alone; an undated one is stored undated', async () => {
  const res = await post('/api/articles', JSON.stringify({ articles: [
    { text: STRIKE, published: '2023-02-30' },
    { text: 'Rebels shelled a market in Herat on Tuesday, killing four.', published: '2024-05-10' },
    { text: 'Militants attacked a checkpoint in Kandahar, killing two soldiers.' },
  ] }));
  assert.equal(res.status, 201);
  const r = await res.json();
  assert.deepEqual(r.items.map((i: any) => [i.index, i.status, i.error?.code ?? null]), [[0, 'failed', 'E_BAD_DATE'], [1, 'new', null], [2, 'new', null]]);
  const page = await (await app.request('/api/incidents?sort=date')).json();
  const dates = page.items.map((i: any) => [i.dateStart, i.datePrecision]).sort();
  assert.deepEqual(dates, [[null, 3], ['2024-05-07', 1]]);
});
