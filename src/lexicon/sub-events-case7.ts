// Rule rows added in round 7 (case7, issue 13) for the demonstration and territory families, in the form of
// sub-events.ts and merged into its SUB_EVENTS after every earlier round's rows (ties keep going to the older rows).
// Each row implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types"); the concepts are
// case7's block of event-cues.ts. They were written for invented reports in many countries' news styles (the table
// tests in sub-events-case7.test.ts), never from an evaluation row. Provenance: written for this project.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What keeps a move into a place from being a taking by force: no fighting told beside a withdrawal or "unopposed"
 * (Non-violent transfer of territory decides then), people or goods taken, a demonstration. */
const NOT_FORCED_TAKING: Concept[] = ['WITHDRAW', 'NONVIOLENT', 'HANDOVER', 'ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT'];
/** Who is no demonstrator: an armed side, remote violence. */
const ARMED_TOLD: Concept[] = ['ARMED', 'MILITANT', 'AIR', 'SHELL', 'EXPLOSIVE', 'MOB'];

export const CASE7_RULES: Record<string, SubEventRule[]> = {
  'Violent demonstration': [
    // "Youths protesting the killing of a rider burnt down a police station": "burnt down" is read whole as RAZE, which
    // hides RIOT_WEAK's "burnt", so riot.protest-turns-violent never saw it. Demonstrators who burn down or demolish
    // property engage in destructive activity. Neighbours: Looting/property destruction (no demonstration told:
    // loot.demolished), a force that razes a protest camp (the act's agent is the state: not this row).
    { id: 'riot.protest-razes', why: 'Codebook: Violent demonstration is demonstrators engaging in violence or destructive activity (property destruction); demonstrators who burn down or demolish a building or vehicle.', all: ['PROTEST', 'RAZE'], act: { concept: 'RAZE', notBy: ['state'] }, none: ARMED_TOLD, score: 80 },
    // "Supporters blocked the main highway and torched two police vehicles": road-blocking told beside arson or
    // stone-throwing by the same people (no armed group). Neighbours: Peaceful protest (a road blocked with nothing
    // else told, or with their bodies), Mob violence (a crowd's violence with no blockade or demand), Looting
    // (loot.looting-near-crowd reads the arson alone).
    { id: 'riot.roadblock-and-violence', why: 'Codebook: Violent demonstration includes road-blocking using barricades, burning tires or other material, and vandalism; people who block a road and burn, throw or smash, with no armed group told.', all: ['BLOCK_ROAD', 'ROAD', 'RIOT_WEAK'], object: 'ROAD', reach: 3, agent: ['crowd', 'civilian', 'unknown'], act: { concept: 'RIOT_WEAK', notBy: ['state'] }, none: ARMED_TOLD, score: 78 },
  ],
  'Government regains territory': [
    // "Peshmerga fighters and Iraqi troops advanced into the town of Bashiqa": a state force that advances or fights its
    // way into a place takes it (a place entered unopposed or after a withdrawal: Non-violent transfer).
    { id: 'territory.state-advances-into', why: 'Codebook: government forces regain control of a location; state forces advancing or fighting their way into a town or area.', all: ['ADVANCE_INTO', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 3, agent: 'state', none: NOT_FORCED_TAKING, score: 82 },
    // "Government forces entered the rebel-held town after two days of fierce fighting": entering told beside fighting is
    // taking the place by force (neighbours: transfer.entered, a place entered with no fighting; Armed clash, fighting
    // with no place entered).
    { id: 'territory.state-enters-fighting', why: 'Codebook: government forces regain control of a location through armed interaction; state forces entering a town with fighting told.', all: ['ENTERED', 'TERRITORY_NOUN'], any: ['CLASH', 'CLASH_WEAK', 'FIRED'], object: 'TERRITORY_NOUN', reach: 4, agent: 'state', none: NOT_FORCED_TAKING, score: 80 },
    { id: 'territory.state-enters-fighting-named-place', why: 'Codebook: government forces regain control of a location through armed interaction; state forces entering a named place with fighting told.', all: ['ENTERED', 'PLACE_NAME'], any: ['CLASH', 'CLASH_WEAK', 'FIRED'], object: 'PLACE_NAME', reach: 1, agent: 'state', none: NOT_FORCED_TAKING, score: 80 },
    { id: 'territory.state-advances-into-named-place', why: 'Codebook: government forces regain control of a location; state forces advancing or fighting their way into a named place.', all: ['ADVANCE_INTO', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'state', none: NOT_FORCED_TAKING, score: 82 },
  ],
  'Non-state actor overtakes territory': [
    { id: 'territory.group-advances-into', why: 'Codebook: a non-state group takes control of a location by force; fighters advancing or fighting their way into a town or area.', all: ['ADVANCE_INTO', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 3, agent: 'nonstate', none: NOT_FORCED_TAKING, score: 82 },
    { id: 'territory.group-enters-fighting', why: 'Codebook: a non-state group takes control of a location by force; fighters entering a town with fighting told.', all: ['ENTERED', 'TERRITORY_NOUN'], any: ['CLASH', 'CLASH_WEAK', 'FIRED'], object: 'TERRITORY_NOUN', reach: 4, agent: 'nonstate', none: NOT_FORCED_TAKING, score: 80 },
    { id: 'territory.group-enters-fighting-named-place', why: 'Codebook: a non-state group takes control of a location by force; fighters entering a named place with fighting told.', all: ['ENTERED', 'PLACE_NAME'], any: ['CLASH', 'CLASH_WEAK', 'FIRED'], object: 'PLACE_NAME', reach: 1, agent: 'nonstate', none: NOT_FORCED_TAKING, score: 80 },
    { id: 'territory.group-advances-into-named-place', why: 'Codebook: a non-state group takes control of a location by force; fighters advancing or fighting their way into a named place.', all: ['ADVANCE_INTO', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'nonstate', none: NOT_FORCED_TAKING, score: 82 },
  ],
};
