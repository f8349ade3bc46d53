import { typingTable } from '../pipeline/events/test-helpers.js';

// riot14 (issue 13): violence during a strike, a rally named as where words were spoken, and a crowd's riot told with its
// cause (ACLED codebook 2023, "Event Types and Sub-Event Types": Riots are violent events where demonstrators or mobs engage
// in disruptive acts such as property destruction). [report, expected first sub-event type, the rule that types it]:
// invented reports, never evaluation rows (more in test/probes/riot14.jsonl).
typingTable('riot14', [
  // A strike is a demonstration: violence told during one is the strikers' (riot.strike-violence, riot.protest-violence).
  ['Rioters looted shops and set up burning barricades in Arvella on Monday during a taxi strike against fuel price increases.', 'Violent demonstration', 'riot.protest-violence'],
  ['Youths looted shops and torched a bus in Kessa on Tuesday during a bus strike over a fare increase.', 'Violent demonstration', 'riot.strike-violence'],
  ['Shops were looted and set alight in Arvella on Wednesday after police officers walked off the job over a pay dispute.', 'Violent demonstration', 'riot.strike-violence'],
  ['Police officers in Kessa walked off the job on Monday over unpaid wages.', 'Peaceful protest', 'protest.strike-or-vigil'],
  // Neighbours: a crowd's looting with no strike told stays mob violence.
  ['Rioters looted shops in Arvella overnight after a football match, police said.', 'Mob violence', 'mob.rioters-loot'],
  ['A mob looted a warehouse and set it alight in Kessa on Sunday after rumours of a food shortage.', 'Mob violence', 'mob.violence'],
  // A rally named as where earlier words were spoken is no demonstration at the arrest (protest.speech-venue).
  ['Police in Arvella arrested an opposition leader on Friday over comments he made at a rally last month.', 'Arrests', 'arrest.by-state'],
  ['Police in Kessa arrested a senior opposition politician on Tuesday over remarks he made at a campaign rally.', 'Arrests', 'arrest.by-state'],
  ['Police in Arvella arrested 30 people at an opposition rally on Saturday.', 'Protest with intervention', 'protest.dispersed'],
  // A crowd's burning told with a death as its cause: the crowd's riot, no attack (riot.cause-clause; mob.crowd-wrecks-property).
  ['Angry residents of Kessa set fire to a police station on Sunday after a suspect died in custody, police said.', 'Mob violence', 'mob.crowd-wrecks-property'],
  ['Rioters torched shops and vehicles in Dorno after a dispute between two groups over a parking space.', 'Mob violence', 'mob.dispute-turns-violent'],
  ['Gunmen looted shops and burned houses in the village of Dorno on Saturday night, residents said.', 'Looting/property destruction', 'loot.looting'],
  // Strikers named by their trade after "striking" ("striking bus drivers", "striking nurses"); with no violence, a peaceful march.
  ['Striking bus drivers set fire to two buses and threw stones at police in Kessa on Monday.', 'Violent demonstration', 'riot.strike-violence'],
  ['Striking bus drivers marched peacefully to the ministry in Kessa on Monday.', 'Peaceful protest', 'protest.gathering'],
  // A weapon's strike is no labour strike: "strike for" / "strike over" name no walkout.
  ['A missile strike for the second night in a row burned a warehouse in Arvella, killing two guards.', 'Shelling/artillery/missile attack', 'shell.rocket-harm'],
], '2024-05-10');
