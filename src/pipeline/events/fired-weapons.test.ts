import { typingTable } from './test-helpers.js';

// recall10 (issue 13): small-arms fire told with the weapon as the firing verb's object ("fired machine guns at an army post"),
// which the reader found no event in because it read the weapon as the object (act-agents.ts objectEnd, FIRED_WEAPONS).
// [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows (more in
// test/probes/recall10.jsonl).
typingTable('recall10', [
  ['Rebel fighters fired machine guns at an army outpost near Hpakant on Tuesday night, the military said.', 'Armed clash', 'clash.fire-at-forces'],
  ['NPA guerrillas fired rifles at an army detachment in Samar province on Thursday, a spokesman said.', 'Armed clash', 'clash.fire-at-forces'],
  ['Gang members fired automatic weapons at a police station in Croix-des-Bouquets overnight, officials said.', 'Armed clash', 'clash.fire-at-forces'],
  ['Armed men fired shots at an army convoy near Ouahigouya on Saturday, the defence ministry said.', 'Armed clash', 'clash.fire-at-post-or-force'],
  // Not at people or forces, or a drill: still no event.
  ['Soldiers fired rifles during a training drill at a camp in Kitgum on Tuesday.', 'none', ''],
  ['Hunters fired guns at wild pigs in the forest near Lae on Sunday.', 'none', ''],
  // recall10: an act told as a noun with its agent in a "by" phrase after its "of" phrase (typing.ts partiesOf, NOMINAL_DETS).
  ['Residents in Bukavu celebrated the recapture of the town by the army on Sunday.', 'Government regains territory', 'territory.state-takes-place-plain'],
  ['Aid workers fled after the seizure of the district headquarters by rebels in Kachin state on Tuesday.', 'Non-state actor overtakes territory', 'territory.group-takes-place-plain'],
  ['Officials discussed the planned handover of the town by the army to police next month.', 'none', ''],
], '2023-06-14');
