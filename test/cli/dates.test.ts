// Dates where they enter and where they leave: impossible dates refused at every entry point (CLI
// options E_USAGE; a JSONL line, a manifest entry, a feed item E_BAD_DATE, the rest going on), datelines
// dating an article that came without a date, and an undated article stored and exported in every format.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../../src/export/csv.js';
import { ACLED_COLUMNS } from '../../src/export/acled.js';
import { UCDP_COLUMNS } from '../../src/export/ucdp.js';

let dir = '';
before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-dates-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

const STRIKE = 'Gunmen stormed a village council office in Kandahar, killing three guards, police said.';
const IMPOSSIBLE = ['2026-13-45', '2026-02-30', '0050-06-01', '2026-5-1', 'tomorrow'];

test('extract --published: an impossible date is a usage error, never rolled over', async () => {
  const file = join(dir, 'one.txt');
  writeFileSync(file, STRIKE);
  for (const bad of IMPOSSIBLE) {
    const r = await runCli(['extract', file, '--published', bad]);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, /--published .*\[E_USAGE\]/, bad);
    assert.equal(r.stdout, '');
  }
  const ok = await runCli(['extract', file, '--published', '2024-02-29']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).published, '2024-02-29');
});

test('extract --jsonl: a line with an impossible date answers E_BAD_DATE and the run goes on', async () => {
  const lines = [
    { id: 'a', text: STRIKE, published: '2024-05-10' },
    { id: 'b', text: STRIKE, published: '2023-02-30' },
    { id: 'c', text: STRIKE, published: '0050-06-01' },
    { id: 'd', text: STRIKE, published: '2024-05-10T09:30:00Z' },
  ].map((x) => JSON.stringify(x)).join('\n');
  const r = await runCli(['extract', '--jsonl', '-'], lines + '\n');
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.error?.code ?? o.published), ['2024-05-10', 'E_BAD_DATE', 'E_BAD_DATE', '2024-05-10']);
  assert.equal((await runCli(['extract', '--jsonl', '-', '--published', '2024-05-10'], lines)).code, 2);
});

test('ingest: impossible dates fail their item alone (manifest entry, JSONL line, feed item); --published is checked', async () => {
  const folder = join(dir, 'mixed');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'good.txt'), 'Militants attacked a checkpoint in Kandahar on Monday, killing two soldiers.');
  writeFileSync(join(folder, 'bad.txt'), 'Rebels shelled a market in Herat on Tuesday, killing four.');
  writeFileSync(join(folder, 'index.json'), JSON.stringify([{ file: 'good.txt', published: '2024-05-10' }, { file: 'bad.txt', published: '2024-02-30' }]));
  writeFileSync(join(folder, 'rows.jsonl'), [
    JSON.stringify({ id: 'r1', text: 'A car bomb exploded at a market in Mosul, killing five.', published: '2024-13-45' }),
    JSON.stringify({ id: 'r2', text: 'Police fired tear gas at protesters in Basra on Sunday.', published: '2024-05-12' }),
  ].join('\n'));
  writeFileSync(join(folder, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Times</title>
    <item><title>A</title><link>https://valley.example/1</link><pubDate>Fri, 30 Feb 2024 08:00:00 GMT</pubDate><description>Gunmen killed two farmers near Jalalabad.</description></item>
    <item><title>B</title><link>https://valley.example/2</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>Soldiers clashed with militants near Kunduz.</description></item>
    </channel></rss>`);
  const db = join(dir, 'mixed.db');
  const r = await runCli(['ingest', folder, '--db', db, '--quiet']);
  assert.match(r.stdout, /^6 read, 3 new, 0 duplicate, 3 failed/);
  assert.match(r.stdout, /failed: E_BAD_DATE 3/);
  assert.match(r.stdout, /bad\.txt: index\.json's "published" for bad\.txt is not a day of the calendar/);
  const d = new Database(db, { readonly: true });
  const published = d.prepare('SELECT published FROM articles ORDER BY published').all().map((x: any) => x.published);
  d.close();
  assert.deepEqual(published, ['2024-03-05', '2024-05-10', '2024-05-12']); // nothing rolled over into March
  for (const bad of IMPOSSIBLE) {
    const u = await runCli(['ingest', folder, '--db', join(dir, 'never.db'), '--published', bad]);
    assert.equal(u.code, 2, bad);
    assert.match(u.stderr, /\[E_USAGE\]/);
  }
});

test('ingest: --published dates the files that carry no date; a dateline dates the rest; none at all is stored undated', async () => {
  const folder = join(dir, 'datelines');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'dated.txt'), 'KANDOR, Veloria, June 10, 2024 — Gunmen stormed a village council office in Kandahar on Sunday, killing three guards.');
  writeFileSync(join(folder, 'plain.txt'), STRIKE);
  const db1 = join(dir, 'datelines.db');
  assert.match((await runCli(['ingest', folder, '--db', db1, '--quiet'])).stdout, /^2 read, 2 new/);
  const db2 = join(dir, 'default.db');
  assert.match((await runCli(['ingest', folder, '--db', db2, '--quiet', '--published', '2024-05-10'])).stdout, /^2 read, 2 new/);
  const read = (db: string) => {
    const d = new Database(db, { readonly: true });
    const rows = d.prepare('SELECT a.key, a.published, e.date_start, e.date_precision FROM articles a JOIN events e ON e.article_id = a.id ORDER BY a.key').all();
    d.close();
    return rows.map((x: any) => [x.key.split(/[\\/]/).pop(), x.published, x.date_start, x.date_precision]);
  };
  // The dateline gives the publication date; the Sunday before it is the incident's day.
  assert.deepEqual(read(db1), [['dated.txt', '2024-06-10', '2024-06-09', 1], ['plain.txt', null, null, 3]]);
  assert.deepEqual(read(db2), [['dated.txt', '2024-05-10', '2024-05-05', 1], ['plain.txt', '2024-05-10', '2024-05-10', 2]]);
});

test('an undated article: stored undated, and every export writes a valid row for it', async () => {
  const folder = join(dir, 'undated');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'story.txt'), STRIKE);
  const db = join(dir, 'undated.db');
  assert.match((await runCli(['ingest', folder, '--db', db, '--quiet'])).stdout, /^1 read, 1 new/);
  const d = new Database(db, { readonly: true });
  const stored: any = d.prepare('SELECT i.date_start, i.date_end, i.date_precision, i.created, a.published FROM incidents i, articles a').get();
  d.close();
  assert.deepEqual([stored.date_start, stored.date_end, stored.date_precision, stored.published], [null, null, 3, null]);
  const day = String(stored.created).slice(0, 10);
  // ACLED records no event without a date: the day it was stored (the latest it can have happened), precision 3, tagged.
  const acled = parseCsv((await runCli(['export', '--format', 'acled', '--db', db])).stdout);
  const a = (c: (typeof ACLED_COLUMNS)[number]) => acled[1][ACLED_COLUMNS.indexOf(c)];
  assert.equal(acled[1].length, ACLED_COLUMNS.length);
  assert.deepEqual([a('event_date'), a('year'), a('time_precision')], [day, day.slice(0, 4), '3']);
  assert.match(a('tags'), /date unknown/);
  assert.match(a('notes'), /^On an unknown date, /);
  // UCDP GED likewise: the year up to that day, date_prec 5 (known only within a year), event_clarity 2.
  const ucdp = parseCsv((await runCli(['export', '--format', 'ucdp', '--db', db])).stdout);
  const u = (c: (typeof UCDP_COLUMNS)[number]) => ucdp[1][UCDP_COLUMNS.indexOf(c)];
  assert.equal(ucdp[1].length, UCDP_COLUMNS.length);
  assert.deepEqual([u('year'), u('date_end'), u('date_prec'), u('event_clarity')], [day.slice(0, 4), day, '5', '2']);
  assert.match(u('date_start'), /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(u('date_start'), `${day.slice(0, 4)}-01-01`);
  // The JSON records keep what is known: no date (null), precision 3.
  const geo = JSON.parse((await runCli(['export', '--format', 'geojson', '--db', db])).stdout);
  assert.deepEqual([geo.features[0].properties.dateStart, geo.features[0].properties.dateEnd, geo.features[0].properties.datePrecision], [null, null, 3]);
  const line = JSON.parse((await runCli(['export', '--format', 'jsonl', '--db', db])).stdout.trim());
  assert.deepEqual([line.dateStart, line.reports[0].published, line.reports[0].event.date.start], [null, null, null]);
  const events = await runCli(['events', '--db', db, '--format', 'csv']);
  assert.equal(events.code, 0, events.stderr);
});
