// Cross-site writes and DNS rebinding from a real browser (headless Debian chromium, playwright-core):
//  - a page on another origin (another port of 127.0.0.1) posts an article to the server with
//    `fetch(mode: 'no-cors')` and with an auto-submitted `<form enctype=text/plain>`: nothing is stored;
//  - a page on evil.test (chromium resolves the name to 127.0.0.1) is served by the attacker, then its
//    connections go to the sitrep server instead — what a DNS rebinding does — and it reads
//    /api/incidents from its own origin, i.e. from the server: refused, so it reads nothing, and its
//    same-origin write is refused too.
// The same cases with a plain client are in src/server/guard.test.ts. Skips when chromium is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { launchChromium, skipWithoutChromium } from './support/browser.js';
import { createApp } from '../src/server/app.js';
import { storeBackend } from '../src/server/store-backend.js';
import { listen } from '../src/server/listen.js';
import { seedStore } from './support/api-seed.js';

const skip = skipWithoutChromium;
const TEXT = 'Gunmen killed 99 people in an attack on a village market on Tuesday, officials said.';

test('another origin cannot write and a rebound name cannot read, in headless chromium', { skip, timeout: 120_000 }, async (t) => {
  const { store } = await seedStore();
  const seen: { method: string; url: string; host: string; status: number }[] = [];
  const app = createApp({ backend: storeBackend(store), webRoot: '/nonexistent' });
  const server = await listen(app, { port: 0, hostname: '127.0.0.1' });
  // Every answer the server gives, so the test can tell the requests reached it and were refused.
  server.on('request', (req, res) => res.on('finish', () => seen.push({ method: req.method!, url: req.url!, host: req.headers.host ?? '', status: res.statusCode })));
  const port = (server.address() as AddressInfo).port;
  const target = `http://127.0.0.1:${port}`;

  // The attacker's site: another port, so another origin (same site as far as cookies go, which is worse).
  const attack = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
  const pages: Record<string, string> = {
    '/fetch': attack(`<script>
      fetch(${JSON.stringify(`${target}/api/articles`)}, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: ${JSON.stringify(TEXT)} })
        .then(() => { document.title = 'sent'; }, (e) => { document.title = 'failed ' + e; });
    </script>`),
    '/form': attack(`<form id="f" method="POST" enctype="text/plain" action=${JSON.stringify(`${target}/api/articles`)}>
      <input name=${JSON.stringify(TEXT.slice(0, 40))} value=${JSON.stringify(TEXT.slice(40))}></form>
      <script>document.getElementById('f').submit();</script>`),
    '/rebind': attack(`<script>
      (async () => {
        await fetch('/flip').catch(() => undefined); // from here on, this page's origin is the sitrep server
        await new Promise((r) => setTimeout(r, 300));
        const read = await fetch('/api/incidents?limit=500').then(async (r) => r.status + ' ' + (await r.text()).slice(0, 200), (e) => 'failed ' + e);
        const write = await fetch('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: ${JSON.stringify(TEXT)} }) })
          .then((r) => String(r.status), (e) => 'failed ' + e);
        document.title = JSON.stringify({ read, write });
      })();
    </script>`),
    '/extract-form': attack(`<form id="f" method="POST" enctype="text/plain" action=${JSON.stringify(`${target}/api/extract`)}>
      <input name="a" value="b"></form><script>document.getElementById('f').submit();</script>`),
  };
  let flip = (): void => undefined;
  const evil: Server = createServer((req, res) => {
    if (req.url === '/flip') {
      res.writeHead(204, { Connection: 'close' });
      res.end();
      flip();
      return;
    }
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? '');
  });
  await new Promise<void>((r) => evil.listen(0, '127.0.0.1', () => r()));
  const evilPort = (evil.address() as AddressInfo).port;
  const evilBase = `http://127.0.0.1:${evilPort}`;

  // After a DNS rebinding, evil.test resolves to this machine: chromium is told so from the start.
  const context = await launchChromium({ profile: 'sitrep-chromium-guard-', args: ['--host-resolver-rules=MAP evil.test 127.0.0.1'] });
  const before = (await store.stats()).articles;
  try {
    const page = await context.newPage();
    await t.test('fetch(no-cors) with a text/plain body from another origin stores nothing', async () => {
      await page.goto(`${evilBase}/fetch`);
      await page.waitForFunction(() => document.title !== '', null, { timeout: 10_000 });
      const post = await waitFor(seen, (s) => s.method === 'POST' && s.url === '/api/articles');
      assert.equal(post.status, 403);
      assert.equal((await store.stats()).articles, before);
    });
    await t.test('a <form enctype=text/plain> posted from another origin stores nothing', async () => {
      seen.length = 0;
      const answer = page.waitForResponse((r) => r.url() === `${target}/api/articles`);
      await page.goto(`${evilBase}/form`);
      const res = await answer;
      assert.equal(res.status(), 403);
      assert.match(await res.text(), /E_CROSS_ORIGIN/);
      seen.length = 0;
      const extract = page.waitForResponse((r) => r.url() === `${target}/api/extract`);
      await page.goto(`${evilBase}/extract-form`);
      assert.equal((await extract).status(), 403);
      assert.equal((await store.stats()).articles, before);
    });
    await t.test('after a DNS rebinding, the attacker\'s page reads nothing and writes nothing', async () => {
      seen.length = 0;
      // evil.test:PORT is a proxy that forwards to the attacker's server until the page asks /flip, then to
      // the sitrep server: what a DNS rebinding does to the name, done to the connection instead.
      let flipped = false;
      const sockets = new Set<Socket>();
      const proxy = createNetServer((sock) => {
        const dest = connect(flipped ? port : evilPort, '127.0.0.1');
        sockets.add(sock);
        sock.on('close', () => sockets.delete(sock));
        sock.on('error', () => dest.destroy());
        dest.on('error', () => sock.destroy());
        sock.pipe(dest).pipe(sock);
      });
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
      flip = () => {
        flipped = true;
        setTimeout(() => { for (const s of sockets) s.destroy(); }, 50);
      };
      const rebound = `http://evil.test:${(proxy.address() as AddressInfo).port}`;
      try {
        await page.goto(`${rebound}/rebind`);
        await page.waitForFunction(() => document.title.startsWith('{'), null, { timeout: 15_000 });
        const got = JSON.parse(await page.title()) as { read: string; write: string };
        assert.match(got.read, /^403 .*E_BAD_HOST/, `the page read: ${got.read}`);
        assert.doesNotMatch(got.read, /"items"/);
        assert.equal(got.write, '403');
        // The requests did reach the server under the rebound name (the test is not passing for want of a connection).
        assert.ok(seen.some((s) => s.host.startsWith('evil.test:') && s.url.startsWith('/api/incidents') && s.status === 403), JSON.stringify(seen));
        assert.equal((await store.stats()).articles, before);
      } finally {
        for (const s of sockets) s.destroy();
        await new Promise((r) => proxy.close(r));
      }
    });
  } finally {
    await context.close();
    for (const s of [evil, server]) {
      s.closeAllConnections(); // chromium's keep-alive connections would hold close() open
      await new Promise((r) => s.close(r));
    }
    await store.close();
  }
});

async function waitFor<T>(list: T[], pred: (x: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const hit = list.find(pred);
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`not seen within ${ms} ms: ${JSON.stringify(list)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
