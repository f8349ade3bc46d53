// GET /api/sources: the health of the watched sources, as `sitrep sources` lists it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import { openapi } from './openapi.js';
import { SqliteStore } from '../store/sqlite/index.js';
import type { SourceHealth } from './shapes.js';

test('GET /api/sources lists every watched source with its status, counts, error and next poll', async () => {
  const store = new SqliteStore(':memory:');
  try {
    const app = createApp({ backend: storeBackend(store) });
    assert.deepEqual(await (await app.request('/api/sources')).json(), { items: [], summary: { sources: 0, failing: 0, pending: 0 } });
    const [ok, bad] = await store.watch.addSources(['https://a.test/feed.xml', 'https://b.test/feed.xml'], '2026-03-13T12:00:00.000Z');
    await store.transaction(async () => {
      await store.watch.recordPoll({ ...ok, kind: 'rss', title: 'A Gazette', status: 'ok', httpStatus: 200, lastFetch: '2026-03-13T12:01:00.000Z', lastOk: '2026-03-13T12:01:00.000Z', nextPoll: '2026-03-13T12:16:00.000Z' }, [{ url: 'https://a.test/1' }, { url: 'https://a.test/2' }]);
      await store.watch.recordPoll({ ...bad, status: 'error', httpStatus: 500, errorCode: 'E_HTTP_STATUS', errorMessage: 'HTTP 500 from https://b.test/feed.xml', failures: 2, lastFetch: '2026-03-13T12:01:00.000Z', nextPoll: '2026-03-13T12:31:00.000Z' }, []);
    });
    const res = await app.request('/api/sources');
    assert.equal(res.status, 200);
    const body = await res.json() as SourceHealth;
    assert.deepEqual(body.summary, { sources: 2, failing: 1, pending: 2 });
    assert.deepEqual(body.items.map((s) => [s.url, s.kind, s.title, s.status, s.httpStatus, s.newItems, s.items, s.pending, s.failures, s.nextPoll, s.error]), [
      ['https://a.test/feed.xml', 'rss', 'A Gazette', 'ok', 200, 2, 2, 2, 0, '2026-03-13T12:16:00.000Z', null],
      ['https://b.test/feed.xml', null, null, 'error', 500, 0, 0, 0, 2, '2026-03-13T12:31:00.000Z', { code: 'E_HTTP_STATUS', message: 'HTTP 500 from https://b.test/feed.xml' }],
    ]);
    const post = await app.request('/api/sources', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    assert.equal(post.status, 405);
    assert.ok(openapi.paths['/api/sources'].get, 'described in the OpenAPI document');
  } finally {
    await store.close();
  }
});
