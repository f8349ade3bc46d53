// The API under abuse: injection strings in every filter, traversal in ids, malformed and oversize
// bodies, wrong content types, missing or wrong tokens — each answered with a proper status and a JSON
// error, nothing stored without the token — then 1,000 concurrent requests on a real loopback socket.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import { listen } from './listen.js';
import type { Store } from '../store/store.js';
import { seedStore } from '../../test/support/api-seed.js';

const STRESS = process.env.SITREP_STRESS === '1';
const TOKEN = 'a-long-abuse-test-token';
let store: Store;
let open: Hono;
let locked: Hono;

before(async () => {
  store = (await seedStore()).store;
  open = createApp({ backend: storeBackend(store), webRoot: '/nonexistent' });
  locked = createApp({ backend: storeBackend(store), token: TOKEN, webRoot: '/nonexistent' });
});
after(() => store.close());

const INJECTIONS = [
  "' OR 1=1 --", "'; DROP TABLE articles; --", '" OR ""="', '1; DELETE FROM incidents', "') UNION SELECT * FROM sqlite_master --",
  '%27%20OR%201%3D1', 'NEAR(a b)', 'a* OR b*', '"unclosed', 'col:value', '^start', '*', '\u0000', '\\', '%00', '../../etc/passwd',
  "1' AND sleep(5)--", '${7*7}', '{{7*7}}', '<script>alert(1)</script>', 'x'.repeat(5000), '🙂'.repeat(100),
];
const FILTERS = ['since', 'until', 'country', 'type', 'sub-type', 'actor', 'source', 'near', 'bbox', 'text', 'min-sources', 'status', 'sort', 'limit', 'offset'];

async function expectJsonAnswer(res: Response, allowed: number[], where: string): Promise<void> {
  assert.ok(allowed.includes(res.status), `${where}: status ${res.status} ${await res.clone().text().then((t) => t.slice(0, 200))}`);
  if (res.status >= 400) {
    const body = await res.json();
    assert.match(body.error?.code ?? '', /^E_[A-Z_]+$/, where);
  }
}

test('SQL and FTS injection strings in every filter are 200 or 400, never 500, and change nothing', async () => {
  const before = await store.stats();
  for (const path of ['/api/incidents', '/api/export']) {
    for (const name of FILTERS) {
      for (const evil of INJECTIONS) {
        const qs = `${encodeURIComponent(name)}=${encodeURIComponent(evil)}${path === '/api/export' ? '&format=jsonl' : ''}`;
        if (path === '/api/export' && ['sort', 'limit', 'offset'].includes(name)) continue;
        await expectJsonAnswer(await open.request(`${path}?${qs}`), [200, 400], `${path}?${name}=${evil.slice(0, 30)}`);
      }
    }
  }
  // Percent-encodings that are not UTF-8 at all.
  for (const raw of ['text=%ff%fe', 'actor=%ED%A0%80', 'country=%', 'source=%zz', 'type=%00']) {
    await expectJsonAnswer(await open.request(`/api/incidents?${raw}`), [200, 400], raw);
  }
  assert.deepEqual(await store.stats(), before);
});

test('path traversal and odd ids are 400 or 404 with a JSON error', async () => {
  const ids = ['..', '../..', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fsecret', '1%00', '1;DROP', "1'OR'1'='1", '-1', '1e9', '99999999999999999999999', '%ff%fe', 'a'.repeat(3000)];
  for (const kind of ['incidents', 'articles']) {
    for (const id of ids) await expectJsonAnswer(await open.request(`/api/${kind}/${id}`), [400, 404], `${kind}/${id.slice(0, 30)}`);
  }
});

test('malformed bodies and wrong content types are 4xx with codes', async () => {
  const bodies: [string, string][] = [
    ['{', 'application/json'], ['null', 'application/json'], ['"text"', 'application/json'], ['{"text": 5}', 'application/json'],
    ['{"text": ["a"]}', 'application/json'], ['{"__proto__": {"text": "x"}}', 'application/json'], [`${'['.repeat(100_000)}`, 'application/json'],
    ['{"articles": {"length": 1e9}}', 'application/json'], ['<xml/>', 'application/xml'], ['text=a', 'application/x-www-form-urlencoded'],
    ['\u0000\u0001', 'application/octet-stream'],
  ];
  const before = await store.stats();
  for (const path of ['/api/extract', '/api/articles']) {
    for (const [body, type] of bodies) {
      const res = await open.request(path, { method: 'POST', body, headers: type ? { 'Content-Type': type } : {} });
      const where = `${path} ${type} ${body.slice(0, 30)}`;
      if (path === '/api/articles' && res.status === 200) {
        // A batch answers item by item: each bad item failed, with its code.
        const r = await res.json();
        assert.equal(r.failed, r.read, where);
        for (const item of r.items) assert.match(item.error?.code ?? '', /^E_[A-Z_]+$/, where);
        continue;
      }
      await expectJsonAnswer(res, [400, 413, 415, 422], where);
    }
  }
  assert.deepEqual(await store.stats(), before);
});

test('oversize bodies name their limit', async () => {
  const res = await open.request('/api/extract', { method: 'POST', body: JSON.stringify({ text: 'a '.repeat(1_300_000) }), headers: { 'Content-Type': 'application/json' } });
  assert.equal(res.status, 413);
  assert.match((await res.json()).error.message, /limit/i);
  const many = await open.request('/api/articles', { method: 'POST', body: JSON.stringify(Array.from({ length: 501 }, (_, i) => ({ text: `t ${i}` }))), headers: { 'Content-Type': 'application/json' } });
  assert.equal(many.status, 413);
  assert.match((await many.json()).error.message, /at most 500/);
  const page = await open.request('/api/incidents?limit=501');
  assert.equal(page.status, 400);
  assert.match((await page.json()).error.message, /limit/);
});

test('with a token (the server beyond loopback) nothing is stored without it', async () => {
  const before = await store.stats();
  const body = JSON.stringify({ text: 'Gunmen stormed a village police post overnight and killed three officers, residents said.' });
  const auths = [undefined, '', 'Bearer', 'Bearer ', 'Bearer wrong', `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `bearer${TOKEN}`, `Basic ${TOKEN}`,
    `Bearer ${TOKEN} extra`, `Token ${TOKEN}`, `Bearer ${TOKEN.toUpperCase()}`, `Bearer ${'x'.repeat(10_000)}`];
  for (const auth of auths) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(auth !== undefined ? { Authorization: auth } : {}) };
    const res = await locked.request('/api/articles', { method: 'POST', body, headers });
    await expectJsonAnswer(res, [401, 403], `auth ${String(auth).slice(0, 30)}`);
  }
  assert.deepEqual(await store.stats(), before);
  const ok = await locked.request('/api/articles', { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } });
  assert.equal(ok.status, 201);
  assert.equal((await store.stats()).articles, before.articles + 1);
});

test('1,000 concurrent requests on a loopback socket: every answer proper (busy ones with Retry-After), all writes land once, server up', { timeout: 120_000 }, async () => {
  const server = await listen(locked, { port: 0, hostname: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const total = STRESS ? 5000 : 1000;
    const before = await store.stats();
    const writes = new Set<string>();
    let busy = 0;
    let resets = 0;
    const send = (i: number): Promise<[number, number]> => {
      const kind = i % 10;
      let req: Promise<Response>;
      if (kind < 5) req = fetch(`${url}/api/incidents?limit=${1 + (i % 50)}&text=${encodeURIComponent(INJECTIONS[i % INJECTIONS.length])}`);
      else if (kind < 7) req = fetch(`${url}/healthz`);
      else if (kind === 7) req = fetch(`${url}/api/incidents/${i}`);
      else {
        // Writes: every fourth one without a valid token; the others unique or a repeat of an earlier one.
        const text = `Armed men fired on a patrol near the river crossing, wounding ${i % 40} soldiers, officials said in report ${i % 300}.`;
        const good = i % 4 !== 0;
        if (good) writes.add(text);
        // A busy server says 429/503 with Retry-After: a well-behaved client waits (here a tenth of it) and sends again.
        // A connection reset is sent again too: client and server share this process, and a loop held up by
        // the reading lets a keep-alive connection close just as the client reuses it (a write is stored
        // once whatever the number of sends: the same text is a duplicate).
        const post = async (tries = 0): Promise<Response> => {
          const r = await fetch(`${url}/api/articles`, { method: 'POST', body: JSON.stringify({ text }), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${good ? TOKEN : 'nope-nope'}` } })
            .catch((err: Error & { cause?: { code?: string } }) => {
              if (err.cause?.code !== 'ECONNRESET' || tries >= 3) throw err;
              resets++;
              return null;
            });
          if (!r) return post(tries + 1);
          if (r.status !== 429 && r.status !== 503) return r;
          const wait = Number(r.headers.get('retry-after'));
          assert.ok(wait >= 1, `${r.status} without Retry-After`);
          await r.arrayBuffer();
          busy++;
          await new Promise((res) => setTimeout(res, wait * 100));
          return post(tries);
        };
        req = post();
      }
      return req.then(async (r) => { await r.arrayBuffer(); return [i, r.status]; });
    };
    const results = await Promise.all(Array.from({ length: total }, (_, i) => send(i)));
    const bad = results.filter(([i, status]) => {
      const kind = i % 10;
      if (kind < 7) return status !== 200 && !(kind < 5 && status === 400);
      if (kind === 7) return status !== 404;
      return i % 4 === 0 ? status !== 403 : status !== 200 && status !== 201;
    });
    assert.deepEqual(bad.slice(0, 10), [], `${bad.length} improper answers`);
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    const stats = (await health.json()).store;
    assert.equal(stats.articles, before.articles + writes.size, 'each distinct valid write stored exactly once');
    process.stdout.write(`# concurrent requests held: ${total} (${writes.size} distinct writes stored once; ${busy} answers "busy, retry after", ${resets} connections reset)\n`);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});
