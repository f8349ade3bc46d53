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
  // Codebook: Explosions/Remote violence is one-sided, its tool taking away the target's ability to respond; a ground assault with
  // rifles beside mortars, or heavy weapons answered by a force that fought back, is an Armed clash.
  ['On 24 March 2024, militants attacked an army base in Dorno with mortars and rifles. 6 fatalities.', 'Armed clash', 'clash.assault-with-small-arms'],
  ['On 24 March 2024, gunmen attacked a military post in Kessa with rockets and automatic weapons.', 'Armed clash', 'clash.assault-with-small-arms'],
  ['On 24 March 2024, militants shelled an army base in Dorno, and soldiers fought back with artillery.', 'Armed clash', 'clash.heavy-weapons-fought-back'],
  // Neighbours: Shelling/artillery/missile attack (fired from afar, no assault with small arms and no one fighting back).
  ['On 24 March 2024, militants fired mortars at an army base in Dorno. No casualties were reported.', 'Shelling/artillery/missile attack', 'shell.rocket-harm'],
  ['On 24 March 2024, the army shelled rebel positions near Dorno with artillery.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  // The people of a place and travellers, as who acts, are a crowd (rioters, inter 5).
  ['On 5 May 2024, the local population attacked two police officers in Kessa, injuring one.', 'Mob violence', 'mob.crowd-attacks'],
  ['On 5 May 2024, people of the village beat two suspected cattle thieves in Dorno, injuring both.', 'Mob violence', 'mob.crowd-beats-anyone'],
  // Neighbour: Attack (passengers and armed men from a place are victims and an armed side, no crowd).
  ['On 1 July 2024, armed men from a rival tribe attacked a settlement near Kessa, killing five women and children. 5 fatalities.', 'Attack', 'attack.kill-civilians'],
  // Codebook: armed, organised sides engaging each other is an Armed clash; an attack, then a force's fight told with no other side
  // named, is that force engaging the attackers (group-mentions.ts foughtBack, type.attack-fought-back).
  ['On 5 May 2024, suspected militants attacked Arvella village. Soldiers intervened and fighting lasted two hours. 7 fatalities.', 'Armed clash', 'clash.fighting'],
  ['On 5 May 2024, gunmen attacked Kessa village, killing three residents. An exchange of fire ensued when soldiers arrived. 5 fatalities.', 'Armed clash', 'clash.fighting'],
  // Neighbour: Attack (no fight told, or a fight told at another place).
  ['On 5 May 2024, armed men killed two farmers in Dorno. Clashes were also reported in Arvella the same day.', 'Attack', 'attack.kill-civilians'],
  // Codebook: who acts decides; an attack first told with no attacker, then as demonstrators' or a crowd's act on the same people
  // in the next sentence, is that riot (group-mentions.ts crowdRevealed).
  ['On 2 May 2024, two police officers were attacked in Dorno. A mob of residents beat them after a man died in custody.', 'Mob violence', 'type.attackers-revealed-crowd'],
  ['On 3 May 2024, a gendarme was wounded in Kessa. Protesters demanding water threw stones at him and burned his motorbike.', 'Violent demonstration', 'type.attackers-revealed-crowd'],
  // Neighbours: Armed clash (no crowd told), Attack (the attackers named; a crowd's later act on property is another act).
  ['On 2 May 2024, two police officers were shot dead in Dorno. The attackers fled on motorbikes.', 'Armed clash', 'clash.kill-forces'],
  ['On 2 May 2024, a farmer was killed by gunmen in Arvella. Residents later burned the house of a suspect.', 'Attack', 'attack.kill-civilians'],
  // Codebook: party supporters engaged in violence are rioters (inter 5): a party's members named by its standing act as a crowd.
  ['On 17 June 2024, members of the ruling party beat an opposition candidate in Arvella.', 'Mob violence', 'mob.crowd-assaults'],
], '2024-06-30');
