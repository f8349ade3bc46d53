// When do two reports tell of the same incident? Compatible type, overlapping dates (each widened to its
// precision), locations close enough for how precisely each was placed, and no clash of acting parties.
// The same rules compare an event with an incident and an incident with another (for merges).
import { dayNumber } from '../store/grid.js';
import { distanceKm } from '../geo.js';

/** What matching reads from an event or an incident. */
export interface Footprint {
  eventType: string;
  subEventType: string;
  dayLo: number | null;
  dayHi: number | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: 1 | 2 | 3 | null;
  geonameid: number | null;
  /** GeoNames feature code of the place: a populated place (PPL…) is a town, anything else an area. */
  featureCode?: string | null;
  country: string | null;
  admin1: string | null;
  actor1: string | null;
  actor2: string | null;
}

/** How far from its coordinates a place of each ACLED geo_precision may really be (km). */
export const PLACE_RADIUS_KM: Record<1 | 2 | 3, number> = { 1: 5, 2: 25, 3: 120 };
/** The widest search radius matching ever needs: two region-level placements. */
export const MAX_RADIUS_KM = PLACE_RADIUS_KM[3] * 2;

export function dayRange(start: string | null, end: string | null): [number, number] | null {
  const lo = dayNumber(start);
  if (lo == null) return null;
  const hi = dayNumber(end) ?? lo;
  return hi >= lo ? [lo, hi] : [hi, lo];
}

const norm = (s: string | null): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// ACLED's generic labels name a crowd or the victims, not a party: "Protesters (Syria)", "Rioters
// (Yemen)", "Civilians (Sudan)", "Unidentified Armed Group (Libya)". Outlets describe the same crowd as
// protesters or as rioters, so such labels never make two reports different incidents.
const GENERIC = /^(protesters|rioters|civilians|unidentified|unknown)\b/;

/** A party's name as compared, or '' for none or a generic label. */
function party(s: string | null): string {
  const n = norm(s);
  return GENERIC.test(n) ? '' : n;
}

function sameActor(a: string | null, b: string | null): boolean {
  const x = party(a);
  const y = party(b);
  return !x || !y || x === y || x.includes(y) || y.includes(x);
}

/**
 * Do the acting parties fit one incident? A battle has two sides, named in either order and often only
 * one of them per report: two battle reports fit while all the parties they name together are at most
 * two (Army X v Front Y and Army X v Brigade Z are two battles). Otherwise the actor1s must agree (or one
 * be unnamed); when they clash, reports that still share a named party tell the same incident with the
 * roles read differently ("X struck Y" / "Y's positions were hit") — place, day and type already agree.
 */
export function actorsCompatible(a: Footprint, b: Footprint): boolean {
  const mine = [party(a.actor1), party(a.actor2)].filter(Boolean);
  const theirs = [party(b.actor1), party(b.actor2)].filter(Boolean);
  const same = (x: string, y: string): boolean => x === y || x.includes(y) || y.includes(x);
  if (a.eventType === 'Battles') {
    const all: string[] = [];
    for (const x of [...mine, ...theirs]) if (!all.some((y) => same(x, y))) all.push(x);
    return all.length <= 2;
  }
  if (sameActor(a.actor1, b.actor1)) return true;
  return mine.some((x) => theirs.some((y) => same(x, y)));
}

/** Distance in km when the two places can be one, or null when they cannot. Unplaced reports never match on place. */
export function placeDistance(a: Footprint, b: Footprint): number | null {
  if (a.country && b.country && a.country !== b.country) return null;
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null || !a.geoPrecision || !b.geoPrecision) return null;
  if (a.geonameid != null && a.geonameid === b.geonameid) return 0;
  const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
  // A region-level report (precision 3) covers its whole province: same admin1 is what counts then.
  if ((a.geoPrecision === 3 || b.geoPrecision === 3) && a.admin1 && b.admin1) return norm(a.admin1) === norm(b.admin1) ? d : null;
  // Two towns, each named: a report "near X" or "on the outskirts of X" is coded to X, not to a town 15 km
  // off that another outlet names. The wide near-radius is for areas and unnamed spots; two named towns are
  // one place only as close as two town readings (two gazetteer entries for one town).
  if (a.geonameid != null && b.geonameid != null && isTown(a) && isTown(b)) return d <= 2 * PLACE_RADIUS_KM[1] ? d : null;
  return d <= PLACE_RADIUS_KM[a.geoPrecision] + PLACE_RADIUS_KM[b.geoPrecision] ? d : null;
}

const isTown = (f: Footprint): boolean => /^PPL/.test(f.featureCode ?? '');

export function datesOverlap(a: Footprint, b: Footprint): boolean {
  if (a.dayLo == null || b.dayLo == null) return false;
  return a.dayLo <= (b.dayHi ?? b.dayLo) && b.dayLo <= (a.dayHi ?? a.dayLo);
}

/**
 * A match score (lower is closer) or null when the two cannot be one incident. `placeOptional` lets a
 * report without a place match on the rest: only for copies of one wire story, never across outlets.
 */
export function matchScore(a: Footprint, b: Footprint, placeOptional = false): number | null {
  if (a.eventType !== b.eventType) return null;
  if (!datesOverlap(a, b) || !actorsCompatible(a, b)) return null;
  let d = placeDistance(a, b);
  if (d == null) {
    const unplaced = a.lat == null || b.lat == null;
    if (!(placeOptional && unplaced && (!a.country || !b.country || a.country === b.country))) return null;
    d = 0;
  }
  const span = Math.max((a.dayHi ?? a.dayLo!) - a.dayLo!, (b.dayHi ?? b.dayLo!) - b.dayLo!);
  return d + span + (a.subEventType === b.subEventType ? 0 : 10);
}
