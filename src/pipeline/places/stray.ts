// Strays: a small place read far from everything else the article names, in a country none of its
// other names points to: most often a word of a name the gazetteer lacks, resolved at random.
import type { Gazetteer } from '../../gazetteer/index.js';
import type { Resolved } from './resolve.js';
import { AREA_FEATURES } from './neighbours.js';
import { distanceKm } from '../../geo.js';

/**
 * A stray: a small place (<100k, not an area) read in a country no other name of the article points
 * to, over 1,000 km from every other place — most often two words of a name the gazetteer lacks
 * ("Ain Zara" read as a French department and a Turkish town). Kept when it has a container.
 */
export function stray(gaz: Gazetteer, e: number, key: string, sc: StrayContext): boolean {
  // Nothing to stray from: beside it the article names only nationalities ("Russian forces"), which say
  // who acts, not where; its one town is the story's town.
  if (!hasOther(sc.placeKeys, key)) return false;
  const own = sc.countryKeys.get(gaz.countryOf(e));
  if (own && hasOther(own, key)) return false;
  // Every other name's reading over 1,000 km away: each entry read is measured once (not once per telling), and one
  // further in latitude alone than 1,000 km (with 1 km of slack for rounding) needs no haversine.
  const lat = gaz.latOf(e), lon = gaz.lonOf(e);
  for (const p of sc.points) {
    if (p.key === key || Math.abs(p.lat - lat) * KM_PER_DEGREE > STRAY_KM + 1) continue;
    if (!(distanceKm(lat, lon, p.lat, p.lon) > STRAY_KM)) return false;
  }
  return true;
}

const STRAY_KM = 1000;
// A great circle is at least as long as its latitude difference (the Earth's radius × Δlat in radians).
const KM_PER_DEGREE = (12742 / 2) * (Math.PI / 180);

/** An entry the article's names read as: where it lies, and the name read so (null: two names or more were). */
interface StrayPoint { entry: number; lat: number; lon: number; key: string | null }

/** What stray() asks of the whole article, gathered once: the names that are not demonyms, and the names read in each country. */
export interface StrayContext {
  placeKeys: Set<string>;
  countryKeys: Map<string, Set<string>>;
  /** Each entry read, once. */
  points: StrayPoint[];
}

export function strayContext(gaz: Gazetteer, all: Resolved[]): StrayContext {
  const sc: StrayContext = { placeKeys: new Set(), countryKeys: new Map(), points: [] };
  const at = new Map<number, StrayPoint>();
  for (const x of all) {
    if (!x.mention.demonym) sc.placeKeys.add(x.mention.key);
    if (x.entry === null) continue;
    const point = at.get(x.entry);
    if (!point) {
      const p: StrayPoint = { entry: x.entry, lat: gaz.latOf(x.entry), lon: gaz.lonOf(x.entry), key: x.mention.key };
      at.set(x.entry, p);
      sc.points.push(p);
    } else if (point.key !== x.mention.key) point.key = null;
    const cc = gaz.countryOf(x.entry);
    let keys = sc.countryKeys.get(cc);
    if (!keys) sc.countryKeys.set(cc, (keys = new Set()));
    keys.add(x.mention.key);
  }
  return sc;
}

/** Whether `keys` holds a name other than `key`. */
const hasOther = (keys: Set<string>, key: string): boolean => keys.size > 1 || (keys.size === 1 && !keys.has(key));

/** The cheap half of stray(): only a small point-like place in an article of four or more mentions can be one. */
export function mayStray(gaz: Gazetteer, e: number | null, all: Resolved[]): boolean {
  return !(e === null || gaz.populationOf(e) >= 100000 || AREA_FEATURES.has(gaz.featureOf(e)) || all.length < 4);
}

