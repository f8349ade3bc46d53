// GET /api/sources: the health of every source `sitrep watch` watches (what `sitrep sources` lists), for
// the web app's Sources view.
import type { Hono } from 'hono';
import type { Backend } from './backend.js';
import type { WatchSourceHealth } from '../store/watch.js';
import type { ApiWatchedSource, SourceHealth } from './shapes.js';

export function toApiSource(s: WatchSourceHealth): ApiWatchedSource {
  return {
    id: s.id, url: s.url, kind: s.kind, feedUrl: s.feedUrl, title: s.title, status: s.status, httpStatus: s.httpStatus,
    lastFetch: s.lastFetch, lastOk: s.lastOk, nextPoll: s.nextPoll, newItems: s.newItems, items: s.items, pending: s.pending,
    done: s.done, failed: s.failed, failures: s.failures, error: s.errorCode ? { code: s.errorCode, message: s.errorMessage ?? '' } : null,
  };
}

export function sourcesRoutes(app: Hono, backend: Backend): void {
  app.get('/api/sources', async (c) => {
    const items = await backend.sources();
    const body: SourceHealth = {
      items,
      summary: { sources: items.length, failing: items.filter((s) => s.status === 'error').length, pending: items.reduce((n, s) => n + s.pending, 0) },
    };
    return c.json(body);
  });
}
