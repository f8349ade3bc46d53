// Rule rows added in round 5 (case5), in the form of sub-events.ts and merged into its SUB_EVENTS after each sub-type's
// own rows and case4's (ties keep going to the older rows). Each row implements a definition of ACLED's codebook (2023,
// "Event Types and Sub-Event Types"); the concepts are case5's block of event-cues.ts. They were written for invented
// reports in many countries' news styles (the table tests in sub-events-case5.test.ts), not from any dev row.
// Provenance: written for this project.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What a crowd's violence is not (as sub-events.ts NOT_MOB): a demonstration, or remote violence. */
const NOT_MOB: Concept[] = ['PROTEST', 'STORY_PROTEST', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE'];
/** What keeps a seizure of a place from being one: people or goods taken, a demonstration. */
const NOT_TERRITORY: Concept[] = ['ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT'];
/** Weapons a dud or a foiled attack may name. */
const WEAPONS: Concept[] = ['EXPLOSIVE', 'GRENADE', 'SUICIDE', 'SUICIDE_ACT', 'SHELL_WEAK', 'SHELL', 'AIR_WEAK', 'AIR', 'WEAPON_SEIZE', 'BOMBING'];

export const CASE5_RULES: Record<string, SubEventRule[]> = {
  'Government regains territory': [
    { id: 'territory.falls-to-state', why: 'Codebook: government forces win control of a location; a place that "came under the control of" state forces named after it.', all: ['CONTROL_PASSES'], patient: ['state'], none: NOT_TERRITORY, score: 84 },
    { id: 'territory.freed-from-group', why: 'Codebook: government forces regain control of a location held by a non-state group; a place "cleared of / liberated from" the group, with no group as who acts.', all: ['FREED_FROM'], agent: ['state', 'unknown'], none: NOT_TERRITORY, score: 83 },
    { id: 'territory.state-takes-named-place', why: 'Codebook: government forces regain control of a location; a seizing verb with a named place as its object ("troops recaptured Kidal"), the state as agent.', all: ['TAKE_TERRITORY', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'state', none: NOT_TERRITORY, score: 84 },
    { id: 'territory.state-drives-out-of-named-place', why: 'Codebook: government forces regain control of a location; a state force drives an armed group out of a named place ("cleared the militants from Gwoza").', all: ['EXPEL', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 9, agent: 'state', none: NOT_TERRITORY, score: 84 },
    { id: 'territory.state-occupies', why: 'Codebook: government forces win control of a location; "occupied" with a place as its object, the state as agent.', all: ['OCCUPY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'state', none: NOT_TERRITORY, score: 80 },
    { id: 'territory.state-occupies-named-place', why: 'Codebook: government forces win control of a location; "occupied" with a named place as its object, the state as agent.', all: ['OCCUPY', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'state', none: NOT_TERRITORY, score: 80 },
  ],
  'Non-state actor overtakes territory': [
    { id: 'territory.falls-to-group', why: 'Codebook: a non-state group takes control of a location; a place "fell into the hands of" or "came under the control of" a group named after it.', all: ['CONTROL_PASSES'], patient: ['nonstate'], none: NOT_TERRITORY, score: 84 },
    { id: 'territory.group-takes-named-place', why: 'Codebook: a non-state group takes control of a location; a seizing verb with a named place as its object ("rebels seized Kidal"), a group as agent.', all: ['TAKE_TERRITORY', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'nonstate', none: NOT_TERRITORY, score: 84 },
    { id: 'territory.group-drives-out-of-named-place', why: 'Codebook: a non-state group takes control of a location by force; a group that drives another side out of a named place.', all: ['EXPEL', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 9, agent: 'nonstate', none: NOT_TERRITORY, score: 84 },
    { id: 'territory.group-occupies', why: 'Codebook: a non-state group takes control of a location; "occupied" with a place as its object, a group as agent.', all: ['OCCUPY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'nonstate', none: NOT_TERRITORY, score: 80 },
    { id: 'territory.group-occupies-named-place', why: 'Codebook: a non-state group takes control of a location; "occupied" with a named place as its object, a group as agent.', all: ['OCCUPY', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'nonstate', none: NOT_TERRITORY, score: 80 },
  ],
  'Peaceful protest': [
    // Neighbours: every other sub-type (any act told beside the demand outranks it: score 28).
    { id: 'protest.crowd-demands', why: 'Codebook: a protest is a public demonstration in which participants do not engage in violence; people who act together in public to state a demand ("traders demanding an end to multiple taxation") with nothing else told.', all: ['GRIEVANCE', 'CROWD'], agent: 'crowd', score: 28 },
  ],
  'Excessive force against protesters': [
    // Neighbour: Protest with intervention (dispersal, arrests, tear gas: 86), which it outranks when the force killed or maimed.
    { id: 'protest.deadly-force', why: 'Codebook: Excessive force against protesters is peaceful protesters met with lethal force or force causing serious injury; it takes precedence over the dispersal told beside it.', all: ['PROTEST', 'DEADLY'], none: ['RIOT', 'RIOT_WEAK', 'MINOR', 'MOB'], score: 93 },
  ],
  'Protest with intervention': [
    // Neighbour: Excessive force (90-93), when the injuries are told as minor.
    { id: 'protest.minor-injuries', why: 'Codebook: Protest with intervention is a peaceful protest dispersed or suppressed without serious or lethal injuries; force told with minor injuries only.', all: ['PROTEST', 'MINOR'], none: ['RIOT', 'RIOT_WEAK'], score: 92 },
  ],
  'Non-violent transfer of territory': [
    // Neighbours: Non-state actor overtakes / Government regains territory (82-84), when fighting or harm is told.
    { id: 'transfer.taken-after-withdrawal', why: 'Codebook: non-violent transfer of territory is a location acquired without a violent interaction, such as one side taking over a place the other withdrew from; a taking told beside a withdrawal, with no fighting or harm told.', all: ['WITHDRAW'], any: ['OVERTAKE', 'TAKE_TERRITORY', 'OVERTAKE_WEAK', 'TRANSFER_WEAK', 'TAKE_PLAIN'], none: ['REGAIN', 'AGREEMENT', 'AGREE_WEAK', 'AGREE_MORE', 'CLASH', 'CLASH_WEAK', 'KILL', 'HARM', 'HARM_ACT', 'FIRED', 'ATTACK', 'SHELL', 'AIR', 'EXPLOSIVE', 'PROTEST', 'ARREST', 'DEPLOY'], triggerFrom: 'any', score: 86 },
  ],
  'Chemical weapon': [
    // Neighbour: Air/drone strike (80): the chemical agent decides, however it was delivered.
    { id: 'chem.agent-from-air', why: 'Codebook: the Chemical weapon sub-type is used whenever chemical weapons are used in warfare, whatever delivers them; a chemical agent beside an air strike or bombing.', all: ['CHEM'], any: ['AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'BOMBING'], none: ['INTERCEPT'], score: 81 },
  ],
  'Disrupted weapons use': [
    { id: 'disrupted.device-found', why: 'Codebook: disrupted weapons use covers explosives found before they go off; a finding word and a bomb or mine in one sentence, with no blast harm told.', all: ['FIND', 'EXPLOSIVE'], none: ['KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'SUICIDE_ACT'], score: 89 },
    // Neighbours: Suicide bomb (95) and the other remote-violence sub-types, whose weapon went off.
    { id: 'disrupted.plot-foiled', why: 'Codebook: disrupted weapons use covers attacks foiled before the weapon is used; "foiled / thwarted / averted" with a plot as its object.', all: ['FOIL', 'PLOT'], object: 'PLOT', reach: 4, none: ['CLASH'], score: 96 },
    { id: 'disrupted.bombing-foiled', why: 'Codebook: disrupted weapons use covers a bombing prevented before the device goes off; "foiled / thwarted" with a suicide attack or bomb as its object (an armed attack repelled is a battle: Armed clash).', all: ['FOIL', 'SUICIDE_ACT'], object: 'SUICIDE_ACT', reach: 4, none: ['CLASH'], score: 96 },
    { id: 'disrupted.device-foiled', why: 'Codebook: disrupted weapons use; "foiled / thwarted" with a bomb or explosive device as its object.', all: ['FOIL', 'EXPLOSIVE'], object: 'EXPLOSIVE', reach: 4, none: ['CLASH', 'KILL', 'HARM'], score: 96 },
    { id: 'disrupted.dud', why: 'Codebook: disrupted weapons use covers a weapon stopped before it does harm (a bomber shot before detonating, a grenade that failed to explode, a missile destroyed in the air).', all: ['DUD'], any: WEAPONS, score: 96 },
  ],
  'Mob violence': [
    // Neighbours: Looting/property destruction (73: property, no person, set ablaze), Violent demonstration (a protest or riot told).
    { id: 'mob.crowd-burns', why: 'Codebook: mob violence is rioters (a crowd, not an armed group) violently targeting people or property outside a demonstration; a crowd that sets a person or a house ablaze.', all: ['BURN_PERSON'], agent: 'crowd', none: [...NOT_MOB, 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'ARMED', 'MILITANT', 'GOODS'], score: 76 },
  ],
  'Arrests': [
    // Neighbour: Armed clash (a raid told with the force and the group named, but no fighting: the detention is the news).
    { id: 'arrest.by-state', why: 'Codebook: Arrests are state forces detaining people; an arrest verb whose agent is a state force, with no fighting or harm told ("troops detained three suspected militants in a raid").', all: ['ARREST'], agent: 'state', none: ['KILL', 'HARM', 'HARM_ACT', 'FIRED', 'CLASH', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND', 'SUICIDE', 'EXPLOSIVE'], score: 72 },
  ],
  'Other': [
    { id: 'other.people-fled', why: 'Codebook: Other covers significant developments of no other kind, such as the displacement of a population; many people told as fleeing, with no one killed or hurt.', all: ['FLED'], none: ['KILL', 'HARM', 'HARM_ACT', 'PROTEST'], score: 73 },
  ],
};
