// The country facts sitrep reads at run time (names, alternative spellings, English demonyms, a point,
// codes, UN region), cut at install time from world-countries into data/countries.json: loading
// that package's full file (1.4 MB with every translation) cost each cold start ~60 ms, the cut ~2 ms.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultGazetteerPath } from './path.js';

export interface CountryRecord {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  latlng: number[];
  region: string;
  subregion?: string;
}

const countryDataPath = (): string => join(dirname(defaultGazetteerPath()), 'countries.json');

let cached: CountryRecord[] | null = null;

/** The countries, from the prebuilt file. */
export function readCountryData(): CountryRecord[] {
  cached ??= JSON.parse(readFileSync(countryDataPath(), 'utf8')) as CountryRecord[];
  return cached;
}

/** At install time: cuts world-countries down to the fields above and writes it beside the gazetteer. */
export function writeCountryData(): number {
  const full = createRequire(import.meta.url)('world-countries/countries.json') as CountryRecord[];
  const cut: CountryRecord[] = full.map((c) => ({
    cca2: c.cca2, cca3: c.cca3, ccn3: c.ccn3, name: { common: c.name.common, official: c.name.official },
    altSpellings: c.altSpellings, ...(c.demonyms?.eng ? { demonyms: { eng: c.demonyms.eng } } : {}),
    latlng: c.latlng, region: c.region, subregion: c.subregion,
  }));
  mkdirSync(dirname(countryDataPath()), { recursive: true });
  writeFileSync(countryDataPath(), JSON.stringify(cut));
  return cut.length;
}
