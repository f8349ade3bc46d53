// A full disk and a read-only database: a clear error with a code, and nothing already stored lost.
// In-process the disk is made "full" with SQLite's max_page_count; through the CLI, with a real 512 KB
// tmpfs and a read-only remount (needs root and mount(8); skipped otherwise).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Item } from '../../src/ingest/sources.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { getContext } from '../../src/pipeline/context.js';
import { generateCorpus } from '../corpus/generate.js';
import { assertSound } from '../support/db-sound.js';

const BIN = join(import.meta.dirname, '..', 'helpers', 'sitrep-bin.ts');
const corpus = generateCorpus({ seed: 31, incidents: 40 });

async function* items(from: number, to: number): AsyncIterable<Item> {
  for (const a of corpus.articles.slice(from, to)) yield { ok: true, input: a, origin: a.id, bytesDone: 0 } as Item;
}

test('a full database reports E_DISK_FULL per article and keeps everything stored before', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-full-'));
  try {
    const path = join(dir, 'full.db');
    const opened = openStore(path);
    assert.ok(opened.ok);
    const store = opened.value as SqliteStore;
    const ctx = getContext();
    const extract = (input: any) => extractArticle(input, ctx);
    const first = await ingest(store, items(0, 20), { extract, batchSize: 5 });
    assert.equal(first.new, 20);
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    const second = await ingest(store, items(20, corpus.articles.length), { extract, batchSize: 5 });
    assert.ok(second.failed > 0, 'a full database must refuse writes');
    assert.deepEqual(Object.keys(second.reasons), ['E_DISK_FULL']);
    assert.match(second.failures[0].message, /full/i);
    await store.close();
    assert.equal(assertSound(path, 'after the disk filled'), 20 + second.new);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function tryMount(dir: string, size: string): boolean {
  try { execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' }); return true; } catch { return false; }
}
const sitrep = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', BIN, ...args], { encoding: 'utf8' });

test('through the CLI: a 512 KB disk fills with E_DISK_FULL, a read-only mount gives E_READ_ONLY; stored articles survive', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-mnt-'));
  const mnt = join(dir, 'mnt');
  mkdirSync(mnt);
  if (!tryMount(mnt, '512k')) { t.skip('cannot mount a tmpfs here (needs root)'); rmSync(dir, { recursive: true, force: true }); return; }
  try {
    const big = generateCorpus({ seed: 32, incidents: 60 }).articles;
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, big.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const db = join(mnt, 'small.db');
    const r = sitrep(['ingest', file, '--db', db, '--batch', '10', '--quiet']);
    assert.match(r.stdout + r.stderr, /E_DISK_FULL/, r.stdout + r.stderr);
    const kept = new Database(db, { readonly: true });
    const n = (kept.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    assert.equal(kept.pragma('integrity_check', { simple: true }), 'ok');
    kept.close();
    assert.ok(n > 0 && n < big.length, `${n} of ${big.length} stored on a 512 KB disk`);

    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    const ro = sitrep(['ingest', file, '--db', db, '--quiet']);
    assert.match(ro.stdout + ro.stderr, /E_READ_ONLY/, ro.stdout + ro.stderr);
    const after = new Database(db, { readonly: true, fileMustExist: true });
    assert.equal((after.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, n, 'nothing lost on a read-only disk');
    after.close();
  } finally {
    spawnSync('umount', [mnt]);
    rmSync(dir, { recursive: true, force: true });
  }
});
