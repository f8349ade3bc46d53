// Crash safety: a child `sitrep ingest` is killed with SIGKILL mid-run; the database must pass
// integrity_check, hold whole articles only (each with its events fused), and a re-run must end with
// every article stored exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateCorpus } from '../corpus/generate.js';

const BIN = join(import.meta.dirname, '..', 'helpers', 'sitrep-bin.ts');

function countArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    d.pragma('busy_timeout = 1000');
    try { return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n; } finally { d.close(); }
  } catch {
    return 0; // not migrated yet
  }
}

function ingestChild(file: string, db: string) {
  return spawn(process.execPath, ['--import', 'tsx', BIN, 'ingest', file, '--db', db, '--batch', '10', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
}

test('ingest killed with SIGKILL mid-run loses nothing committed, and a re-run completes it once', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
  try {
    const corpus = generateCorpus({ seed: 7, incidents: 150 });
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, corpus.articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const total = corpus.articles.length;
    const db = join(dir, 'kill.db');

    const child = ingestChild(file, db);
    const exited = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
    let seen = 0;
    while (child.exitCode === null && child.signalCode === null) {
      seen = countArticles(db);
      if (seen >= 30) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    const end = await exited;
    assert.equal(end.signal, 'SIGKILL', `the child ended by itself (${end.code}) before it could be killed`);

    const d = new Database(db);
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    const stored = (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    assert.ok(stored >= seen && stored < total, `killed mid-run: ${stored} of ${total} stored`);
    assert.equal(stored % 10, 0, 'only whole batches are committed');
    d.close();

    const rerun = ingestChild(file, db);
    let out = '';
    rerun.stdout.on('data', (b) => { out += b; });
    const code = await new Promise<number | null>((r) => rerun.on('exit', (c) => r(c)));
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`^${total} read, ${total - stored} new, ${stored} duplicate, 0 failed`));

    const after = new Database(db, { readonly: true });
    assert.equal(after.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal((after.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, total);
    assert.equal((after.prepare('SELECT count(DISTINCT key) AS n FROM articles').get() as { n: number }).n, total);
    assert.equal((after.prepare('SELECT count(*) AS n FROM articles_fts').get() as { n: number }).n, total);
    assert.equal((after.prepare('SELECT count(*) AS n FROM events WHERE incident_id IS NULL').get() as { n: number }).n, 0);
    assert.deepEqual(after.pragma('foreign_key_check'), []);
    after.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Ctrl-C (SIGINT) stops ingest cleanly after the batch in flight; a re-run finishes the rest', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-int-'));
  try {
    const corpus = generateCorpus({ seed: 8, incidents: 150 });
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, corpus.articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const total = corpus.articles.length;
    const db = join(dir, 'int.db');
    const child = ingestChild(file, db);
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    while (child.exitCode === null && countArticles(db) < 30) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    assert.equal(await exited, 130, out);
    assert.match(out, /interrupted: run again to continue/);
    const stored = countArticles(db);
    assert.ok(stored > 0 && stored < total && stored % 10 === 0, `${stored} of ${total}`);
    const rerun = ingestChild(file, db);
    let out2 = '';
    rerun.stdout.on('data', (b) => { out2 += b; });
    assert.equal(await new Promise<number | null>((r) => rerun.on('exit', (c) => r(c))), 0);
    assert.match(out2, new RegExp(`^${total} read, ${total - stored} new, ${stored} duplicate, 0 failed`));
    assert.equal(countArticles(db), total);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
