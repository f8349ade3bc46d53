// The polite HTTP client against a local server (loopback only): every behaviour of issue 16's list, each
// with a case that fails without it. The clock is fake, so backoffs and spacing cost no time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { HttpClient, isLoopback, retryAfter, type HttpOptions } from './http.js';
import { fakeClock, localWeb, type LocalWeb } from '../../test/support/local-web.js';

let web: LocalWeb;
before(async () => { web = await localWeb(); });
after(() => web.close());

const client = (o: HttpOptions = {}) => {
  const clock = fakeClock();
  return { clock, http: new HttpClient({ delayMs: 0, backoffMs: 1000, clock, timeoutMs: 2000, ...o }) };
};
const page = { accept: 'text/html', maxBytes: 1 << 20, types: (t: string) => t === 'text/html' || t === 'text/plain' || t === '' };
const text = (r: Awaited<ReturnType<HttpClient['get']>>): string => (r.ok && !r.notModified ? Buffer.from(r.body).toString() : `${r.ok ? 304 : r.code}`);

test('requests name sitrep and the contact in the User-Agent, and offer gzip, deflate and brotli', async () => {
  web.route('/ua', { body: 'hi' });
  const { http } = client({ contact: 'https://newsroom.example/contact' });
  assert.equal(text(await http.get(`${web.base}/ua`, page)), 'hi');
  const req = web.requests.filter((r) => r.path === '/ua').at(-1)!;
  assert.equal(req.headers['user-agent'], 'sitrep/0.1.0 (+https://newsroom.example/contact)');
  assert.match(String(req.headers['accept-encoding']), /br/);
  assert.equal(new HttpClient().userAgent, 'sitrep/0.1.0');
});

test('gzip, deflate and brotli bodies are decoded', async () => {
  const body = 'Shelling hit the market. '.repeat(50);
  web.route('/gz', { headers: { 'content-encoding': 'gzip' }, body: gzipSync(body) });
  web.route('/deflate', { headers: { 'content-encoding': 'deflate' }, body: deflateSync(body) });
  web.route('/br', { headers: { 'content-encoding': 'br' }, body: brotliCompressSync(body) });
  const { http } = client();
  for (const p of ['/gz', '/deflate', '/br']) assert.equal(text(await http.get(web.base + p, page)), body, p);
});

test('a conditional GET sends the ETag and Last-Modified it was given, and a 304 is "not modified"', async () => {
  web.route('/cond', (req) => (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Thu, 12 Mar 2026 08:00:00 GMT'
    ? { status: 304, headers: { etag: '"v1"' } }
    : { headers: { etag: '"v1"', 'last-modified': 'Thu, 12 Mar 2026 08:00:00 GMT' }, body: 'fresh' }));
  const { http } = client();
  const first = await http.get(`${web.base}/cond`, page);
  assert.ok(first.ok && !first.notModified);
  assert.deepEqual([first.etag, first.lastModified], ['"v1"', 'Thu, 12 Mar 2026 08:00:00 GMT']);
  const second = await http.get(`${web.base}/cond`, { ...page, etag: first.etag, lastModified: first.lastModified });
  assert.ok(second.ok && second.notModified);
});

test('a 429 is tried again after its Retry-After, seconds or an HTTP date', async () => {
  let n = 0;
  web.route('/busy', () => (++n === 1 ? { status: 429, headers: { 'retry-after': '7' } } : { body: 'served' }));
  const { http, clock } = client();
  assert.equal(text(await http.get(`${web.base}/busy`, page)), 'served');
  assert.deepEqual(clock.sleeps, [7000]);
  assert.equal(retryAfter('Fri, 13 Mar 2026 12:00:30 GMT', Date.UTC(2026, 2, 13, 12)), Date.UTC(2026, 2, 13, 12, 0, 30));
  assert.equal(retryAfter('soon', 0), undefined);
});

test('a Retry-After longer than the longest wait is not slept through: the failure says when to come back', async () => {
  web.route('/later', { status: 503, headers: { 'retry-after': '3600' } });
  const { http, clock } = client({ maxWaitMs: 60_000 });
  const r = await http.get(`${web.base}/later`, page);
  assert.ok(!r.ok);
  assert.deepEqual([r.code, r.status, r.transient, r.retryAt], ['E_HTTP_STATUS', 503, true, clock.t + 3_600_000]);
  assert.deepEqual(clock.sleeps, []);
});

test('a 500 is tried again with exponential backoff, then reported with its status; a 404 is not tried again', async () => {
  web.route('/broken', { status: 500, body: 'oops' });
  web.route('/gone', { status: 404 });
  const { http, clock } = client({ retries: 2 });
  const r = await http.get(`${web.base}/broken`, page);
  assert.ok(!r.ok);
  assert.deepEqual([r.code, r.status, r.transient], ['E_HTTP_STATUS', 500, true]);
  assert.deepEqual(clock.sleeps, [1000, 2000]);
  assert.equal(web.hits('/broken'), 3);
  const gone = await http.get(`${web.base}/gone`, page);
  assert.ok(!gone.ok && gone.status === 404 && !gone.transient);
  assert.equal(web.hits('/gone'), 1);
});

test('redirects are followed to the final URL, a loop and too many are stopped', async () => {
  web.route('/moved', { status: 301, headers: { location: '/here' } });
  web.route('/here', { body: 'arrived' });
  web.route('/loop-a', { status: 302, headers: { location: '/loop-b' } });
  web.route('/loop-b', { status: 302, headers: { location: '/loop-a' } });
  for (let i = 0; i < 9; i++) web.route(`/hop${i}`, { status: 307, headers: { location: `/hop${i + 1}` } });
  web.route('/hop9', { body: 'far' });
  const { http } = client({ maxRedirects: 5 });
  const ok = await http.get(`${web.base}/moved`, page);
  assert.ok(ok.ok && !ok.notModified && ok.url === `${web.base}/here`);
  const loop = await http.get(`${web.base}/loop-a`, page);
  assert.ok(!loop.ok && loop.code === 'E_REDIRECTS' && /loop/.test(loop.message));
  assert.ok(web.hits('/loop-a') + web.hits('/loop-b') <= 3);
  const far = await http.get(`${web.base}/hop0`, page);
  assert.ok(!far.ok && far.code === 'E_REDIRECTS' && /more than 5/.test(far.message));
  assert.equal(web.hits('/hop9'), 0);
});

test('a slow drip is cut at the deadline', async () => {
  web.route('/drip', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('.'), 20);
    res.on('close', () => clearInterval(timer));
  });
  const { http } = client({ timeoutMs: 250, retries: 0 });
  const started = Date.now();
  const r = await http.get(`${web.base}/drip`, page);
  assert.ok(!r.ok && r.code === 'E_TIMEOUT' && r.transient, JSON.stringify(r));
  assert.ok(Date.now() - started < 2000);
});

test('a body over the size limit is refused, whether its length is declared or not', async () => {
  const big = 'x'.repeat(3 << 20);
  web.route('/big-declared', { headers: { 'content-type': 'text/html', 'content-length': String(big.length) }, body: big });
  web.route('/big-chunked', (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); for (let i = 0; i < 30; i++) res.write('y'.repeat(100_000)); res.end(); });
  const { http } = client();
  for (const p of ['/big-declared', '/big-chunked']) {
    const r = await http.get(web.base + p, page);
    assert.ok(!r.ok && r.code === 'E_TOO_LARGE' && !r.transient, p);
  }
});

test('a gzip bomb is stopped at the limit as it inflates, never held whole', async () => {
  const bomb = gzipSync(Buffer.alloc(64 << 20)); // 64 MiB of zeros in ~64 KB: 64 times the 1 MiB limit
  assert.ok(bomb.length < 100_000);
  web.route('/bomb', { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: bomb });
  const { http } = client();
  const heap = process.memoryUsage().arrayBuffers;
  const r = await http.get(`${web.base}/bomb`, page);
  assert.ok(!r.ok && r.code === 'E_TOO_LARGE', JSON.stringify(r));
  assert.ok(process.memoryUsage().arrayBuffers - heap < 32 << 20, "inflated far past the limit");
});

test('a body of the wrong content type is refused', async () => {
  web.route('/photo', { headers: { 'content-type': 'image/jpeg' }, body: Buffer.from([0xff, 0xd8, 0xff]) });
  const { http } = client();
  const r = await http.get(`${web.base}/photo`, page);
  assert.ok(!r.ok && r.code === 'E_CONTENT_TYPE' && !r.transient && /image\/jpeg/.test(r.message));
});

test('robots.txt: a disallowed path is never requested; 404 allows all, 5xx disallows all; Crawl-delay spaces requests', async () => {
  const site = await localWeb('127.0.0.2', {
    '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n\nUser-agent: sitrep\nDisallow: /members/\nCrawl-delay: 5\n' },
    '/news/1': { body: 'open' },
    '/members/1': { body: 'closed' },
    '/private/1': { body: 'closed' },
  });
  const down = await localWeb('127.0.0.3', { '/robots.txt': { status: 503 }, '/news/1': { body: 'open' } });
  const none = await localWeb('127.0.0.4', { '/news/1': { body: 'open' } });
  try {
    const { http, clock } = client({ robots: true, delayMs: 0 });
    const members = await http.get(`${site.base}/members/1`, page);
    assert.ok(!members.ok && members.code === 'E_ROBOTS' && !members.transient, JSON.stringify(members));
    assert.equal(site.hits('/members/1'), 0);
    // The "sitrep" group applies, not "*": /private/ is open to sitrep.
    assert.equal(text(await http.get(`${site.base}/private/1`, page)), 'closed');
    assert.equal(text(await http.get(`${site.base}/news/1`, page)), 'open');
    assert.ok(clock.sleeps.includes(5000), `Crawl-delay: ${clock.sleeps}`);
    assert.equal(site.hits('/robots.txt'), 1, 'robots.txt is kept, not asked for each page');
    const unreachable = await http.get(`${down.base}/news/1`, { ...page });
    assert.ok(!unreachable.ok && unreachable.code === 'E_ROBOTS_UNREACHABLE');
    assert.equal(down.hits('/news/1'), 0);
    assert.equal(text(await http.get(`${none.base}/news/1`, page)), 'open');
  } finally {
    await Promise.all([site.close(), down.close(), none.close()]);
  }
});

test('per host, at most N requests are in flight and their starts are spaced; another host is not held up', async () => {
  let open = 0, most = 0;
  const release: (() => void)[] = [];
  web.route('/held', (_req, res) => {
    most = Math.max(most, ++open);
    release.push(() => { open--; res.end('done'); });
  });
  const { http } = client({ perHost: 2 });
  const all = Promise.all([1, 2, 3, 4].map(() => http.get(`${web.base}/held`, page)));
  while (web.hits('/held') < 2) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(web.hits('/held'), 2, 'a third request waited for a slot');
  while (release.length || web.hits('/held') < 4) { release.shift()?.(); await new Promise((r) => setTimeout(r, 10)); }
  assert.ok((await all).every((r) => r.ok));
  assert.equal(most, 2);

  const spaced = client({ delayMs: 1500, robots: false });
  web.route('/quick', { body: 'q' });
  await Promise.all([1, 2, 3].map(() => spaced.http.get(`${web.base}/quick`, page)));
  assert.deepEqual(spaced.clock.sleeps, [1500, 1500]);
  const other = await localWeb('127.0.0.6', { '/quick': { body: 'q' } });
  await spaced.http.get(`${other.base}/quick`, page);
  await other.close();
  assert.deepEqual(spaced.clock.sleeps, [1500, 1500], 'another host waits for nobody');
});

test('a URL that is not http(s), and a host that refuses, are errors with codes', async () => {
  const { http } = client({ retries: 0, robots: false });
  const r = await http.get('ftp://example.org/x', page);
  assert.ok(!r.ok && r.code === 'E_BAD_URL');
  const closed = await localWeb('127.0.0.5');
  const url = `${closed.base}/x`;
  await closed.close();
  const refused = await http.get(url, page);
  assert.ok(!refused.ok && refused.code === 'E_NETWORK' && refused.transient, JSON.stringify(refused));
  // With robots.txt obeyed, a host that cannot be reached cannot say what it allows (RFC 9309 §2.3.1.4).
  const polite = await client({ retries: 0 }).http.get(url, page);
  assert.ok(!polite.ok && polite.code === 'E_ROBOTS_UNREACHABLE' && polite.transient);
});

test('loopback only: another host is refused before any lookup or connection, redirects and robots.txt included; the test runner sets it', async () => {
  assert.equal(process.env.SITREP_LOOPBACK_ONLY, '1', 'tests run with SITREP_LOOPBACK_ONLY=1 (test/support/local-web.ts, scripts/test.mjs)');
  web.route('/away', { status: 302, headers: { location: 'http://outlet.invalid/story' } });
  web.route('/home', { body: 'home' });
  const asked: string[] = [];
  const spy: typeof fetch = (input, init) => { asked.push(String(input)); return fetch(input, init); };
  const { http } = client({ retries: 0, fetch: spy });
  const away = await http.get(`${web.base}/away`, page);
  assert.ok(!away.ok && away.code === 'E_NOT_LOOPBACK' && !away.transient, JSON.stringify(away));
  const direct = await http.get('https://203.0.113.7/feed.xml', page);
  assert.ok(!direct.ok && direct.code === 'E_NOT_LOOPBACK');
  assert.deepEqual(asked.filter((u) => !/^http:\/\/127\./.test(u)), [], 'nothing but loopback was asked for');
  assert.equal(text(await client({ fetch: spy }).http.get('http://localhost:' + new URL(web.base).port + '/home', page)), 'home');
  assert.equal(new HttpClient({ loopbackOnly: false, clock: fakeClock() }) instanceof HttpClient, true);
});

test('isLoopback: localhost, 127/8 and ::1 only', () => {
  for (const [url, want] of [['http://localhost:8080/', true], ['http://127.0.0.5/', true], ['http://[::1]/', true], ['http://a.localhost/', true],
    ['http://127.0.0.1.nip.io/', false], ['http://10.0.0.1/', false], ['http://[::ffff:7f00:1]/', false], ['https://example.org/', false]] as const) {
    assert.equal(isLoopback(new URL(url)), want, url);
  }
});
