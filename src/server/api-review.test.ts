// The review API in-process: POST /api/incidents/{id}/review behind the token, its validation, 404s
// and 409s (a stale version, a reversal that cannot be made now), every action, the queue and the
// reviewed filter in the list and the export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import type { Store } from '../store/store.js';
import type { ApiIncident, IncidentDetail, IncidentPage } from './shapes.js';
import { seedStore } from '../../test/support/api-seed.js';

const TOKEN = 'review-token-123';
let store: Store;
let app: Hono;
before(async () => {
  store = (await seedStore()).store;
  app = createApp({ backend: storeBackend(store), token: TOKEN, webRoot: '/nonexistent' });
});
after(() => store.close());

const send = (id: number | string, body: unknown, auth: string | null = `Bearer ${TOKEN}`, type = 'application/json') =>
  app.request(`/api/incidents/${id}/review`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': type, ...(auth ? { Authorization: auth } : {}) } });
const detail = async (id: number): Promise<IncidentDetail> => (await app.request(`/api/incidents/${id}`)).json();
const list = async (q: string): Promise<ApiIncident[]> => ((await (await app.request(`/api/incidents${q}`)).json()) as IncidentPage).items;
async function expectError(res: Response, status: number, code: string): Promise<void> {
  const body = await res.json();
  assert.equal(res.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code, JSON.stringify(body));
}
const byPlace = async (place: string) => (await list('?review=all')).find((i) => i.location === place)!;

test('review: the token guards it as every write; GET needs none', async () => {
  const i = await byPlace('Kharkiv');
  const body = { version: i.version, by: 'ana', actions: [{ action: 'confirm' }] };
  await expectError(await send(i.id, body, null), 401, 'E_NO_TOKEN');
  await expectError(await send(i.id, body, 'Bearer nope'), 403, 'E_BAD_TOKEN');
  assert.equal((await detail(i.id)).incident.review.state, 'unreviewed');
  assert.equal((await app.request(`/api/incidents/${i.id}`)).status, 200);
});

test('review: bad bodies and values are 400s naming what is wrong; unknown ids 404', async () => {
  const i = await byPlace('Kharkiv');
  const ok = { version: i.version, by: 'ana' };
  for (const [body, code] of [
    ['not json', 'E_BAD_JSON'], [[], 'E_BAD_REVIEW'], [{ by: 'ana', action: 'confirm' }, 'E_BAD_REVIEW'], [{ ...ok, by: '', action: 'confirm' }, 'E_BAD_REVIEW'],
    [{ ...ok, action: 'approve' }, 'E_BAD_REVIEW'], [{ ...ok, actions: [] }, 'E_BAD_REVIEW'], [{ ...ok, action: 'set', field: 'fatalities' }, 'E_BAD_REVIEW'],
    [{ ...ok, action: 'set', field: 'colour', value: 'red' }, 'E_REVIEW_VALUE'], [{ ...ok, action: 'set', field: 'date', value: '2024-02-30' }, 'E_REVIEW_VALUE'],
    [{ ...ok, action: 'set', field: 'type', value: 'Skirmish' }, 'E_REVIEW_VALUE'], [{ ...ok, action: 'merge', incident: 'x' }, 'E_BAD_REVIEW'],
    [{ ...ok, action: 'split', events: [] }, 'E_BAD_REVIEW'], [{ ...ok, action: 'note' }, 'E_REVIEW_VALUE'], [{ ...ok, action: 'confirm', extra: 1 }, 'E_BAD_REVIEW'],
    [{ ...ok, action: 'merge', incident: i.id }, 'E_REVIEW_VALUE'],
  ] as [unknown, string][]) await expectError(await send(i.id, body), 400, code);
  await expectError(await send(i.id, 'by=ana', undefined, 'text/plain'), 415, 'E_MEDIA_TYPE');
  await expectError(await send(99999, { ...ok, action: 'confirm' }), 404, 'E_NOT_FOUND');
  await expectError(await send(i.id, { ...ok, action: 'merge', incident: 99999 }), 404, 'E_NOT_FOUND');
  await expectError(await send(i.id, { ...ok, action: 'revert', review: 99999 }), 404, 'E_NOT_FOUND');
  await expectError(await send('x', { ...ok, action: 'confirm' }), 400, 'E_BAD_PARAM');
  await expectError(await app.request(`/api/incidents/${i.id}/review`), 405, 'E_METHOD');
  assert.equal((await detail(i.id)).incident.version, i.version, 'nothing written');
});

test('review: two reviewers on one version — the second gets 409 and nothing of it is written', async () => {
  const i = await byPlace('Misrata');
  const [a, b] = await Promise.all([
    send(i.id, { version: i.version, by: 'ana', action: 'set', field: 'fatalities', value: '3' }),
    send(i.id, { version: i.version, by: 'ben', action: 'reject' }),
  ]);
  assert.equal(a.status, 200, await a.clone().text());
  await expectError(b, 409, 'E_STALE_VERSION');
  const d = await detail(i.id);
  assert.equal(d.incident.fatalities?.best, 3);
  assert.equal(d.incident.review.state, 'corrected');
  assert.deepEqual(d.incident.review.locked, ['fatalities']);
  assert.deepEqual(d.reviews.map((r) => [r.who, r.action, r.field]), [['ana', 'set', 'fatalities']]);
  // Reverting it, then reverting again: the second is a conflict.
  const undo = await send(i.id, { version: d.incident.version, by: 'ana', action: 'revert', review: d.reviews[0].id });
  assert.equal(undo.status, 200);
  const v = (await detail(i.id)).incident.version;
  await expectError(await send(i.id, { version: v, by: 'ana', action: 'revert', review: d.reviews[0].id }), 409, 'E_REVIEW_CONFLICT');
  assert.equal((await detail(i.id)).incident.fatalities?.best, 2);
});

test('review: several actions in one request, split by event id, the queue and the reviewed filter', async () => {
  const k = await byPlace('Kharkiv');
  const queue = (await list('?review=queue&sort=priority')).map((i) => i.location);
  assert.equal(queue[0], 'Kharkiv', `the most dead and sources first: ${queue}`);
  const res = await send(k.id, { version: k.version, by: 'ana', why: 'checked three outlets', actions: [
    { action: 'set', field: 'fatalities', value: '4-5-8' }, { action: 'set', field: 'location', value: 'Kharkiv depot@49.99,36.23/1' }, { action: 'confirm' },
  ] });
  assert.equal(res.status, 200, await res.clone().text());
  const done = await res.json();
  assert.deepEqual(done.reviews.map((r: any) => r.action), ['set', 'set', 'confirm']);
  assert.equal(done.incident.review.state, 'corrected');
  assert.equal(done.incident.location, 'Kharkiv depot');
  assert.ok(!(await list('?review=queue&sort=priority')).some((i) => i.id === k.id));
  assert.deepEqual((await list('?reviewed=true')).map((i) => i.id), [k.id]);
  await expectError(await app.request('/api/incidents?reviewed=maybe'), 400, 'E_BAD_PARAM');
  await expectError(await app.request('/api/incidents?review=maybe'), 400, 'E_BAD_PARAM');
  const jsonl = await (await app.request('/api/export?format=jsonl&reviewed=true')).text();
  assert.deepEqual(jsonl.trim().split('\n').map((l) => JSON.parse(l).id), [k.id]);
  // Split the last report off, by the event id the dossier lists.
  const d = await detail(k.id);
  const event = d.sources[d.sources.length - 1].events[0].id;
  const sp = await send(k.id, { version: d.incident.version, by: 'ben', action: 'split', events: [event] });
  assert.equal(sp.status, 200, await sp.clone().text());
  const other = (await sp.json()).reviews[0].otherIncident;
  assert.equal((await detail(other)).incident.articles, 1);
  assert.equal((await detail(k.id)).incident.articles, 2);
  assert.equal((await detail(k.id)).incident.fatalities?.best, 5, 'the locked toll stays');
});

test('an id merged away: GET answers 307 to the incident that holds its reports (E_MERGED), a review of it 404 E_MERGED', async () => {
  const own = (await seedStore()).store;
  try {
    const api = createApp({ backend: storeBackend(own), token: TOKEN, webRoot: '/nonexistent' });
    const items = ((await (await api.request('/api/incidents?review=all')).json()) as IncidentPage).items;
    const [keep, gone] = [items.find((i) => i.location === 'Misrata')!, items.find((i) => i.location === 'Lyon')!];
    const merged = await api.request(`/api/incidents/${keep.id}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ version: keep.version, by: 'ana', actions: [{ action: 'merge', incident: gone.id }] }) });
    assert.equal(merged.status, 200, await merged.clone().text());
    const res = await api.request(`/api/incidents/${gone.id}`);
    assert.equal(res.status, 307);
    assert.equal(res.headers.get('location'), `/api/incidents/${keep.id}`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.json();
    assert.deepEqual([body.error.code, body.error.incident], ['E_MERGED', keep.id]);
    assert.match(body.error.message, new RegExp(`incident ${gone.id} was merged into incident ${keep.id}`));
    const again = await api.request(`/api/incidents/${gone.id}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ version: 1, by: 'ana', actions: [{ action: 'confirm' }] }) });
    await expectError(again, 404, 'E_MERGED');
    await expectError(await api.request('/api/incidents/99999'), 404, 'E_NOT_FOUND');
  } finally {
    await own.close();
  }
});
