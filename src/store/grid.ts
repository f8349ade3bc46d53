// The space-time index fusion looks candidates up through: a one-degree lat/lon grid and day numbers.
// A cell is one integer so that both SQLite and PostgreSQL index it as a plain column.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null. */
export function dayNumber(date: string | null | undefined): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

export function dayToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function cellOf(lat: number, lon: number): number {
  const y = Math.max(-90, Math.min(89, Math.floor(lat))) + 90; // 0..179
  const x = ((Math.floor(lon) + 180) % 360 + 360) % 360; // 0..359, wraps at the antimeridian
  return y * 360 + x;
}

/** Every cell within `km` of a point (a box of cells wide enough for the radius, wrapping in longitude). */
export function cellsAround(lat: number, lon: number, km: number): number[] {
  const dLat = km / 111;
  const cosLat = Math.max(0.05, Math.cos((Math.min(Math.abs(lat) + dLat, 89.9) * Math.PI) / 180));
  const dLon = Math.min(180, km / (111 * cosLat));
  const out = new Set<number>();
  for (let y = Math.floor(lat - dLat); y <= Math.floor(lat + dLat); y++) {
    if (y < -90 || y > 89) continue;
    for (let x = Math.floor(lon - dLon); x <= Math.floor(lon + dLon); x++) out.add(cellOf(y, x));
  }
  return [...out];
}


/** Days per time bucket of a fusion lock: a lookup spans at most 63 days (dayLo - 32 .. dayHi), so two buckets. */
const LOCK_BUCKET_DAYS = 64;

/**
 * The lock keys a candidate lookup touches: each cell crossed with each 64-day bucket of the days whose
 * incidents it reads ([dayLo - 32, dayHi], as candidateIncidents does). An incident the lookup can find is
 * filed under one of these keys, so two lookups that can find the same incident share a key. One int32
 * each: cell * 1024 + bucket mod 1024 (a collision only makes two unrelated lookups take turns).
 */
export function fusionLockKeys(cells: number[], dayLo: number, dayHi: number): number[] {
  const out: number[] = [];
  const lo = Math.floor((dayLo - 32) / LOCK_BUCKET_DAYS);
  const hi = Math.floor(dayHi / LOCK_BUCKET_DAYS);
  for (const c of cells) for (let b = lo; b <= hi; b++) out.push(c * 1024 + (((b % 1024) + 1024) % 1024));
  return out;
}
