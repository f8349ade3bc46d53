import { typingTable } from '../pipeline/events/test-helpers.js';

// batt15b (issue 13): misreadings found by invented reports (ACLED codebook 2023, "Event Types and Sub-Event Types").
// [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows (more in
// test/probes/batt15b.jsonl).
typingTable('batt15b', [
  // Codebook: an attack on a military post repelled is an Armed clash; INTERCEPT's repel words read it as a weapon stopped when
  // rifles or shelling were told beside it.
  ['Troops armed with rifles repelled an assault on their base near Kessa on Tuesday, the military said.', 'Armed clash', 'clash.ground-assault-repelled'],
  ['Government forces repelled a rebel offensive on the town of Kessa on Friday amid heavy shelling, residents said.', 'Armed clash', 'clash.ground-assault-repelled'],
  ['Militants shelled an army position in Dorno on Saturday before troops repelled the attack, the army said.', 'Armed clash', 'clash.ground-assault-repelled'],
  // Neighbours: a drone, missile or rocket attack repelled is a weapon stopped.
  ['Air defences repelled a drone attack on Arvella on Monday, the army said.', 'Disrupted weapons use', 'disrupted.intercepted'],
  ['Soldiers repelled a missile attack on Dorno on Wednesday, the ministry said.', 'Disrupted weapons use', 'disrupted.intercepted'],
  ['Troops intercepted a truck loaded with rifles and ammunition near Kessa on Monday, the army said.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Codebook: Change to group/activity covers troop movements; entering a place alone hands nothing over.
  ['Troops entered the town of Arvella on Monday, residents said.', 'Change to group/activity', 'change.force-entered'],
  ['Soldiers entered the village on Monday.', 'Change to group/activity', 'change.force-entered'],
  // Neighbours: the place left by the other side or handed over (a transfer), or taken in a fight.
  ['Troops entered the town after the rebels withdrew.', 'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
  ['Rebel fighters entered the capital Qorvenna on Sunday as the president fled the country.', 'Non-violent transfer of territory', 'transfer.entered'],
  // Codebook: detentions by non-state armed groups are abductions, not arrests.
  ['Rebels captured two soldiers near Dorno on Monday.', 'Abduction/forced disappearance', 'abduction.group-captures-people'],
  // Neighbour: a state force's capture is an arrest.
  ['Police arrested two suspected militants in Arvella on Thursday.', 'Arrests', 'arrest.by-state'],
  // Codebook: Abduction/forced disappearance is the taking of people; a vehicle hijacked with people aboard takes them.
  ['Armed men hijacked a minibus near Arvella on Sunday and later released the passengers, police said.', 'Abduction/forced disappearance', 'abduction.vehicle-hijacked-with-people'],
  ['Gunmen hijacked a bus carrying 30 passengers near Kessa on Monday, police said.', 'Abduction/forced disappearance', 'abduction.vehicle-hijacked-with-people'],
  // Neighbour: a vehicle with goods only is property taken.
  ['Gunmen hijacked a truck loaded with food near Kessa on Monday.', 'Looting/property destruction', 'loot.seized-goods'],
  // Codebook: one side's release of those it holds, with no taking told, is Other.
  ['Gunmen freed 12 passengers they had held for three days near Dorno on Saturday, police said.', 'Other', 'other.group-frees-held-people'],
  // Codebook: the weapon decides: rockets that damage an aircraft on the ground are shelling.
  ['Militants fired rockets at the airport in Dorno on Tuesday, damaging a parked aircraft, officials said.', 'Shelling/artillery/missile attack', 'shell.aircraft-hit-on-ground'],
  // Neighbours: an aircraft that strikes.
  ['A drone fired missiles at the airport in Kessa, destroying two aircraft.', 'Air/drone strike', 'air.aircraft-harm'],
  ['Warplanes bombed the airport in Dorno on Friday, destroying two aircraft on the runway.', 'Air/drone strike', 'air.strike'],
  // Codebook: a side that takes a location by force; a side driven out of a place the gazetteer does not know.
  ['Rebels drove out the army from Qorvenna on Thursday, residents said.', 'Non-state actor overtakes territory', 'territory.group-drives-side-from'],
  ['The army drove the rebels out of Qorvenna on Monday, the military said.', 'Government regains territory', 'territory.state-drives-group-from'],
  // Neighbours: a crowd repels attackers (no organised armed side); a vehicle hijacked and its passengers killed.
  ['Villagers repelled an attack by cattle raiders on Kessa on Monday, killing two of the raiders.', 'Mob violence', 'mob.crowd-kills-anyone'],
  // Codebook: an attack on a state force is an Armed clash; "military convoy" read whole hid the force.
  ['A military convoy was attacked near Arvella on Monday, officials said.', 'Armed clash', 'clash.force-convoy-attacked'],
  ['Gunmen attacked a military convoy on the road to Kessa on Tuesday.', 'Armed clash', 'clash.force-convoy-attacked'],
  // Neighbours: a bomb on the convoy (the weapon decides); the convoy only moving.
  ['A roadside bomb struck a military convoy near Dorno on Wednesday, the army said.', 'Remote explosive/landmine/IED', 'explosive.device'],
  ['A military convoy arrived in Arvella on Thursday, residents said.', 'Change to group/activity', 'change.convoy-moves'],
  // Codebook: an attack repelled is an Armed clash; "thwarted" or the attackers repelled, with shelling told beside.
  ['Soldiers thwarted a rebel assault on Dorno amid heavy shelling on Monday, the army said.', 'Armed clash', 'clash.assault-thwarted-beside-shelling'],
  ['Troops repelled the attackers after militants shelled the base near Kessa on Tuesday.', 'Armed clash', 'clash.attackers-repelled-beside-shelling'],
  // Neighbour: shelling with no one fighting it off.
  ['Rebels shelled the town of Arvella on Wednesday, killing three civilians, residents said.', 'Shelling/artillery/missile attack', 'shell.artillery'],
], '2024-05-10');
