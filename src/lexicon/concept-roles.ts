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
  /** People who can act together without being a force (residents, traders, supporters): the agent of mob violence. */
  | 'crowd'
  /** Unarmed people and their places: the victims of violence against civilians. */
  | 'civilian'
  /** A force's post, convoy or vehicle: attacking it engages the force (Armed clash). */
  | 'military-target'
  /** Words of the protest itself (its gathering, its violence, how it was dispersed): never its grievance. */
  | 'protest-own'
  /** A generic word that names an incident already told ("the attack", "the dead"): a weak
   * follow-up of that story however far on (events/group-mentions.ts). */
  | 'back-reference'
  /** A place that can be held: an object of seizing read only after the verb ("captured the town"). */
  | 'territory';

export const CONCEPT_ROLES = {
  AIR: ['incident', 'political', 'tallied'],
  AIR_WEAK: ['incident'],
  STRIKE_NOUN: ['incident', 'tallied'],
  // case31: a bombing or munitions dropped are acts of war ("dropped munitions containing chloropicrin"): no accident's.
  BOMBING: ['incident', 'political'],
  SHELL: ['incident', 'political'],
  SHELL_WEAK: ['incident'],
  HEAVY_WEAPON: ['incident'],
  EXPLOSIVE: ['incident'],
  SUICIDE: ['incident', 'political'],
  SUICIDE_ACT: [],
  BOMBER_DIES: [],
  SURRENDER_TO: [],
  GRENADE: ['incident', 'political'],
  BOMB_THROWN: ['incident', 'political'],
  GATHER_AT: [],
  BLOW_ACT: [],
  CHASE: [],
  FORCE_OPERATION: [],
  TRY_TO: [],
  DRIVE_OFF: [],
  CHEM: ['incident'],
  RIOT_AGENT: [],
  INTERCEPT: ['incident'],
  MISFIRE: [],
  DEFUSE: [],
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
  KILL_BY_HAND: [],
  TEAR_DOWN: [],
  FIRED: [],
  USED: [],
  ATTACK: ['incident', 'tallied'],
  ATTACK_NOUN: ['tallied', 'back-reference'],
  ARMED: ['political', 'nonstate-force'],
  CIVILIAN: ['civilian'],
  PROTEST: ['incident', 'political', 'protest-own'],
  PROTEST_WEAK: ['protest-own'],
  LABOUR_STRIKE: [],
  LETHAL_FORCE: [],
  DISPERSE: [],
  KETTLE: ['incident', 'political', 'protest-own'],
  OWN_MEN: [],
  RIOT: ['incident', 'political', 'protest-own'],
  RIOT_WEAK: ['protest-own'],
  MOB: ['incident', 'political'],
  STONING: ['incident', 'protest-own'],
  AGREEMENT: [],
  AGREE_WEAK: [],
  TALKS: [],
  ARREST: ['incident'],
  ARREST_WEAK: [],
  CHANGE: [],
  ACTIVITY_CHANGE: [],
  COMPLAINT_SAID: [],
  AGREEMENT_IN_FORCE: [],
  BASE: [],
  LOOT: [],
  RAZE: [],
  FELL_PLANTS: [],
  PLANTS: [],
  LOOT_WEAK: [],
  SEIZE_GOODS: [],
  RELEASE: [],
  DETAINEES: [],
  EXCHANGE: [],
  GOODS: [],
  DESTROY: [],
  TRANSFER: [],
  TRANSFER_WEAK: [],
  ESTABLISH: [],
  DEMAND: [],
  NOT_AN_ACT: [],
  PROTEST_FORCE: ['protest-own'],
  TARGET_MIL: ['military-target'],
  TAKE_TERRITORY: [],
  TERRITORY_NOUN: ['territory'],
  DEPLOY: [],
  CHECKPOINT: [],
  SET_UP: [],
  ARRIVE: [],
  AT_SCENE: [],
  MATERIEL: [],
  CROWD: ['crowd', 'protest-own'],
  MEMBERS_OF: [],
  DISPUTE: [],
  CLAN_SIDE: [],
  DISPLACE: [],
  UPROOTED: [],
  MASS_GRAVE: [],
  TREATY_BODY: [],
  BARRICADE: ['protest-own'],
  RETURN: [],
  STORY_PROTEST: [],
  FORCES_HARMED: [],
  JOINT_FIGHT: [],
  STORY_DISPERSED: [],
  PRISON: [],
  GRIEVANCE: ['protest-own'],
  STATE_FORCE: ['state-force'],
  MILITANT: ['political', 'nonstate-force'],
  // case4 (case4 rows, sub-events-*.ts)
  NONVIOLENT: [],
  HANDOVER: [],
  SEND: [],
  FOUND: [],
  GROUP_NOUN: [],
  EXPEL: [],
  SUSPECTS: [],
  TAKE_PLAIN: [],
  IDIOM: [],
  FIND: ['incident'],
  AGREE_MORE: [],
  BASE_MORE: [],
  ESTABLISH_MORE: [],
  COUP: ['incident', 'political'],
  // lead8
  STATE_NAME: ['state-force'],
  STATE_ADJ: [],
  STRIKE_VERB: [],
  STRIKE_TARGET: [],
  NOT_STRIKE: [],
  // case5
  PLACE_NAME: ['territory'],
  FOIL: [],
  PLOT: [],
  DUD: ['incident'],
  OCCUPY: [],
  BURN_PERSON: ['incident'],
  FLED: [],
  WITHDRAW: [],
  DEADLY: [],
  EARLIER: [],
  NATURAL_CAUSE: [],
  MINOR: [],
  NO_HARM: [],
  PLUNDER: [],
  UNILATERAL: [],
  SELF_DISPERSE: ['protest-own'],
  DETONATE_ACT: [],
  GROUP_SPLIT: [],
  TAKEOVER: [],
  LEGACY_ORDNANCE: [],
  CONTROL_PASSES: [],
  FREED_FROM: [],
  // acled5 (acled5 rows, sub-events-*.ts)
  CRUDE_WEAPON: [],
  BURN_ACT: [],
  BURNED: [],
  DISTRIBUTE: [],
  HANDOUT: [],
  KIDNAPPERS: ['nonstate-force'],
  // protest6 (protest6 rows, sub-events-*.ts): a fire bomb is an incident word and marks political violence (no accident), and in
  // a protest it is the demonstrators' own act (as RIOT's words, whose petrol bombs and Molotovs it took over).
  FIREBOMB: ['incident', 'political', 'protest-own'],
  // acled6 (acled6 rows, sub-events-*.ts)
  RANSOM: ['incident'],
  UNACKNOWLEDGED_CAPTORS: [],
  NAMED_AS: [],
  LAUNCH_OP: [],
  REPEL: [],
  HIJACK: [],
  MIL_MOVE: [],
  SIDE_FLED: [],
  FROM_PLACE: [],
  ABOARD: [],
  DAMAGE_ACT: [],
  // recall16b
  RIOT_UNIT: ['protest-own'],
  TAKING_NOUN: [],
  BY_AGENT: [],
  FALL_NOUN: [],
  TRADE: [],
  STRUCK_BARE: [],
  AFTER_PROTEST: [],
  REPEL_BACK: ['incident', 'political'],
  SABOTAGE: ['incident', 'political'],
  INCURSION: [],
  // case7 (case7 rows, sub-events-*.ts)
  ADVANCE_INTO: [],
  BLOCK_ROAD: [],
  ENTERED: [],
  WITHDREW_AFTER: [],
  ROAD: [],
  LANDED: [],
  BAR_ACT: [],
  FORCE_MOVE: [],
  SILENCE: [],
  MEDIA: [],
  ASSAULT_MOVE: [],
  // strat7 (strat7 rows, sub-events-*.ts)
  RECRUIT_DRIVE: [],
  LEADER_ACT: [],
  LEADER_NOUN: [],
  RESTRICT: [],
  BASE_USE: [],
  CLEAR: [],
  PUBLISHED: [],
  ARMS_HANDOVER: [],
  BASE_PLANNED: [],
  EVICT: [],
  ON_FIRE: [],
  DEAL_PURPOSE: [],
  HOLDINGS: [],
  BAN_ACT: [],
  FORCE_POSTURE: [],
  CLOSE_ACT: [],
  CROSSING: [],
  GUNFIGHT: [],
  TAKEN_AWAY: ['incident'],
  TOOK_FROM_HOME: ['incident'],
  AMBUSH_ACT: ['incident'],
  AMBUSH_NOUN: ['incident'],
  FIGHT_BESIDE: [],
  PROPERTY: [],
  // gap7
  ANNOUNCE: [],
  SIEGE: ['incident'],
  CONTEST: ['incident', 'political'],
  // world8
  DE_FACTO_AUTHORITY: [],
  ADVANCE_TOWARD: [],
  // fix15: hostages released (events/hit-readings.ts)
  HOSTAGES_FREED: [],
  // fix15: people handed over (events/hit-readings.ts)
  PEOPLE_HANDED: [],
  // fix15: ground won by an armed side
  GAIN_GROUND: [],
  // (case10x) a partitive of a place: no incident of its own.
  PART_HOLD: [],
  // (case10x) showing seized things to the press: no incident of its own.
  DISPLAY: [],
  // (clash11) fire traded, what is fired, a fight's finite verb: read by the clash11 rows (sub-events-battles.ts), no incident of their own.
  FIRE_TRADE: [],
  VOLLEY: [],
  FOUGHT: [],
  SMALL_ARMS: [],
  // (strat11) the dead handed back, the law an arrest is made under: no incident of their own.
  REMAINS: [],
  PLATFORM: [],
  KILL_PLAIN: [],
  PRISONER_SWAP: [],
  EMERGENCY_FRAME: [],
  // (strat11) a mining site: property, no incident of its own.
  MINE_SITE: [],
  // (clash12) resisting an attacker: read by the clash12 row (sub-events-battles.ts) with an armed doer, no incident of its own.
  RESIST: [],
  // (recall14) a long-range weapon as the instrument of an act: an incident word, as the weapon's own (SHELL).
  SHELL_WITH: ['incident'],
  ARMS_WITH: [],
  UNDER_FIRE: [],
  HAND_THROW: [],
  // (recall14) a weapon carried or given: no incident of its own.
  CARRY_WITH: [],
  // (recall14) a present-tense launching verb: read by shell.weapon-launched with its weapon as object, no incident of its own.
  LAUNCH_NOW: [],
  // (recall14) a place back in the state's hands, or held by a group, or freed: read by the recall14 territory rows only.
  BACK_TO_STATE: [],
  // (recall14) a force digging in, and the idiom's word that rules it out.
  DIG_IN: [],
  HEELS: [],
  BACK_IN_CONTROL: [],
  GROUP_HELD: [],
  FREE_PLACE: [],
  UNARMED_AIRCRAFT: ['incident'],
  RECON_TASK: [],
  DISCOVERY: [],
  AIR_INTERCEPT: [],
  CONDUCT: [],
  OP_NOUN: [],
  TAX_ACT: ['incident'],
  CARGO: [],
  // (case15) a reciprocal fight verb: read by riot.forces-clash-with-demonstrators with demonstrators as its object, no incident of its own.
  FIGHT_VERB: [],
  // (case15) weapons carried by people taken, and a suicide vest as a thing: read by the case15 Disrupted weapons use rows only.
  CAUGHT_WITH: [],
  CARRYING: [],
  VEST: [],
  // (case15) a side losing a place: read by the case15 territory rows only.
  LOST_CONTROL: [],
  // acled16: robbing people (a Looting verb, as LOOT).
  ROB: [],
} as const satisfies Record<Concept, readonly ConceptRole[]>;

/** The concepts that play a role, as a set (built once at module load). */
export function conceptsWith(role: ConceptRole): ReadonlySet<Concept> {
  return new Set((Object.keys(CONCEPT_ROLES) as Concept[]).filter((c) => (CONCEPT_ROLES[c] as readonly ConceptRole[]).includes(role)));
}
