// The side of a town's countryside an unknown place lies on. "Kafr X in the southern countryside of Idleb", "Y village
// in the eastern Aleppo countryside", "Z in Hama northern countryside", "W in rural southern Idlib": the report names a
// village the gazetteer lacks and says which side of the town it lies on. Its holder stands for it (loc.admin-fallback);
// the best point for it is then not the town itself, where no village of its countryside lies, but the middle of that
// side of the countryside. Syrian and Iraqi reporting ("rif", "the countryside of X", ACLED's notes), Yemen's and the
// Sahel's monitors write a village's place so. Only "countryside"/"rural" with a compass word moves the point: "south of
// X", "X's outskirts", "near X" are coded at X itself (ACLED codebook: an event near a town is coded to the town,
// precision 2), and "the north of X province" is a part of a province, not a town's land.
/** Unit vectors [north, east] of the four sides. */
const COMPASS_VECTORS: Record<string, [number, number]> = { north: [1, 0], south: [-1, 0], east: [0, 1], west: [0, -1] };

/** How far out the middle of a town's countryside lies: the villages of a provincial town's rural belt lie some
 * 10-40 km from it (a day's walk to market); 20 km is the middle of that belt. */
export const SIDE_KM = 20;

const COUNTRYSIDE = /\b(?:countryside|rural)\b/i;
const SIDE_WORD = /\b(north|south|east|west)(?:[\s-]?(east|west))?(?:ern)?\b/gi;
/** A compass word then "of"/"from" puts the name near the town ("the countryside south of X"): ACLED codes the town. */
const NEAR_SIDE = /\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+(?:of|from)\b/i;
/** How far after the town's name its countryside word may stand ("Aleppo's southern countryside"). */
const AFTER = 28;

/**
 * The offset in degrees ([dLat, dLon]) from the holder's point towards the side of its countryside the words between the
 * unknown name (ending at `from`) and its holder (`start`..`end`), and right after the holder, tell; or null.
 */
export function countrysideSide(text: string, from: number, start: number, end: number, lat: number): [number, number] | null {
  if (from > start) return null;
  const between = text.slice(from, start);
  const tail = /^[^,.;:()[\]]*/.exec(text.slice(end, end + AFTER))![0];
  const words = between + ' ' + tail;
  if (!COUNTRYSIDE.test(words) || NEAR_SIDE.test(between)) return null;
  let v: [number, number] | null = null;
  for (const m of words.matchAll(SIDE_WORD)) {
    const a = COMPASS_VECTORS[m[1].toLowerCase()], b = m[2] ? COMPASS_VECTORS[m[2].toLowerCase()] : null;
    if (!a) continue;
    // Two sides told ("south-eastern"): between them; two different words ("north ... eastern") tell nothing sure.
    const w: [number, number] = b ? [(a[0] + b[0]) / Math.SQRT2, (a[1] + b[1]) / Math.SQRT2] : a;
    if (v && (v[0] !== w[0] || v[1] !== w[1])) return null;
    v = w;
  }
  if (!v) return null;
  const kmLat = 111.2, kmLon = 111.2 * Math.cos((lat * Math.PI) / 180);
  return [(v[0] * SIDE_KM) / kmLat, (v[1] * SIDE_KM) / Math.max(kmLon, 1)];
}
