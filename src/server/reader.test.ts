// Reading off the event loop, within a budget, with bounded admission: the server's reader (worker
// threads) answers E_TIMEOUT past its per-article budget and keeps reading afterwards; /healthz is
// answered while a long article is read; a client past its share gets 429 and a full server 503, both
// with Retry-After, and nothing of theirs is read.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import { ThreadReader, type Reader, type ReadResult } from './reader.js';
import { Admission } from './admission.js';
import { ApiError } from './errors.js';
import { listen } from './listen.js';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.js';
import { seedStore } from '../../test/support/api-seed.js';

const stores: Store[] = [];
after(async () => { for (const s of stores) await s.close(); });
const NEWS = 'On Monday an air strike killed 4 people in Aleppo, the army said. Rebels shelled Homs on Tuesday, wounding 7 civilians, officials said. ';

async function waitReady(r: ThreadReader): Promise<void> {
  r.start();
  for (let i = 0; i < 600 && r.ready < r.width; i++) await new Promise((res) => setTimeout(res, 50));
  assert.equal(r.ready, r.width, 'reading threads started');
}

test('past its budget an article is answered E_TIMEOUT, its thread replaced, and reading goes on', { timeout: 120_000 }, async () => {
  const reader = new ThreadReader({ threads: 1, budgetMs: 150 });
  try {
    await waitReady(reader);
    const long = NEWS.repeat(6000); // ~800 KB: about a second of reading, far past 150 ms
    const t0 = performance.now();
    const r = await reader.read({ id: 'long', text: long, published: '2024-05-05' });
    const ms = performance.now() - t0;
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, 'E_TIMEOUT');
      assert.match(r.message, /150 ms/);
    }
    assert.ok(ms < 1000, `answered after ${Math.round(ms)} ms, not when the reading would have ended`);
    // The replacement thread reads the next article (its start is not charged to the article's budget).
    const ok = await reader.read({ id: 'short', text: 'Shelling killed 2 in Aleppo on Monday, officials said.', published: '2024-05-05' });
    assert.equal(ok.ok, true, JSON.stringify(ok));
  } finally {
    await reader.close();
  }
});

test('the event loop stays free while an article is read: /healthz answers at once', { timeout: 120_000 }, async () => {
  const store = (await seedStore()).store;
  stores.push(store);
  const reader = new ThreadReader({ threads: 1, budgetMs: 60_000 });
  const app = createApp({ backend: storeBackend(store), webRoot: '/nonexistent', reader });
  try {
    await waitReady(reader);
    const posted = app.request('/api/extract', { method: 'POST', body: NEWS.repeat(6000), headers: { 'Content-Type': 'text/plain' } });
    await new Promise((r) => setTimeout(r, 100)); // the reading has started
    const t0 = performance.now();
    const health = await app.request('/healthz');
    const ms = performance.now() - t0;
    assert.equal(health.status, 200);
    assert.ok(ms < 500, `/healthz took ${Math.round(ms)} ms while an article was read`);
    const res = await posted;
    assert.equal(res.status, 200);
  } finally {
    await reader.close();
  }
});

/** A reader that holds every article until told to go on: requests stay in progress for as long as a test needs. */
function heldReader(): Reader & { release: () => void; reads: number } {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const self = {
    width: 1,
    reads: 0,
    release: () => release(),
    async read(): Promise<ReadResult> {
      self.reads++;
      await gate;
      return { ok: false, code: 'E_EMPTY', message: 'held' };
    },
    async close() {},
  };
  return self;
}

test('a client past its share gets 429, a full server 503, both with Retry-After; nothing of theirs is read', async () => {
  const store = (await seedStore()).store;
  stores.push(store);
  const reader = heldReader();
  const app = createApp({ backend: storeBackend(store), webRoot: '/nonexistent', reader, admission: { perClient: 2, maxRequests: 8 } });
  const post = () => app.request('/api/articles', { method: 'POST', body: JSON.stringify({ text: 'A protest was held in the square.' }), headers: { 'Content-Type': 'application/json' } });
  const held = [post(), post()];
  await new Promise((r) => setTimeout(r, 50));
  const refused = await post();
  assert.equal(refused.status, 429);
  assert.equal((await refused.json()).error.code, 'E_TOO_MANY_REQUESTS');
  assert.match(refused.headers.get('retry-after') ?? '', /^\d+$/);
  assert.equal(reader.reads, 2);
  reader.release();
  for (const r of await Promise.all(held)) assert.equal(r.status, 200);
  // Once they are done, the client is admitted again.
  assert.equal((await post()).status, 200);
});

test('on a socket, every refused request gets its 429 (the connection is not reset under it)', { timeout: 120_000 }, async () => {
  const store = (await seedStore()).store;
  stores.push(store);
  const reader = heldReader();
  const app = createApp({ backend: storeBackend(store), webRoot: '/nonexistent', reader, admission: { perClient: 2, maxRequests: 8 } });
  const server = await listen(app, { port: 0, hostname: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const body = JSON.stringify({ text: `A protest was held in the square. ${'More words. '.repeat(2000)}` }); // ~24 KB
    const sent = Array.from({ length: 300 }, () => fetch(`${url}/api/articles`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } })
      .then(async (r) => { await r.arrayBuffer(); return r.status; }, (e: Error) => `${e.message}: ${(e.cause as Error)?.message}`));
    // The event loop held up (as by reading on it, or a loaded machine) while refused bodies wait to be drained.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const until = Date.now() + 600;
      while (Date.now() < until) { /* busy */ }
    }
    reader.release();
    const statuses = await Promise.all(sent);
    const counts = statuses.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<number | string, number>());
    assert.deepEqual([...counts.keys()].filter((k) => k !== 200 && k !== 429), [], JSON.stringify([...counts]));
    assert.ok((counts.get(429) ?? 0) > 0);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

test('admission: per client, in all, and by the bytes of bodies in progress', () => {
  const a = new Admission({ perClient: 2, maxRequests: 3, maxBytes: 1000 });
  const x1 = a.enter('x');
  a.enter('x');
  assert.throws(() => a.enter('x'), (e: ApiError) => e.status === 429 && e.retryAfter! >= 1);
  const y1 = a.enter('y');
  assert.throws(() => a.enter('z'), (e: ApiError) => e.status === 503 && e.code === 'E_BUSY' && e.retryAfter! >= 1);
  x1.leave();
  x1.leave(); // leaving twice counts once
  const z = a.enter('z');
  // Bodies: one request alone may reach its route's limit; together they may not pass maxBytes.
  z.grow(900);
  assert.throws(() => y1.grow(200), (e: ApiError) => e.status === 503);
  y1.grow(100);
  z.leave();
  y1.grow(800);
  assert.deepEqual(a.load, { requests: 2, bytes: 900 });
});
