// Two `sitrep ingest` processes on the same database at once — over overlapping inputs, in opposite
// orders — while a server in this process reads it over a loopback socket: no corruption, no lost
// article, no duplicate, and every read answered. SQLite's WAL + busy timeout do the turn-taking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openStore } from '../../src/store/index.js';
import { createApp } from '../../src/server/app.js';
import { storeBackend } from '../../src/server/store-backend.js';
import { generateCorpus } from '../corpus/generate.js';
import { assertSound } from '../support/db-sound.js';

const STRESS = process.env.SITREP_STRESS === '1';
const BIN = join(import.meta.dirname, '..', 'helpers', 'sitrep-bin.ts');

function run(file: string, db: string, batch: number): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'ingest', file, '--db', db, '--batch', String(batch), '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b) => { out += b; });
  child.stderr.on('data', (b) => { out += b; });
  return new Promise((r) => child.on('exit', (code) => r({ code, out })));
}

test('two ingest processes and a reading server on one database: nothing lost, nothing twice', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-conc-'));
  try {
    const articles = generateCorpus({ seed: 41, incidents: STRESS ? 400 : 40 }).articles;
    const total = articles.length;
    // A gets the first two thirds, B the last two thirds backwards: a third overlaps, met from both ends.
    const a = articles.slice(0, Math.ceil((2 * total) / 3));
    const b = articles.slice(Math.floor(total / 3)).reverse();
    writeFileSync(join(dir, 'a.jsonl'), a.map((x) => JSON.stringify(x)).join('\n') + '\n');
    writeFileSync(join(dir, 'b.jsonl'), b.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const db = join(dir, 'shared.db');
    const opened = openStore(db); // create the schema first, as a running server would have
    assert.ok(opened.ok);
    const app = createApp({ backend: storeBackend(opened.value), webRoot: '/nonexistent' });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => { const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s)); });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    let reads = 0;
    let done = false;
    const statuses = new Map<number, number>();
    const reader = (async () => {
      while (!done) {
        for (const path of ['/healthz', '/api/incidents?limit=50', '/api/incidents?text=killed&sort=-sources']) {
          const res = await fetch(url + path);
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          reads++;
        }
      }
    })();
    try {
      const [ra, rb] = await Promise.all([run(join(dir, 'a.jsonl'), db, 7), run(join(dir, 'b.jsonl'), db, 5)]);
      done = true;
      await reader;
      assert.equal(ra.code, 0, ra.out);
      assert.equal(rb.code, 0, rb.out);
      const counts = [ra.out, rb.out].map((o) => /^(\d+) read, (\d+) new, (\d+) duplicate, (\d+) failed/.exec(o)!.slice(1).map(Number));
      assert.equal(counts[0][1] + counts[1][1], total, `new articles add up to the whole set: ${ra.out} ${rb.out}`);
      assert.deepEqual([counts[0][3], counts[1][3]], [0, 0]);
      assert.deepEqual([...statuses.keys()], [200], `server answers: ${JSON.stringify([...statuses])}`);
      assert.ok(reads > 0);
    } finally {
      await new Promise((r) => server.close(r));
      await opened.value.close();
    }
    assert.equal(assertSound(db, 'after two concurrent ingests'), total);
    process.stdout.write(`# concurrent ingest: ${total} articles from 2 processes, ${reads} reads served meanwhile\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
