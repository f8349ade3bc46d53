// Rule rows added in round 10 (riots10, issue 13), in the form of sub-events.ts and merged into its SUB_EVENTS after every
// earlier round's rows (ties keep going to the older rows). Each row implements a definition of ACLED's codebook (2023,
// "Event Types and Sub-Event Types": Protests, Riots). They were written for invented reports (sub-events-riots10.test.ts,
// test/probes/riots10.jsonl), never from an evaluation row. Provenance: written for this project.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What makes a crowd's violence no mob's: a demonstration or its demand told, riot words (rioters, burning tyres), remote
 * violence, or an armed side or gunfire (sub-events.ts NOT_MOB and its kin). */
const NOT_MOB_HERE: Concept[] = ['PROTEST', 'STORY_PROTEST', 'GRIEVANCE', 'DEMAND', 'RIOT', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK',
  'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE', 'ARMED', 'MILITANT', 'FIRED', 'GUNFIGHT', 'KIDNAPPERS'];
const MOB_WHY = 'Codebook: Mob violence is rioters (a crowd, not demonstrators and not an organised armed group) violently targeting people or property outside a demonstration; police dispersing them with riot-control means does not make them demonstrators';

export const RIOTS10_RULES: Record<string, SubEventRule[]> = {
  'Protest with intervention': [
    // Neighbour: Peaceful protest (the demonstrators block a road: BAR_ACT's doer is the crowd, not a force).
    { id: 'protest.forces-bar-protest', why: 'Codebook: Protest with intervention is a peaceful protest that forces attempt to disperse or suppress; a force that blocks or turns back the demonstrators, told as its object ("police blocked protesters from reaching the palace"; "marched to the court where they blocked the road" is theirs).', all: ['BAR_ACT', 'PROTEST'], object: 'PROTEST', objectAfter: true, reach: 3, act: { concept: 'BAR_ACT', by: ['state'] }, none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB'], score: 86 },
  ],
  'Mob violence': [
    // Neighbour: Violent demonstration (riot.dispersed-after-violence, 76: people met with tear gas who burned or threw, with
    // a road blocked or no target named). Here the crowd attacks, beats or burns a person, a crowd or a house.
    { id: 'mob.crowd-attacks-dispersed', why: `${MOB_WHY} (a crowd attacks or fights people).`, all: ['CLASH_WEAK', 'PROTEST_FORCE'], agent: 'crowd', patient: ['civilian', 'crowd', 'unknown'], none: NOT_MOB_HERE, score: 77 },
    { id: 'mob.crowd-clashes-dispersed', why: `${MOB_WHY} (a crowd fights another crowd or people: "rival groups of students clashed").`, all: ['CLASH', 'PROTEST_FORCE'], agent: 'crowd', patient: ['civilian', 'crowd', 'unknown'], none: NOT_MOB_HERE, score: 77 },
    { id: 'mob.crowd-beats-dispersed', why: `${MOB_WHY} (a crowd beats someone).`, all: ['HARM_ACT', 'PROTEST_FORCE'], agent: 'crowd', patient: ['civilian', 'crowd', 'unknown'], none: NOT_MOB_HERE, score: 77 },
    { id: 'mob.crowd-burns-dispersed', why: `${MOB_WHY} (a crowd burns a house or a vehicle).`, all: ['BURN_ACT', 'PROTEST_FORCE'], agent: 'crowd', patient: ['civilian', 'crowd', 'unknown'], none: NOT_MOB_HERE, score: 77 },
  ],
};
