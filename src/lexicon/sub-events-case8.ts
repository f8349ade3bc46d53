// Rule rows added in round 8 (case8, issue 13), in the form of sub-events.ts and merged into its SUB_EVENTS after every
// earlier round's rows (ties keep going to the older rows). Each row implements a definition of ACLED's codebook (2023,
// "Event Types and Sub-Event Types"). They were written for invented reports (sub-events-case8.test.ts,
// test/probes/case8.jsonl), never from an evaluation row. Provenance: written for this project.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What makes a riot a demonstration's, or no riot at all: a protest or its demand told, an armed side, remote violence. */
const DEMONSTRATION_OR_ARMED: Concept[] = ['PROTEST', 'PROTEST_WEAK', 'STORY_PROTEST', 'GRIEVANCE', 'DEMAND', 'MOB', 'ARMED', 'MILITANT',
  'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE'];

export const CASE8_RULES: Record<string, SubEventRule[]> = {
  'Change to group/activity': [
    // Neighbour: Agreement (agreement.signed 58), a truce the sides agree to. Scored as it is, below a clear lead (index.ts
    // CLEAR_LEAD), so a truce told in a background clause never displaces the incident the report leads with.
    { id: 'change.unilateral-truce', why: 'Codebook: Agreement records agreements between actors; a ceasefire or truce one side declares alone is a change in its activity (Change to group/activity).', all: ['UNILATERAL'], none: ['KILL', 'CLASH', 'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 58 },
  ],
  'Mob violence': [
    // Neighbour: Violent demonstration (riot.rioting 72), when a demonstration or a demand is told beside the riot.
    { id: 'mob.rioters-loot', why: 'Codebook: Mob violence is rioters violently interacting with property, businesses or civilians outside a demonstration; rioting told with looting or plunder and no protest or demand.', all: ['RIOT', 'PLUNDER'], none: DEMONSTRATION_OR_ARMED, score: 74 },
  ],
};
