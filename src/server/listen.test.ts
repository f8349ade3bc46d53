// Requests Node or the adapter refuse before the app sees them still get the API's answer (a JSON
// error with a code, and the CSP); a client that goes away mid-request is not logged as our error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { storeBackend } from './store-backend.js';
import { listen } from './listen.js';
import type { Store } from '../store/store.js';
import { seedStore } from '../../test/support/api-seed.js';

let store: Store;
let server: Server;
let port: number;

before(async () => {
  store = (await seedStore()).store;
  server = await listen(createApp({ backend: storeBackend(store), webRoot: '/nonexistent' }), { port: 0, hostname: '127.0.0.1' });
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await store.close();
});

/** Sends raw bytes; resolves with what came back once the server closes or `ms` pass. */
function send(bytes: string, ms = 3000): Promise<string> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1');
    let out = '';
    sock.on('data', (d) => { out += d; });
    const done = () => { sock.destroy(); resolve(out); };
    sock.on('close', done);
    sock.on('error', done);
    setTimeout(done, ms);
    sock.write(bytes);
  });
}

function parse(answer: string): { status: number; headers: string; body: any } {
  const [head, ...rest] = answer.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  let body: any = null;
  try { body = JSON.parse(rest.join('\r\n\r\n')); } catch { /* checked by the caller */ }
  return { status, headers: head.toLowerCase(), body };
}

test('what Node itself refuses gets a JSON error with a code and the security headers', async () => {
  const cases: [string, string, number, string][] = [
    ['a 16 KB URL', `GET /api/incidents?text=${'a'.repeat(16 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, 431, 'E_HEADERS_TOO_LARGE'],
    ['a 20 KB header', `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'b'.repeat(20 * 1024)}\r\n\r\n`, 431, 'E_HEADERS_TOO_LARGE'],
    ['a malformed request line', 'GARBAGE\r\n\r\n', 400, 'E_BAD_REQUEST'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n', 400, 'E_BAD_REQUEST'],
    ['a malformed Host', 'GET /healthz HTTP/1.1\r\nHost: exa mple\r\n\r\n', 400, 'E_BAD_HOST'],
    ['a Host with a path', 'GET /healthz HTTP/1.1\r\nHost: [::1\r\n\r\n', 400, 'E_BAD_HOST'],
    ['no Host at all', 'GET /healthz HTTP/1.1\r\n\r\n', 400, ''],
  ];
  for (const [name, bytes, status, code] of cases) {
    const a = parse(await send(bytes));
    assert.equal(a.status, status, `${name}: ${a.headers.slice(0, 200)}`);
    if (code) assert.equal(a.body?.error?.code, code, `${name}: ${JSON.stringify(a.body)}`);
    else assert.match(a.body?.error?.code ?? '', /^E_[A-Z_]+$/, name);
    assert.match(a.headers, /content-type: application\/json/, name);
    assert.match(a.headers, /content-security-policy: default-src 'self'/, name);
  }
  // And the server is still up.
  const ok = parse(await send('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'));
  assert.equal(ok.status, 200);
});

test('a client that goes away mid-body or mid-answer is not logged as an internal error', async () => {
  const logged: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const keep = { error: console.error, info: console.info, log: console.log };
  (process.stderr as any).write = (chunk: any, ...rest: any[]) => { logged.push(String(chunk)); return write(chunk, ...rest); };
  console.error = console.info = console.log = (...args: unknown[]) => { logged.push(args.map(String).join(' ')); };
  try {
    // A body announced at 100 KB, 10 bytes of it sent, then the connection dropped.
    await send(`POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text": "`, 300);
    await send(`POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n`, 300);
    // An export read a little, then dropped.
    await send('GET /api/export?format=jsonl HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 30);
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    (process.stderr as any).write = write;
    Object.assign(console, keep);
  }
  assert.deepEqual(logged.filter((l) => /internal|error|abort/i.test(l)), []);
  const ok = parse(await send('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'));
  assert.equal(ok.status, 200);
});
