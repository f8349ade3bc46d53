// Rule rows added in round 7 (strat7) for the Strategic developments family (issue 13), in the form of sub-events.ts and
// merged into its SUB_EVENTS after each sub-type's own rows and those of earlier rounds (ties keep going to the older rows).
// Each row implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types", Strategic developments):
//   - Change to group/activity: significant changes in an armed group's structure or activity: a new group, a merger, a new
//     leader, recruitment drives, a weapons handover, troop movements, rules the group lays on the people it holds sway over.
//   - Headquarters or base established: an organised armed group sets up a permanent or semi-permanent base.
//   - Agreement: any agreement between actors (ceasefires, truces, evacuation and hostage deals, prisoner exchanges).
//   - Disrupted weapons use: an explosion or remote attack prevented (explosives defused or destroyed, missiles or drones
//     intercepted), and weapons seized.
//   - Other: significant developments of no other kind (a coup, displacement, communications cut).
// Their cue concepts are strat7's block of event-cues.ts. Provenance: written for this project; the table tests
// (sub-events-strat7.test.ts) are invented reports from many countries, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** Violence of any kind: a group's change told with it is the violence (the change is then the background). */
const VIOLENCE: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'EXPLOSIVE',
  'SUICIDE', 'GRENADE', 'CHEM', 'DESTROY', 'LOOT', 'RAZE'];
/** …and what else outranks a quiet change: people detained, a demonstration. */
const NOT_QUIET: Concept[] = [...VIOLENCE, 'ARREST', 'PROTEST'];
/** Weapons going off: a weapon "destroyed" by them or beside them is no disrupted use. */
const WEAPON_USED: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'AIR', 'STRIKE_NOUN', 'BOMBING', 'SHELL', 'CLASH', 'FIRED', 'SUICIDE', 'SUICIDE_ACT', 'PROTEST', 'LANDED'];

/** What makes a raid more than property destroyed: people harmed or taken, a force attacked, remote weapons, a crowd. */
/** What makes a taking of property more than that: people harmed or taken, remote weapons, a demonstration or a mob. */
const PROPERTY_HARM: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'SEXUAL', 'FIRED', 'CLASH', 'AIR', 'STRIKE_NOUN', 'SHELL', 'EXPLOSIVE',
  'GRENADE', 'SUICIDE', 'PROTEST', 'RIOT', 'MOB'];
/** …and of a raid: a force or its post attacked, a crowd (mob violence). */
const RAID_HARM: Concept[] = [...PROPERTY_HARM, 'CROWD', 'STATE_FORCE', 'TARGET_MIL'];

export const STRAT7_RULES: Record<string, SubEventRule[]> = {
  'Change to group/activity': [
    // Neighbours: Abduction (forced recruitment: ABDUCT reads "forcibly recruited" whole, and rules this out); Attack ("launched a
    // recruitment drive" is read whole, so "launched" tells no attack).
    { id: 'change.recruitment', why: 'Codebook: Change to group/activity covers significant changes in an armed group\'s activity, such as recruitment drives and the arming of civilians; an armed side enlisting or arming people, with no violence told.', all: ['RECRUIT_DRIVE'], agent: ['state', 'nonstate'], none: NOT_QUIET, score: 66 },
    // Neighbour: Attack / Armed clash (a leader killed: violence rules it out, except as the cause "after the death of").
    { id: 'change.leadership', why: 'Codebook: Change to group/activity covers a change in an armed group\'s leadership; a group or force that names, appoints or replaces its leader or commander.', all: ['LEADER_ACT', 'LEADER_NOUN'], object: 'LEADER_NOUN', objectAfter: true, reach: 4, any: ['ARMED', 'MILITANT', 'STATE_FORCE', 'GROUP_NOUN'], none: NOT_QUIET, score: 64 },
    // Neighbours: Peaceful protest (a strike or shutdown called by traders or a union: a crowd is no armed side). Forces' curfews
    // were typed so before (change.deployment-by-force, CHANGE's "curfew"), and are kept so.
    { id: 'change.group-restricts', why: 'Codebook: Change to group/activity covers changes in an armed group\'s activity; a group that imposes a curfew, a lockdown, a ban or a stay-at-home order on people where it holds sway, with no violence told.', all: ['RESTRICT'], agent: ['state', 'nonstate', 'unknown'], none: NOT_QUIET, score: 66 },
    // A ban told by its verb needs its doer named before it: "banned chlorine munitions were dropped" describes a weapon.
    { id: 'change.group-bans', why: 'Codebook: Change to group/activity covers changes in an armed group\'s activity; an armed group or force that bans or prohibits something where it holds sway (music, phones, the sale of goods), with no violence told.', all: ['BAN_ACT'], agent: ['state', 'nonstate'], none: NOT_QUIET, score: 64 },
    // Neighbours: Peaceful protest and Violent demonstration (roads closed by protesters: a crowd is no armed side); the violence
    // the measures answer ("heightened security after the attack": violence rules it out, and is the event).
    { id: 'change.force-posture', why: 'Codebook: Change to group/activity covers significant changes in a force\'s or group\'s activity, such as security measures, troop movements and displays of force; crossings or roads closed, barriers or trenches dug, units stationed, a parade of fighters.', all: ['FORCE_POSTURE'], agent: ['state', 'nonstate'], none: NOT_QUIET, score: 58 },
    { id: 'change.force-closes-crossing', why: 'Codebook: Change to group/activity covers security measures of a force or group; a force that closes or seals a border crossing, its roads or an airport, with no violence told.', all: ['CLOSE_ACT', 'CROSSING'], object: 'CROSSING', objectAfter: true, reach: 3, agent: ['state', 'nonstate'], none: NOT_QUIET, score: 58 },
    // Neighbours: Non-violent transfer of territory (a place handed over: "handed over their weapons" is read whole, no
    // handover of ground); Agreement (fighters who surrender: AGREE_WEAK's "surrender").
    { id: 'change.arms-handover', why: 'Codebook: Change to group/activity covers weapons handovers and demobilisation; fighters who hand in their weapons, with no violence told.', all: ['ARMS_HANDOVER'], none: [...NOT_QUIET, 'AGREE_WEAK'], score: 66 },
  ],
  'Headquarters or base established': [
    // Neighbours: the violence done from it or to it (an air strike on a school used as a base: AIR rules it out).
    { id: 'base.building-used', why: 'Codebook: Headquarters or base established is an organised armed group setting up a permanent or semi-permanent base; a building turned into a group\'s headquarters or used as its base.', all: ['BASE_USE'], none: ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED', 'AIR', 'STRIKE_NOUN', 'SHELL', 'EXPLOSIVE', 'PROTEST'], score: 77 },
  ],
  'Agreement': [
    // Neighbour: Abduction/forced disappearance (a deal for hostages' release names them: the deal is the news).
    { id: 'agreement.pact-agreed', why: 'Codebook: Agreement covers any sort of agreement between actors, such as ceasefires, truces, evacuation deals and hostage releases; the parties agree to or reach a ceasefire, pause or deal, with no violence told.', all: ['AGREE_MORE', 'AGREEMENT'], object: 'AGREEMENT', objectAfter: true, reach: 6, none: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED', 'AIR', 'SHELL', 'EXPLOSIVE', 'ATTACK', 'PROTEST'], score: 89 },
  ],
  'Disrupted weapons use': [
    // Neighbours: Remote explosive/landmine/IED and Shelling (the weapon went off: what it destroyed stands after "destroyed",
    // never the weapon itself, and blast harm rules it out); Air/drone strike (a depot destroyed from the air: AIR rules it out).
    { id: 'disrupted.weapons-cleared', why: 'Codebook: Disrupted weapons use covers weapons seized and explosives defused or destroyed before use; a side that destroys, removes or clears weapons or explosives told as its object.', all: ['CLEAR', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', objectAfter: true, reach: 4, none: WEAPON_USED, score: 90 },
    { id: 'disrupted.explosives-cleared', why: 'Codebook: Disrupted weapons use covers explosives defused or destroyed before use; mines, bombs or IEDs cleared, removed or destroyed by those who found them.', all: ['CLEAR', 'EXPLOSIVE'], object: 'EXPLOSIVE', objectAfter: true, reach: 4, none: WEAPON_USED, score: 90 },
  ],
  'Looting/property destruction': [
    // Neighbours: Attack (people killed, hurt or taken: harm rules it out); Armed clash (a force or its post attacked);
    // Mob violence and Violent demonstration (a crowd or protest does it).
    ...(['LOOT', 'RAZE', 'BURN_ACT', 'ON_FIRE'] as Concept[]).map((c): SubEventRule => ({ id: `loot.raid-${c === 'LOOT' ? 'loots' : c === 'RAZE' ? 'razes' : c === 'BURN_ACT' ? 'burns' : 'sets-on-fire'}`,
      why: 'Codebook: Looting/property destruction is the looting or destruction of property outside other forms of violence; an armed raid on a village or site that burns, razes or loots it and harms no one.',
      all: [c, 'ATTACK'], none: RAID_HARM, score: 66 })),
    // Neighbours: Protest with intervention (protesters evicted from a square: a protest or crowd rules it out); Attack (people
    // beaten or killed in the eviction: harm rules it out).
    { id: 'loot.evicted-from-property', why: 'Codebook: Looting/property destruction covers seizing goods or property outside other violence; an armed side or force that forces people out of their home, land or property.', all: ['EVICT', 'HOLDINGS'], agent: ['state', 'nonstate'], none: [...PROPERTY_HARM, 'CROWD'], score: 74 },
    // Neighbours: the territory sub-types (a town or village taken: a place, not a home, is the object); Arrests.
    { id: 'loot.property-seized', why: 'Codebook: Looting/property destruction covers seizing goods or property outside other violence; an armed side or force that seizes or confiscates a house, shop or land.', all: ['SEIZE_GOODS', 'HOLDINGS'], object: 'HOLDINGS', objectAfter: true, reach: 4, agent: ['state', 'nonstate'], none: [...PROPERTY_HARM, 'ARREST'], score: 74 },
  ],
  'Other': [
    // Neighbour: Arrests (the leader detained in the coup: the coup is the development).
    { id: 'other.coup-detains', why: 'Codebook: Other covers significant developments of no other kind, such as coups; a seizure of power in which the leader is detained is the coup, not an arrest.', all: ['COUP'], any: ['ARREST', 'ARREST_WEAK'], none: ['KILL', 'CLASH', 'PROTEST'], score: 76 },
  ],
};
