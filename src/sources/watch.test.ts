// The watcher against local feeds and pages (loopback only), on a SQLite store, with a fake clock: new
// items between polls, 304s, failing sources side by side with good ones, retries, languages, stopping.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleInput } from '../types.js';
import { SqliteStore } from '../store/sqlite/index.js';
import { HttpClient } from './http.js';
import { watch, nextPollAt, type WatchOptions } from './watch.js';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { fakeClock, html, localWeb, rss, type LocalWeb } from '../../test/support/local-web.js';
import { createRequire } from 'node:module';

const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(s: string, enc: string): Buffer };

let web: LocalWeb;
before(async () => { web = await localWeb('127.0.0.7'); });
after(() => web.close());

const MIN = 60_000;
const story = (n: number, extra = '') => html(`<article><h1>Report ${n}</h1><p>Report number ${n}: shelling hit the grain depot near the river bridge in the town, and the mayor said that the strike was the third this week.${extra}</p><p>Officials said they were still counting the damage.</p></article>`, `<meta property="og:site_name" content="Test Outlet">`);
/** A reading that finds nothing: these tests are about fetching and state, not about the reader. */
const extract = (input: ArticleInput) => ({ ok: true as const, value: { id: input.id, places: [], events: [], claims: [] } });

function setup(o: Partial<WatchOptions> = {}) {
  const clock = fakeClock();
  const store = new SqliteStore(':memory:');
  const http = new HttpClient({ clock, delayMs: 0, retries: 0, timeoutMs: 2000 });
  const lines: string[] = [];
  const run = (urls: string[] | null, more: Partial<WatchOptions> = {}) => watch(urls, { store, http, extract, once: true, log: (l) => lines.push(l), ...o, ...more });
  return { clock, store, http, run, lines };
}

test('watch: new items appearing between polls are read once each; a 304 adds nothing and is no error', async () => {
  const items = [{ title: 'One', link: `${web.base}/w1/1?utm_source=rss` }, { title: 'Two', link: `${web.base}/w1/2` }];
  let etag = 'v1';
  web.route('/w1/feed.xml', (req) => (req.headers['if-none-match'] === `"${etag}"` ? { status: 304 } : { headers: { 'content-type': 'application/rss+xml', etag: `"${etag}"` }, body: rss('Outlet W1', items) }));
  for (let n = 1; n <= 3; n++) web.route(`/w1/${n}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: story(n) });
  const { run, store } = setup();
  const feed = `${web.base}/w1/feed.xml`;
  const first = await run([feed]);
  assert.deepEqual([first.total.polled, first.total.newItems, first.total.stored], [1, 2, 2]);
  items.push({ title: 'Three', link: `${web.base}/w1/3` });
  etag = 'v2';
  const second = await run([feed]);
  assert.deepEqual([second.total.newItems, second.total.stored, second.total.duplicate], [1, 1, 0]);
  const third = await run([feed]);
  assert.deepEqual([third.total.notModified, third.total.newItems, third.total.stored], [1, 0, 0]);
  for (let n = 1; n <= 3; n++) assert.equal(web.hits(`/w1/${n}`), 1, `page ${n} fetched once`);
  const [s] = await store.watch.sourceHealth();
  assert.deepEqual([s.status, s.httpStatus, s.etag, s.items, s.done, s.pending, s.kind, s.title], ['not-modified', 304, '"v2"', 3, 3, 0, 'rss', 'Outlet W1']);
  const a = (await store.findArticle({ url: `${web.base}/w1/1` }))!;
  assert.deepEqual([a.title, a.outlet, a.origin, a.language], ['One', 'Test Outlet', `${web.base}/w1/1`, 'en']);
  await store.close();
});

test('watch: one dead source never stops the others; each failing source has its own error code, and its polls back off', async () => {
  web.route('/w2/good.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss('Good', [{ title: 'G', link: `${web.base}/w2/g` }]) });
  web.route('/w2/g', { body: story(20) });
  web.route('/w2/500.xml', { status: 500 });
  web.route('/w2/photo.xml', { headers: { 'content-type': 'image/png' }, body: 'PNG' });
  web.route('/w2/loop.xml', { status: 301, headers: { location: '/w2/loop.xml?again' } });
  web.route('/w2/loop.xml?again', { status: 301, headers: { location: '/w2/loop.xml' } });
  web.route('/w2/junk.xml', { headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0"?><catalog><book/></catalog>' });
  const { run, store, clock, lines } = setup({ everyMs: 15 * MIN });
  const urls = ['good.xml', '500.xml', 'photo.xml', 'loop.xml', 'junk.xml'].map((p) => `${web.base}/w2/${p}`);
  const r = await run(urls);
  assert.deepEqual([r.total.polled, r.total.sourceErrors, r.total.stored], [5, 4, 1]);
  const health = await store.watch.sourceHealth();
  assert.deepEqual(health.map((h) => [h.url.split('/').pop(), h.status, h.errorCode, h.failures]), [
    ['good.xml', 'ok', null, 0], ['500.xml', 'error', 'E_HTTP_STATUS', 1], ['photo.xml', 'error', 'E_CONTENT_TYPE', 1], ['loop.xml', 'error', 'E_REDIRECTS', 1], ['junk.xml', 'error', 'E_BAD_FEED', 1],
  ]);
  assert.equal(health[1].httpStatus, 500);
  assert.equal(Date.parse(health[1].nextPoll!) - clock.t, 15 * MIN);
  assert.ok(lines.some((l) => l.includes('500.xml: E_HTTP_STATUS')), 'the log names the source and the code');
  clock.t += 15 * MIN;
  await run(urls);
  const again = (await store.watch.sourceHealth())[1];
  assert.deepEqual([again.failures, Date.parse(again.nextPoll!) - clock.t], [2, 30 * MIN], 'a second failure doubles the wait');
  assert.equal(nextPollAt(0, 15 * MIN, 12), 6 * 60 * MIN, 'at most six hours');
  await store.close();
});

test('watch: a feed answering 429 with a Retry-After is not polled again before it', async () => {
  web.route('/w3/feed.xml', { status: 429, headers: { 'retry-after': '7200' } });
  const { run, store, clock } = setup({ everyMs: 15 * MIN });
  await run([`${web.base}/w3/feed.xml`]);
  const [s] = await store.watch.sourceHealth();
  assert.deepEqual([s.errorCode, s.httpStatus], ['E_RATE_LIMITED', 429]);
  assert.equal(Date.parse(s.nextPoll!) - clock.t, 7200_000);
  await store.close();
});

test('watch: a page that fails for a passing reason is tried again later, then given up; one that cannot be read is given up at once', async () => {
  web.route('/w4/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss('W4', [{ title: 'Flaky', link: `${web.base}/w4/flaky` }, { title: 'Gone', link: `${web.base}/w4/gone` }, { title: 'Huge', link: `${web.base}/w4/huge` }]) });
  web.route('/w4/flaky', { status: 503 });
  web.route('/w4/gone', { status: 404 });
  web.route('/w4/huge', { headers: { 'content-type': 'text/html', 'content-length': String(9 << 20) }, body: 'x'.repeat(9 << 20) });
  const { run, store, clock } = setup({ everyMs: 15 * MIN, maxAttempts: 3 });
  const r = await run([`${web.base}/w4/feed.xml`]);
  assert.deepEqual([r.total.retrying, r.total.failed], [1, 2]);
  const items = async () => Object.fromEntries((await store.watch.dueItems('9999', 10)).concat(...await Promise.all([1, 2, 3].map((id) => store.watch.getItem(id).then((i) => (i ? [i] : []))))).map((i) => [i.url.split('/').pop(), [i.state, i.errorCode, i.attempts]]));
  assert.deepEqual(await items(), { flaky: ['pending', 'E_HTTP_STATUS', 1], gone: ['failed', 'E_HTTP_STATUS', 1], huge: ['failed', 'E_TOO_LARGE', 1] });
  const flaky = (await store.watch.dueItems('9999', 1))[0];
  assert.equal(Date.parse(flaky.nextTry!) - clock.t, 5 * MIN);
  await run([`${web.base}/w4/feed.xml`]);
  assert.equal(web.hits('/w4/flaky'), 1, 'not tried before its time');
  for (let i = 0; i < 3; i++) { clock.t += 60 * MIN; await run([`${web.base}/w4/feed.xml`]); }
  assert.deepEqual((await items()).flaky, ['failed', 'E_HTTP_STATUS', 3]);
  assert.equal(web.hits('/w4/flaky'), 3);
  await store.close();
});

test('watch: a page not in English is stored with its language and not read; an English one is read', async () => {
  const fr = `<!doctype html><html lang="fr"><head><meta property="og:site_name" content="Le Courrier"></head><body><article><p>Des drones russes ont frappé un quartier résidentiel de Kharkiv dans la nuit, tuant trois civils et en blessant huit autres, a annoncé jeudi le gouverneur de la région.</p><p>Selon le gouverneur, les drones ont touché des immeubles du quartier de Saltivskyi peu après minuit.</p></article></body></html>`;
  web.route('/w5/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss('W5', [{ title: 'FR', link: `${web.base}/w5/fr` }, { title: 'EN', link: `${web.base}/w5/en` }]) });
  web.route('/w5/fr', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: fr });
  web.route('/w5/en', { body: html('<article><p>KHARKIV, Ukraine — Russian drones struck a residential district of Kharkiv overnight, killing three civilians and wounding eight others, the regional governor said on Thursday.</p></article>', '<meta property="article:published_time" content="2026-03-12">') });
  const ctx = getContext();
  const { run, store } = setup({ extract: (input) => extractArticle(input, ctx) });
  const r = await run([`${web.base}/w5/feed.xml`]);
  assert.deepEqual([r.total.stored, r.total.unread], [2, 1]);
  const frArticle = (await store.findArticle({ url: `${web.base}/w5/fr` }))!;
  assert.equal(frArticle.language, 'fr');
  assert.ok(frArticle.text.includes('Des drones russes'));
  assert.deepEqual((await store.getExtraction(frArticle.id))!.events, []);
  const en = (await store.findArticle({ url: `${web.base}/w5/en` }))!;
  assert.equal(en.language, 'en');
  assert.ok((await store.getExtraction(en.id))!.events.length > 0, 'the English page is read');
  await store.close();
});

test('watch: stopping finishes the article in hand and leaves the rest pending for the next run', async () => {
  const links = [1, 2, 3, 4].map((n) => ({ title: `S${n}`, link: `${web.base}/w6/${n}` }));
  web.route('/w6/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss('W6', links) });
  for (let n = 1; n <= 4; n++) web.route(`/w6/${n}`, { body: story(60 + n) });
  const stop = new AbortController();
  let reads = 0;
  const { run, store } = setup({ readAhead: 1, signal: stop.signal, extract: (input) => { if (++reads === 2) stop.abort(); return extract(input); } });
  const r = await run([`${web.base}/w6/feed.xml`]);
  assert.equal(r.stopped, true);
  assert.equal(r.total.stored, 2, 'the article being read when the stop came was stored');
  const health = (await store.watch.sourceHealth())[0];
  assert.deepEqual([health.done, health.pending], [2, 2]);
  const resumed = await run([`${web.base}/w6/feed.xml`], { signal: undefined, extract });
  assert.deepEqual([resumed.total.newItems, resumed.total.stored], [0, 2]);
  for (let n = 1; n <= 2; n++) assert.equal(web.hits(`/w6/${n}`), 1, `page ${n} read once`);
  assert.equal((await store.stats()).articles, 4);
  await store.close();
});

test('watch: without --once it polls each source every period, sleeping in between, until stopped', async () => {
  let version = 0;
  web.route('/w7/feed.xml', () => ({ headers: { 'content-type': 'application/rss+xml' }, body: rss('W7', [{ title: `V${version}`, link: `${web.base}/w7/${version}` }]) }));
  for (let n = 0; n < 5; n++) web.route(`/w7/${n}`, { body: story(70 + n) });
  const stop = new AbortController();
  const { run, store, clock } = setup({ everyMs: 10 * MIN });
  const start = clock.t;
  let rounds = 0;
  const r = await run([`${web.base}/w7/feed.xml`], { once: false, signal: stop.signal, onRound: () => { version++; if (++rounds === 3) stop.abort(); } });
  assert.equal(r.rounds, 3);
  assert.equal(r.total.stored, 3);
  assert.equal(clock.t - start, 20 * MIN, 'two sleeps of one period each');
  await store.close();
});

test('a page source advertising a feed is watched through that feed; a plain page is one article', async () => {
  web.route('/w8/home', { body: html('<p>Front page</p>', '<link rel="alternate" type="application/atom+xml" href="/w8/atom.xml">') });
  web.route('/w8/atom.xml', { headers: { 'content-type': 'application/atom+xml' }, body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W8 Atom</title><entry><title>A</title><link href="${web.base}/w8/a"/></entry></feed>` });
  web.route('/w8/a', { body: story(81) });
  web.route('/w8/single', { body: story(82) });
  const { run, store } = setup();
  const r = await run([`${web.base}/w8/home`, `${web.base}/w8/single`]);
  assert.equal(r.total.stored, 2);
  const [home, single] = await store.watch.sourceHealth();
  assert.deepEqual([home.kind, home.feedUrl, home.title], ['atom', `${web.base}/w8/atom.xml`, 'W8 Atom']);
  assert.deepEqual([single.kind, single.items], ['page', 1]);
  await run([`${web.base}/w8/home`]);
  assert.equal(web.hits('/w8/home'), 1, 'later polls go to the feed itself');
  await store.close();
});

test('watch: a feed of good and bad pages gives each bad one its own code and reads the rest; a second run fetches nothing again', async () => {
  const en = (n: string) => `<article><p>Shelling hit the grain depot near the river bridge (${n}), and the mayor said that the strike was the third this week; officials’ count of the damage went on.</p></article>`;
  const names = ['arabic', 'latin1', 'utf16', 'broken', 'binary', 'empty', 'image', 'deep'];
  web.route('/w9/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss('W9', names.map((n) => ({ title: n, link: `${web.base}/w9/${n}` }))) });
  const type = (charset?: string) => ({ 'content-type': `text/html${charset ? `; charset=${charset}` : ''}` });
  web.route('/w9/arabic', { headers: type('windows-1256'), body: iconv.encode('<html lang="ar"><body><article><p>قصفت طائرات مسيرة مستودعا للحبوب قرب جسر النهر في المدينة، وقال رئيس البلدية إن الضربة هي الثالثة هذا الأسبوع.</p></article></body></html>', 'windows-1256') });
  web.route('/w9/latin1', { headers: type('iso-8859-1'), body: iconv.encode(html(en('latin1')), 'windows-1252') });
  web.route('/w9/utf16', { headers: type(), body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html(en('utf16')), 'utf16le')]) });
  web.route('/w9/broken', { headers: type('utf-8'), body: `<html><body><div><span><p>Shelling hit the grain depot near the river bridge (broken) <b><i>and the mayor said</div></span> that the strike was the third this week.</td></tr></table><p>Officials counted the damage &amp` });
  web.route('/w9/binary', { headers: type(), body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1]) });
  web.route('/w9/empty', { headers: type('utf-8'), body: '<html><body><nav><a href="/">Home</a></nav><div class="cookie-banner"><p>We use cookies.</p></div></body></html>' });
  web.route('/w9/image', { headers: { 'content-type': 'image/png' }, body: 'png' });
  web.route('/w9/deep', { headers: type('utf-8'), body: `<html><body>${'<div class="share">'.repeat(50_000)}${en('deep')}</body></html>` });
  const { run, store } = setup();
  const first = await run([`${web.base}/w9/feed.xml`]);
  const outcome = Object.fromEntries(await Promise.all(names.map(async (_, i) => { const it = (await store.watch.getItem(i + 1))!; return [it.url.split('/').pop(), it.state === 'done' ? it.outcome : it.errorCode]; })));
  assert.deepEqual(outcome, { arabic: 'new', latin1: 'new', utf16: 'new', broken: 'new', binary: 'E_BINARY', empty: 'E_EMPTY', image: 'E_CONTENT_TYPE', deep: 'new' });
  assert.deepEqual([first.total.newItems, first.total.stored, first.total.failed, first.total.retrying], [8, 5, 3, 0]);
  const text = async (n: string) => (await store.findArticle({ url: `${web.base}/w9/${n}` }))!;
  assert.match((await text('arabic')).text, /قصفت طائرات مسيرة/);
  assert.equal((await text('arabic')).language, 'ar');
  assert.match((await text('latin1')).text, /officials’ count/);
  assert.match((await text('utf16')).text, /\(utf16\)/);
  assert.match((await text('broken')).text, /and the mayor said[^]*Officials counted the damage/);
  assert.match((await text('deep')).text, /\(deep\)/);
  const second = await run([`${web.base}/w9/feed.xml`]);
  assert.deepEqual([second.total.newItems, second.total.stored, second.total.failed], [0, 0, 0]);
  for (const n of names) assert.equal(web.hits(`/w9/${n}`), 1, `${n} fetched once`);
  await store.close();
});

test('watch: a sitemap index is followed to its news sitemaps; a failing or nested one is skipped while another is read', async () => {
  const urlset = (locs: string[]) => `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<url><loc>${l}</loc></url>`).join('')}</urlset>`;
  const index = (locs: string[]) => `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;
  const xml = { 'content-type': 'application/xml' };
  web.route('/si/index.xml', { headers: xml, body: index([`${web.base}/si/old.xml`, `${web.base}/si/news-a.xml`, `${web.base}/si/news-gone.xml`, `${web.base}/si/news-nested.xml`]) });
  web.route('/si/news-a.xml', { headers: xml, body: urlset([`${web.base}/si/1`, `${web.base}/si/2`]) });
  web.route('/si/news-gone.xml', { status: 404 });
  web.route('/si/news-nested.xml', { headers: xml, body: index([`${web.base}/si/news-a.xml`]) });
  web.route('/si/old.xml', { headers: xml, body: urlset([`${web.base}/si/3`]) });
  for (let n = 1; n <= 3; n++) web.route(`/si/${n}`, { body: story(30 + n) });
  const { run, store } = setup();
  const r = await run([`${web.base}/si/index.xml`]);
  // Three sitemaps are read at most (the three news ones): the old one is not fetched, the nested index not followed.
  assert.deepEqual([r.total.sourceErrors, r.total.newItems, r.total.stored], [0, 2, 2]);
  assert.deepEqual([web.hits('/si/news-a.xml'), web.hits('/si/news-gone.xml'), web.hits('/si/news-nested.xml'), web.hits('/si/old.xml')], [1, 1, 1, 0]);
  const [s] = await store.watch.sourceHealth();
  assert.deepEqual([s.kind, s.status, s.items], ['sitemap', 'ok', 2]);
  // An index whose sitemaps all fail is that source's error, with the first sitemap's code.
  web.route('/si/dead.xml', { headers: xml, body: index([`${web.base}/si/news-gone.xml`]) });
  const dead = await run([`${web.base}/si/dead.xml`]);
  assert.equal(dead.total.sourceErrors, 1);
  await store.close();
});
