import { typingTable } from '../pipeline/events/test-helpers.js';

// dwu10 (issue 13): the Disrupted weapons use and territory families, by who acts (ACLED codebook 2023, "Event Types and
// Sub-Event Types"). [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows
// (more in test/probes/dwu10.jsonl).
typingTable('dwu10', [
  // Codebook: Non-state actor overtakes territory is won by the non-state side; the other side of a fight told before the taking
  // ("a gunfight with officers") is no subject of it (act-agents.ts opponentOfFight), nor is what an earlier verb overran.
  ['Insurgents overran a police station in Meiktila after a gunfight with officers and took control of the town centre.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  ['Rebels ambushed a convoy near Falam after a gunbattle with soldiers and took control of the town.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  // Codebook: Government regains territory is won by "government forces or their affiliates": a subject whose conjuncts name a
  // state force, whatever modifiers stand between them (allied-sides.ts LINK_REACH).
  ['Soldiers and allied self-defence fighters regained control of the village of Tinzawaten from jihadists on Sunday after a gunfight.', 'Government regains territory', 'territory.state-takes-place'],
  // Codebook: Agreement covers ceasefires and truces; the fighting that led to one, told after it, is its cause (deal-causes.ts).
  ['Elders brokered a truce between two rival clan militias in Galkayo on Friday after weeks of deadly clashes.', 'Agreement', 'agreement.pact-agreed'],
  ['The two sides signed a ceasefire in Juba following months of heavy fighting.', 'Agreement', 'agreement.signed'],
  // Codebook: Disrupted weapons use covers an attack foiled before the weapon is used; a plan told with its authors (PLOT "plan by").
  ['Security forces in Garissa foiled a plan by suspected militants to bomb a busy market.', 'Disrupted weapons use', 'disrupted.plot-foiled'],
  // Codebook: Government regains territory is won by government forces "or their affiliates"; a group marked as the
  // government's ("pro-government", "government-backed", "loyal to the government") takes ground for it (allied-sides.ts
  // affiliatedWithState); "pro-Russian separatists" are no government's affiliates.
  ['Pro-government militiamen took control of the village of Wadi Ali from the rebels on Tuesday.', 'Government regains territory', 'territory.state-takes-place'],
  ['Government-backed fighters captured the town of Hays from the insurgents.', 'Government regains territory', 'territory.state-takes-place'],
  ['Militiamen loyal to the government took control of the town of Nehm.', 'Government regains territory', 'territory.state-takes-place'],
  ['Pro-Russian separatists captured the town of Marinka.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  // Codebook: Disrupted weapons use is a weapon prevented from being used or seized; bodies found are no weapon found
  // (found-bodies.ts): the strike or shelling that killed them is the incident.
  ['Herders discovered the bodies of eleven fighters near Menaka, apparently killed in a drone strike.', 'Air/drone strike', 'air.strike'],
  // (loot15) The same sub-type, now read by loot15's row for shelling told beside a finding word (shell.shelled-beside-discovery).
  ['Villagers found the bodies of two men near Kidal after the shelling.', 'Shelling/artillery/missile attack', 'shell.shelled-beside-discovery'],
  ['Police found two rockets hidden near the base in Kidal.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Codebook: Change to group/activity covers a group's creation and alliances; a fight told as their purpose ("to fight the
  // government") is no battle (purpose-infinitives.ts), while a fight begun or forced on a side is one.
  ['The militants announced they had formed a new alliance with two other groups to fight the government.', 'Change to group/activity', 'change.group-founded'],
  ['Rebels and soldiers began to fight near the bridge in Kalehe on Monday.', 'Armed clash', 'clash.militants-attack-forces'],
  // Codebook: Government regains territory; a place "liberated from" a group told with no liberator named, even inside what the
  // army announces (FREED_FROM "liberated from", read whole over REGAIN's "liberated").
  ['The army announced that the city had been fully liberated from Islamic State.', 'Government regains territory', 'territory.freed-from-group'],
  ['Iraqi troops liberated the town of Hit from Islamic State fighters.', 'Government regains territory', 'territory.state-takes-place'],
  // Codebook: Government regains territory; the side repelled is the object of "repelled", no subject of the taking that follows
  // (act-agents.ts ACTS), and ground "recovered" is regained (REGAIN, read whole over INTERCEPT's "recovered").
  ['Army troops and allied fighters repelled a rebel attack on the Kharab front and subsequently gained control over two hills.', 'Government regains territory', 'territory.state-takes-place'],
  ['Soldiers recovered territory following a clash with the militia at Mutwanga.', 'Government regains territory', 'territory.state-regains'],
  ['Soldiers recovered two rifles following a clash with the militia at Mutwanga.', 'Armed clash', 'clash.fighting'],
  // Codebook: Non-violent transfer of territory is a location acquired without a violent interaction; a side "forced to withdraw"
  // was driven out (EXPEL, read whole over WITHDRAW), so the taking is by force.
  ['The tribesmen took control of several villages in Marka as the rebels were forced to withdraw.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  ['Rebels took control of the town of Marka after soldiers withdrew from it.', 'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
  // Codebook: Change to group/activity covers an armed group's shows of force (a parade); shots fired "into the air" hit no one
  // (DISPERSE's words, in every inflection), no Attack.
  ['Militiamen paraded through the streets of Bambari on Saturday, firing into the air to celebrate the anniversary of their group.', 'Change to group/activity', 'change.force-posture'],
], '2024-03-10');
