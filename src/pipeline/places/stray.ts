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
export function stray(gaz: Gazetteer, e: number, key: string, all: Resolved[], sc: StrayContext): boolean {
  // Nothing to stray from: beside it the article names only nationalities ("Russian forces"), which say
  // who acts, not where; its one town is the story's town.
  if (!hasOther(sc.placeKeys, key)) return false;
  const own = sc.countryKeys.get(gaz.countryOf(e));
  if (own && hasOther(own, key)) return false;
  const lat = gaz.latOf(e), lon = gaz.lonOf(e);
  return all.every((x) => x.entry === null || x.mention.key === key || distanceKm(lat, lon, gaz.latOf(x.entry), gaz.lonOf(x.entry)) > 1000);
}

/** What stray() asks of the whole article, gathered once: the names that are not demonyms, and the names read in each country. */
export interface StrayContext {
  placeKeys: Set<string>;
  countryKeys: Map<string, Set<string>>;
}

export function strayContext(gaz: Gazetteer, all: Resolved[]): StrayContext {
  const sc: StrayContext = { placeKeys: new Set(), countryKeys: new Map() };
  for (const x of all) {
    if (!x.mention.demonym) sc.placeKeys.add(x.mention.key);
    if (x.entry === null) continue;
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

