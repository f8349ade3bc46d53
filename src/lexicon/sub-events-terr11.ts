// Rule rows added in round 11 (terr11, issue 13) for the territory and remote-violence family, in the form of sub-events.ts,
// merged into its SUB_EVENTS after every earlier round's (ties keep going to the older rows). Each row implements a definition
// of ACLED's codebook (2023, "Event Types and Sub-Event Types"). Provenance: written for this project; the table tests
// (sub-events-terr11.test.ts) and the probe test/probes/terr11.jsonl are invented reports, never evaluation rows.
import type { Party, SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** A grenade's thrower that is no state force: riot control throws stun and tear-gas grenades (Protest with intervention). */
const NOT_FORCE: Party[] = ['unknown', 'civilian', 'nonstate', 'crowd', 'target'];
const GRENADE_NONE: Concept[] = ['INTERCEPT', 'DISPERSE', 'PROTEST_FORCE'];
const GRENADE_WHY = 'Codebook: Grenade is a grenade or similar hand-thrown explosive used; one thrown into a crowd or a gathering (its target, told after the grenade) is that attack, not the gathering\'s own violence (Violent demonstration)';

export const TERR11_RULES: Record<string, SubEventRule[]> = {
  'Government regains territory': [
    // Neighbour: Non-state actor overtakes territory (territory.group-seizes-control, territory.seizes-control: OVERTAKE read
    // whole, "seized the town", hides TAKE_TERRITORY and its place noun from territory.state-takes-place). Only a subject before
    // the verb is read: "the town fell to the army" names no subject that takes it; with an armed group named anywhere
    // ("rebels of the junta's rival alliance seized the town") the possessor may be misread as the subject, so the older rows keep it.
    { id: 'territory.state-overtakes', why: 'Codebook: Government regains territory is government forces (or their affiliates) winning control of a location; a state force that is the subject of a seizing verb ("soldiers seized the town") takes it for the state.', all: ['OVERTAKE'], agent: 'state', subjectAgent: true, none: ['REGAIN', 'ARREST', 'PART_HOLD'], score: 84 },
  ],
  'Grenade': [
    // Neighbours: Violent demonstration (riot.protest-turns-violent: the demonstrators' own throwing; a crowd that throws is no
    // subject here), Protest with intervention (a force's stun or tear-gas grenades: a state thrower, DISPERSE).
    { id: 'grenade.thrown-into-crowd', why: `${GRENADE_WHY} ("threw a grenade into a crowd").`, all: ['GRENADE', 'CROWD'], object: 'CROWD', objectAfter: true, reach: 6, agent: NOT_FORCE, none: GRENADE_NONE, score: 84 },
    { id: 'grenade.thrown-at-gathering', why: `${GRENADE_WHY} ("hurled a grenade at a rally").`, all: ['GRENADE', 'PROTEST'], object: 'PROTEST', objectAfter: true, reach: 8, agent: NOT_FORCE, none: GRENADE_NONE, score: 84 },
  ],
  'Armed clash': [
    // Neighbour: Shelling/artillery/missile attack (shell.rocket-harm: rockets or mortars with no fight told before them).
    // The strong words ("shelling", "artillery") are clash9's clash.fighting-with-shelling.
    { id: 'clash.fighting-with-rockets', why: 'Codebook: Armed clash is armed, organised sides fighting; mortars or rockets told as used within the fight told first ("clashed for hours, using mortars") are part of that battle, not a one-sided remote attack.', all: ['CLASH', 'SHELL_WEAK'], object: 'SHELL_WEAK', objectAfter: true, reach: 30, none: ['PROTEST', 'RIOT', 'MOB', 'AIR', 'AIR_WEAK', 'INTERCEPT'], score: 75 },
  ],
};
