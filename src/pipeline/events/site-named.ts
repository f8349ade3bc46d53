// A settlement the report names but the gazetteer lacks, placed at the area that holds it ("Kipulu village
// (Shabunda, Sud-Kivu)", "Rmelan in Al-Hasakeh"): its point is the area's, its precision the report's.
// ACLED's codebook, spatial precision: 1 when the source names the town or village the event took place in (ACLED
// then finds it in its own, larger gazetteer), 2 when the source only says the event was near a town, in an area of
// it or in a part of a region ("near X village", "the area of X", "the forests of X", "X front"), 3 the region alone.
// So the precision says how closely the report places the event; `why.location` keeps `loc.admin-fallback`, which
// says the point is the holder's, not the village's.
import type { Kind } from '../places/hierarchy.js';

/** Words before a name that put the event around the place, not at it ("the area of X", "the forests of X",
 * "in and around X", "between X and Y"): ACLED's "near a town" or "part of a region" (precision 2). */
export const AROUND_WORDS: ReadonlySet<string> = new Set(['area', 'areas', 'region', 'regions', 'vicinity', 'surroundings', 'environs',
  'outskirts', 'countryside', 'rural', 'forest', 'forests', 'bush', 'mountain', 'mountains', 'hills', 'valley', 'plain', 'plains', 'desert',
  'front', 'frontline', 'fronts', 'axis', 'direction', 'between', 'around', 'near', 'outside', 'nearby', 'close', 'zone', 'road', 'highway',
  'route', 'border', 'part', 'parts', 'locality', 'localities', 'lands', 'farmland', 'farmlands', 'fields', 'river', 'riverbank']);

/** Kinds of the name itself that make it a settlement: none told ("X (Y, Z)"), or "village", "town", "hill". */
const SETTLEMENT: ReadonlySet<Kind | null> = new Set<Kind | null>([null, 'town']);

/**
 * The precision of an unknown settlement placed at its holder: 1 when the report names it as the place of the event
 * (no word puts the event around it and its own kind word, if any, is a settlement's), else null (the holder's
 * precision stands).
 */
export function namedSettlementPrecision(childKind: Kind | null, name: string, around: boolean, holderLink: string): 1 | null {
  if (around || holderLink === 'near' || !SETTLEMENT.has(childKind)) return null;
  // "Al Ghab Plain", "Jabal Zawiya Mountains": a landform's own name is a part of a region, not a settlement.
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (AROUND_WORDS.has(last)) return null;
  return 1;
}
