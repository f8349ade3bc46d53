// Rule rows added in round 9 (recall9, issue 13) for reports the reader found no event in though one is told, in the form of
// sub-events.ts and merged into its SUB_EVENTS after every earlier round's rows (ties keep going to the older rows). Each row
// implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types", Battles): Government regains territory
// and Non-state actor overtakes territory, told as an offensive's advance on a place. Their cue concepts are recall9's block
// of event-cues.ts. Provenance: written for this project; the table tests (sub-events-recall9.test.ts) and
// test/probes/recall9.jsonl are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What keeps an advance from being an offensive for ground: a withdrawal or no fighting told, people taken, a demonstration, a
 * plan or drill (the non-event rules read those), remote violence (its own sub-type decides). */
const NOT_OFFENSIVE: Concept[] = ['WITHDRAW', 'NONVIOLENT', 'HANDOVER', 'ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT', 'AIR', 'SHELL'];

export const RECALL9_RULES: Record<string, SubEventRule[]> = {
  'Headquarters or base established': [
    // "The insurgents have moved their headquarters to the town": a base set up elsewhere is established there; the moving word
    // with the base as its object, next to it (neighbour: change.forces-sent, troops or arms moved: Change to group/activity).
    { id: 'base.moved', why: 'Codebook: Headquarters or base established is an organised armed group establishing a permanent or semi-permanent base or headquarters; a group that moves its base or headquarters to a new place.', all: ['SEND', 'BASE'], object: 'BASE', reach: 1, agent: ['nonstate', 'state'], none: ['ATTACK', 'KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'AIR', 'SHELL', 'EXPLOSIVE', 'PROTEST', 'ARREST'], score: 78 },
  ],
  'Government regains territory': [
    // "Government forces advanced to within five kilometres of the rebel-held city", "Troops close in on rebel stronghold": the
    // state's offensive to retake a place, told by its advance (neighbours: territory.state-advances-into, the place entered;
    // Armed clash, fighting with no advance on a place told).
    // "Afghan forces pushed into the Taliban-held district of ...": a place named with its holder before it ("X-held",
    // "rebel-controlled") stands further from the moving word than territory.state-advances-into reads (3 words).
    { id: 'territory.state-advances-into-held', why: 'Codebook: government forces regain control of a location; state forces advancing or fighting their way into a town or area held by the other side.', all: ['ADVANCE_INTO', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 6, agent: 'state', none: NOT_OFFENSIVE, score: 81 },
    { id: 'territory.state-advances-on', why: 'Codebook: Government regains territory is government forces regaining control of a location; a state force\'s advance on a place held by the other side.', all: ['ADVANCE_TOWARD'], agent: 'state', none: NOT_OFFENSIVE, score: 62 },
  ],
  'Non-state actor overtakes territory': [
    { id: 'territory.group-advances-into-held', why: 'Codebook: a non-state group takes control of a location by force; fighters advancing or fighting their way into a town or area held by the other side.', all: ['ADVANCE_INTO', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 6, agent: 'nonstate', none: NOT_OFFENSIVE, score: 81 },
    { id: 'territory.group-advances-on', why: 'Codebook: Non-state actor overtakes territory is a non-state group taking control of a location by force; fighters\' advance on a place held by the other side.', all: ['ADVANCE_TOWARD'], agent: 'nonstate', none: NOT_OFFENSIVE, score: 62 },
  ],
};
