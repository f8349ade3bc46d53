// What each cue concept (event-cues.ts) does beyond the sub-event rules that name it: the roles the
// readers used to decide in code (which concepts mark armed action, which a count turns into a
// tally, which are forces, which name an incident already told). One row per concept, checked by the
// type system: a concept added to CUES and missing here fails `npm run typecheck`.
// Provenance: written for this project; each role's note says which reader uses it and why.
import type { Concept } from './event-cues.js';

export type ConceptRole =
  /** An incident word of its own (a weapon, a fight, an arrest): actors named right before it are not
   * its victims (mentions.ts passes these to actors.ts as trigger starts). */
  | 'incident'
  /** Organised political violence or protest: with one of these in the sentence, a fire, blast or
   * death is no accident (non-events.ts; ACLED codes accidents only when someone set them off). */
  | 'political'
  /** A count right before it makes a tally of many incidents ("hundreds of airstrikes"). */
  | 'tallied'
  /** A state force (police, army, guards): the agent of "Government regains territory", the victim
   * side of an armed clash (ACLED inter code 1). */
  | 'state-force'
  /** A non-state armed group (rebels, militias, unnamed gunmen; ACLED inter codes 2–4). */
  | 'nonstate-force'
  /** A generic word that names an incident already told ("the attack", "the dead"): a weak
   * follow-up of that story however far on (fuse.ts). */
  | 'back-reference'
  /** A place that can be held: an object of seizing read only after the verb ("captured the town"). */
  | 'territory';

export const CONCEPT_ROLES = {
  AIR: ['incident', 'political', 'tallied'],
  AIR_WEAK: ['incident'],
  SHELL: ['incident', 'political'],
  SHELL_WEAK: ['incident'],
  EXPLOSIVE: ['incident'],
  SUICIDE: ['incident', 'political'],
  SUICIDE_ACT: [],
  GRENADE: ['incident', 'political'],
  CHEM: ['incident'],
  INTERCEPT: ['incident'],
  WEAPON_SEIZE: [],
  CLASH: ['incident', 'tallied'],
  CLASH_WEAK: ['incident', 'tallied'],
  REGAIN: [],
  OVERTAKE: [],
  OVERTAKE_WEAK: [],
  SEXUAL: ['incident'],
  ABDUCT: ['incident'],
  KILL: ['back-reference'],
  HARM: [],
  HARM_ACT: [],
  ATTACK: ['incident', 'tallied'],
  ATTACK_NOUN: ['tallied', 'back-reference'],
  ARMED: ['political', 'nonstate-force'],
  CIVILIAN: [],
  PROTEST: ['incident', 'political'],
  PROTEST_WEAK: [],
  LETHAL_FORCE: [],
  DISPERSE: [],
  RIOT: ['incident', 'political'],
  RIOT_WEAK: [],
  MOB: ['incident', 'political'],
  MOB_WEAK: [],
  AGREEMENT: [],
  AGREE_WEAK: [],
  ARREST: ['incident'],
  ARREST_WEAK: [],
  CHANGE: [],
  BASE: [],
  LOOT: [],
  RAZE: [],
  LOOT_WEAK: [],
  DESTROY: [],
  TRANSFER: [],
  TRANSFER_WEAK: [],
  ESTABLISH: [],
  DEMAND: [],
  PROTEST_FORCE: [],
  TARGET_MIL: [],
  TAKE_TERRITORY: [],
  TERRITORY_NOUN: ['territory'],
  DEPLOY: [],
  STATE_FORCE: ['state-force'],
  MILITANT: ['political', 'nonstate-force'],
} as const satisfies Record<Concept, readonly ConceptRole[]>;

/** The concepts that play a role, as a set (built once at module load). */
export function conceptsWith(role: ConceptRole): ReadonlySet<Concept> {
  return new Set((Object.keys(CONCEPT_ROLES) as Concept[]).filter((c) => (CONCEPT_ROLES[c] as readonly ConceptRole[]).includes(role)));
}
