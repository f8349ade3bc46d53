// sitrep watch end to end, against three local outlets on three loopback addresses (nothing else is
// contacted): their feeds' items report one incident, and the watch ends with one fused incident carrying
// the three outlets. A watch killed with SIGKILL while a page is on its way, then started again, reads
// nothing twice: the pages stored before the kill are not fetched again, the one in flight is read once.
// Also `sitrep sources`, `sitrep ingest URL`, and SIGTERM finishing the article in hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../helpers/cli.js';
import type { LocalWeb } from '../support/local-web.js';
import { OUTLETS, outlets } from '../support/outlets.js';

const BIN = join(import.meta.dirname, '..', 'helpers', 'sitrep-bin.ts');

function count(db: string, sql: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    d.pragma('busy_timeout = 1000');
    try { return (d.prepare(sql).get() as { n: number }).n; } finally { d.close(); }
  } catch {
    return 0;
  }
}

const pageHits = (webs: LocalWeb[]) => webs.map((w) => w.hits('/2026/03/12/kharkiv-strike'));

test('sitrep watch: three local feeds reporting one strike end as one incident with the three outlets; killed and started again, it reads nothing twice', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  const site = await outlets({ hold: true, slowFeed: true });
  try {
    const sources = join(dir, 'sources.txt');
    writeFileSync(sources, `# the outlets\n${site.webs.map((w) => `${w.base}/feed.xml`).join('\n')}\nnot-a-url   # skipped with a message\n`);
    const db = join(dir, 'watch.db');
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'watch', sources, '--db', db, '--every', '1h', '--delay', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stderr.on('data', (b) => { log += b; });
    const exited = new Promise<string | null>((r) => child.on('exit', (_c, signal) => r(signal)));
    const deadline = Date.now() + 90_000;
    while (count(db, 'SELECT count(*) AS n FROM articles') < 2 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(count(db, 'SELECT count(*) AS n FROM articles'), 2, `two articles stored before the kill:\n${log}`);
    assert.equal(site.webs[2].open(), 1, 'the third page is on its way');
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.match(log, /skipped .*sources\.txt:5: not an http\(s\) URL/);
    site.release();

    const again = await runCli(['watch', sources, '--db', db, '--once', '--delay', '0', '--quiet']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 new items, 1 stored, 0 duplicate, 0 failed/);
    assert.deepEqual(pageHits(site.webs), [1, 1, 2], 'pages stored before the kill are not fetched again; the one in flight is read once');
    assert.equal(count(db, 'SELECT count(*) AS n FROM articles'), 3);
    assert.equal(count(db, 'SELECT count(DISTINCT url) AS n FROM articles'), 3);

    const events = await runCli(['events', '--db', db, '--format', 'json']);
    const incidents = JSON.parse(events.stdout) as { outlets: string[]; sources: number; articles: number }[];
    assert.equal(incidents.length, 1, events.stdout);
    assert.deepEqual([...incidents[0].outlets].sort(), OUTLETS.map((o) => o.name).sort());
    assert.deepEqual([incidents[0].sources, incidents[0].articles], [3, 3]);

    const d = new Database(db, { readonly: true });
    const rows = d.prepare('SELECT url, title, outlet, published, language, text FROM articles ORDER BY outlet').all() as Record<string, string>[];
    d.close();
    for (const r of rows) {
      assert.doesNotMatch(r.url, /utm_/, 'tracking parameters dropped');
      assert.equal(r.published, '2026-03-12');
      assert.equal(r.language, 'en');
      assert.doesNotMatch(r.text, /cookies|Home|©/, 'no boilerplate');
    }

    const listed = await runCli(['sources', '--db', db]);
    assert.equal(listed.code, 0);
    for (const w of site.webs) assert.match(listed.stdout, new RegExp(`ok\\s+\\S+ \\S+\\s+0\\s+1\\s+0\\s+0\\s+.*${w.base.replace(/[.:/]/g, '\\$&')}/feed\\.xml \\(rss: `));
    const json = JSON.parse((await runCli(['sources', '--db', db, '--format', 'json'])).stdout);
    assert.deepEqual(json.map((s: { status: string; items: number; done: number }) => [s.status, s.items, s.done]), [['ok', 1, 1], ['ok', 1, 1], ['ok', 1, 1]]);
    // Every request named sitrep.
    for (const w of site.webs) for (const r of w.requests) assert.match(String(r.headers['user-agent']), /^sitrep\/0\.1\.0/);
  } finally {
    site.release();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sitrep watch: SIGTERM finishes the article in hand and stops; the rest waits for the next run', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-term-'));
  const site = await outlets({ hold: true, slowFeed: true });
  try {
    const db = join(dir, 'watch.db');
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'watch', ...site.webs.map((w) => `${w.base}/feed.xml`), '--db', db, '--delay', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const deadline = Date.now() + 90_000;
    while (count(db, 'SELECT count(*) AS n FROM articles') < 2 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(out, /\(stopped\)/);
    assert.equal(count(db, 'SELECT count(*) AS n FROM articles'), 2);
    assert.equal(count(db, "SELECT count(*) AS n FROM watch_items WHERE state = 'pending'"), 1);
  } finally {
    site.release();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sitrep ingest URL reads a page as watch does; sitrep sources on a store that watches nothing says so', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-url-'));
  const site = await outlets();
  try {
    const db = join(dir, 'one.db');
    const page = `${site.webs[0].base}/2026/03/12/kharkiv-strike?utm_source=share`;
    const r = await runCli(['ingest', page, `${site.webs[0].base}/private/x`, '--db', db, '--quiet', '--delay', '0']);
    assert.match(r.stdout, /2 read, 1 new, 0 duplicate, 1 failed/);
    assert.match(r.stdout, /robots\.txt disallows \/private\/x.*\[E_ROBOTS\]/);
    assert.equal(site.webs[0].hits('/private/x'), 0);
    const d = new Database(db, { readonly: true });
    const a = d.prepare('SELECT url, outlet, title, published FROM articles').get() as Record<string, string>;
    d.close();
    assert.deepEqual(a, { url: `${site.webs[0].base}/2026/03/12/kharkiv-strike`, outlet: 'Northern Courier', title: OUTLETS[0].title, published: '2026-03-12' });
    const again = await runCli(['ingest', page, '--db', db, '--quiet', '--delay', '0']);
    assert.match(again.stdout, /1 read, 0 new, 1 duplicate/);
    const none = await runCli(['sources', '--db', db]);
    assert.match(none.stdout, /no sources/);
    const noWatch = await runCli(['watch', '--db', db, '--once']);
    assert.equal(noWatch.code, 2);
    assert.match(noWatch.stderr, /watches no source yet/);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sitrep watch reads each article within --read-budget: one past it is that item\'s E_TIMEOUT, the watch goes on; --help lists the options', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-budget-'));
  const site = await outlets();
  try {
    const db = join(dir, 'budget.db');
    const feeds = site.webs.map((w) => `${w.base}/feed.xml`);
    const r = await runCli(['watch', ...feeds, '--db', db, '--once', '--delay', '0', '--read-budget', '0.001']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /E_TIMEOUT/);
    assert.ok(count(db, "SELECT count(*) AS n FROM watch_items WHERE state = 'failed' AND error_code = 'E_TIMEOUT'") >= 1);
    assert.equal(count(db, "SELECT count(*) AS n FROM watch_items WHERE state = 'pending'"), 0);
    const sources = await runCli(['sources', '--db', db]);
    assert.match(sources.stdout, /3 sources, 0 failing; 0 items pending/);
    const bad = await runCli(['watch', ...feeds, '--db', db, '--read-budget', 'soon']);
    assert.equal(bad.code, 2);
    const help = await runCli(['watch', '--help']);
    for (const o of ['--every', '--once', '--contact', '--delay', '--per-host', '--timeout', '--read-budget', '--db']) assert.ok(help.stdout.includes(o), o);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
