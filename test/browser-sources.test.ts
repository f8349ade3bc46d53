// The web app's Sources view in headless Debian chromium (playwright-core, never a downloaded browser):
// every watched source is a row with its health, counts, error code and next poll, as GET /api/sources
// gives them. The store is seeded with the poll state of invented outlets (.example, RFC 2606), so no
// request leaves the machine. The screenshot goes to test-results/sources.png (docs/sources.png is one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { launchChromium, skipWithoutChromium, watchPage } from './support/browser.js';
import { createApp, DEFAULT_WEB_ROOT } from '../src/server/app.js';
import { storeBackend } from '../src/server/store-backend.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/store.js';
import type { SourceHealth } from '../src/server/shapes.js';

const skip = skipWithoutChromium;

/** Poll state as a day of `sitrep watch` leaves it: healthy feeds, a quiet one, a sitemap, and three failing in different ways. */
export async function seedSources(store: Store, now = Date.now()): Promise<void> {
  const at = (min: number) => new Date(now + min * 60_000).toISOString();
  const rows: [string, Partial<Parameters<Store['watch']['recordPoll']>[0]>, number][] = [
    ['https://northern-courier.example/world/rss.xml', { kind: 'rss', title: 'Northern Courier — World', status: 'ok', httpStatus: 200, lastFetch: at(-3), lastOk: at(-3), nextPoll: at(12) }, 14],
    ['https://eastern-ledger.example/feeds/conflict.atom', { kind: 'atom', title: 'Eastern Ledger: Conflict', status: 'not-modified', httpStatus: 304, lastFetch: at(-6), lastOk: at(-6), nextPoll: at(9) }, 9],
    ['https://kharkiv-morning.example/', { kind: 'rss', feedUrl: 'https://kharkiv-morning.example/feed/', title: 'Kharkiv Morning', status: 'ok', httpStatus: 200, lastFetch: at(-1), lastOk: at(-1), nextPoll: at(14) }, 6],
    ['https://sahel-monitor.example/news-sitemap.xml', { kind: 'sitemap', title: 'Sahel Monitor', status: 'ok', httpStatus: 200, lastFetch: at(-11), lastOk: at(-11), nextPoll: at(4) }, 22],
    ['https://harbour-times.example/feed.json', { kind: 'jsonfeed', title: 'Harbour Times', status: 'error', httpStatus: 429, errorCode: 'E_RATE_LIMITED', errorMessage: 'HTTP 429 from harbour-times.example; Retry-After 1800 s', failures: 1, lastFetch: at(-4), lastOk: at(-19), nextPoll: at(26) }, 3],
    ['https://valley-wire.example/rss', { kind: 'rss', title: 'Valley Wire', status: 'error', httpStatus: 500, errorCode: 'E_HTTP_STATUS', errorMessage: 'HTTP 500 from https://valley-wire.example/rss', failures: 3, lastFetch: at(-8), lastOk: at(-68), nextPoll: at(52) }, 0],
    ['https://closed-gazette.example/feed.xml', { status: 'error', errorCode: 'E_ROBOTS', errorMessage: 'https://closed-gazette.example/robots.txt disallows /feed.xml for sitrep', failures: 1, lastFetch: at(-2), nextPoll: at(13) }, 0],
  ];
  const sources = await store.watch.addSources(rows.map((r) => r[0]), at(-600));
  for (const [i, [url, state, items]] of rows.entries()) {
    const host = new URL(url).host;
    const list = Array.from({ length: items }, (_, k) => ({ url: `https://${host}/2026/03/story-${k + 1}` }));
    await store.transaction(() => store.watch.recordPoll({ ...sources[i], ...state }, list));
    const due = await store.watch.dueItems('9999', 100, [sources[i].id]);
    // Most items read; the newest few still pending; one given up on the busiest feed.
    for (const [k, item] of due.entries()) {
      if (k < due.length - (i === 0 ? 3 : i === 3 ? 2 : 0)) await store.watch.finishItem(item.id, { state: 'done', outcome: 'new', articleId: null, at: at(-5) });
    }
    if (i === 3) await store.watch.finishItem(due[due.length - 1].id, { state: 'failed', errorCode: 'E_TOO_LARGE', errorMessage: 'over the limit', at: at(-5) });
  }
  // Each source's "new items" is what its last poll found.
  const news = [3, 0, 1, 2, 0, 0, 0];
  for (const [i, s] of sources.entries()) (store as SqliteStore).db.prepare('UPDATE watch_sources SET new_items = ? WHERE id = ?').run(news[i], s.id);
}

test('the Sources view shows each watched source\'s health', { skip, timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'index.html')), `no built web app in ${DEFAULT_WEB_ROOT}: run npm run build`);
  mkdirSync('test-results', { recursive: true });
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sitrep-sources-')), 'sources.db'));
  await seedSources(store);
  const server = serve({ fetch: createApp({ backend: storeBackend(store) }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const health = await (await fetch(`${base}/api/sources`)).json() as SourceHealth;
  const context = await launchChromium({ viewport: { width: 1400, height: 560 } });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    watchPage(page, base, problems);
    await page.goto(`${base}/?view=sources`);
    await page.waitForSelector('#sources-table tbody tr[data-source]');
    assert.equal(await page.locator('#sources-table tbody tr[data-source]').count(), health.items.length);
    assert.equal(await page.locator('#sources-table tr.row-error').count(), 3);
    const failing = page.locator('#sources-table tr.row-error').first();
    assert.match((await failing.textContent()) ?? '', /E_RATE_LIMITED/);
    assert.match((await page.locator('#sources-summary').textContent()) ?? '', /^7 sources · 3 failing · 4 items pending/);
    assert.match((await page.locator('#sources-table tbody tr').nth(2).textContent()) ?? '', /kharkiv-morning\.example\/ → https:\/\/kharkiv-morning\.example\/feed\//);
    await page.screenshot({ path: 'test-results/sources.png' });
    // The tab leads there from the map, and the URL keeps the view.
    await page.goto(base);
    await page.click('#tab-sources');
    await page.waitForSelector('#sources-table tbody tr[data-source]');
    assert.equal(new URL(page.url()).searchParams.get('view'), 'sources');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    server.close();
    await store.close();
  }
});
