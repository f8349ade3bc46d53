// Rule rows added in round 8 (world8) where invented reports from countries the dev sets barely cover
// (test/probes/world8.jsonl) were typed wrong, in the form of sub-events.ts, merged into its SUB_EVENTS after every earlier
// round's. Each row implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types"). Provenance: written
// for this project; the table tests (sub-events-world8.test.ts) are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';

export const WORLD8_RULES: Record<string, SubEventRule[]> = {
  Arrests: [
    // Neighbour: Abduction/forced disappearance (abduction.detained-by-group, 70: a non-state group's detentions). The
    // Houthis and the Taliban's authorities hold territory as its government: their detentions are arrests, by the
    // codebook's "state forces or others exercising de facto control". Ransom or hostages keep it an abduction.
    { id: 'arrest.by-de-facto-authority', why: 'Codebook: Arrests are detentions by state forces or other actors exercising de facto control of a territory; the Houthis in Sanaa and the Taliban authorities detaining people.', all: ['ARREST', 'DE_FACTO_AUTHORITY'], none: ['PROTEST', 'RANSOM', 'KILL', 'CLASH', 'ABDUCT'], score: 74 },
  ],
};
