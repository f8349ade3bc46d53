import { typingTable } from '../pipeline/events/test-helpers.js';

// protest12 (issue 13): the boundaries inside the Protests and Riots families read by a protest's outcome, its day and who
// does the damage (ACLED codebook 2023, "Event Types and Sub-Event Types"): a baton charge is a riot-control means, severity
// is read from the harm told (events/riot-control-means.ts); an arrest dated after the protest is no intervention
// (events/later-arrests.ts); demonstrators as the subject of a phrasal harming verb or a verb of damage do the violence
// (events/demonstrators-harm.ts, event-cues.ts RIOT_WEAK). [report, expected first sub-event type, the rule that types it]:
// one line a case, invented reports, never evaluation rows.
const CASES: Array<[string, string, string]> = [
  // A charge with batons or lathis, no serious harm told: intervention (protest.riot-control-means)
  ['On 1 May 2023, riot police baton-charged a rally of unemployed graduates in Varnel and detained several of them.', 'Protest with intervention', 'protest.dispersed'],
  ['Police lathi-charged farmers marching to the district office in Varnel on Monday.', 'Protest with intervention', 'protest.dispersed'],
  // …and the harm told beside it decides
  ['Police baton-charged protesters in Varnel on Monday, leaving a dozen of them with broken bones.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Police fired rubber bullets at demonstrators in Varnel on Thursday as thousands marched against the government.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // An arrest on a later day, or once the protest was over, leaves the protest peaceful (protest.arrest-another-time)
  ['About 50 activists held a silent protest in Varnel on Monday. Two of them were detained the next day at their homes.', 'Peaceful protest', 'protest.gathering'],
  ['Three activists staged a protest outside the ministry in Varnel. They were detained after the protest had ended.', 'Peaceful protest', 'protest.gathering'],
  ['Three activists staged a protest outside the ministry in Varnel. Police detained all three and broke up the gathering.', 'Protest with intervention', 'protest.story-dispersed'],
  // Demonstrators as the subject of a phrasal harming verb do the violence
  ['Opposition demonstrators beat up two journalists covering their rally in Varnel on Wednesday.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['Marchers beat up a reporter outside the court in Varnel.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['Protesters were beaten up by police in Varnel on Friday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['A group of protesters in Varnel assaulted a police officer during a demonstration against fuel prices.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['Protesters in Varnel were beaten by police on Friday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // Verbs of damage (wreck, trash, deface) are the demonstrators' destruction
  ['On 2 May 2023, demonstrators protesting electricity cuts wrecked the offices of the power company in Varnel.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['Students protesting a fee rise trashed the administration block in Varnel on Tuesday.', 'Violent demonstration', 'riot.protest-turns-violent'],
];

typingTable('protest12', CASES, '2023-12-01');
