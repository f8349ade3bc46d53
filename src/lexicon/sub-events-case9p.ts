// Rule rows added in round 9 (case9p, issue 13), in the form of sub-events.ts and merged into its SUB_EVENTS after every
// earlier round's rows (ties keep going to the older rows). Each row implements a definition of ACLED's codebook (2023,
// "Event Types and Sub-Event Types": Protests). (A row reading a crowd that clashes with police, no demonstration told, as
// Mob violence was tried and left out: it moved one ACLED half-a row and no half-b row, against three invented reports
// pinned before it as violent demonstrations.) They were written for invented reports
// (sub-events-case9p.test.ts, test/probes/case9p.jsonl), never from an evaluation row. Provenance: written for this project.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What makes deaths told after a protest no force used on the demonstrators: their own violence, an armed side's
 * fighting or remote violence, or a death no one dealt. */
const NOT_FORCE_ON_PROTEST: Concept[] = ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'MOB', 'MILITANT', 'ARMED', 'GUNFIGHT', 'AIR', 'AIR_WEAK',
  'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE', 'NATURAL_CAUSE', 'GRIEVANCE', 'EARLIER', 'ARREST', 'ARREST_WEAK'];

export const CASE9P_RULES: Record<string, SubEventRule[]> = {
  'Excessive force against protesters': [
    // Neighbours: Attack (attack.kill-civilians 66: "Two people died", read alone, has no demonstration); Violent demonstration
    // (the demonstrators' violence told: NOT_FORCE_ON_PROTEST). group-mentions.ts joins it to the protest told just before and
    // retypes a dispersal as the excessive force (turnsDeadly).
    { id: 'protest.story-deaths', why: 'Codebook: Excessive force against protesters is peaceful demonstrators met with force that kills or seriously injures them; deaths or hospitalisations told right after a protest read as dispersed (STORY_DISPERSED), with no violence of the demonstrators or an armed side told, are that force.', all: ['DEADLY', 'STORY_DISPERSED'], none: NOT_FORCE_ON_PROTEST, score: 80 },
  ],
};
