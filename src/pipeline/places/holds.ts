// Whether one place lies inside another, as a reader of "X (Y)", "X in Y province" or "the X neighbourhood
// of Y city" takes it: a country holds its towns, a province the towns of its admin1 area, a district or a
// town the places within a few tens of kilometres of its point (the gazetteer has no district codes).
import type { Kind } from './hierarchy.js';
import { distanceKm } from '../../geo.js';

export interface Pt {
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  featureCode: string | null;
}

/** How far from a district's point its places lie: districts in conflict areas span tens of kilometres. */
const DISTRICT_KM = 80;
/** A second-level area of the inner place's own first-level area: a province under a region. */
const WIDE_DISTRICT_KM = 120;
/** A provincial seat standing for its province ("villages in the countryside of Idleb"). */
const SEAT_KM = 60;
/** A town and the villages of its area. */
const TOWN_KM = 35;
/** A city named as such ("of Gaza city"): its own neighbourhoods. */
const CITY_KM = 15;
/** Regions, territories, islands: their centre says little; their country and a wide radius. */
const AREA_KM = 250;

export function kmBetween(a: Pt, b: Pt): number {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return Infinity;
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

/** Whether `outer` (read with the kind word after it, if any) holds `inner`. */
export function holds(outer: Pt, inner: Pt, kind: Kind | null = null): boolean {
  const f = outer.featureCode ?? '';
  if (f.startsWith('PCL')) return outer.country === inner.country;
  if (outer.country !== inner.country) return false;
  const sameAdmin1 = outer.admin1 != null && outer.admin1 === inner.admin1;
  // where14: a place the gazetteer files under no admin1 (our curated islands, regions, airports: "Socotra (Hadibu,
  // Suqutra)") lies in the province it is near; only its point can tell.
  if (f === 'ADM1' || f === 'ADM1H') return sameAdmin1 || ((outer.admin1 == null || inner.admin1 == null) && kmBetween(outer, inner) <= AREA_KM);
  const d = kmBetween(outer, inner);
  // Round 40: a second-level area of the inner place's own first-level one may be a province ("San Jose town, Occidental Mindoro":
  // the Philippines' provinces, 200 km long, are ADM2 under their regions): half as far again.
  if (f.startsWith('ADM') || kind === 'admin2') return d <= DISTRICT_KM || (sameAdmin1 && d <= WIDE_DISTRICT_KM);
  // A provincial seat named for its province ("in Idleb province", "in the countryside of Idleb").
  if (kind === 'admin1') return sameAdmin1 || d <= AREA_KM;
  // "the X neighbourhood of Y city": a city named as such holds only its own quarters.
  if (f === 'PPLA' || f === 'PPLC' || f === 'PPLG') return kind === 'town' ? d <= CITY_KM * 2 : sameAdmin1 || d <= SEAT_KM;
  // A town holds the places of its area: near it, or in its admin1 area within a district's reach.
  if (f.startsWith('PPL')) return kind === 'town' ? d <= CITY_KM : d <= TOWN_KM || (sameAdmin1 && d <= DISTRICT_KM);
  return d <= AREA_KM;
}
