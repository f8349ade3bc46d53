// location: which of a sentence's resolved places an incident happened at, read from the words
// before each place (ACLED geo_precision: 1 the town itself, 2 near a town or part of a region,
// 3 a region or the country). A launch origin ("from the direction of X") is not the location; a
// place that only qualifies another ("Damascus, Syria", "a suburb of Damascus", "the X-Y road") is
// not a separate site.
import type { EventLocation, Place, Token } from '../../types.js';
import { distanceKm } from '../../geo.js';

export interface Site {
  location: EventLocation;
  /** Introduced by a locative preposition (in, at, near, outside...), not merely named. */
  locative: boolean;
  /** Told as part of the town ("the outskirts of X", "a suburb of X"): near X, but at X, not somewhere around it. */
  part?: boolean;
  /** Token indexes of the place, [first, end). */
  first: number;
  end: number;
}

const NEAR = new Set(['near', 'outside', 'around', 'close', 'outskirts', 'surroundings', 'vicinity', 'suburbs', 'suburb',
  'north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'northern', 'southern', 'eastern',
  'western', 'km', 'kilometres', 'kilometers', 'miles', 'border', 'road', 'highway', 'nearby', 'off', 'outlying', 'periphery', 'countryside']);
/** Near-words that name a part of the town itself, not its surroundings. */
const PART = new Set(['outskirts', 'suburbs', 'suburb', 'outlying', 'periphery', 'edge', 'district', 'districts', 'neighbourhood',
  'neighbourhoods', 'neighborhood', 'neighborhoods', 'quarter', 'quarters', 'centre', 'center']);
const ORIGIN = new Set(['from', 'direction']);
const LOCATIVE = new Set(['in', 'at', 'on', 'into', 'inside', 'across', 'of', 'over', 'to', 'near', 'outside', 'around', 'within', 'throughout', 'towards', 'toward']);
const ROAD = new Set(['road', 'highway', 'street', 'avenue', 'motorway', 'expressway']);
const LOOKBACK = 7;
const WATER = new Set(['STM', 'STMI', 'SEA', 'OCN', 'LK', 'LKS', 'BAY', 'GULF', 'RSV', 'CNL', 'STRT', 'SD']);
const AIRPORT_WORDS = new Set(['airport', 'airbase', 'airfield']);

function basePrecision(p: Place): 1 | 2 | 3 {
  const f = p.featureCode ?? '';
  if (f.startsWith('PCL') || f === 'CONT' || f === 'ADM1' || f === 'RGN' || f === 'ADM1H') return 3;
  if (f.startsWith('ADM') || f === 'AREA' || f === 'VAL' || f === 'MTS') return 2;
  return 1;
}

/** Index of the token starting at a character offset (binary search over sorted tokens). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Finds an airport by the city it serves ("Damascus's airport"), when the gazetteer has one. */
export type AirportOf = (city: Place) => Place | null;

/** The incident sites among a sentence's places, in text order. Places inside a name (an actor, a
 * source: "Observatory for Human Rights", "Israeli Air Force") are not sites. */
export function readSites(places: readonly Place[], tokens: readonly Token[], words: readonly string[], from: number,
  inNames: (start: number, end: number) => boolean = () => false, airportOf: AirportOf = () => null): Site[] {
  const out: Site[] = [];
  let prevEnd = -10, prevOrigin = false;
  for (let p of places) {
    if (p.mention === 'demonym' || p.lat == null || p.lon == null || inNames(p.start, p.end)) continue;
    const a = tokenAt(tokens, p.start);
    let b = a + 1;
    while (b < tokens.length && tokens[b].start < p.end) b++;
    const afterPrev = a - prevEnd;
    const thisEnd = prevEnd;
    prevEnd = b;
    // "Damascus, Syria" / "Damascus-Beirut road": the second place only qualifies the first.
    if (afterPrev <= 2 && (words[a - 1] === ',' || words[a - 1] === '-')) continue;
    // "El-Kisweh, a suburb of Damascus": an apposition naming what the first place belongs to.
    if (thisEnd >= from && words[thisEnd] === ',' && a - thisEnd <= 5 && words.slice(thisEnd + 1, a).includes('of')) continue;
    // "U.K.-based": where someone is based, not where anything happened.
    if (words[b] === '-' && words[b + 1] === 'based' || words[b] === 'based') continue;
    // "the old Beirut road": a road named after a town is not in that town.
    const roadAfter = ROAD.has(words[b]) || (words[b] === '-' && ROAD.has(words[b + 2] ?? ''));
    if (ROAD.has(words[b]) && words[a - 1] !== '-' && !(words[b] === '-')) continue;
    let precision = basePrecision(p);
    let origin = false, near = roadAfter, locative = false, part = false;
    for (let i = a - 1; i >= Math.max(from, a - LOOKBACK); i--) {
      const w = words[i];
      if (ORIGIN.has(w)) { origin = true; break; }
      if (NEAR.has(w)) near = true;
      if (PART.has(w)) part = true;
      // "from X and Y": a place joined to a launch origin is one too.
      if (w === 'and' && prevOrigin && i === thisEnd) { origin = true; break; }
      // "over the Odesa and Mykolaiv regions": the second name shares the first one's preposition.
      if ((w === 'and' || w === 'or') && i > thisEnd - 1 && i - thisEnd <= 1) break;
      if (LOCATIVE.has(w)) { locative = true; if (w !== 'of' && w !== 'to') break; }
      if (w === ',' || w === ';' || w === '.') break;
      // A finite verb ends the phrase; a participle after an article ("the occupied") does not.
      if (tokens[i].pos === 'VERB' && tokens[i - 1]?.pos !== 'DET') break;
    }
    prevOrigin = origin;
    if (origin) continue;
    // "outside Damascus's airport": the airport, not the city.
    const tail = words[b] === "'s" ? b + 1 : b;
    if (AIRPORT_WORDS.has(words[tail])) {
      const ap = airportOf(p);
      if (ap) { p = ap; precision = 1; b = tail + 1; }
    }
    if (near && precision < 2) precision = 2;
    // Rivers and seas locate a town ("on the Danube"), not an incident of their own.
    const water = WATER.has(p.featureCode ?? '');
    out.push({ location: { ...p, precision: water ? 2 : precision }, first: a, end: b, locative: locative && !water, ...(part ? { part } : {}) });
  }
  return out;
}

export function km(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): number {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return Infinity;
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

/** Same place for fusing reports: same gazetteer entry, or two points a few km apart. */
export function samePlace(a: EventLocation, b: EventLocation): boolean {
  return (a.geonameid != null && a.geonameid === b.geonameid) || km(a, b) <= 5;
}

/** A coarse place (a country, a province) that contains a finer one. */
export function contains(coarse: EventLocation, fine: EventLocation): boolean {
  if (coarse.precision !== 3 || fine.precision === 3 && basePrecision(fine) === 3) return false;
  const f = coarse.featureCode ?? '';
  if (f.startsWith('PCL')) return coarse.country != null && coarse.country === fine.country;
  if (f === 'ADM1') return coarse.country === fine.country && coarse.admin1 != null && coarse.admin1 === fine.admin1;
  return false;
}
