// Rule families added in round 5 (acled5) for the distinctions ACLED's codebook draws by who acts on whom (issue 13):
// a crowd without organisation (Riots: Mob violence) against an organised armed group (Battles, Violence against
// civilians). Rows in the form of sub-events.ts, merged into its SUB_EVENTS after each sub-type's own rules and case4's.
// Each row implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types"; inter codes 4 and 5);
// the concepts are acled5's block of event-cues.ts. Provenance: written for this project; the table tests
// (typing-acled5.test.ts) are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What a crowd's violence is not (sub-events.ts NOT_MOB): a demonstration, or remote violence. */
const NOT_MOB: Concept[] = ['PROTEST', 'STORY_PROTEST', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE'];
/** Words that tell guns or an organised armed side: a fight with them is no crowd's brawl. */
export const ARMED_SIDE: Concept[] = ['ARMED', 'STATE_FORCE', 'TARGET_MIL', 'FIRED', 'KIDNAPPERS'];

export const ACLED5_RULES: Record<string, SubEventRule[]> = {
  'Mob violence': [
    // Neighbours: Armed clash (communal or clan militias fight with guns: an armed side is named or shots are told);
    // Violent demonstration (a protest is told).
    { id: 'mob.clash-crude-weapons', why: 'Codebook: rioters (inter 5) are people acting violently without an organised armed group, identity militias (inter 4) are armed; two sides fighting with sticks, stones or knives and no firearm or armed group told is mob violence.', all: ['CLASH', 'CRUDE_WEAPON'], none: [...NOT_MOB, ...ARMED_SIDE, 'PROTEST_WEAK', 'GRIEVANCE'], score: 76 },
    // Neighbours: Looting/property destruction (goods looted or property destroyed by an armed group or unnamed people,
    // outside a riot: a crowd that loots is left to it); Violent demonstration (barricades, burning tyres, rioting: riot
    // words tell the demonstrators' way of destroying, riot.rioting reads them).
    { id: 'mob.crowd-sets-fire', why: 'Codebook: Riots are violent events where demonstrators or mobs engage in disruptive acts such as property destruction; a crowd (inter 5) that sets fire to or burns down a house or a vehicle outside a demonstration is mob violence.', all: ['BURN_ACT'], agent: 'crowd', none: [...NOT_MOB, ...ARMED_SIDE, 'RIOT', 'PROTEST_WEAK', 'GRIEVANCE'], score: 75 },
    // Mob violence is decided by who acts (rioters, inter 5), whoever the victim is: a crowd that beats or kills "a suspected
    // thief" (no party word: its head is read, act-agents.ts objectEnd) or "a suspected kidnapper" (an armed gang's man).
    // (A kill verb alone is left out: "family members killed in the strike" is a headline's passive, not a crowd killing.)
    // Told by a finite verb, so that "residents heard gunfire" names no act of the residents. Neighbour: Attack (an
    // organised armed group acts).
    { id: 'mob.crowd-beats-anyone', why: 'Codebook: mob violence; rioters (a crowd, not an organised armed group) beat, stab or hack someone outside a demonstration, whoever the victim is.', all: ['HARM_ACT'], agent: 'crowd', patient: ['unknown', 'nonstate'], act: { concept: 'HARM_ACT', by: ['crowd'], finite: true }, none: NOT_MOB, score: 75 },
  ],
  'Change to group/activity': [
    // Neighbours: Attack (the people handing out are harmed: violence words rule it out); Looting (goods taken, not given).
    { id: 'change.group-hands-out', why: 'Codebook: Change to group/activity covers significant changes in an armed group\'s or force\'s activity beyond violence; a group, gang or force handing out food, aid, money or leaflets to people (ACLED recorded such activity of armed groups during the COVID-19 pandemic).', all: ['DISTRIBUTE', 'HANDOUT'], object: 'HANDOUT', agent: 'nonstate', none: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ABDUCT', 'ARREST', 'PROTEST', 'PROTEST_WEAK', 'AIR', 'SHELL', 'EXPLOSIVE', 'LOOT', 'SEIZE_GOODS'], score: 66 },
  ],
};
