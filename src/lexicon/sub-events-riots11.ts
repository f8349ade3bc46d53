// Rule rows added in round 11 (riots11, issue 13), in the form of sub-events.ts and merged into its SUB_EVENTS after every
// earlier round's rows (ties keep going to the older rows). Each row implements a definition of ACLED's codebook (2023,
// "Event Types and Sub-Event Types": Protests). They were written for invented reports (sub-events-riots11.test.ts,
// test/probes/riots11.jsonl), never from an evaluation row. Provenance: written for this project.
import type { SubEventRule } from './sub-events.js';

export const RIOTS11_RULES: Record<string, SubEventRule[]> = {
  'Protest with intervention': [
    // Neighbours: Excessive force (deaths or injuries told: DEADLY, HARM, KILL) and Violent demonstration (the crowd's own
    // violence: RIOT, RIOT_WEAK, STONING). protest.riot-control leaves out LETHAL_FORCE, which holds rubber bullets; told with a
    // demand and no harm, they are riot-control means used on demonstrators, as the codebook counts them.
    { id: 'protest.demanders-dispersed', why: 'Codebook: Protest with intervention is a peaceful protest forces attempt to disperse or suppress without serious or lethal injuries; people a force disperses while they state a demand ("fired rubber bullets to disperse workers demanding a pay rise") are demonstrators, no protest word needed.', all: ['PROTEST_FORCE', 'GRIEVANCE', 'STATE_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'DEADLY', 'HARM', 'KILL', 'MOB', 'ARMED', 'MILITANT'], score: 70 },
  ],
  'Violent demonstration': [
    // Neighbour: Excessive force against protesters (the injured are demonstrators: "three protesters were injured"). The
    // reader marks the first injury word FORCES_HARMED when its passive subject is police or troops and no demonstrator
    // (events/forces-harmed.ts); violence told in words is left to the riot rules.
    { id: 'riot.forces-harmed', why: 'Codebook: Violent demonstration is demonstrators engaging in violence; police or troops injured at a demonstration ("two officers were injured during the protest") were harmed by the demonstrators, not force used on them.', all: ['FORCES_HARMED', 'PROTEST'], none: ['MILITANT', 'ARMED', 'AIR', 'SHELL', 'EXPLOSIVE', 'MOB'], score: 94 },
  ],
};
