// CLI tests for sitrep events, incident and export: every format and filter, and their errors.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { seedDb } from './seed.js';
import { parseCsv } from '../../src/export/csv.js';
import { ACLED_COLUMNS } from '../../src/export/acled.js';
import { UCDP_COLUMNS } from '../../src/export/ucdp.js';
import { EVENT_CSV_COLUMNS } from '../../src/cli/events.js';

let dir = '';
let db = '';
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  db = join(dir, 'cli.db');
  await seedDb(db);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const events = async (...args: string[]) => {
  const r = await runCli(['events', '--db', db, '--format', 'jsonl', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).locationName);
};

test('events: the fused incidents in every format', async () => {
  const table = await runCli(['events', '--db', db]);
  assert.equal(table.code, 0);
  assert.match(table.stdout, /Air\/drone strike/);
  assert.match(table.stdout, /4-7/);
  assert.match(table.stdout, /2 incidents/);
  const json = JSON.parse((await runCli(['events', '--db', db, '--format', 'json'])).stdout);
  assert.deepEqual(json.map((i: any) => [i.locationName, i.sources]), [['Milltown', 2], ['Portville', 1]]);
  const csv = parseCsv((await runCli(['events', '--db', db, '--format', 'csv'])).stdout);
  assert.deepEqual(csv[0], EVENT_CSV_COLUMNS);
  assert.equal(csv.length, 3);
  assert.equal(csv[1][EVENT_CSV_COLUMNS.indexOf('fatalities_low')], '4');
  const geo = JSON.parse((await runCli(['events', '--db', db, '--format', 'geojson'])).stdout);
  assert.equal(geo.type, 'FeatureCollection');
  assert.deepEqual(geo.features[0].geometry.coordinates, [37.55, 48.72]);
});

test('events: each filter from the command line', async () => {
  assert.deepEqual(await events('--country', 'sy'), ['Portville']);
  assert.deepEqual(await events('--since', '2024-05-01'), ['Portville']);
  assert.deepEqual(await events('--until', '2024-04-30'), ['Milltown']);
  assert.deepEqual(await events('--type', 'Battles'), ['Portville']);
  assert.deepEqual(await events('--sub-type', 'Air/drone strike'), ['Milltown']);
  assert.deepEqual(await events('--actor', 'rebel'), ['Portville']);
  assert.deepEqual(await events('--source', 'war monitor'), ['Milltown']);
  assert.deepEqual(await events('--source', 'Frontline'), ['Portville']);
  assert.deepEqual(await events('--near', '48.7,37.5,10'), ['Milltown']);
  assert.deepEqual(await events('--bbox', '36,35,38,37'), ['Portville']);
  assert.deepEqual(await events('--text', 'grain silos'), ['Portville']);
  assert.deepEqual(await events('--min-sources', '2'), ['Milltown']);
  assert.deepEqual(await events('--status', 'denied'), ['Milltown']);
  assert.deepEqual(await events('--limit', '1'), ['Milltown']);
});

test('events: bad filters and formats are usage errors with a code', async () => {
  for (const args of [['--near', '1,2'], ['--near', '95,0,10'], ['--bbox', 'a,b,c,d'], ['--since', '2024-13-45'], ['--status', 'maybe'],
    ['--country', 'Syria'], ['--min-sources', '-1'], ['--format', 'xml'], ['--bogus'], ['extra']]) {
    const r = await runCli(['events', '--db', db, ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /\[E_USAGE\]/, args.join(' '));
  }
  const missing = await runCli(['events', '--db', join(dir, 'nope.db')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /E_NO_DB/);
});

test('incident: the dossier shows figures with their sources, claims with stance, evidence and history', async () => {
  const r = await runCli(['incident', '1', '--db', db, '--history']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /low 4 — Regional Governor \(article 1, claim c1\)/);
  assert.match(r.stdout, /high 7 — War Monitor/);
  assert.match(r.stdout, /claim c2: Russian Defence Ministry \(military\) denies/);
  assert.match(r.stdout, /> A drone hi\n/);
  assert.match(r.stdout, /Claims by source\n {2}Regional Governor \(government\)\n {4}asserts — “said” in article 1 \(Daily Ledger\)/);
  assert.match(r.stdout, /status {4}denied/);
  assert.match(r.stdout, /stance: War Monitor \(asserts\) vs Russian Defence Ministry \(denies\)/);
  assert.match(r.stdout, /History[\s\S]*create[\s\S]*join/);
  const json = JSON.parse((await runCli(['incident', '1', '--db', db, '--format', 'json', '--history'])).stdout);
  assert.equal(json.reports.length, 2);
  assert.deepEqual(json.history.map((h: any) => h.action), ['create', 'join']);
  assert.equal((await runCli(['incident', '99', '--db', db])).code, 1);
  assert.equal((await runCli(['incident', 'x1', '--db', db])).code, 2);
});

test('export --format acled: a CSV reader finds ACLED\'s columns and conventions', async () => {
  const r = await runCli(['export', '--format', 'acled', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.includes('\r\n'), 'RFC 4180 line ends');
  const rows = parseCsv(r.stdout);
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  assert.equal(rows.length, 3);
  for (const row of rows) assert.equal(row.length, ACLED_COLUMNS.length);
  const get = (row: string[], col: (typeof ACLED_COLUMNS)[number]) => row[ACLED_COLUMNS.indexOf(col)];
  const ua = rows[1];
  assert.equal(get(ua, 'event_id_cnty'), 'UKR1');
  assert.equal(get(ua, 'event_date'), '2024-04-02');
  assert.equal(get(ua, 'fatalities'), '4'); // the most conservative figure
  assert.equal(get(ua, 'disorder_type'), 'Political violence');
  // Russia's forces in Ukraine: state forces outside their own country are external forces (ACLED codebook, inter 8).
  assert.equal(get(ua, 'inter1'), '8');
  assert.equal(get(ua, 'civilian_targeting'), 'Civilian targeting');
  assert.equal(get(ua, 'iso'), '804');
  assert.equal(get(ua, 'region'), 'Europe');
  assert.equal(get(ua, 'source'), 'Daily Ledger; Morning Courier');
  assert.match(get(ua, 'notes'), /^On 2 April 2024, Military Forces of Russia .*Milltown.*\.$/);
  assert.equal(get(ua, 'notes').split(/\. /).length, 1, 'one sentence');
  assert.equal(get(rows[2], 'region'), 'Middle East');
});

test('export --format ucdp, geojson and jsonl carry the range and every report', async () => {
  const ucdp = parseCsv((await runCli(['export', '--format', 'ucdp', '--db', db])).stdout);
  assert.deepEqual(ucdp[0], [...UCDP_COLUMNS]);
  const col = (c: (typeof UCDP_COLUMNS)[number]) => ucdp[1][UCDP_COLUMNS.indexOf(c)];
  assert.deepEqual([col('low'), col('best'), col('high')], ['4', '4', '7']);
  assert.deepEqual([col('where_prec'), col('date_prec'), col('type_of_violence')], ['1', '1', '3']);
  const geo = JSON.parse((await runCli(['export', '--format', 'geojson', '--db', db])).stdout);
  assert.equal(geo.features.length, 2);
  assert.equal(geo.features[0].properties.reports.length, 2);
  assert.equal(geo.features[0].properties.reports[1].claims[1].stance, 'denies');
  const lines = (await runCli(['export', '--format', 'jsonl', '--db', db, '--country', 'UA'])).stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal(JSON.parse(lines[0]).reports[0].evidence.length, 1);
  const bad = await runCli(['export', '--db', db]);
  assert.equal(bad.code, 2);
});

test('every store command has --help', async () => {
  for (const c of ['ingest', 'events', 'incident', 'export']) {
    const r = await runCli([c, '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`^Usage: sitrep ${c}`));
  }
});
