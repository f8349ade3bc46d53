// Rule rows added in round 10 (case10x, issue 13), in the form of sub-events.ts and merged into its SUB_EVENTS after every
// earlier round's rows (ties keep going to the older rows). A side that takes only part of a place in a fight ("captured parts
// of the town", "retook some neighbourhoods of the city") has not won control of the location: the codebook's territory
// sub-types need a location to change hands; a fight over it that does not settle its control is an Armed clash (ACLED codebook
// 2023, "Event Types and Sub-Event Types": Armed clash, Government regains territory, Non-state actor overtakes territory).
// Written for invented reports (sub-events-case10x.test.ts, test/probes/case10x.jsonl), never from an evaluation row.
// Provenance: written for this project.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** The fight that must be told in the same sentence: with none, a part taken is left to the territory rows. */
const FIGHT: Concept[] = ['CLASH', 'CLASH_WEAK', 'GUNFIGHT', 'FIRED', 'HARM_ACT', 'KILL'];
const WHY = 'Codebook: the territory sub-types are a location changing hands; a side taking only part of it ("parts of", "some areas of") in a fight leaves its control contested, an Armed clash';

export const CASE10X_RULES: Record<string, SubEventRule[]> = {
  'Armed clash': [
    // Neighbours: Non-state actor overtakes territory and Government regains territory (the taking verb's object is the
    // place itself: "captured the town"), Non-violent transfer (no fight told).
    { id: 'clash.part-taken-in-fight', why: `${WHY} (a seizing verb: "captured parts of the town").`, all: ['TAKE_TERRITORY', 'PART_HOLD'], any: FIGHT, object: 'PART_HOLD', objectAfter: true, reach: 3, none: ['PROTEST', 'ARREST'], score: 92 },
    { id: 'clash.part-taken-plain-in-fight', why: `${WHY} (a plain taking verb: "took parts of the district").`, all: ['TAKE_PLAIN', 'PART_HOLD'], any: FIGHT, object: 'PART_HOLD', objectAfter: true, reach: 3, none: ['PROTEST', 'ARREST'], score: 92 },
    { id: 'clash.part-occupied-in-fight', why: `${WHY} (an occupying verb: "occupied parts of the compound").`, all: ['OCCUPY', 'PART_HOLD'], any: FIGHT, object: 'PART_HOLD', objectAfter: true, reach: 3, none: ['PROTEST', 'ARREST'], score: 92 },
  ],
};

/** A seizure told as what is being shown ("police display weapons seized from suspects", a photo caption): the seizure was
 * before, and the report's incident is the one told after it. The reading keeps its type (told alone, it is the seizure) but
 * reads as a weak lead (typing.ts), so a clear incident told later in the story leads (events/index.ts orderIncidents). */
export const DISPLAYED_SEIZURE = {
  id: 'type.seizure-on-display',
  why: 'Codebook: each event is coded when it occurs; weapons displayed to the press were seized before, so a caption\'s display does not lead over the incident the report tells',
  concept: 'DISPLAY' as Concept,
  /** At most this many words between the display word and the seizure's trigger: "display [weapons] seized". */
  window: 4,
  subEventType: 'Disrupted weapons use',
  score: 45,
} as const;
