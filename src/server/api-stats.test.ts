// GET /api/stats/time and /api/stats/actors in-process over the seeded store (test/support/api-seed.ts):
// the charts' counts, under the filters /api/incidents takes, and their refusals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import type { Store } from '../store/store.js';
import { seedStore } from '../../test/support/api-seed.js';

let store: Store;
let app: Hono;
before(async () => {
  store = (await seedStore()).store;
  app = createApp({ backend: storeBackend(store) });
});
after(() => store.close());

async function json(path: string): Promise<any> {
  const res = await app.request(path);
  assert.equal(res.status, 200, await res.clone().text());
  return res.json();
}
async function refused(path: string, code: string, words: RegExp): Promise<void> {
  const res = await app.request(path);
  assert.equal(res.status, 400);
  const body = await res.json();
  assert.equal(body.error.code, code);
  assert.match(body.error.message, words);
}

test('stats/time: one row per bucket and type, fatalities summed from the best figures', async () => {
  const day = await json('/api/stats/time');
  assert.equal(day.bucket, 'day');
  assert.deepEqual(day.rows.map((r: any) => `${r.start} ${r.type} ${r.incidents}`),
    ['2024-03-10 Explosions/Remote violence 1', '2024-05-02 Battles 1', '2024-06-01 Protests 1']);
  assert.equal(day.rows[1].fatalities, 2);
  const month = await json('/api/stats/time?bucket=month&country=UA');
  assert.deepEqual(month.rows.map((r: any) => [r.start, r.type, r.incidents]), [['2024-03-01', 'Explosions/Remote violence', 1]]);
  assert.deepEqual((await json('/api/stats/time?bucket=week&since=2024-05-01')).rows.map((r: any) => r.start), ['2024-04-29', '2024-05-27']);
});

test('stats/actors: top actors and coded pairs, clickable back into the filters', async () => {
  const all = await json('/api/stats/actors');
  assert.deepEqual(all.actors.map((a: any) => a.name).sort(), ['Military Forces of Russia', 'Misrata Brigade', 'Protesters (France)', 'Tripoli Brigade']);
  assert.deepEqual(all.dyads, [{ actor1: 'Misrata Brigade', actor2: 'Tripoli Brigade', incidents: 1, fatalities: 2 }]);
  assert.equal((await json('/api/stats/actors?limit=1')).actors.length, 1);
  // A dyad row as a filter: the incidents of that pair, in every front end's grammar.
  const page = await json('/api/incidents?dyad=Misrata%20Brigade|Tripoli%20Brigade');
  assert.deepEqual(page.items.map((i: any) => i.location), ['Misrata']);
  assert.deepEqual((await json('/api/stats/actors?actor=russia')).actors.map((a: any) => a.name), ['Military Forces of Russia']);
});

test('stats: a bad bucket, limit or filter, or an unknown parameter, is a 400 naming it', async () => {
  await refused('/api/stats/time?bucket=year', 'E_BAD_PARAM', /"bucket" must be one of day, week, month/);
  await refused('/api/stats/time?country=Ukraine', 'E_BAD_PARAM', /"country"/);
  await refused('/api/stats/time?sort=date', 'E_UNKNOWN_PARAM', /unknown parameter "sort"/);
  await refused('/api/stats/actors?limit=0', 'E_BAD_PARAM', /"limit" must be a whole number from 1 to 100/);
  await refused('/api/stats/actors?dyad=justone', 'E_BAD_PARAM', /"dyad"/);
  assert.equal((await app.request('/api/stats/time', { method: 'POST' })).status, 405);
});
