// Town labels for the web map: the gazetteer's populated places inside a box, largest first, above a
// population that falls as the map zooms in (so a continent shows its capitals and a district its
// villages). One index sorted by population, built on first use; a query walks it until the page is full.
import type { Gazetteer } from './index.js';

export interface Town {
  name: string;
  lat: number;
  lon: number;
  population: number;
  country: string | null;
  /** GeoNames feature code: PPLC capital, PPLA/PPLA2 seat, PPL town... */
  kind: string;
}

export interface TownQuery {
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  zoom: number;
  limit?: number;
}

/** The smallest population labelled at a zoom (Leaflet's: 2 the world, 12 a town): about the density
 * of a printed atlas at that scale. Capitals are always labelled. */
export function minPopulation(zoom: number): number {
  const table = [5_000_000, 5_000_000, 3_000_000, 1_500_000, 700_000, 250_000, 80_000, 25_000, 8_000, 2_000];
  return table[Math.max(0, Math.min(table.length - 1, Math.floor(zoom)))];
}

const indexes = new WeakMap<Gazetteer, Int32Array>();

/** Populated places (GeoNames PPL*) of at least 1,000 people, most populous first. */
function townIndex(g: Gazetteer): Int32Array {
  let index = indexes.get(g);
  if (index) return index;
  const ids: number[] = [];
  for (let i = 0; i < g.size; i++) if (g.populationOf(i) >= 1000 && g.featureOf(i).startsWith('PPL')) ids.push(i);
  ids.sort((a, b) => g.populationOf(b) - g.populationOf(a) || a - b);
  index = Int32Array.from(ids);
  indexes.set(g, index);
  return index;
}

export function townsIn(g: Gazetteer, q: TownQuery): Town[] {
  const { minLon, minLat, maxLon, maxLat } = q.box;
  const floor = minPopulation(q.zoom);
  const limit = q.limit ?? 150;
  const inLon = minLon <= maxLon ? (x: number) => x >= minLon && x <= maxLon : (x: number) => x >= minLon || x <= maxLon;
  const out: Town[] = [];
  const take = (i: number): boolean => {
    const lat = g.latOf(i), lon = g.lonOf(i);
    if (lat < minLat || lat > maxLat || !inLon(lon)) return false;
    out.push({ name: g.nameOf(i), lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4, population: g.populationOf(i), country: g.countryOf(i) || null, kind: g.featureOf(i) });
    return out.length >= limit;
  };
  // A capital is labelled down to a twentieth of the floor: a small country's capital still shows.
  for (const i of townIndex(g)) {
    const pop = g.populationOf(i);
    if (pop < floor / 20) break;
    if ((pop >= floor || g.featureOf(i) === 'PPLC') && take(i)) break;
  }
  return out;
}
