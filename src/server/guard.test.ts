// The host rule (DNS rebinding) and the origin rule (cross-site writes), with a plain client: in-process
// requests for each case, then raw requests on a loopback socket as curl would send them. The same
// attacks from a real browser page are in test/browser-guard.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import { allowedHosts, normalHost } from './guard.js';
import { listen } from './listen.js';
import type { Store } from '../store/store.js';
import { seedStore } from '../../test/support/api-seed.js';

let store: Store;
let app: Hono;
const TEXT = 'Gunmen killed 99 people in an attack on a village market on Tuesday, officials said.';

before(async () => {
  store = (await seedStore()).store;
  app = createApp({ backend: storeBackend(store), webRoot: '/nonexistent', allowedHosts: allowedHosts('127.0.0.1', ['sitrep.example.org']) });
});
after(() => store.close());

const articles = async () => (await store.stats()).articles;
const post = (headers: Record<string, string>, body = TEXT, path = '/api/articles') => app.request(path, { method: 'POST', body, headers });

test('the host rule: only the server\'s own names are answered, reads included', async () => {
  const cases: [string, number][] = [
    ['localhost:8377', 200], ['LOCALHOST', 200], ['127.0.0.1:8377', 200], ['[::1]:8377', 200], ['sitrep.example.org', 200], ['Sitrep.Example.Org:443', 200],
    ['evil.example', 403], ['evil.example:8377', 403], ['127.0.0.1.evil.example', 403], ['localhost.evil.example', 403], ['sitrep.example.org.evil', 403],
    ['10.0.0.1', 403], ['', 400], ['a b', 400], ['user@localhost', 400], ['localhost/x', 400],
  ];
  for (const [host, status] of cases) {
    for (const path of ['/healthz', '/api/incidents', '/api/incidents/1', '/api/export?format=jsonl', '/']) {
      const res = await app.request(path, { headers: { Host: host } });
      assert.equal(res.status === 503 || res.status === 404 ? 200 : res.status, status, `Host: ${host} ${path}`); // no web app here: 503/404 is the app answering
      if (status !== 200) {
        assert.equal((await res.json()).error.code, 'E_BAD_HOST', host);
        assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      }
    }
  }
  const before = await articles();
  assert.equal((await post({ Host: 'evil.example:8377', 'Content-Type': 'application/json' }, JSON.stringify({ text: TEXT }))).status, 403);
  assert.equal(await articles(), before);
});

test('the origin rule: a write from another origin stores nothing, whatever its content type', async () => {
  const before = await articles();
  const hostile: Record<string, string>[] = [
    { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
    { Origin: 'https://evil.example', 'Content-Type': 'text/plain;charset=UTF-8', 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' },
    { Origin: 'null', 'Content-Type': 'text/plain' },
    { Origin: 'http://localhost:3000', 'Content-Type': 'text/plain' }, // another server on this machine: same site, not same origin
    { Origin: 'http://localhost', 'Content-Type': 'text/html', 'Sec-Fetch-Site': 'same-site' },
    { Origin: 'http://localhost.evil.example', 'Content-Type': 'application/json' },
    { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'text/plain' }, // a browser that left out Origin
    { Origin: 'not a url', 'Content-Type': 'text/plain' },
    { Origin: 'ftp://localhost', 'Content-Type': 'text/plain' },
  ];
  for (const headers of hostile) {
    for (const path of ['/api/articles', '/api/extract']) {
      const res = await post(headers, headers['Content-Type'].startsWith('application/json') ? JSON.stringify({ text: TEXT }) : TEXT, path);
      assert.equal(res.status, 403, `${path} ${JSON.stringify(headers)}`);
      assert.equal((await res.json()).error.code, 'E_CROSS_ORIGIN');
    }
  }
  // A form posts x-www-form-urlencoded or multipart: refused by the origin rule before its type is looked at.
  assert.equal((await post({ Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }, `text=${encodeURIComponent(TEXT)}`)).status, 403);
  assert.equal(await articles(), before);
});

test('the origin rule lets the server\'s own pages and non-browser clients write', async () => {
  const before = await articles();
  // curl, the CLI, scripts: no Origin, no Sec-Fetch-Site; text bodies as before.
  assert.equal((await post({ 'Content-Type': 'text/plain' }, `${TEXT} First.`)).status, 201);
  // The web app: same origin (the browser says so), JSON or text.
  assert.equal((await post({ Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'text/plain' }, `${TEXT} Second.`)).status, 201);
  assert.equal((await post({ Host: '127.0.0.1:8377', Origin: 'http://127.0.0.1:8377', 'Content-Type': 'application/json' }, JSON.stringify({ text: `${TEXT} Third.` }))).status, 201);
  // Behind a TLS proxy that keeps the Host: https origin, same host and port.
  assert.equal((await post({ Host: 'sitrep.example.org', Origin: 'https://sitrep.example.org', 'Content-Type': 'application/json' }, JSON.stringify({ text: `${TEXT} Fourth.` }))).status, 201);
  assert.equal((await post({ Host: 'sitrep.example.org:8443', Origin: 'https://sitrep.example.org', 'Content-Type': 'application/json' }, JSON.stringify({ text: `${TEXT} Fourth!` }))).status, 403, 'another port');
  // A user typing a URL (Sec-Fetch-Site: none) is no cross-site request.
  assert.equal((await post({ 'Sec-Fetch-Site': 'none', 'Content-Type': 'application/json' }, JSON.stringify({ text: `${TEXT} Fifth.` }))).status, 201);
  // Reads from anywhere are not writes (the browser keeps another origin from reading the answer).
  assert.equal((await app.request('/api/incidents', { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } })).status, 200);
  assert.equal(await articles(), before + 5);
});

test('JSON-only bodies: a route that takes JSON refuses text, and text is refused from another origin even past the origin rule', async () => {
  const { readBody } = await import('./read-body.js');
  const { Hono } = await import('hono');
  const bare = new Hono();
  bare.post('/json', async (c) => c.json(await readBody(c, 1000)));
  bare.post('/article', async (c) => c.json(await readBody(c, 1000, { text: true })));
  bare.onError((err: any, c) => c.json({ code: err.code }, err.status ?? 500));
  const send = (path: string, headers: Record<string, string>) => bare.request(path, { method: 'POST', body: 'hello', headers });
  assert.equal((await send('/json', { 'Content-Type': 'text/plain' })).status, 415);
  assert.equal((await send('/article', { 'Content-Type': 'text/plain' })).status, 200);
  assert.equal((await send('/article', { 'Content-Type': 'text/plain', Origin: 'https://evil.example' })).status, 415);
  assert.equal((await send('/article', { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'cross-site' })).status, 415);
});

test('allowed host names: loopback by default, the bound address, every local address on a wildcard, --allowed-host names', () => {
  assert.deepEqual(allowedHosts('127.0.0.1'), ['localhost', '127.0.0.1', '[::1]']);
  assert.ok(allowedHosts('192.168.7.9').includes('192.168.7.9'));
  assert.ok(allowedHosts('::').includes('127.0.0.1'));
  assert.ok(allowedHosts('0.0.0.0', ['News.Example', 'xn--bcher-kva.example']).includes('news.example'));
  assert.ok(allowedHosts('127.0.0.1', ['bücher.example']).includes('xn--bcher-kva.example'));
  assert.throws(() => allowedHosts('127.0.0.1', ['a b']), /not a host name/);
  assert.equal(normalHost('::1'), '[::1]');
  assert.equal(normalHost('evil/x'), null);
});

/** A raw HTTP/1.1 request, headers exactly as given (as curl sends them). */
function raw(port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...headers, ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}) }, setHost: false }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('on a socket, as curl sends it: a cross-origin text/plain POST and a rebound Host are refused; a same-origin client writes', async () => {
  const server: Server = await listen(app, { port: 0, hostname: '127.0.0.1' });
  const port = (server.address() as AddressInfo).port;
  try {
    const before = await articles();
    const own = `127.0.0.1:${port}`;
    const evil = await raw(port, 'POST', '/api/articles', { Host: own, Origin: 'https://evil.example', 'Content-Type': 'text/plain' }, TEXT);
    assert.equal(evil.status, 403);
    assert.equal(JSON.parse(evil.body).error.code, 'E_CROSS_ORIGIN');
    const rebound = await raw(port, 'GET', '/api/incidents', { Host: `rebind.evil.example:${port}` });
    assert.equal(rebound.status, 403);
    assert.equal(JSON.parse(rebound.body).error.code, 'E_BAD_HOST');
    const reboundWrite = await raw(port, 'POST', '/api/articles', { Host: `rebind.evil.example:${port}`, Origin: `http://rebind.evil.example:${port}`, 'Content-Type': 'application/json' }, JSON.stringify({ text: TEXT }));
    assert.equal(reboundWrite.status, 403);
    assert.equal(await articles(), before);
    const curl = await raw(port, 'POST', '/api/articles', { Host: own, 'Content-Type': 'text/plain' }, `${TEXT} From curl.`);
    assert.equal(curl.status, 201);
    const page = await raw(port, 'POST', '/api/articles', { Host: `localhost:${port}`, Origin: `http://localhost:${port}`, 'Content-Type': 'application/json' }, JSON.stringify({ text: `${TEXT} From the page.` }));
    assert.equal(page.status, 201);
    assert.equal(await articles(), before + 2);
  } finally {
    await new Promise((r) => server.close(r));
  }
});
