// Distances on the Earth, one formula for the whole project: the pipeline's place scoring and site
// checks, the store's spatial filter (SQLite's; PostgreSQL writes the same formula in SQL, query.ts).

/** Great-circle distance in km (haversine on a sphere of mean diameter 12,742 km). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}
