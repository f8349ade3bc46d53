// Rule families added in round 6 (protest6) for the demonstration family and its borders (issue 13): Protests
// (Peaceful protest, Protest with intervention, Excessive force against protesters) against Riots (Violent
// demonstration, Mob violence), Violence against civilians (Attack), Battles (Armed clash) and Arrests. Rows in the
// form of sub-events.ts, merged into its SUB_EVENTS after each sub-type's own rules, case4's, case5's and acled5's.
// Each row implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types"; inter code 5, rioters);
// the decisive cues are written down in src/pipeline/events/README.md ("The demonstration family"). Provenance: written
// for this project; the table tests (typing-protest6.test.ts) are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What a crowd's violence is not (sub-events.ts NOT_MOB): a demonstration, or remote violence. */
const NOT_MOB: Concept[] = ['PROTEST', 'STORY_PROTEST', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE'];

export const PROTEST6_RULES: Record<string, SubEventRule[]> = {
  'Mob violence': [
    // Who acts decides: a crowd (no organised armed group, inter 5) that kills someone outside a demonstration, whoever the
    // victim is ("villagers killed a suspected thief", "a suspected kidnapper was beaten to death by a crowd"). The kill
    // verb must take its victim as object or name the crowd after "by" (crowd-sides.ts hasObjectOrAgent), so that a
    // headline's passive ("family members killed in the attack") names its victims, not a crowd that killed.
    // Neighbours: Attack (an organised armed group kills: attack.killing-by-armed), mob.crowd-kills (the victim is a
    // civilian, a force or a crowd by name), Excessive force (the victims are demonstrators: a protest word is told).
    { id: 'mob.crowd-kills-anyone', why: 'Codebook: mob violence; rioters (a crowd, not an organised armed group) kill someone outside a demonstration, whoever the victim is (mob justice against a suspected thief or kidnapper is Mob violence).', all: ['KILL'], agent: 'crowd', patient: ['unknown', 'nonstate'], act: { concept: 'KILL', by: ['crowd'] }, transitive: true, none: [...NOT_MOB, 'GRIEVANCE', 'MILITANT'], score: 75 },
  ],
};
