// Admin1 and admin2 areas as entries (feature codes ADM1, ADM2), from GeoNames' admin code tables and
// the populated places coded to each area. cities500 holds no ADM features, so an area's point is
// derived: the middle of its places' extent (for a district, once places far from the rest are set
// aside: a village misfiled under another code would drag its box), or, for an area with no place coded to
// it, the point of the place in its admin1 that bears its name (districts are mostly named after
// their seat: Beni territory, Shahrestān-e Zanjān). Each area also records its seat (PPLC/PPLA for
// a province, PPLA2 for a district), the point ACLED codes a province-level event at.
import { areaKeys, areaLooseKey, countrySuffixes } from './admin-names.js';
import type { Collector } from './collector.js';
import { FLAG_LOOSE, FLAG_PRIMARY } from './format.js';

/** A populated place as the area builder needs it. */
export interface PlaceRow {
  entry: number; cc: string; a1: string; a2: string; lat: number; lon: number; pop: number; fc: string;
  /** Its folded name and ASCII name. */
  names: string[];
}

interface Area { places: PlaceRow[]; pop: number }

// The rank of a place as an area's seat: the capital, then a province's seat, then a district's.
const SEAT_RANK: Record<string, number> = { PPLC: 3, PPLA: 2, PPLA2: 1 };

/**
 * Adds an entry and its keys for every admin1 and admin2 area that can be given a point. Returns the
 * admin1 entries by "CC|folded name" (for curated abbreviations such as "Calif.").
 */
export function addAreas(c: Collector, places: PlaceRow[], admin1: Map<string, string>, admin2: Map<string, string>): Map<string, number> {
  const areas = new Map<string, Area>();
  const note = (code: string, p: PlaceRow) => {
    let a = areas.get(code);
    if (!a) areas.set(code, (a = { places: [], pop: 0 }));
    a.places.push(p), (a.pop += p.pop);
  };
  // Places by "CC.A1|folded name": the namesake of an area with no place of its own.
  const named = new Map<string, PlaceRow>();
  for (const p of places) {
    if (!p.a1) continue;
    note(`${p.cc}.${p.a1}`, p);
    if (p.a2) note(`${p.cc}.${p.a1}.${p.a2}`, p);
    for (const n of p.names) {
      const k = `${p.cc}.${p.a1}|${n}`;
      const had = named.get(k);
      if (!had || had.pop < p.pop) named.set(k, p);
    }
  }
  const adm1Entry = new Map<string, number>();
  const suffixes = new Map<string, string[]>(); // "CC|ADM1" → the unit words the country's names of that level end with
  for (const [table, fc] of [[admin1, 'ADM1'], [admin2, 'ADM2']] as const) {
    const byCc = new Map<string, string[]>();
    for (const [code, name] of table) {
      const cc = code.slice(0, 2);
      byCc.get(cc)?.push(name) ?? byCc.set(cc, [name]);
    }
    for (const [cc, names] of byCc) suffixes.set(`${cc}|${fc}`, countrySuffixes(names));
  }
  const add = (code: string, name: string, fc: 'ADM1' | 'ADM2'): number | null => {
    const a1code = code.split('.').slice(0, 2).join('.');
    const keys = areaKeys(name, fc, suffixes.get(`${code.slice(0, 2)}|${fc}`));
    const area = areas.get(code);
    let lat: number, lon: number, pop: number, seat: PlaceRow | undefined;
    // The place in the same admin1 that bears the area's name (Beni of Beni territory).
    const namesake = keys.own.map((k) => named.get(`${a1code}|${k}`)).find((p) => p !== undefined && (!area || area.places.includes(p)));
    if (area) {
      // Provinces: the whole extent (their far towns are real: Queensland, Manitoba). Districts:
      // trimmed, without outliers, since a district's few towns include the odd misfiled one.
      [lat, lon] = fc === 'ADM1' ? centre(area.places, 0, false) : centre(area.places, 0.1, true);
      pop = area.pop;
      seat = seatOf(area.places, fc) ?? namesake;
    } else {
      // No place coded to the area: its namesake is its seat and its point.
      seat = namesake;
      if (!seat) return null;
      (lat = seat.lat), (lon = seat.lon), (pop = seat.pop);
    }
    const cc = code.slice(0, 2);
    const e = c.add({ gid: 0, name, lat, lon, pop, fc, cc, adm1: admin1.get(a1code) ?? '', adm2: fc === 'ADM2' ? code : '' });
    if (seat) c.seats.push([e, seat.entry]);
    for (const k of keys.own) c.key(k, e, keys.weak.includes(k) ? 0 : FLAG_PRIMARY, true);
    for (const k of keys.forms) c.key(k, e, 0, true);
    if (keys.own.length) c.key(areaLooseKey(cc, keys.own[0]), e, FLAG_LOOSE, true);
    return e;
  };
  for (const [code, name] of admin1) {
    const e = add(code, name, 'ADM1');
    if (e !== null) adm1Entry.set(`${code.slice(0, 2)}|${areaKeys(name, 'ADM1').own[0]}`, e);
  }
  for (const [code, name] of admin2) add(code, name, 'ADM2');
  return adm1Entry;
}

/**
 * The area's seat: its highest-ranked place (capital, provincial seat, district seat), the biggest of
 * a rank. A province without a PPLA (one made of a former district: Socotra) takes its biggest PPLA2.
 */
function seatOf(places: PlaceRow[], fc: 'ADM1' | 'ADM2'): PlaceRow | undefined {
  let best: PlaceRow | undefined;
  for (const p of places) {
    const r = SEAT_RANK[p.fc] ?? 0;
    if (!r) continue;
    if (!best || r > SEAT_RANK[best.fc] || (r === SEAT_RANK[best.fc] && p.pop > best.pop)) best = p;
  }
  return best;
}

const KM_PER_DEG = 111.2;
const OUTLIER_FLOOR_KM = 30;

/**
 * An area's point: the middle of its places' extent (optionally trimmed), optionally after setting
 * aside places more than three times the median distance (30 km at least) from the places' median
 * point. A box, not a mean: a province's towns crowd one corner, its centre does not.
 */
export function centre(places: Array<{ lat: number; lon: number }>, trim: number, dropOutliers: boolean): [number, number] {
  // An area across the antimeridian (Alaska, Chukotka, Fiji): longitudes in 0..360 instead.
  const lons0 = places.map((p) => p.lon);
  const wide = Math.max(...lons0) - Math.min(...lons0) > 180;
  const pts = places.map((p) => ({ lat: p.lat, lon: wide && p.lon < 0 ? p.lon + 360 : p.lon }));
  let kept = pts;
  if (dropOutliers && pts.length >= 3) {
    const mLat = median(pts.map((p) => p.lat)), mLon = median(pts.map((p) => p.lon));
    const cos = Math.cos((mLat * Math.PI) / 180);
    const dist = pts.map((p) => KM_PER_DEG * Math.hypot(p.lat - mLat, (p.lon - mLon) * cos));
    const limit = Math.max(3 * median(dist), OUTLIER_FLOOR_KM);
    kept = pts.filter((_, i) => dist[i] <= limit);
  }
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[Math.floor((s.length - 1) * trim)] + s[Math.ceil((s.length - 1) * (1 - trim))]) / 2;
  };
  const lon = mid(kept.map((p) => p.lon));
  return [mid(kept.map((p) => p.lat)), wide && lon > 180 ? lon - 360 : lon];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
