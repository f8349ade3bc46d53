// terr11 (issue 13): ground a foreign state's force takes is no government regaining it. ACLED codebook 2023 ("Event Types and
// Sub-Event Types"): Government regains territory is government forces or their affiliates regaining control of a location;
// Non-state actor overtakes territory is a non-state actor "or a foreign state actor" acquiring control of one through armed
// interaction. Typing reads who takes the place (a state force); only the settled actor and site tell whose state it is: a
// force of one country taking a place in another is a foreign state actor. Provenance: written for this project.
import type { ConflictEvent, Place } from '../../types.js';
import { isStateForceName } from '../../lexicon/actors.js';


export const FOREIGN_GROUND = {
  id: 'type.foreign-force-takes-ground',
  why: 'Codebook: Non-state actor overtakes territory covers a foreign state actor acquiring control of a location; a state force taking a place in another country than its own is one',
} as const;

/** A state force told by its own noun ("Mozambican troops", "the Malian army"), not fighters named by their country ("allied Syrian
 * fighters", a militia the reader names by the country alone). */
const STATE_FORCE_WORD = /\b(troops|army|armies|soldiers|forces|military|police|gendarmes|gendarmerie|navy|air force)\b/i;

/** The countries the story names, by name or demonym ("in Tajikistan's Sughd region", "Syrian"). */
const namedCountries = (places: readonly Place[]): Set<string> =>
  new Set(places.flatMap((p) => p.country && (p.mention === 'demonym' || (p.featureCode ?? '').startsWith('PCL')) ? [p.country] : []));

/** Retypes a Government regains territory whose taker is a state force of another country than the site's. The site's country
 * must be one the story names: a namesake abroad read for a small place ("Boni" read in Germany in a Malian report) is no
 * foreign ground. Round 36: nor is ground a foreign force takes together with the site country's own forces ("Rwandan and
 * Mozambican troops recaptured …"): it fights as the government's affiliate (codebook: government forces "or their affiliates"). */
export function foreignForceTakesGround(e: ConflictEvent, places: readonly Place[]): void {
  if (e.subEventType !== 'Government regains territory') return;
  const own = e.actor1?.country, site = e.location?.country;
  if (!own || !site || own === site || !isStateForceName(e.actor1!.name)) return;
  if (!namedCountries(places).has(site)) return;
  if (e.assocActor1?.some((a) => a.country === site && isStateForceName(a.name) && STATE_FORCE_WORD.test(a.text))) return;
  e.subEventType = 'Non-state actor overtakes territory';
  const t = e.trigger;
  if (t) e.why!.type!.push({ rule: FOREIGN_GROUND.id, start: t.start, end: t.end, text: t.text });
}
