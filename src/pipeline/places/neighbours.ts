// Nearness to the article's other places: a local story's towns cluster, so a namesake near the
// other names' first-pass readings (or in the admin1 area of one of them) is the likely one.
import type { Gazetteer } from '../../gazetteer/index.js';
import { distanceKm } from '../../geo.js';

export interface Neighbours {
  /** The first-pass readings that are points (not areas), one per distinct (name, entry). */
  points: Array<{ key: string; entry: number; lat: number; lon: number }>;
  /** admin1KeyOf → the names read inside that admin1 area. */
  admin1: Map<number, Set<string>>;
}

// Features that are areas: their centre point says little about where the story happens.
export const AREA_FEATURES = new Set(['PCLI', 'CONT', 'RGN', 'OCN', 'SEA', 'GULF', 'ADM1', 'TERR', 'PEN', 'PLAT', 'MTS', 'DSRT', 'STM', 'ISL']);

/** The neighbour context of first-pass readings `entries` of the names told (`told[i].key`; areas left out). */
export function neighboursOf(gaz: Gazetteer, told: readonly { key: string }[], entries: number[]): Neighbours {
  const ctx: Neighbours = { points: [], admin1: new Map() };
  // A name told five times is one neighbour: repeats cannot change a nearest distance.
  const seen = new Map<string, Set<number>>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i], key = told[i].key;
    if (AREA_FEATURES.has(gaz.featureOf(e))) continue;
    let s = seen.get(key);
    if (!s) seen.set(key, (s = new Set()));
    if (!s.has(e)) (s.add(e), ctx.points.push({ key, entry: e, lat: gaz.latOf(e), lon: gaz.lonOf(e) }));
    const a = gaz.admin1KeyOf(e);
    let names = ctx.admin1.get(a);
    if (!names) ctx.admin1.set(a, (names = new Set()));
    names.add(key);
  }
  return ctx;
}

const NEAR_TIERS_KM = 400; // beyond this no nearness bonus
// A great circle is at least as long as its latitude difference (the Earth's radius × Δlat in
// radians): a point further in latitude alone cannot be within the last tier. 1 km of slack for rounding.
const KM_PER_DEGREE = (12742 / 2) * (Math.PI / 180);

/** Nearness to the other names' readings (graded by distance) and a shared admin1 with them. */
export function neighbourBonus(gaz: Gazetteer, e: number, key: string, ctx: Neighbours): number {
  const fc = gaz.featureOf(e);
  // An area is near the article's towns when it holds them, wherever its centre point lies.
  if (fc === 'ADM1') return ctx.admin1.has(gaz.admin1KeyOf(e)) ? 3 : 0;
  if (fc === 'PCLI') {
    const cc = gaz.countryOf(e);
    return ctx.points.some((p) => gaz.countryOf(p.entry) === cc) ? 3 : 0;
  }
  const lat = gaz.latOf(e), lon = gaz.lonOf(e);
  let nearest = Infinity;
  // Other names only: "Dublin City" must not vouch for "Dublin" (same name, same first-pass guess).
  for (const p of ctx.points) {
    if (p.entry === e || Math.abs(p.lat - lat) * KM_PER_DEGREE > NEAR_TIERS_KM + 1 || sameName(p.key, key)) continue;
    nearest = Math.min(nearest, distanceKm(lat, lon, p.lat, p.lon));
  }
  let s = nearest <= 50 ? 3 : nearest <= 150 ? 2.2 : nearest <= NEAR_TIERS_KM ? 1.2 : 0;
  const same = ctx.admin1.get(gaz.admin1KeyOf(e));
  if (same) for (const k of same) if (!sameName(k, key)) return s + SAME_ADMIN1;
  return s;
}

const SAME_ADMIN1 = 1;

export const sameName = (a: string, b: string): boolean => a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ');

