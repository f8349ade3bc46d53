// "Saraqeeb in Idleb", "Qamishlie in Al-Hasakeh", "Deir Hafer (Aleppo)": a name the gazetteer lacks
// as written, told with the province or district that holds it, is often a town the gazetteer holds there under
// another romanisation (Saraqib, Al Qamishli). Issue 14: transliteration variants (al-/el-, Kh/H, ou/u,
// -iyah/-iya) matched through a key, not a list per place. The gazetteer stores no loose key for one-word names
// (README "Keys": across the world a one-word skeleton meets given names and English words); inside one province
// it is a safe key, so the towns of a province are grouped once and their skeletons (gazetteer/loose-key.ts) are
// computed the first time a name is asked there.
import type { Gazetteer } from '../../gazetteer/index.js';
import { foldKey } from '../../gazetteer/index.js';
import { LOOSE_COUNTRIES, looseKeyUsable } from '../../gazetteer/loose-key.js';
import { skeletonKey } from '../../gazetteer/fold.js';
import { distanceKm } from '../../geo.js';

interface Index {
  /** "CC admin1 name" → the admin1 key of its towns. */
  admin1: Map<string, number>;
  /** admin1 key → its populated places (countries whose names are romanised loosely only). */
  towns: Map<number, number[]>;
  /** admin1 key → skeleton → its towns, built on first use. */
  skeletons: Map<number, Map<string, number[]>>;
}

// One index per gazetteer (a cache spanning articles, bounded by the gazetteer's own provinces).
const indexes = new WeakMap<Gazetteer, Index>();

function indexOf(gaz: Gazetteer): Index {
  let ix = indexes.get(gaz);
  if (ix) return ix;
  const towns = new Map<number, number[]>();
  // One pass over the entries' admin1 keys (country index × 65536 + admin1): the country's code is read once per
  // country index, the feature only for the entries of the loose countries.
  const loose = new Map<number, boolean>();
  for (let i = 0; i < gaz.size; i++) {
    const k = gaz.admin1KeyOf(i), c = (k / 0x10000) | 0;
    let ok = loose.get(c);
    if (ok === undefined) loose.set(c, (ok = LOOSE_COUNTRIES.has(gaz.countryOf(i))));
    if (!ok || !gaz.featureOf(i).startsWith('PPL')) continue;
    const list = towns.get(k);
    if (list) list.push(i);
    else towns.set(k, [i]);
  }
  const admin1 = new Map<string, number>();
  for (const [k, list] of towns) {
    const e = gaz.entry(list[0]);
    if (e.admin1 != null) admin1.set(`${e.country} ${e.admin1}`, k);
  }
  ix = { admin1, towns, skeletons: new Map() };
  indexes.set(gaz, ix);
  return ix;
}

/** The skeleton a name is compared by: its loose key (article, vowels, doubled letters and consonant spellings aside). */
export const skeletonOf = (name: string): string => skeletonKey(foldKey(name));

/**
 * The biggest town of the province (`country`, `admin1`) whose name has `name`'s skeleton, and, when `near` is
 * given, lies within `km` of it; null when there is none or the skeleton is too short to tell places apart.
 */
export function townSpelledIn(gaz: Gazetteer, name: string, country: string | null, admin1: string | null,
  near: { lat: number; lon: number } | null, km: number): number | null {
  if (!country || !admin1 || !LOOSE_COUNTRIES.has(country)) return null;
  const sk = skeletonOf(name);
  if (sk.length < 4 || !looseKeyUsable(sk)) return null;
  const ix = indexOf(gaz);
  const k = ix.admin1.get(`${country} ${admin1}`);
  if (k === undefined) return null;
  let bySkeleton = ix.skeletons.get(k);
  if (!bySkeleton) {
    bySkeleton = new Map();
    for (const i of ix.towns.get(k)!) {
      const s = skeletonOf(gaz.nameOf(i));
      const list = bySkeleton.get(s);
      if (list) list.push(i);
      else bySkeleton.set(s, [i]);
    }
    ix.skeletons.set(k, bySkeleton);
  }
  let best: number | null = null;
  for (const i of bySkeleton.get(sk) ?? []) {
    if (near && distanceKm(gaz.latOf(i), gaz.lonOf(i), near.lat, near.lon) > km) continue;
    if (best === null || gaz.populationOf(i) > gaz.populationOf(best)) best = i;
  }
  return best;
}
