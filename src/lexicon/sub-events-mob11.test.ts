import { typingTable } from '../pipeline/events/test-helpers.js';

// mob11 (issue 13): people named by whom they stand against or behind (rivals, opponents, followers, the public, a party's
// factions), mourners, miners and 'two groups', who beat, kill or fight are a crowd (event-cues.ts CROWD). ACLED codebook 2023: Mob violence is rioters' (a crowd,
// inter 5) violence outside a demonstration; an Attack is an organised armed group's on civilians; an Armed clash is two
// organised armed sides. [report, expected first sub-event type, the rule that types it]: one line a case, invented reports,
// never evaluation rows (more in test/probes/mob11.jsonl).
const CASES: Array<[string, string, string]> = [
  // Rivals and opponents who kill or stab someone are a crowd; gunmen of a rival gang stay an armed side
  ['On 4 May 2024, a farmer was hacked to death by his rivals over a land dispute in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-kills'],
  ['On 4 May 2024, a councillor was stabbed by his political opponents in Arvella. 1 injury.', 'Mob violence', 'mob.crowd-assaults'],
  ['On 4 May 2024, gunmen of a rival gang shot dead a shopkeeper in Arvella. 1 fatality.', 'Attack', 'attack.kill-civilians'],
  // Followers of a leader who attack people with sticks are a crowd
  ['On 4 May 2024, followers of a village chief attacked a rival group with sticks in Arvella, killing one. 1 fatality.', 'Mob violence', 'mob.crowd-kills-anyone'],
  // A party's factions fight as its supporters do; an armed group's factions stay armed
  ['On 4 May 2024, two factions of the ruling party clashed over a market in Arvella, leaving one dead. 1 fatality.', 'Mob violence', 'mob.crowd-clashes'],
  ['On 4 May 2024, two factions of al-Shabaab clashed near Arvella. 3 fatalities.', 'Armed clash', 'clash.fighting'],
  // The public named as who beats someone is a crowd
  ['On 4 May 2024, a suspected thief was beaten to death by the public in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-kills-anyone'],
  // Someone beaten by a crowd, told by a participle (mob.beaten-by-crowd); a headline's passive with no doer names no crowd
  ['On 4 May 2024, a suspected thief died after being beaten by villagers in Arvella. 1 fatality.', 'Mob violence', 'mob.beaten-by-crowd'],
  ['On 4 May 2024, a trader was beaten by unidentified gunmen who stormed his shop in Arvella. 1 injury.', 'Attack', 'attack.on-civilians'],
  // Mourners, and sides named by their number, as who acts (CROWD)
  ['On 4 May 2024, mourners attacked the house of a man accused of killing a rider in Arvella, injuring two people.', 'Mob violence', 'mob.crowd-attacks'],
  ['On 4 May 2024, one person was killed as two groups clashed over a ferry ghat in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-clashes'],
  ['On 4 May 2024, two armed groups clashed near Arvella. 4 fatalities.', 'Armed clash', 'clash.fighting'],
  // People named by their trade, faith or age who beat or kill are a crowd (CROWD); as who is attacked they are civilians
  ['On 4 May 2024, shopkeepers beat a suspected pickpocket to death at a market in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-beats-anyone'],
  ['On 4 May 2024, worshippers attacked a man accused of blasphemy in Arvella and killed him. 1 fatality.', 'Mob violence', 'mob.crowd-attacks'],
  ['On 4 May 2024, gunmen attacked fishermen on a lake near Arvella, killing three. 3 fatalities.', 'Attack', 'attack.killing-by-armed'],
  // "members of …" read by what follows it (members-of.ts): a community's members who act are a crowd, an armed group's that side
  ['On 4 May 2024, members of the Kalenjin community attacked a farmer near Arvella, injuring him.', 'Mob violence', 'mob.crowd-attacks'],
  ['On 4 May 2024, a man accused of sorcery was killed by members of his community in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-kills'],
  ['On 4 May 2024, members of the ADF attacked a village near Arvella, killing 7 civilians. 7 fatalities.', 'Attack', 'attack.kill-civilians'],
  ['On 4 May 2024, gunmen killed three members of the community in Arvella. 3 fatalities.', 'Attack', 'attack.kill-civilians'],
  ['On 4 May 2024, members of the Kisii community were attacked near Arvella, with six injured.', 'Attack', 'attack.on-civilians'],
  // A quarrel that turns violent is people's fight (mob.dispute-turns-violent); clans' fights and instant justice
  ['On 4 May 2024, a quarrel between two households turned violent in Arvella, leaving one man dead. 1 fatality.', 'Mob violence', 'mob.dispute-turns-violent'],
  ['On 4 May 2024, a dispute between two clans turned into an armed clash in Arvella; 2 people were killed.', 'Armed clash', 'clash.fighting'],
  ['On 4 May 2024, two suspected robbers were killed in instant justice in Arvella. 2 fatalities.', 'Mob violence', 'mob.violence'],
];

typingTable('mob11', CASES, '2024-05-10');

// The dead counted as a noun phrase ("two of the 12 killed", non-acts.ts deadAsNoun) tell who died in an act told before, no
// killing of their own: with "members of the police force" read as a force (members-of.ts), they made a second, Armed clash,
// incident of a bombing's victims.
typingTable('mob11 dead as a noun', [
  ['Two of the 12 initially killed were members of the police force.', 'none', ''],
  ['Gunmen killed the 12 soldiers at a checkpoint near Garoua on Monday.', 'Armed clash', 'clash.kill-forces'],
], '2024-03-14');
