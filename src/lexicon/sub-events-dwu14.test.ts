import { typingTable } from '../pipeline/events/test-helpers.js';

// dwu14 (issue 13): Disrupted weapons use, Agreement and their neighbours (ACLED codebook 2023, "Event Types and Sub-Event
// Types", Strategic developments: drones and missiles destroyed in the air, weapons platforms seized, devices that blow up
// as their makers assemble them, prisoner exchanges; the loot of an attack is part of it). [report, expected first sub-event
// type, the rule that types it]: invented reports, never evaluation rows (more in test/probes/dwu14.jsonl).
typingTable('dwu14', [
  // Codebook: drones and missiles intercepted or destroyed in the air, told as the subject of a passive "destroyed".
  ['A Ukrainian drone was destroyed over the Kursk region overnight, the Russian defence ministry said.', 'Disrupted weapons use', 'disrupted.drone-destroyed'],
  ['Two drones launched toward Arvella were destroyed by air defence units on Tuesday night.', 'Disrupted weapons use', 'disrupted.intercepted'],
  ['Three missiles were destroyed over the Kessa region on Sunday, the governor said.', 'Disrupted weapons use', 'disrupted.missile-destroyed'],
  // Neighbours: the drone or missile that destroyed something (active voice) or harmed people is a strike.
  ['A drone destroyed a tank near Arvella on Monday.', 'Air/drone strike', 'air.aircraft-harm'],
  ['A drone was destroyed over Arvella but another hit a house, wounding two people.', 'Air/drone strike', 'air.aircraft-harm'],
  // Codebook: the seizure of weapons platforms (tanks, armoured vehicles) is Disrupted weapons use.
  ['Troops captured a rebel tank and two armoured vehicles near Arvella, the army said.', 'Disrupted weapons use', 'disrupted.platform-captured'],
  ['The army seized three armoured personnel carriers from the militia near Kessa on Friday.', 'Disrupted weapons use', 'disrupted.platform-seized'],
  // Neighbour: Arrests (people, not platforms, captured).
  ['Troops captured two rebel commanders near Arvella, the army said.', 'Arrests', 'arrest.held'],
  // Codebook: the accidental detonation of explosives by those responsible.
  ['Two militants were killed when the bomb they were assembling exploded in a house in Arvella.', 'Disrupted weapons use', 'disrupted.premature-detonation'],
  // Loot taken by the attackers in the same raid is part of the attack (Armed clash), not a seizure of its own.
  ['Militants stormed an army post in Arvella, killing four soldiers; its fighters seized weapons and ammunition before withdrawing.', 'Armed clash', 'clash.militants-attack-forces'],
  // Neighbour: weapons seized with no one killed stay Disrupted weapons use.
  ['Soldiers seized a large cache of weapons and ammunition in a raid on a hideout near Kessa on Friday.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Codebook: Agreement covers prisoner exchanges.
  ['The two sides carried out a prisoner swap on Tuesday, with 50 captives returned to each side.', 'Agreement', 'agreement.prisoner-swap'],
  ['Ukraine brought home 75 soldiers in the latest prisoner swap with Russia, officials said.', 'Agreement', 'agreement.prisoner-swap'],
  ['Russia and Ukraine exchanged 95 prisoners of war each on Friday, officials said.', 'Agreement', 'agreement.prisoners-exchanged'],
  ['The bodies of 45 soldiers were returned to Ukraine in an exchange of the dead with Russia.', 'Agreement', 'agreement.remains-exchanged'],
  // Neighbours: Other (one side hands over the dead, no exchange), Abduction (hostages seized to be exchanged: a ransom or a kidnap).
  ['The rebels handed over the bodies of 12 soldiers to the Red Cross in Arvella on Monday.', 'Other', 'other.remains-handed-over'],
  ['Gunmen kidnapped four engineers near Kessa and demanded a ransom in exchange for their release.', 'Abduction/forced disappearance', 'abduction.kidnap'],
  // Neighbours: Remote explosive/landmine/IED (a device of today's war goes off), Other (ordnance of a past war).
  ['Two soldiers were killed when their vehicle struck a roadside bomb near Kessa on Sunday.', 'Remote explosive/landmine/IED', 'explosive.device'],
  // Neighbour: a killing told beside the seizure: "neutralised" said of a bomb made safe is no killing (KILL_PLAIN leaves it out).
  ['An explosive device found near a school in Kessa was neutralised by army sappers on Friday.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Two children were injured near Arvella when a cluster bomb dropped during the Vietnam War exploded.', 'Other', 'other.legacy-ordnance'],
  // Codebook: one side freeing those it holds, with no exchange, is Other (an exchange is an Agreement).
  ['Houthi authorities freed 100 detainees on Monday as a goodwill gesture, the group said.', 'Other', 'other.detainees-freed'],
  ['The rebels released 20 soldiers they had been holding since March, a spokesman said.', 'Other', 'other.fighters-freed'],
  // Neighbours: Arrests (detainees taken, not freed), Agreement (the release is part of a deal).
  ['Houthi authorities detained 30 people in Sanaa on Monday, residents said.', 'Arrests', 'arrest.by-de-facto-authority'],
  ['The rebels released 20 soldiers under a deal brokered by tribal elders, a spokesman said.', 'Agreement', 'agreement.reached'],
], '2024-05-10');
