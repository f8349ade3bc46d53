import { typingTable } from '../pipeline/events/test-helpers.js';

// dwu12 (issue 13): a mine dug and a mine laid, and ordnance of a past war (ACLED codebook 2023, "Event Types and Sub-Event
// Types", Strategic developments). [report, expected first sub-event type, the rule that types it]: invented reports, never
// evaluation rows (more in test/probes/dwu12.jsonl).
typingTable('dwu12', [
  // Codebook: Looting/property destruction covers destroying property; a bare "mine" in a story of digging is a mining site
  // (dug-mines.ts), so its seizure or destruction is no weapon seized or made safe.
  ['Soldiers seized a mine belonging to the gang near Arvella on Sunday; the mine earned it millions in gold every month.', 'Looting/property destruction', 'loot.mine-site-seized'],
  ['Troops destroyed a mine run by the gang near Arvella on Tuesday and seized two excavators.', 'Looting/property destruction', 'loot.mine-site-destroyed'],
  ['Troops dismantled a mine operated by illegal miners near Arvella. No one was hurt.', 'Looting/property destruction', 'loot.mine-site-dismantled'],
  ['Illegal miners were evicted near Arvella on Friday and the army blew up their mine.', 'Looting/property destruction', 'loot.mine-site-blown-up'],
  // Neighbours: Disrupted weapons use (a laid mine found or cleared: a word of a laid mine keeps "mine" a weapon).
  ['Police found a mine buried on a road near Arvella and defused it.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Army deminers cleared three anti-personnel mines from a field near Arvella on Tuesday.', 'Disrupted weapons use', 'disrupted.weapons-cleared'],
  // Codebook: Other covers significant developments of no other kind, such as ordnance of a past war going off; the fighting
  // told with its decade is that war's, and "accidentally" or "in the 1980s" tell what the blast is, not that it is none.
  ['On 5 May 2024, villagers accidentally stepped on a landmine near Arvella. The explosion killed one. The landmine exploded in an area where fighting occurred in the 1980s.', 'Other', 'other.ordnance-of-past-fighting'],
  ['Two children were injured near Arvella on Saturday when a cluster bomb dropped during the Vietnam War exploded.', 'Other', 'other.legacy-ordnance'],
  // Neighbour: Remote explosive/landmine/IED (a device of today's war, with no past war named).
  ['On 5 May 2024, a landmine planted by the rebels killed a soldier on patrol near Arvella.', 'Remote explosive/landmine/IED', 'explosive.device'],
  // Codebook: Looting/property destruction covers seizing goods; a depot or packages whose modifier names goods hold those goods
  // (goods-containers.ts), while a depot of weapons stays a weapons seizure (Disrupted weapons use).
  ['Militants seized a fuel depot belonging to a trading company near Arvella. No one was hurt.', 'Looting/property destruction', 'loot.seized-goods'],
  ['Soldiers at a checkpoint near Arvella confiscated medicine packages from aid workers on Thursday.', 'Looting/property destruction', 'loot.seized-goods'],
  ['Border guards seized a depot of weapons and ammunition hidden in a barn near Arvella.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Codebook: Disrupted weapons use covers rockets and missiles intercepted; a launch told first and all of it intercepted in
  // the next sentence is that disrupted use (intercepted-after.ts); a part intercepted, or harm done, leaves the strike.
  ['Militants fired two rockets at Arvella on Tuesday. Both were intercepted by the air defence system, the army said.', 'Disrupted weapons use', 'type.projectile-intercepted-after'],
  ['Rebels fired a missile at Arvella on Sunday. Air defences intercepted and destroyed it over the city.', 'Disrupted weapons use', 'type.projectile-intercepted-after'],
  ['Rebels fired six rockets at Arvella on Sunday. Air defences shot down four of them, the governor said.', 'Shelling/artillery/missile attack', 'shell.rocket-harm'],
], '2024-06-10');
