import { typingTable } from '../pipeline/events/test-helpers.js';

// case9s (issue 13): the Strategic developments family's boundaries (ACLED codebook 2023, "Event Types and Sub-Event Types").
// [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows (more in
// test/probes/case9s.jsonl).
typingTable('case9s', [
  // A state force that detonates a device makes it harmless (case9s rows, sub-events-*.ts disrupted.force-detonates-device; DETONATE_ACT);
  // a device an armed group sets off stays a blast.
  ['Iraqi security forces detonated three IEDs on the side of a road in Tarmiyah.', 'Disrupted weapons use', 'disrupted.force-detonates-device'],
  ['Soldiers blew up a car bomb in Tarmiyah.', 'Disrupted weapons use', 'disrupted.force-detonates-device'],
  ['Gunmen detonated an IED on the side of a road in Tarmiyah.', 'Remote explosive/landmine/IED', 'explosive.device'],
  // Weapons handed over are a weapons handover, no place handed over (change.weapons-handed-over).
  ['Ex-combatants handed over 120 rifles to the United Nations mission in Bria as part of the disarmament process.', 'Change to group/activity', 'change.weapons-handed-over'],
  ['The rebels handed over the town of Kitchanga to the regional force on Sunday.', 'Non-violent transfer of territory', 'transfer.handover'],
  // A group that splits changes its structure; the talks named as the cause are no agreement (change.group-splits; GROUP_SPLIT).
  ['The National Liberation Army split into two factions after a dispute over peace talks, a commander said.', 'Change to group/activity', 'change.group-splits'],
  // A taking with the absence of fighting told is non-violent (NONVIOLENT: "with no fighting reported").
  ['On 2 November 2023, militiamen took control of the town of Lalibela and raised their flag, with no fighting reported.', 'Non-violent transfer of territory', 'transfer.taken-without-fight'],
  // A base is set up only when the base word stands beside the setting-up word (base.established, object BASE).
  ['On 2 March 2023, insurgents in Tamu used grenades on the positions of soldiers at the construction site near the bridge.', 'Grenade', 'grenade.thrown'],
  ['Al-Shabaab militants established a base in the village of Buq Aqable after government troops left.', 'Headquarters or base established', 'base.established'],
  // "fired against" names the target, as "fired on" does (HARM_ACT).
  ['On 4 May 2023, the army fired against refugees trying to escape from the camps in Tindouf.', 'Attack', 'attack.assault-civilians'],
  // A headline's present tense finds or seizes as the past does (INTERCEPT: "seize", "recover"), and a side that retreats
  // withdraws (WITHDRAW: "retreat").
  ['Police seize grenades, detonators from hideout in Manipur', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Security forces recover huge cache of arms, explosives in Kupwara', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Taliban seize district centre in Badakhshan as Afghan troops retreat', 'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
  ['Anti-aircraft fire brings down Turkish drone over northern Iraq', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // A rule that asks for an object reads each telling of its trigger word (typing.ts laterTriggers), unless someone is killed.
  ['Security forces busted a militant hideout in Poonch and recovered rifles, grenades and ammunition.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['On 4 April 2024, troops neutralised three terrorists in Gwoza (Borno) and recovered weapons.', 'Armed clash', 'clash.kill-forces'],
  // Headlines' present tense: a coup (COUP "seizes power"), a blackout (SILENCE).
  ['Army seizes power in Gabon, places president under house arrest', 'Other', 'other.coup-detains'],
  ['Internet blackout imposed in Manipur after fresh tensions', 'Other', 'other.media-silenced'],
  // A withdrawal with no one told taking over is a movement of forces (change.forces-withdraw); with a taker, a transfer.
  ['Turkish forces withdrew from their observation post near Morek on Tuesday, heading north towards Idlib.', 'Change to group/activity', 'change.forces-withdraw'],
  ['Kurdish-led forces pulled out of the town, allowing government troops to move in.', 'Non-violent transfer of territory', 'transfer.withdrawal'],
  ['M23 rebels pulled out of Kibumba and handed the town to East African troops.', 'Non-violent transfer of territory', 'transfer.withdrawal'],
  ['Islamic State militants took control of the village after government troops withdrew from it.', 'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
  // Prisoners handed over are released, no place handed over (other.detainees-handed-over); people deported or crossing back are
  // uprooted people's movements (UPROOTED "deported", RETURN "crossed back"); ordnance of a past war is no blast of today's war.
  ['Non-violent activity: On 11 May 2021, the government handed over 30 prisoners to the ICRC, which transported them to Mekelle.', 'Other', 'other.detainees-handed-over'],
  ['On 3 May 2021, 120 Haitian nationals deported from the United States arrived at Port-au-Prince airport.', 'Other', 'other.uprooted-return'],
  ['On 12 May 2021, around 200 Venezuelan migrants crossed the border back into Venezuela through the Simon Bolivar bridge.', 'Other', 'other.uprooted-return'],
  ['On 5 May 2021, a child was killed when an unexploded ordnance left over from the war exploded in a field in Xieng Khouang province.', 'Other', 'other.legacy-ordnance'],
  // A state army's "restored security and stability to" villages regains them (REGAIN); "expanded their control" takes ground.
  ['Syrian army units restored security and stability to several villages in the northern countryside of Hama.', 'Government regains territory', 'territory.state-regains'],
  ['The militants expanded their control to three more villages in the province.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
], '2024-12-31');
