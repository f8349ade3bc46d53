// "Handawara, Kupwara district", "Wallam, Tillaberi region", "Bennsh in Idleb province", "Shemdinli, Hakkari": a village
// name the gazetteer lacks as written, told with the area that holds it, is often a place the gazetteer holds there under
// another spelling (Handwāra, Ouallam, Binnish, Şemdinli). Issue 14: where spellings-in.ts asks the exact loose skeleton
// in the loosely romanised countries only, this asks a closer-than-exact match in any country, inside the holder only,
// and takes it only when one place (or one cluster of entries of one place) answers. ACLED codebook: an event at a named
// village is coded to that village (geo_precision 1); a wrong village would be worse than its district, so a match must
// be unique and close.
//
// The comparison key (`closeKey`) is written from the general rules of romanisation, not from a list of places:
//   - Turkish/Azeri ç, ş, ə read ch, sh, a (foldKey would drop the cedilla and read c, s);
//   - a leading settlement word (Spanish/Portuguese Ciudad, Villa del, Filipino Barangay, Indonesian Desa, Kampung,
//     Thai/Lao Ban, Ethiopian Kebele) is no part of the name; the Arabic article is none either;
//   - one consonant, several spellings: sh/ch/sch/tch, zh/dj/j, kh/x/h, gh/g, th/t, dh/d, ph/f, q/ck/c/k;
//     French ou before a vowel is w (Ouallam ~ Wallam), oo is u;
//   - a vowel run (y and w inside a word too: Svietlahorsk ~ Svyetlahorsk) is one vowel where it stands; a final h after
//     a vowel is silent (-iyah ~ -iya ~ -ieh); doubled letters count once; words are joined (Miran Shah ~ Miranshah).
// Two keys equal are one name in two spellings; a key one vowel slot apart with the same consonants (Bennsh ~ Binnish,
// Handawara ~ Handwara) is the next tier, asked only when no equal key answers. A country holder takes equal keys only.
import type { Gazetteer } from '../../gazetteer/index.js';
import { foldKey } from '../../gazetteer/index.js';
import { distanceKm } from '../../geo.js';

/** Words a village's name starts with in some languages that say only what it is (settlement words). */
const SETTLEMENT_WORDS = new Set(['ciudad', 'villa', 'pueblo', 'cidade', 'vila', 'barangay', 'brgy', 'barrio', 'desa', 'kampung', 'ban', 'kebele', 'village']);
const TRAILING_KINDS = new Set(['village', 'villages', 'town', 'city', 'hamlet', 'settlement', 'locality', 'area']);
const ARTICLES = new Set(['al', 'el', 'ad', 'ed', 'as', 'es', 'at', 'et', 'an', 'en', 'ar', 'er', 'az', 'ez', 'ash', 'esh', 'ath', 'adh', 'de', 'del', 'la', 'le']);
const TURKIC: Record<string, string> = { ç: 'ch', Ç: 'Ch', ş: 'sh', Ş: 'Sh', ə: 'a', Ə: 'A', ğ: 'g', Ğ: 'G' };
const CONSONANTS: Array<[RegExp, string]> = [
  [/tch|sch|sh|ch/g, 'S'], [/dzh|zh|dj|j/g, 'J'], [/kh/g, 'h'], [/gh/g, 'g'], [/th/g, 't'], [/dh/g, 'd'], [/ph/g, 'f'],
  [/ck|q|c/g, 'k'], [/x/g, 'h'], [/v/g, 'V'],
];
const VOWEL = /[aeiou]/;

/** The close key of a name: its consonants merged and single, with "a" where each vowel run stands; '' when too short. */
export function closeKey(name: string): string {
  const words = foldKey(name.replace(/[çÇşŞəƏğĞ]/g, (c) => TURKIC[c])).split(' ').filter(Boolean);
  while (words.length > 1 && (SETTLEMENT_WORDS.has(words[0]) || ARTICLES.has(words[0]))) words.shift();
  // "Zorvik village", "Zorvik town": the English kind word after a name is no part of it.
  while (words.length > 1 && TRAILING_KINDS.has(words[words.length - 1])) words.pop();
  let w = words.filter((x, i) => i === 0 || !ARTICLES.has(x)).join('');
  if (/[0-9]/.test(w)) return '';
  w = w.replace(/oo/g, 'u').replace(/^ou(?=[aei])/, 'w').replace(/(?<=[aei])ou(?=[aei])/g, 'w');
  if (w.length > 3 && w.endsWith('h') && /[aeiouy]/.test(w[w.length - 2])) w = w.slice(0, -1);
  for (const [re, to] of CONSONANTS) w = w.replace(re, to);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    // y first or between vowels is a consonant (Yola, Ayin), else a vowel (Svyetlahorsk ~ Svietlahorsk; after i or e
    // it lengthens the vowel: -iya ~ -ia); w after a
    // vowel and before none closes a diphthong (Zawr ~ Zor), else it is a consonant (Wallam, Handwara).
    const prev = w[i - 1] ?? '', next = w[i + 1] ?? '';
    const vowel = VOWEL.test(c) || (c === 'y' && i > 0 && !(/[aou]/.test(prev) && VOWEL.test(next))) || (c === 'w' && VOWEL.test(prev) && !VOWEL.test(next));
    if (vowel) { if (out[out.length - 1] !== 'a') out += 'a'; }
    else if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

const consonantsOf = (k: string): string => k.replace(/a/g, '');
/** Minimum consonants in a key compared at all (shorter ones meet too many villages), and for a country holder. */
const MIN_CONSONANTS = 3;
const MIN_CONSONANTS_COUNTRY = 4;
/** Entries of one place (a town and its district seat, duplicates) lie this close. */
const SAME_PLACE_KM = 5;

/** Whether two keys differ by one inserted or dropped vowel slot (their consonants being equal). */
function oneVowelApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < l.length; i++) if (l[i] === 'a' && s === l.slice(0, i) + l.slice(i + 1)) return true;
  return false;
}

interface Index { byCountry: Map<string, number[]>; keys: Map<number, string> }
const indexes = new WeakMap<Gazetteer, Index>();
function indexOf(gaz: Gazetteer): Index {
  let ix = indexes.get(gaz);
  if (ix) return ix;
  const byCountry = new Map<string, number[]>();
  for (let i = 0; i < gaz.size; i++) {
    if (!gaz.featureOf(i).startsWith('PPL')) continue;
    const cc = gaz.countryOf(i);
    const list = byCountry.get(cc);
    if (list) list.push(i);
    else byCountry.set(cc, [i]);
  }
  ix = { byCountry, keys: new Map() };
  indexes.set(gaz, ix);
  return ix;
}

export interface Scope {
  country: string;
  /** The admin1 key (gaz.admin1KeyOf) every match shares, or null (a country holder). */
  admin1Key: number | null;
  /** A point and reach every match lies within, or null. */
  near: { lat: number; lon: number; km: number } | null;
}

/**
 * The place inside `scope` whose name `name` spells closely (equal close keys, else one vowel slot apart with the same
 * consonants), when exactly one place answers; else null. A country-wide scope takes equal keys of four consonants only.
 */
export function townCloseIn(gaz: Gazetteer, name: string, scope: Scope): number | null {
  const k = closeKey(name), cons = consonantsOf(k);
  const wide = scope.admin1Key == null && scope.near == null;
  if (cons.length < (wide ? MIN_CONSONANTS_COUNTRY : MIN_CONSONANTS)) return null;
  const ix = indexOf(gaz);
  const equal: number[] = [], near: number[] = [];
  for (const i of ix.byCountry.get(scope.country) ?? []) {
    if (scope.admin1Key != null && gaz.admin1KeyOf(i) !== scope.admin1Key) continue;
    if (scope.near && distanceKm(gaz.latOf(i), gaz.lonOf(i), scope.near.lat, scope.near.lon) > scope.near.km) continue;
    let ki = ix.keys.get(i);
    if (ki === undefined) ix.keys.set(i, (ki = closeKey(gaz.nameOf(i))));
    if (ki === k) equal.push(i);
    else if (!wide && consonantsOf(ki) === cons && oneVowelApart(ki, k)) near.push(i);
  }
  return onePlace(gaz, equal.length ? equal : near);
}

/** The biggest of the entries when they are all one place (within a few km of each other), else null. */
function onePlace(gaz: Gazetteer, found: number[]): number | null {
  if (!found.length) return null;
  const best = found.reduce((a, b) => (gaz.populationOf(b) > gaz.populationOf(a) ? b : a));
  return found.every((i) => distanceKm(gaz.latOf(i), gaz.lonOf(i), gaz.latOf(best), gaz.lonOf(best)) <= SAME_PLACE_KM) ? best : null;
}
