import { typingTable } from '../pipeline/events/test-helpers.js';

// acled16 (issue 13): ACLED's Battles / Violence against civilians / Explosions/Remote violence boundaries on ACLED-note
// phrasing (ACLED codebook 2023, "Event Types and Sub-Event Types"). [report, expected first sub-event type, the rule that types
// it]: invented reports, never evaluation rows (more in test/probes/acled16.jsonl).
typingTable('acled16', [
  // Codebook: Attack is violence by an armed, organised group on unarmed civilians; a convoy named by what it carries or whom it
  // serves is civilians' vehicles (the civilian name hides TARGET_MIL's "convoy", typing.ts longestOnly).
  ['On 4 May 2023, an unidentified armed group attacked an aid convoy near Arvella, wounding two aid workers.', 'Attack', 'attack.on-civilians'],
  ['On 4 May 2023, gunmen attacked a humanitarian convoy near Kessa and killed a driver.', 'Attack', 'attack.kill-civilians'],
  // Neighbours: Armed clash (a military convoy, or a convoy with no civilian name, is a force's).
  ['On 4 May 2023, militants ambushed a military convoy near Arvella, killing three soldiers.', 'Armed clash', 'clash.fighting'],
  ['On 4 May 2023, militants attacked an army convoy near Dorno. Casualties unknown.', 'Armed clash', 'clash.militants-attack-forces'],
  // Codebook: Looting/property destruction is seizing goods or property outside other forms of violence; armed men who rob people
  // of their goods with no one hurt seize goods.
  ['On 3 May 2023, gunmen robbed bus passengers of their money and phones near Kessa. No injuries were reported.', 'Looting/property destruction', 'loot.armed-robbery'],
  ['On 3 May 2023, soldiers robbed traders at a checkpoint near Dorno.', 'Looting/property destruction', 'loot.armed-robbery'],
  // Neighbours: Attack (the robbed are killed or hurt), Abduction (people taken).
  ['On 3 May 2023, gunmen robbed traders of their money near Kessa and shot one of them dead.', 'Attack', 'attack.kill-civilians'],
  ['On 3 May 2023, a crowd of residents robbed a shop near Kessa.', 'Looting/property destruction', 'loot.stolen'],
  ['On 3 May 2023, gunmen abducted 12 passengers from a bus near Dorno.', 'Abduction/forced disappearance', 'abduction.kidnap'],
  // Codebook: an Armed clash is armed, organised groups engaging each other; sides that fought, with the heavy weapons or shelling
  // they used told after the fight, engage each other.
  ['On 3 May 2023, Military Forces of Sudan and the RSF fought in Kessa, with both sides using heavy weapons.', 'Armed clash', 'clash.fought-with-heavy-weapons'],
  ['Government troops and rebels fought with artillery and mortars near Arvella on Tuesday.', 'Armed clash', 'clash.fought-with-shelling'],
  // Neighbours: Shelling/artillery/missile attack (heavy weapons used with no fight told; the shelling told first).
  ['On 3 March 2024, government forces used heavy weapons against residential areas of Dorno.', 'Shelling/artillery/missile attack', 'shell.heavy-weapons-used'],
  ['Rebels shelled Arvella on Tuesday, and later fought government troops in the hills.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  // Codebook: Looting/property destruction covers goods seized outside other violence, Disrupted weapons use a weapon seized before
  // use: a non-state armed group that seizes or steals weapons takes goods.
  ['On 3 May 2023, JNIM militants seized weapons and motorcycles from a VDP post in Kessa on Tuesday.', 'Looting/property destruction', 'loot.group-takes-weapons'],
  ['On 3 May 2023, Al Shabaab militants stole rifles and ammunition from a police station in Dorno.', 'Looting/property destruction', 'loot.group-takes-weapons'],
  // Neighbours: Disrupted weapons use (a force seizes them, or they are found), the territory sub-types (a post overrun).
  ['Police seized weapons and ammunition from suspects in Kessa on Tuesday.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Troops seized rifles from Al Shabaab militants near Dorno.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Militants found a cache of weapons near Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Codebook: Disrupted weapons use covers remote violence prevented; an attack named by its artillery ("an artillery attack") is a
  // shelling, so one thwarted is stopped fire, no ground assault fought off.
  ['On 3 May 2023, Military Forces of Ukraine thwarted an artillery attack by Russian forces on Kessa. No casualties were reported.', 'Disrupted weapons use', 'disrupted.intercepted'],
  ['Russian forces launched an artillery attack on Kessa on Tuesday, killing two civilians.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  // Neighbour: Armed clash (an attack thwarted beside shelling: the shells are the attackers' fire).
  ['Troops thwarted an attack on their base near Dorno amid heavy shelling.', 'Armed clash', 'clash.assault-thwarted-beside-shelling'],
  // Codebook: the weapon decides; a "mine" that is fired is a mortar bomb (Shelling), a mine laid or stepped on a landmine.
  ['On 3 May 2023, the border village of Arvella was hit by 12 mines fired by Russian forces. No casualties.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  ['A landmine killed two farmers near Kessa on Tuesday.', 'Remote explosive/landmine/IED', 'explosive.device'],
], '2024-06-10');
