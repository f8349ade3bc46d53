// Every column of every export holds a value of its codebook's domain, on every row: ACLED's CSV (ACLED
// codebook), UCDP GED's CSV (UCDP GED codebook), and the GeoJSON and JSONL records (docs/extraction.md
// for the events and claims inside them). The store holds the bundled examples as the reader reads them
// (their index.json gives outlets and titles) and hand-built incidents at the edges: a range of dates,
// no place, no acting party, no date at all, a toll given as a range, a protest (outside UCDP's scope).
//
// An undated incident gets ACLED and UCDP rows coded to the day it was stored, at their lowest precision
// (README, "Limits and guarantees"); one with no acting party gets the codebook's stand-in for an actor
// nobody named ("Unidentified Armed Group (Mali)", "Protesters (Mali)"), tagged "actor unknown".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { article, result, type EventSpec } from './helpers/build.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { storeArticle } from '../src/ingest/store-article.js';
import { parseCsv } from '../src/export/csv.js';
import { ACLED_COLUMNS } from '../src/export/acled.js';
import { UCDP_COLUMNS } from '../src/export/ucdp.js';
import { isCalendarDate } from '../src/filters/grammar.js';
import { EVENT_TYPES, STATUSES, SUB_EVENT_TYPES } from '../src/vocabulary.js';
import { schemaProblems } from './support/json-schema.js';
import { EXTRACTION_SCHEMA } from './support/contract-shape.js';

let dir = '';
let db = '';
const EDGE: [string, EventSpec][] = [
  ['range', { type: 'Battles', sub: 'Armed clash', date: '2024-06-01', end: '2024-06-04', datePrecision: 2, place: { name: 'Gao', lat: 16.27, lon: -0.04, country: 'ML', admin1: 'Gao' }, actor1: 'Military Forces of Mali', actor2: 'Jihadist Front', dead: [3, 4, 9] }],
  ['unplaced', { type: 'Violence against civilians', sub: 'Attack', date: '2024-06-10', place: null, actor1: 'Unidentified Armed Group (Mali)', actor2: 'Civilians (Mali)', dead: 2 }],
  ['no-actor', { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', date: '2024-06-12', place: { name: 'Kidal', lat: 18.44, lon: 1.41, country: 'ML', admin1: 'Kidal', precision: 2 } }],
  ['undated', { type: 'Battles', sub: 'Armed clash', date: null, place: { name: 'Timbuktu', lat: 16.77, lon: -3.01, country: 'ML', admin1: 'Tombouctou' }, actor1: 'Military Forces of Mali', actor2: 'Rebel Coalition', dead: 1 }],
  ['protest', { type: 'Protests', sub: 'Peaceful protest', date: '2024-06-15', place: { name: 'Bamako', lat: 12.65, lon: -8.0, country: 'ML', admin1: 'Bamako' }, actor1: 'Protesters (Mali)' }],
];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-domains-'));
  db = join(dir, 'x.db');
  // The hand-written examples (their 7 incidents are counted below), not the generated demo beside them.
  const ex = join(dir, 'examples');
  mkdirSync(ex);
  for (const f of ['index.json', ...JSON.parse(readFileSync('examples/index.json', 'utf8')).map((e: { file: string }) => e.file)]) copyFileSync(join('examples', f), join(ex, f));
  const r = await runCli(['ingest', ex, '--db', db, '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  const store = new SqliteStore(db);
  await store.transaction(async () => {
    for (const [key, spec] of EDGE) {
      const text = `A report of the ${key} incident, as ${key} sources told it.`;
      // The undated incident's article has no date either (else the incident takes its publication week).
      const published = key === 'undated' ? null : '2024-06-20';
      await storeArticle(store, article(key, text, { outlet: `${key} Wire`, title: `The ${key} incident; what is known`, published, url: `https://wire.example/${key}` }),
        result(key, [{ ...spec, claims: [{ source: `${key} officials`, kind: 'government' }] }]));
    }
  });
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const exported = async (format: string): Promise<string> => {
  const r = await runCli(['export', '--format', format, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
};

type Row = Record<string, string>;
type Check = (v: string, row: Row) => string | null;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const int = (min: number, max = Infinity): Check => (v) => (/^-?\d+$/.test(v) && +v >= min && +v <= max ? null : `not an integer in [${min}, ${max}]`);
const oneOf = (values: readonly (string | number)[]): Check => (v) => (values.map(String).includes(v) ? null : `not one of ${values.join(', ')}`);
const optional = (check: Check): Check => (v, row) => (v === '' ? null : check(v, row));
const text: Check = (v) => (v.trim() ? null : 'empty');
const anything: Check = () => null;
const date: Check = (v) => (DATE.test(v) && isCalendarDate(v) ? null : 'not a calendar date YYYY-MM-DD');
const number = (lo: number, hi: number): Check => (v) => (/^-?\d+(\.\d+)?$/.test(v) && +v >= lo && +v <= hi ? null : `not a number in [${lo}, ${hi}]`);
const both = (other: string): Check => (v, row) => ((v === '') === (row[other] === '') ? null : `given without ${other}, or the reverse`);
const all = (...checks: Check[]): Check => (v, row) => checks.map((c) => c(v, row)).find((x) => x) ?? null;
const subTypeOf: Check = (v, row) => (SUB_EVENT_TYPES.some((s) => s.subEventType === v && s.eventType === row.event_type) ? null : `not a sub-event type of ${row.event_type}`);
// ACLED's interaction: the two inter codes, smaller first, or 10 × inter1 when actor1 acts alone; a row
// without an inter1 has no interaction to give.
const interaction: Check = (v, row) => {
  const [a, b] = [+row.inter1 || 0, +row.inter2 || 0];
  const want = !a ? '' : !b ? String(10 * a) : String(Math.min(a, b) * 10 + Math.max(a, b));
  return v === want ? null : `not the interaction of ${a} and ${b} (${want || 'none'})`;
};
const entries = (v: string): string[] => v.split(';');
const perReport: Check = (v, row) => (entries(v).length === entries(row.source_office).length ? null : 'not one entry per report');

// ACLED codebook: each column's domain.
const ACLED: Record<(typeof ACLED_COLUMNS)[number], Check> = {
  event_id_cnty: (v) => (/^[A-Z]{3}\d+$/.test(v) ? null : 'not ISO3 + number'),
  event_date: date,
  year: (v, row) => (/^\d{4}$/.test(v) && v === row.event_date.slice(0, 4) ? null : 'not the year of event_date'),
  time_precision: oneOf([1, 2, 3]),
  disorder_type: oneOf(['Political violence', 'Demonstrations', 'Political violence; Demonstrations', 'Strategic developments']),
  event_type: oneOf(EVENT_TYPES),
  sub_event_type: subTypeOf,
  actor1: text,
  assoc_actor_1: anything,
  inter1: all(optional(int(1, 8)), both('actor1')),
  actor2: anything,
  assoc_actor_2: anything,
  inter2: optional(int(1, 8)),
  interaction,
  civilian_targeting: oneOf(['', 'Civilian targeting']),
  iso: optional(int(1, 999)),
  region: oneOf(['', 'Western Africa', 'Middle Africa', 'Eastern Africa', 'Southern Africa', 'Northern Africa', 'South Asia', 'Southeast Asia',
    'East Asia', 'Middle East', 'Europe', 'Caucasus and Central Asia', 'Central America', 'South America', 'Caribbean', 'North America', 'Oceania', 'Antarctica']),
  country: (v, row) => (row.iso === '' || v ? null : 'empty beside an iso code'),
  admin1: anything,
  admin2: anything,
  admin3: anything,
  location: anything,
  latitude: all(optional(number(-90, 90)), both('longitude')),
  longitude: optional(number(-180, 180)),
  geo_precision: all(optional(oneOf([1, 2, 3])), both('latitude')),
  source: text,
  source_scale: anything,
  notes: text,
  fatalities: int(0),
  tags: text,
  timestamp: int(1),
  reviewed: oneOf(['unreviewed', 'confirmed', 'corrected']),
};

// UCDP GED codebook: each column's domain.
const UCDP: Record<(typeof UCDP_COLUMNS)[number], Check> = {
  id: int(1),
  year: (v, row) => (/^\d{4}$/.test(v) && v === row.date_start.slice(0, 4) ? null : 'not the year of date_start'),
  type_of_violence: oneOf([1, 2, 3]),
  side_a: text,
  side_b: anything,
  number_of_sources: int(1),
  source_article: all(text, perReport, (v) => (/\d{4}-\d{2}-\d{2}/.test(v) ? 'holds a date (that is source_date\'s)' : null)),
  source_office: all(text, perReport),
  source_date: (v) => (entries(v).every((d) => d === '' || date(d, {}) === null) ? null : 'not dates YYYY-MM-DD separated by ;'),
  source_headline: all(perReport, (v) => (entries(v).every((h) => h.trim()) ? null : 'a report without its headline')),
  source_original: anything, // empty when the reports quote nobody
  where_prec: int(1, 7),
  where_coordinates: anything,
  where_description: anything,
  adm_1: anything,
  latitude: all(optional(number(-90, 90)), both('longitude')),
  longitude: optional(number(-180, 180)),
  geom_wkt: (v, row) => (v === (row.latitude ? `POINT (${row.longitude} ${row.latitude})` : '') ? null : 'not POINT (longitude latitude)'),
  country: anything,
  country_id: optional(int(2, 999)),
  region: oneOf(['', 'Africa', 'Americas', 'Asia', 'Europe', 'Middle East']),
  event_clarity: oneOf([1, 2]),
  date_prec: int(1, 5),
  date_start: date,
  date_end: (v, row) => (date(v, row) ?? (v >= row.date_start ? null : 'before date_start')),
  deaths_unknown: int(0),
  best: (v, row) => int(0)(v, row) ?? (+row.low <= +v && +v <= +row.high ? null : 'not low ≤ best ≤ high'),
  high: int(0),
  low: int(0),
  reviewed: oneOf(['unreviewed', 'confirmed', 'corrected']),
};

// Problems a colleague's work fixes (see the top of the file), told apart from all others: a date column
// left empty (an undated incident), and an acting party missing or of no known kind.
const DATE_COLUMNS = new Set(['event_date', 'year', 'date_start', 'date_end']);
function todoOf(column: string, row: Row): 'dates' | 'actors' | null {
  if (DATE_COLUMNS.has(column) && row[column] === '') return 'dates';
  if ((column === 'actor1' || column === 'side_a' || column === 'inter1') && row[column] === '') return 'actors';
  if (column === 'interaction' && row.inter1 === '') return 'actors';
  return null;
}

function csvProblems(csv: string, columns: readonly string[], domains: Record<string, Check>, keyOf: (row: Row) => string): { all: string[]; dates: string[]; actors: string[] } {
  const [head, ...rows] = parseCsv(csv);
  assert.deepEqual(head, [...columns]);
  const out = { all: [] as string[], dates: [] as string[], actors: [] as string[] };
  for (const cells of rows) {
    assert.equal(cells.length, columns.length);
    const row: Row = Object.fromEntries(columns.map((c, k) => [c, cells[k]]));
    const key = keyOf(row);
    for (const c of columns) {
      const problem = domains[c](row[c], row);
      if (!problem) continue;
      const line = `${key}: ${c} = ${JSON.stringify(row[c]).slice(0, 80)}: ${problem}`;
      out[todoOf(c, row) ?? 'all'].push(line);
    }
  }
  return out;
}

// Rows are told apart by the hand-built articles' outlets ("undated Wire"), else the notes.
const acledKey = (row: Row): string => EDGE.find(([k]) => row.source.includes(`${k} Wire`))?.[0] ?? row.notes.slice(0, 50);
const ucdpKey = (row: Row): string => EDGE.find(([k]) => row.source_office.includes(`${k} Wire`))?.[0] ?? row.source_office;

test('export domains: every ACLED column of every row holds a value of its codebook domain', async () => {
  const csv = await exported('acled');
  assert.equal(parseCsv(csv).length - 1, 7 + EDGE.length);
  assert.deepEqual(csvProblems(csv, ACLED_COLUMNS, ACLED, acledKey).all, []);
});

test('export domains: every UCDP GED column of every row holds a value of its codebook domain', async () => {
  const csv = await exported('ucdp');
  const rows = parseCsv(csv).slice(1);
  assert.equal(rows.length, 5 + EDGE.length - 1, 'organised violence only: no protest, no strategic development');
  assert.deepEqual(csvProblems(csv, UCDP_COLUMNS, UCDP, ucdpKey).all, []);
  const col = (name: (typeof UCDP_COLUMNS)[number]) => rows.map((r) => r[UCDP_COLUMNS.indexOf(name)]);
  assert.ok(col('source_headline').includes('Drone strikes hit Odesa port and a village near Izmail, killing six'), 'a headline from index.json');
  assert.ok(col('source_headline').includes('The range incident, what is known'), 'a semicolon inside a headline is no separator');
  assert.ok(col('source_article').includes('range Wire, "The range incident, what is known", https://wire.example/range'));
  assert.ok(col('source_original').includes('range officials'));
  assert.ok(col('date_prec').includes('2'), 'a four-day range');
});

const record = (r: any, where: string): string[] => {
  const out: string[] = [];
  const bad = (what: string) => out.push(`${where}: ${what}`);
  if (!Number.isInteger(r.id) || r.id < 1) bad(`id ${r.id}`);
  if (!(EVENT_TYPES as readonly string[]).includes(r.eventType)) bad(`eventType ${r.eventType}`);
  if (!SUB_EVENT_TYPES.some((s) => s.subEventType === r.subEventType && s.eventType === r.eventType)) bad(`subEventType ${r.subEventType}`);
  if (!(STATUSES as readonly string[]).includes(r.status)) bad(`status ${r.status}`);
  if (![1, 2, 3].includes(r.datePrecision)) bad(`datePrecision ${r.datePrecision}`);
  for (const k of ['dateStart', 'dateEnd']) if (r[k] !== null && !isCalendarDate(r[k])) bad(`${k} ${r[k]}`);
  if ((r.lat === null) !== (r.lon === null) || (r.lat !== null && (Math.abs(r.lat) > 90 || Math.abs(r.lon) > 180))) bad(`lat/lon ${r.lat},${r.lon}`);
  if (r.fatalities && !(r.fatalities.low <= r.fatalities.best && r.fatalities.best <= r.fatalities.high)) bad('fatalities out of order');
  if (!Number.isInteger(r.sources) || r.sources < 1 || r.sources > r.articles) bad(`sources ${r.sources} of ${r.articles} articles`);
  if (!Array.isArray(r.reports) || r.reports.length !== r.articles) bad('not one report per article');
  for (const [k, rep] of (r.reports ?? []).entries()) {
    out.push(...schemaProblems({ $defs: EXTRACTION_SCHEMA.$defs, $ref: '#/$defs/event' }, rep.event).map((p) => `${where}.reports[${k}].event ${p}`));
    for (const c of rep.claims) out.push(...schemaProblems({ $defs: EXTRACTION_SCHEMA.$defs, $ref: '#/$defs/claim' }, c).map((p) => `${where}.reports[${k}].claim ${p}`));
  }
  return out;
};

test('export domains: every GeoJSON feature and JSONL record is a valid incident with valid reports', async () => {
  const geo = JSON.parse(await exported('geojson'));
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length, 7 + EDGE.length);
  const problems: string[] = [];
  for (const f of geo.features) {
    if (f.type !== 'Feature' || f.id !== f.properties.id) problems.push(`feature ${f.id}: not a Feature with its id`);
    const p = f.properties;
    const want = p.lat === null ? null : { type: 'Point', coordinates: [p.lon, p.lat] };
    if (JSON.stringify(f.geometry) !== JSON.stringify(want)) problems.push(`feature ${f.id}: geometry ${JSON.stringify(f.geometry)} is not its lon, lat`);
    problems.push(...record(p, `feature ${f.id}`));
  }
  const lines = (await exported('jsonl')).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((r) => r.id), geo.features.map((f: any) => f.id));
  lines.forEach((r) => problems.push(...record(r, `jsonl ${r.id}`)));
  assert.deepEqual(problems, []);
});

test('export domains: an undated incident gets a date and a year in ACLED and UCDP rows', async () => {
  const acled = csvProblems(await exported('acled'), ACLED_COLUMNS, ACLED, acledKey).dates;
  const ucdp = csvProblems(await exported('ucdp'), UCDP_COLUMNS, UCDP, ucdpKey).dates;
  assert.deepEqual([...acled, ...ucdp], []);
});

test('export domains: every row has an acting party with its inter code, and no interaction without one', async () => {
  const acled = csvProblems(await exported('acled'), ACLED_COLUMNS, ACLED, acledKey).actors;
  const ucdp = csvProblems(await exported('ucdp'), UCDP_COLUMNS, UCDP, ucdpKey).actors;
  assert.deepEqual([...acled, ...ucdp], []);
  const rows = parseCsv(await exported('acled')).slice(1);
  const unnamed = rows.find((r) => r[ACLED_COLUMNS.indexOf('source')].includes('no-actor Wire'))!;
  const cell = (c: (typeof ACLED_COLUMNS)[number]) => unnamed[ACLED_COLUMNS.indexOf(c)];
  assert.deepEqual([cell('actor1'), cell('inter1'), cell('interaction')], ['Unidentified Armed Group (Mali)', '3', '30']);
  assert.match(cell('tags'), /actor unknown/);
});
