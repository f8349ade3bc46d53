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
  // Codebook: the target's kind decides; a killing told first and its victims named in the next sentence as a force's or an armed
  // group's members is an Armed clash (victim-armed-after.ts).
  ['On 11 June 2024, unidentified gunmen shot dead a man in Arvella. The victim was a municipal police officer. 1 fatality.', 'Armed clash', 'clash.victim-told-armed-after'],
  ['On 12 June 2024, armed men killed two men in Kessa. The victims were soldiers of the army. 2 fatalities.', 'Armed clash', 'clash.victim-told-armed-after'],
  ['On 14 June 2024, gunmen killed a man in Dorno. He was a member of a pro-government militia. 1 fatality.', 'Armed clash', 'clash.victim-told-armed-after'],
  // Neighbours: Attack (the victims are civilians, a former member, a member's kin), Mob violence (a crowd killed someone
  // "accused of being" an armed man).
  ['On 13 June 2024, armed men killed two men in Dorno. The victims were farmers returning from their fields. 2 fatalities.', 'Attack', 'attack.kill-civilians'],
  ['On 16 June 2024, unknown gunmen killed a man in Kessa. The victim was a former member of the rebel militia. 1 fatality.', 'Attack', 'attack.kill-civilians'],
  ['On 16 June 2024, unknown gunmen killed a woman in Kessa. The victim was the wife of a police officer. 1 fatality.', 'Attack', 'attack.kill-civilians'],
  ['On 15 June 2024, a group of local people killed a man by setting him on fire in Kessa. The victim was accused of being a bandit. 1 fatality.', 'Mob violence', 'mob.crowd-burns'],
], '2024-06-30');
