// Concept lists that rules of more than one event type read (the rows of sub-events-riots.ts and
// sub-events-strategic.ts), and that the crowd-sides reader shares (pipeline/events/crowd-sides.ts).
// Provenance: written for this project.
import type { Concept } from './event-cues.js';

/** What tells a demonstration or a riot around a fire bomb: then it is the demonstrators' or rioters' violence. */
export const PROTEST_TOLD: Concept[] = ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'RIOT'];
/** Words that tell guns or an organised armed side: a fight with them is no crowd's brawl. */
export const ARMED_SIDE: Concept[] = ['ARMED', 'STATE_FORCE', 'TARGET_MIL', 'FIRED', 'KIDNAPPERS'];
