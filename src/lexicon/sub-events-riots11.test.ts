import { typingTable } from '../pipeline/events/test-helpers.js';

// riots11 (issue 13): an arrest told apart from a demonstration's, and demonstrators dispersed with no protest word (ACLED
// codebook 2023, "Event Types and Sub-Event Types"). [report, expected first sub-event type, the rule that types it]:
// invented reports, never evaluation rows (more in test/probes/riots11.jsonl).
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // People dispersed while they state a demand are demonstrators (protest.demanders-dispersed); harm told is force on them.
  ['Police in Arvella fired rubber bullets at textile workers demanding a minimum wage increase.', 'Protest with intervention', 'protest.demanders-dispersed'],
  ['Police in Arvella fired rubber bullets and tear gas to disperse textile workers demanding a minimum wage increase.', 'Protest with intervention', 'protest.demanders-dispersed'],
  ['Police fired tear gas to disperse workers demanding higher pay in Arvella.', 'Protest with intervention', 'protest.riot-control'],
  // A protest word that names a group or a call is no demonstration held: the arrest is the event (protest-occasions.ts).
  ['Security agents arrested the spokesman of a protest movement in Arvella on Wednesday over a post calling for demonstrations.', 'Arrests', 'arrest.detained'],
  ['Police in Arvella arrested 18 students who were demonstrating against the privatisation of higher education.', 'Protest with intervention', 'protest.dispersed'],
  // A relative clause after what those arrested are accused of is the charge too (protest-occasions.ts).
  ['Police in Arvella on Monday arrested five men accused of organising last week\'s violent protests in which a bank was set on fire.', 'Arrests', 'arrest.by-state'],
  // An arrest told in the demonstrators' condition is their demand, no intervention (protest-occasions.ts).
  ['Women in Arvella staged a sit-in with the bodies of four miners killed by gunmen, refusing to bury them until the killers are arrested.', 'Peaceful protest', 'protest.gathering'],
  ['Students staged a sit-in outside the ministry in Arvella until police arrested them on Tuesday night.', 'Protest with intervention', 'protest.dispersed'],
  // Forces injured at a demonstration, told in the passive, were harmed by the demonstrators (riot.forces-harmed).
  ['Three police officers were injured during a protest by traders in Arvella on Monday.', 'Violent demonstration', 'riot.forces-harmed'],
  ['A soldier was seriously wounded during a demonstration against the curfew in Arvella.', 'Violent demonstration', 'riot.forces-harmed'],
  ['Three protesters and a police officer were injured when police dispersed the march in Arvella.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['Dozens were wounded after security forces opened fire on peaceful protesters in Arvella.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
];

typingTable('riots11', CASES, '2024-05-10');
