// Country lookup by name, short form or demonym ("Syria", "Syrian", "pro-Iranian", "U.S.",
// "Emirati") → { code, name }. Pure and in memory: world-countries' names, altSpellings and English
// demonyms, plus our curated aliases (curated/country-names.ts), built once on first use (~10 ms).
import { readCountryData, type CountryRecord } from './country-data.js';
import { COUNTRY_ALIASES, DEMONYM_PREFIXES, NAME_AND_DEMONYM } from './curated/country-names.js';
import { foldKey } from './fold.js';

export interface CountryRef {
  code: string; // ISO 3166-1 alpha-2
  name: string;
}

export interface CountryInfo extends CountryRef {
  lat: number;
  lon: number;
  /** Folded demonym keys ("syrian", "syrians"). */
  demonyms: string[];
  /** Every folded name and alias. */
  names: string[];
}


let byKey: Map<string, string> | null = null;
let byCode: Map<string, CountryInfo> | null = null;

function build(): void {
  const list: CountryRecord[] = readCountryData();
  byKey = new Map();
  byCode = new Map();
  const add = (key: string, code: string, demonym: boolean): void => {
    if (!key) return;
    const info = byCode!.get(code)!;
    // Curated aliases are added last and win: a shared demonym ("Congolese") ends where we say.
    byKey!.set(key, code);
    (demonym ? info.demonyms : info.names).includes(key) || (demonym ? info.demonyms : info.names).push(key);
  };
  for (const c of list) {
    byCode.set(c.cca2, { code: c.cca2, name: c.name.common, lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0, demonyms: [], names: [] });
  }
  for (const c of list) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      // Two-letter altSpellings are ISO codes, not what writers write ("IN", "IT", "TO" would match words).
      if (n.length > 2 || n === 'UK' || n === 'US') add(foldKey(n), c.cca2, false);
    }
    const d = c.demonyms?.eng;
    if (d) for (const n of new Set([d.m, d.f])) if (n) add(foldKey(n), c.cca2, true), add(foldKey(n + 's'), c.cca2, true);
  }
  for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) {
    if (!byCode.has(code)) continue;
    const info = byCode.get(code)!;
    for (const a of aliases) {
      const key = foldKey(a);
      const bare = key.replace(/^the /, '');
      add(key, code, !info.names.includes(bare) && DEMONYM_SHAPE.test(bare));
    }
  }
  for (const [code, words] of Object.entries(NAME_AND_DEMONYM)) if (byCode.has(code)) for (const w of words) add(foldKey(w), code, true);
}

// The endings English demonyms take (Syrian, Chinese, Turkish, Iraqi, Dutch, Swiss, Cypriot, Tajik,
// Uzbek, Briton), with their plurals; names with the same ending (Iran, Oman) are caught first.
const DEMONYM_SHAPE = /(an|ese|ish|i|ic|ch|ss|ot|ean|ine|ino|ik|ek|en|on|kh|yz|ard|ard)s?$|^(swedes|danes|poles|turks|croats|serbs|finns|greeks|czechs|lao)$/;

function strip(key: string): string {
  for (const p of DEMONYM_PREFIXES) if (key.startsWith(p + ' ')) return key.slice(p.length + 1);
  return key;
}

/** The country a name or demonym refers to, or null. */
export function lookupCountry(text: string): CountryRef | null {
  if (!byKey) build();
  let key = foldKey(text);
  if (!key) return null;
  let code = byKey!.get(key);
  if (!code) {
    key = strip(key.replace(/^the /, ''));
    code = byKey!.get(key);
  }
  if (!code) return null;
  return { code, name: byCode!.get(code)!.name };
}

/** Every first word a key of byKey opens with, and the words lookupCountry drops before a key ("the", "pro"): built once with byKey. */
let firstWords: Set<string> | null = null;

/** False only when lookupCountry(text) is surely null: the first word of text's folded key opens no name, demonym or alias
 * (and is no "the"/"pro"/"anti"/"non" it strips). A cheap screen for callers that try every capitalised word and its
 * next one or two joined ("South Sudan"): text's first word is the joined text's first word. Exact; '' keys say true. */
export function mayOpenCountry(text: string): boolean {
  if (!firstWords) {
    if (!byKey) build();
    firstWords = new Set(['the', ...DEMONYM_PREFIXES]);
    for (const key of byKey!.keys()) firstWords.add(key.split(' ')[0]);
  }
  const key = foldKey(text);
  if (!key) return true;
  const sp = key.indexOf(' ');
  return firstWords.has(sp < 0 ? key : key.slice(0, sp));
}

/** Whether a text is a demonym/adjective (Syrian) rather than the country's name (Syria). */
export function isDemonym(text: string): boolean {
  const ref = lookupCountry(text);
  if (!ref) return false;
  const key = strip(foldKey(text));
  return byCode!.get(ref.code)!.demonyms.includes(key);
}

/** The country's common English name for an ISO2 code, or null. */
export function countryName(code: string): string | null {
  if (!byCode) build();
  return byCode!.get(code.toUpperCase())?.name ?? null;
}

/** Every country, for the gazetteer build. */
export function allCountries(): CountryInfo[] {
  if (!byCode) build();
  return [...byCode!.values()];
}
