import { typingTable } from '../pipeline/events/test-helpers.js';

// acled15 (issue 13): Armed clash, Attack and Mob violence told apart by who acts (an organised armed side or a crowd), on whom
// (an armed side or unarmed people) and how the report counts them (ACLED codebook 2023, "Event Types and Sub-Event Types").
// [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows (more in
// test/probes/acled15.jsonl).
typingTable('acled15', [
  // Codebook: Mob violence is rioters (people acting together outside an organised armed group, inter 5) violently targeting
  // people or forces; a vague count of people before a verb counts its doers (non-events.ts countsDoers), no tally of acts.
  ['On 8 June 2024, dozens of people attacked a police patrol in Kessa, injuring two officers.', 'Mob violence', 'mob.crowd-attacks'],
  ['On 9 June 2024, hundreds of residents attacked a police station in Dorno after a man died in custody.', 'Mob violence', 'mob.crowd-attacks'],
  ['Hundreds of youths clashed with police in Arvella on Monday, throwing stones at officers.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
  // Neighbours: a tally of acts ("hundreds of airstrikes", "dozens of attacks") is still no incident.
  ['The jets flew hundreds of airstrikes over the Arvella valley last month.', 'none', ''],
  ['Militants have carried out dozens of attacks in the province this year.', 'none', ''],
], '2024-06-30');
