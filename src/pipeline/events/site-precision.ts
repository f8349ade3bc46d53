// ACLED geo_precision of a site, from the place's feature and the words around it. ACLED codebook, spatial
// precision: 1 the source names a town and its coordinates are known; 2 the event took place in a small
// part of a region, near a town, or in a district (coded to a town standing for it); 3 only the province
// or a larger region is known (coded to the provincial capital).
import type { Place } from '../../types.js';
import type { Kind } from '../places/hierarchy.js';
import type { HeldBy } from './types.js';

/** The precision a place's own feature gives it: a country or province 3, a district or area 2, a town 1. */
export function basePrecision(p: Pick<Place, 'featureCode'>): 1 | 2 | 3 {
  const f = p.featureCode ?? '';
  if (f.startsWith('PCL') || f === 'CONT' || f === 'ADM1' || f === 'RGN' || f === 'ADM1H' || f === 'TERR') return 3;
  if (f.startsWith('ADM') || f === 'AREA' || f === 'VAL' || f === 'MTS' || f === 'PEN' || f === 'DSRT' || f === 'PLAT') return 2;
  return 1;
}

/** The kind word after a name refines it: "Idlib province" 3, "Azra district" 2, "the X camp" 2, "X city" 1. */
export function kindPrecision(precision: 1 | 2 | 3, kind: Kind | null, p: Place): 1 | 2 | 3 {
  const f = p.featureCode ?? '';
  switch (kind) {
    // "Idlib province" is the province; "the region of Hadibu", a town's surroundings.
    case 'admin1': return f.startsWith('PCL') || f === 'ADM1' || f === 'PPLA' || f === 'PPLC' || f === 'PPLG' ? 3 : f.startsWith('PPL') ? 2 : precision;
    case 'admin2': return f.startsWith('PCL') || f === 'ADM1' ? precision : 2;
    // "Coatzacoalcos city": the town, though the gazetteer read its municipality.
    case 'town': return f.startsWith('ADM2') || f.startsWith('ADM3') ? 1 : precision;
    case 'landmark-near': return precision < 2 ? 2 : precision;
    default: return precision;
  }
}

/** Where an unknown or misplaced name is placed at its holder: a country 3; a province, a district or a town's
 * area 2; a part or landmark of a town ("the X neighbourhood of Y city") 1. A place the report names inside a
 * province is "a small part of a region" (ACLED's precision 2), though coded at the provincial capital: 3 is for
 * an event the report places in the whole region ("clashes in Idlib province"). */
export function fallbackPrecision(holder: HeldBy, childKind: Kind | null, inCity = false): 1 | 2 | 3 {
  const f = holder.place.featureCode ?? '';
  if (f.startsWith('PCL') || f === 'RGN' || f === 'TERR') return 3;
  if (f === 'ADM1' || f === 'ADM1H' || holder.kind === 'admin1') return 2;
  if (holder.link === 'near') return 2;
  // "PD10 of Kandahar city", "Seray in Tripoli", "El Campito, Merida, Merida state": a name told inside a city is a
  // part of it (ACLED codebook, spatial precision: a neighbourhood of a city is coded to the city, precision 1).
  if (inCity && holder.link !== 'paren' && childKind !== 'admin1' && (childKind !== 'town' || holder.link === 'in')) return 1;
  if (f.startsWith('ADM') || holder.kind === 'admin2') return 2;
  // "the X neighbourhood of Y", "X of Y city": a part of the town is the town.
  if (childKind === 'quarter' || childKind === 'landmark-in') return 1;
  return holder.kind === 'town' && childKind !== 'town' && holder.link !== 'paren' ? 1 : 2;
}
