// A store of N synthetic incidents for the API bench, filled directly through SQL (bulk inserts in one
// transaction), not through the reader and fusion, which would take hours at 1M: realistic incident rows
// (types, dates over three years, places around conflict towns in dozens of countries, actors, tolls,
// statuses, 1-10 sources) with one short article per four incidents (an FTS-indexed text and one event
// row linking it to each incident), so every filter of GET /api/incidents has data to work on.
//   node --import tsx bench/child/api-store.ts SEED N DB
import { existsSync, renameSync, rmSync } from 'node:fs';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { cellOf, dayNumber } from '../../src/store/grid.js';
import { mulberry32 } from '../../test/corpus/generate.js';
import { BENCH_OUTLETS, BENCH_SIDES, BENCH_TOWNS } from '../world.js';

const TYPES: [string, string][] = [
  ['Battles', 'Armed clash'], ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], ['Explosions/Remote violence', 'Air/drone strike'],
  ['Violence against civilians', 'Attack'], ['Protests', 'Peaceful protest'], ['Riots', 'Violent demonstration'],
  ['Strategic developments', 'Looting/property destruction'], ['Battles', 'Non-state actor overtakes territory'],
];
const WORDS = ['depot', 'bridge', 'market', 'convoy', 'checkpoint', 'hospital', 'school', 'airport', 'refinery', 'harbour', 'barracks', 'village', 'mosque', 'church', 'station', 'border', 'camp', 'farm', 'highway', 'dam'];
const STATUSES = ['alleged', 'alleged', 'alleged', 'acknowledged', 'denied', 'unclaimed'];

const [seedArg, countArg, db] = process.argv.slice(2);
const n = Number(countArg);
if (existsSync(db)) { console.log(JSON.stringify({ cached: true, db })); process.exit(0); }
const building = `${db}.building`;
for (const s of ['', '-wal', '-shm']) rmSync(building + s, { force: true });
const t0 = performance.now();
const store = new SqliteStore(building); // the schema, by the store's own migrations
const raw = store.db;
const rnd = mulberry32(Number(seedArg));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const insArticle = raw.prepare(`INSERT INTO articles (id, key, url, text_hash, title, outlet, published, ingested, origin, text) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'bench', ?)`);
const insFts = raw.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
const insEvent = raw.prepare(`INSERT INTO events (article_id, local_id, incident_id, event_type, sub_event_type, date_start, date_end, date_precision, lat, lon, geo_precision, country, status, data)
  VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1, ?, ?, '{}')`);
const insIncident = raw.prepare(`INSERT INTO incidents (id, event_type, sub_event_type, date_start, date_end, date_precision, day_lo, day_hi, lat, lon, cell, geo_precision,
  country, admin1, location_name, actor1, actor2, fat_low, fat_best, fat_high, status, sources, articles, data, created, updated)
  VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const start = Date.UTC(2023, 0, 1);
const now = new Date().toISOString();
// The article row of four incidents is written after them: the keys hold once the transaction ends.
raw.pragma('foreign_keys = OFF');
// Secondary indexes are dropped and made again after the rows: one sorted build instead of a million
// random inserts into each.
const indexes = raw.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('incidents', 'events', 'articles')`).pluck().all() as string[];
for (const name of raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('incidents', 'events', 'articles')`).pluck().all() as string[]) raw.exec(`DROP INDEX ${name}`);
raw.exec('BEGIN');
let article = 0;
let title = '';
let words: string[] = [];
for (let id = 1; id <= n; id++) {
  const town = pick(BENCH_TOWNS);
  const side = BENCH_SIDES[town.country];
  const [type, sub] = pick(TYPES);
  const day = Math.floor(rnd() * 1095);
  const dateStart = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
  const span = rnd() < 0.1 ? 1 + Math.floor(rnd() * 6) : 0;
  const dateEnd = span ? new Date(start + (day + span) * 86_400_000).toISOString().slice(0, 10) : null;
  const lat = town.lat + (rnd() - 0.5) * 1.2;
  const lon = town.lon + (rnd() - 0.5) * 1.2;
  const dead = rnd() < 0.6 ? Math.floor(rnd() ** 3 * 60) : null;
  const fatalities = dead == null ? null : { low: Math.max(0, dead - 1), best: dead, high: dead + Math.floor(rnd() * 3) };
  const sources = rnd() < 0.6 ? 1 : rnd() < 0.5 ? 2 : rnd() < 0.5 ? 3 : 4 + Math.floor(rnd() * 7);
  const outlets = Array.from({ length: Math.min(sources, 4) }, () => pick(BENCH_OUTLETS));
  const status = pick(STATUSES);
  const place = { name: town.name, lat, lon, country: town.country, admin1: town.admin1 };
  const fields = {
    eventType: type, subEventType: sub, dateStart, dateEnd, datePrecision: 1, location: { ...place, text: town.name, start: 0, end: town.name.length, precision: 1 },
    lat, lon, geoPrecision: 1, country: town.country, admin1: town.admin1, locationName: town.name, actor1: side.actor, actor2: side.enemy, assocActors: [],
    fatalities, fatalityBasis: null, status, sources, articles: sources + (rnd() < 0.3 ? 1 : 0), outlets, contradictions: [],
    summary: `${sub} in ${town.name} on ${dateStart}${dead != null ? `, ${dead} dead` : ''}.`,
  };
  // A new article every four incidents: its text names each incident's place and what happened there.
  if ((id - 1) % 4 === 0) {
    if (article) insertArticle();
    article++;
    title = `${sub} near ${town.name}`;
    words = [];
  }
  words.push(`${sub} hit the ${pick(WORDS)} near ${town.name} on ${dateStart}, ${pick(['officials', 'witnesses', 'medics', 'monitors'])} said.`);
  insIncident.run(id, type, sub, dateStart, dateEnd, dayNumber(dateStart), dayNumber(dateEnd ?? dateStart), lat, lon, cellOf(lat, lon), town.country, town.admin1, town.name,
    side.actor, side.enemy, fatalities?.low ?? null, fatalities?.best ?? null, fatalities?.high ?? null, status, sources, fields.articles, JSON.stringify(fields), now, now);
  insEvent.run(article, `e${words.length}`, id, type, sub, dateStart, dateEnd, lat, lon, town.country, status);
}
insertArticle();
for (const sql of indexes) raw.exec(sql);
raw.exec('COMMIT');
function insertArticle(): void {
  const text = words.join(' ');
  insArticle.run(article, `bench-${article}`, `h${article}`, title, pick(BENCH_OUTLETS), words[0].match(/\d{4}-\d{2}-\d{2}/)![0], now, text);
  insFts.run(article, title, text);
}
await store.close();
renameSync(building, db);
for (const s of ['-wal', '-shm']) rmSync(building + s, { force: true });
console.log(JSON.stringify({ cached: false, db, incidents: n, articles: article, seconds: (performance.now() - t0) / 1000 }));
