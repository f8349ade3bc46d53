import { typingTable } from '../pipeline/events/test-helpers.js';

// riots10 (issue 13): the protest and riot family told apart by who acts, what they do and what force meets them (ACLED
// codebook 2023, "Event Types and Sub-Event Types"). [report, expected first sub-event type, the rule that types it]:
// invented reports, never evaluation rows (more in test/probes/riots10.jsonl).
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // A finite "died" after the grievance is the main clause's verb, told of a demonstrator (grievance.ends-at-finite-death).
  ['A student taking part in a demonstration against tuition fees in Arvella died on Monday after being hit by a tear gas canister fired by police.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Hundreds marched in Arvella on Monday to demand justice for a trader who died in police custody.', 'Peaceful protest', 'protest.gathering'],
  // The dead whose relatives demonstrate are their grievance (protest.kin-of-the-dead, earlier-deeds.ts).
  ['Relatives of miners killed in a collapse picketed the mining company\'s office in Arvella on Tuesday, demanding compensation.', 'Peaceful protest', 'protest.gathering'],
  ['Families of the fishermen who were shot by coastguards marched to the port in Arvella on Friday.', 'Peaceful protest', 'protest.gathering'],
  ['Relatives of the detainees were beaten by police during a protest outside the prison in Arvella, leaving four in hospital.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
];

typingTable('riots10', CASES, '2024-05-10');
