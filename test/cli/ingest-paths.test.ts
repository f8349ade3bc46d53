// What `sitrep ingest` is pointed at: a folder with a symbolic link loop ends, each real file read once;
// a FIFO, socket or device is refused with a code (reading one would block, or read nothing and say
// "0 read", exit 0); re-ingesting a folder of HTML pages reads none of them again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { ingest } from '../../src/ingest/index.js';
import { planSources, readSources } from '../../src/ingest/sources.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { getContext } from '../../src/pipeline/context.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { ArticleInput } from '../../src/types.js';

let dir = '';
before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-paths-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

const summary = (out: string) => /^(\d+) read, (\d+) new, (\d+) duplicate, (\d+) failed/m.exec(out)?.slice(1).map(Number);

test('a folder with symbolic link loops is walked once: each real file read once, and the run ends', { timeout: 30_000 }, async () => {
  const root = join(dir, 'loops');
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  writeFileSync(join(root, 'a', 'one.txt'), 'Gunmen stormed a village council office at dawn, residents said.');
  writeFileSync(join(root, 'a', 'b', 'two.txt'), 'The river bridge was closed after cracks appeared in the main span, engineers said.');
  symlinkSync('..', join(root, 'a', 'b', 'up'));        // b/up → a: a loop
  symlinkSync(join(root, 'a'), join(root, 'again'));     // a second way into a
  symlinkSync('one.txt', join(root, 'a', 'same.txt'));   // a second name for one file
  symlinkSync('self', join(root, 'a', 'self'));          // a link to itself (ELOOP)
  const plan = await planSources([root]);
  assert.deepEqual(plan.files.map((f) => f.path.slice(root.length + 1)).sort(), ['a/b/two.txt', 'a/one.txt']);
  const r = await runCli(['ingest', root, '--db', join(dir, 'loops.db')]);
  assert.deepEqual(summary(r.stdout), [3, 2, 0, 1], r.stdout); // the self-link is reported: it cannot be read
  assert.match(r.stdout, /self: cannot read .*ELOOP/);
});

test('a FIFO, a socket or a device named on the command line is refused with E_NOT_FILE (exit 1), not read as nothing', async () => {
  const fifo = join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  for (const path of [fifo, '/dev/null']) {
    const r = await runCli(['ingest', path, '--db', join(dir, 'fifo.db')]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.deepEqual(summary(r.stdout), [1, 0, 0, 1], r.stdout);
    assert.match(r.stdout, /E_NOT_FILE/);
  }
  // Inside a folder, one named like an article is refused too (others are not articles and are passed by).
  const folder = join(dir, 'with-fifo');
  mkdirSync(folder);
  writeFileSync(join(folder, 'ok.txt'), 'Protesters gathered outside the parliament building on Friday, police said.');
  execFileSync('mkfifo', [join(folder, 'stuck.txt')]);
  execFileSync('mkfifo', [join(folder, 'not-an-article')]);
  const r = await runCli(['ingest', folder, '--db', join(dir, 'fifo2.db')]);
  assert.equal(r.code, 0);
  assert.deepEqual(summary(r.stdout), [2, 1, 0, 1], r.stdout);
  assert.match(r.stdout, /stuck\.txt: .*a FIFO.*\[E_NOT_FILE\]/);
});

test('re-ingesting HTML pages reads none of them again (the duplicate check hashes the readable text the store keeps)', async () => {
  const folder = join(dir, 'html');
  mkdirSync(folder);
  const page = (i: number) => `<!doctype html><html><head><title>Report ${i}</title><meta property="article:published_time" content="2024-03-0${i}T08:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Report ${i}</h1><p>An air strike hit a market in the town of Idlib on Monday, killing ${i + 2} people, the civil defence said.</p>
    <p>Rescuers searched the rubble for survivors through the night, local officials said in report number ${i}.</p></article><footer>(c) Desk</footer></body></html>`;
  for (let i = 1; i <= 4; i++) writeFileSync(join(folder, `p${i}.html`), page(i));
  const store = new SqliteStore(join(dir, 'html.db'));
  const ctx = getContext();
  const read: string[] = [];
  const extract = (input: ArticleInput) => { read.push(input.id); return extractArticle(input, ctx); };
  const first = await ingest(store, readSources(await planSources([folder]), process.stdin), { extract });
  assert.deepEqual([first.new, first.duplicate, first.failed], [4, 0, 0]);
  assert.equal(read.length, 4);
  const stored = await store.getArticle(1);
  assert.equal(stored?.title, 'Report 1');
  assert.equal(stored?.published, '2024-03-01');
  assert.doesNotMatch(stored?.text ?? '', /<|Home \| World/);
  read.length = 0;
  const again = await ingest(store, readSources(await planSources([folder]), process.stdin), { extract });
  assert.deepEqual([again.new, again.duplicate, again.failed], [0, 4, 0]);
  assert.deepEqual(read, [], 'no page was read again');
  await store.close();
  // The CLI says the same, and with worker threads (which reduce the pages too).
  const db = join(dir, 'html-cli.db');
  assert.deepEqual(summary((await runCli(['ingest', folder, '--db', db])).stdout), [4, 4, 0, 0]);
  assert.deepEqual(summary((await runCli(['ingest', folder, '--db', db, '--workers', '1'])).stdout), [4, 0, 4, 0]);
});
