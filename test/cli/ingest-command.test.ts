// CLI tests for sitrep ingest: every input kind, idempotence, bad input reported and skipped.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../helpers/cli.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  const inp = join(dir, 'in');
  mkdirSync(join(inp, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(inp, 'one.txt'), 'Gunmen stormed a village council office at dawn, residents said.\n');
  writeFileSync(join(inp, 'nested', 'two.html'), '<html><head><title>Bridge closed</title></head><body><article><p>The river bridge was closed to traffic after cracks appeared in the main span, engineers said on Monday.</p></article></body></html>');
  writeFileSync(join(inp, 'nested', 'deeper', 'three.json'), JSON.stringify([{ id: 'j1', text: 'Farm prices rose sharply this spring.', outlet: 'Farm Weekly' }, { id: 'j2', text: '' }]));
  writeFileSync(join(inp, 'rows.jsonl'), [
    JSON.stringify({ id: 'r1', text: 'A ferry ran aground near the harbour; all passengers were brought ashore.', url: 'https://news.example/r1' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'r2', text: 'A FERRY ran   aground near the harbour -- all passengers were brought ashore!' }), // same text, folded
    '',
    JSON.stringify({ id: 'r3', text: 'Another story entirely, about a school opening.', url: 'https://news.example/r1' }), // same URL
  ].join('\n'));
  writeFileSync(join(inp, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Times</title>
    <item><title>Storm damage</title><link>https://valley.example/1</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
    <description><![CDATA[<p>High winds tore roofs off two warehouses on the ring road overnight.</p>]]></description></item>
    <item><title>Market day</title><link>https://valley.example/2</link><description>Traders returned to the old market square.</description></item>
    </channel></rss>`);
  writeFileSync(join(inp, 'atom.atom'), `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Post</title>
    <entry><title>Tunnel works</title><link href="https://hill.example/a"/><published>2024-04-01T10:00:00Z</published>
    <content type="html">&lt;p&gt;Work on the mountain tunnel resumed after the winter pause.&lt;/p&gt;</content></entry></feed>`);
  writeFileSync(join(inp, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
  writeFileSync(join(inp, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]));
  writeFileSync(join(inp, 'empty.txt'), '   \n');
  writeFileSync(join(inp, 'picture.png'), 'not an article, skipped by extension');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest: files, folders, JSON, JSONL and feeds are stored once each; bad items are reported and skipped', async () => {
  const db = join(dir, 'a.db');
  const r = await runCli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  // one.txt, two.html, j1, r1, 2 feed items, 1 atom entry = 7 new; r2 (folded text) and r3 (same URL) duplicate;
  // failed: j2 (empty), the broken line, binary.txt, latin1.txt, empty.txt.
  assert.match(r.stdout, /^14 read, 7 new, 2 duplicate, 5 failed/);
  assert.match(r.stdout, /E_EMPTY 2/);
  assert.match(r.stdout, /rows\.jsonl:2: not JSON \[E_BAD_JSON\]/);
  assert.match(r.stdout, /binary\.txt: .*\[E_BINARY\]/);
  assert.match(r.stdout, /latin1\.txt: .*\[E_ENCODING\]/);
  const d = new Database(db, { readonly: true });
  const feed = d.prepare("SELECT title, outlet, published, url FROM articles WHERE url = 'https://valley.example/1'").get() as any;
  assert.deepEqual(feed, { title: 'Storm damage', outlet: 'Valley Times', published: '2024-03-05', url: 'https://valley.example/1' });
  const atom = d.prepare("SELECT outlet, published, text FROM articles WHERE url = 'https://hill.example/a'").get() as any;
  assert.deepEqual([atom.outlet, atom.published], ['Hill Post', '2024-04-01']);
  assert.match(atom.text, /mountain tunnel/);
  const html = d.prepare("SELECT title, text FROM articles WHERE key LIKE '%two.html'").get() as any;
  assert.equal(html.text.includes('<p>'), false, 'HTML is stored as its readable text');
  d.close();

  const again = await runCli(['ingest', join(dir, 'in'), '--db', db, '--batch', '2']);
  assert.match(again.stdout, /^14 read, 0 new, 9 duplicate, 5 failed/);
});

test('ingest: standard input as JSONL or as one article', async () => {
  const db = join(dir, 'b.db');
  const jsonl = [{ id: 's1', text: 'First piped story about a harvest.' }, { id: 's2', text: 'Second piped story about a concert.' }].map((x) => JSON.stringify(x)).join('\n');
  assert.match((await runCli(['ingest', '-', '--db', db], jsonl)).stdout, /^2 read, 2 new/);
  assert.match((await runCli(['ingest', '-', '--db', db], 'A plain article piped in, about a new railway line.')).stdout, /^1 read, 1 new/);
  assert.match((await runCli(['ingest', '-', '--db', db], jsonl)).stdout, /^2 read, 0 new, 2 duplicate/);
});

test('ingest: usage errors and unreadable paths', async () => {
  const db = join(dir, 'c.db');
  const none = await runCli(['ingest', '--db', db]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /E_USAGE/);
  const missing = await runCli(['ingest', join(dir, 'does-not-exist'), '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /1 failed[\s\S]*E_OPEN/);
  const batch = await runCli(['ingest', join(dir, 'in'), '--db', db, '--batch', '0']);
  assert.equal(batch.code, 2);
});

test('ingest: a folder manifest (index.json) gives its text files their metadata and is no article itself', async () => {
  const folder = join(dir, 'with-manifest');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'story.txt'), 'The dam gates were opened on Monday after days of rain upstream.');
  writeFileSync(join(folder, 'index.json'), JSON.stringify([{ file: 'story.txt', published: '2025-02-03', outlet: 'River News', title: 'Dam gates opened' }]));
  const db = join(dir, 'm.db');
  const r = await runCli(['ingest', folder, '--db', db]);
  assert.match(r.stdout, /^1 read, 1 new, 0 duplicate, 0 failed/);
  const d = new Database(db, { readonly: true });
  assert.deepEqual(d.prepare('SELECT published, outlet, title FROM articles').get(), { published: '2025-02-03', outlet: 'River News', title: 'Dam gates opened' });
  d.close();
});
