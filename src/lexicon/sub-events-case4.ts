// Rule families added in round 4 (case4) for sub-types whose rules were thin (one phrasing each), as data rows in
// the form of sub-events.ts, merged into its SUB_EVENTS at the end of each sub-type's own rules (so that ties keep
// going to the older rows). Each row implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event
// Types"); the concepts are case4's block of event-cues.ts. Provenance: written for this project.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What makes a sentence tell fighting or harm, not a quiet change. */
const VIOLENCE: Concept[] = ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED'];

export const CASE4_RULES: Record<string, SubEventRule[]> = {
  'Government regains territory': [
    { id: 'territory.state-takes-place-plain', why: 'Codebook: government forces regain control of a location; "took / secured / the capture of" with a place as its object, the state as agent.', all: ['TAKE_PLAIN', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'state', none: ['ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT'], score: 80 },
    { id: 'territory.state-drives-out', why: 'Codebook: government forces regain control of a location; a state force that drives an armed group out of a place ("drove the rebels from the village").', all: ['EXPEL', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 9, agent: 'state', none: ['ARREST', 'PROTEST', 'PROTEST_WEAK'], score: 84 },
  ],
  'Non-state actor overtakes territory': [
    { id: 'territory.group-takes-place-plain', why: 'Codebook: a non-state group takes control of a location by force; "took / secured / the fall of" with a place as its object, a group as agent.', all: ['TAKE_PLAIN', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'nonstate', none: ['ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT'], score: 80 },
    { id: 'territory.group-drives-out', why: 'Codebook: a non-state group takes control of a location by force; a group that drives another side out of a place.', all: ['EXPEL', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 9, agent: 'nonstate', none: ['ARREST', 'PROTEST', 'PROTEST_WEAK'], score: 84 },
  ],
  'Non-violent transfer of territory': [
    // Neighbours: Government regains / Non-state actor overtakes territory (taken by force, scores 82-84).
    { id: 'transfer.taken-without-fight', why: 'Codebook: non-violent transfer of territory is a location acquired without a violent interaction; taken "without a fight", "unopposed".', all: ['NONVIOLENT'], any: ['TAKE_TERRITORY', 'OVERTAKE', 'OVERTAKE_WEAK', 'REGAIN', 'TRANSFER', 'TRANSFER_WEAK', 'HANDOVER'], score: 90 },
    { id: 'transfer.handover', why: 'Codebook: non-violent transfer of territory includes handovers; control of a place handed to another actor.', all: ['HANDOVER'], any: ['TERRITORY_NOUN', 'REGAIN', 'OVERTAKE', 'TAKE_TERRITORY', 'TRANSFER'], none: ['KILL', 'HARM_ACT', 'CLASH', 'ARREST', 'DETAINEES'], score: 86 },
  ],
  'Change to group/activity': [
    // Neighbour: Headquarters or base established (a base founded, base.established 78).
    { id: 'change.group-founded', why: 'Codebook: Change to group/activity covers the formation of new groups; a militia, brigade or armed wing formed or set up.', all: ['FOUND', 'GROUP_NOUN'], object: 'GROUP_NOUN', none: [...VIOLENCE, 'PROTEST', 'PROTEST_WEAK'], score: 60 },
    { id: 'change.forces-sent', why: 'Codebook: Change to group/activity covers troop movements and reinforcements; fighters, troops or arms sent or brought somewhere, with no violence told.', all: ['SEND', 'MATERIEL'], object: 'MATERIEL', none: [...VIOLENCE, 'PROTEST', 'ARREST', 'INTERCEPT'], score: 58 },
  ],
  'Disrupted weapons use': [
    { id: 'disrupted.weapons-found', why: 'Codebook: disrupted weapons use covers weapons or explosives found or seized before use; a finding word with a weapon as its object.', all: ['FIND', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', none: ['KILL', 'HARM'], score: 90 },
  ],
  'Agreement': [
    { id: 'agreement.reached', why: 'Codebook: Agreement covers any sort of agreement between actors (ceasefires, peace deals, power sharing); the wording of a deal reached or brokered.', all: ['AGREE_MORE'], none: ['PROTEST', 'GRIEVANCE'], score: 57 },
  ],
  'Headquarters or base established': [
    { id: 'base.established-more', why: 'Codebook: an organised armed group establishes a permanent or semi-permanent base or headquarters; a base, hideout or presence set up.', all: ['ESTABLISH_MORE'], any: ['BASE', 'BASE_MORE'], none: ['ATTACK', 'KILL', 'CLASH', 'AIR', 'SHELL', 'EXPLOSIVE', 'PROTEST'], score: 76 },
    { id: 'base.established-presence', why: 'Codebook: a base or headquarters established; a setting-up word with a hideout, camp or presence.', all: ['ESTABLISH', 'BASE_MORE'], none: ['ATTACK', 'KILL', 'CLASH', 'AIR', 'SHELL', 'EXPLOSIVE', 'PROTEST'], score: 76 },
  ],
  'Other': [
    { id: 'other.coup', why: 'Codebook: Other covers significant developments of no other kind, such as coups (a seizure of power) and mutinies.', all: ['COUP'], none: ['KILL', 'CLASH', 'PROTEST'], score: 60 },
  ],
  'Arrests': [
    // Neighbour: Disrupted weapons use (weapons, not people, intercepted or found).
    { id: 'arrest.suspects-intercepted', why: 'Codebook: Arrests are state forces detaining people; suspects intercepted or caught are detained.', all: ['INTERCEPT', 'SUSPECTS'], object: 'SUSPECTS', none: ['WEAPON_SEIZE', 'PROTEST', 'KILL'], score: 66 },
  ],
};
