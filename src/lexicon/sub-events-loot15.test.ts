import { typingTable } from '../pipeline/events/test-helpers.js';

// loot15 (issue 13): what is seized or destroyed decides between Looting/property destruction and Disrupted weapons use, and the
// weapon that fired decides Shelling/artillery/missile attack (ACLED codebook 2023, "Event Types and Sub-Event Types").
// [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows (more in
// test/probes/loot15.jsonl).
typingTable('loot15', [
  // Codebook: Disrupted weapons use is about weapons; an aircraft that carries none (reconnaissance, surveillance, spy) shot down
  // is property destroyed (UNARMED_AIRCRAFT, read whole, so its "drone" is no weapon).
  ['On 4 March 2024, army air defences shot down a reconnaissance drone belonging to the rebels over the Kessa front. No casualties were reported.', 'Looting/property destruction', 'loot.unarmed-aircraft-downed'],
  ['Government troops said they downed a surveillance drone operated by the militia near Dorno on Tuesday.', 'Looting/property destruction', 'loot.unarmed-aircraft-downed'],
  ['On 11 June 2024, fighters of the Arvella Liberation Front shot down an army spy drone flying over their positions east of Kessa.', 'Looting/property destruction', 'loot.unarmed-aircraft-downed'],
  // Neighbours: Disrupted weapons use (an armed drone or a missile intercepted).
  ['On 19 May 2024, the army shot down an explosive-laden drone launched by the militia at its base in Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['On 7 June 2024, the army shot down a militia drone carrying explosives over Arvella before it could reach its target.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['On 2 April 2024, air defences intercepted a ballistic missile fired by the rebels towards Dorno. No damage was reported.', 'Disrupted weapons use', 'disrupted.intercepted'],
  // Codebook: Looting/property destruction is property destroyed or attacked with no other violence; an oil or gas installation
  // (PROPERTY) attacked, with no one harmed, told actively or in the passive.
  ['Unidentified armed men attacked the Kessa oil field on Sunday.', 'Looting/property destruction', 'loot.attack-on-property'],
  ['On 5 May 2024, in Dorno, the Kessa oil field was attacked by unidentified armed men.', 'Looting/property destruction', 'loot.attack-on-property'],
  // Neighbours: Armed clash (the forces guarding it attacked), the territory sub-types (the field taken).
  ['Rebels attacked the army positions guarding the Kessa oil field on Sunday.', 'Armed clash', 'clash.militants-attack-forces'],
  ['Government forces retook the Kessa oil field from the rebels on Sunday.', 'Government regains territory', 'territory.state-takes-place'],
  // Codebook: Shelling/artillery/missile attack is fire from afar, the weapon decides; a grenade launcher fires its grenade as an
  // RPG does (SHELL reads it whole), while Grenade is a hand-thrown explosive.
  ['On 3 May 2024, Russian-backed separatists used 120mm mortars and grenade launchers against Ukrainian positions near Kessa.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  ['On 3 May 2024, separatists fired at army positions near Kessa with automatic grenade launchers.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  // Neighbours: Disrupted weapons use (launchers seized: WEAPON_SEIZE reads the same phrase), Grenade (thrown by hand).
  ['On 3 May 2024, police seized two grenade launchers and 30 rifles in a raid in Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['On 3 May 2024, an unknown man threw a hand grenade at a shop in Kessa, wounding the owner.', 'Grenade', 'grenade.thrown'],
  // Codebook: Shelling/artillery/missile attack is fire from afar whatever is hit; shells or a rocket told with the fire they
  // set are that shelling, no property destruction.
  ['On 3 May 2024, Houthi mortar shells set fire to a farm in Hays.', 'Shelling/artillery/missile attack', 'shell.projectile-burns'],
  ['On 3 May 2024, a rebel rocket burned a house in Kessa.', 'Shelling/artillery/missile attack', 'shell.projectile-burns'],
  // Neighbour: Looting/property destruction (houses burned by people, no projectile told).
  ['On 3 May 2024, the militia burned houses in Kessa. No one was hurt.', 'Looting/property destruction', 'loot.stolen'],
  // The drone's task told apart from it (RECON_TASK): no weapon downed.
  ['On 3 May 2024, pro-government forces shot down a rebel drone that was carrying out reconnaissance over Kessa.', 'Looting/property destruction', 'loot.recon-drone-downed'],
  ['On 3 May 2024, the army downed a rebel drone on a surveillance mission near Kessa.', 'Looting/property destruction', 'loot.recon-drone-downed'],
  // Neighbour: Disrupted weapons use (the drone carried explosives, or nothing tells its task).
  ['On 3 May 2024, the army shot down an explosive-laden drone on a reconnaissance mission near Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['On 3 May 2024, the rebels shot down a drone of the army near Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Codebook: Looting/property destruction covers seizing goods such as livestock; an abducting verb whose object is livestock or
  // goods takes property; an authority that impounds property seizes it (WordNet impound.v).
  ['On 3 May 2024, gunmen kidnapped 50 cows belonging to herders in Kessa.', 'Looting/property destruction', 'loot.goods-abducted'],
  ['On 3 May 2024, police impounded 20 trucks belonging to a company linked to the opposition in Kessa.', 'Looting/property destruction', 'loot.seized-goods'],
  // Neighbours: Abduction/forced disappearance (people taken beside the goods), Disrupted weapons use (weapons impounded).
  ['On 3 May 2024, bandits kidnapped two farmers and rustled their cattle in Kessa.', 'Abduction/forced disappearance', 'abduction.kidnap'],
  ['On 3 May 2024, police impounded a vehicle carrying rifles and ammunition in Kessa.', 'Disrupted weapons use', 'disrupted.weapons-found'],
  // Codebook: Shelling is fire from afar; Disrupted weapons use is a weapon stopped. Shelling told beside a finding word whose
  // object is no weapon (a camp found, a body recovered) is the shelling.
  ['On 3 May 2024, the army shelled a rebel camp discovered near Kessa.', 'Shelling/artillery/missile attack', 'shell.shelled-beside-discovery'],
  ['On 3 May 2024, regime forces shelled Kessa; rescue workers found a body under the rubble.', 'Shelling/artillery/missile attack', 'shell.shelled-beside-discovery'],
  // Neighbours: Disrupted weapons use (shells or ordnance found, an attack intercepted).
  ['On 3 May 2024, the army found 20 artillery shells hidden in a house in Kessa.', 'Disrupted weapons use', 'disrupted.intercepted'],
  ['On 3 May 2024, the army found unexploded artillery shells in a field near Kessa.', 'Disrupted weapons use', 'disrupted.intercepted'],
  ['On 3 May 2024, air defences intercepted a rocket attack on Kessa.', 'Disrupted weapons use', 'disrupted.intercepted'],
  // Codebook: Change to group/activity covers security measures and troop movements; a force or armed group that blocks a road,
  // conducts a sweep with no contact, or whose convoy arrives somewhere.
  ['On 3 May 2024, an armed group blocked the road between Kessa and Dorno, preventing aid trucks from passing.', 'Change to group/activity', 'change.armed-side-blocks-road'],
  ['On 3 May 2024, the army conducted a clearing operation in the forest near Kessa. No contact with militants was reported.', 'Change to group/activity', 'change.operation-conducted'],
  ['On 3 May 2024, a military convoy of 30 vehicles arrived in Kessa.', 'Change to group/activity', 'change.convoy-moves'],
  // Neighbours: Peaceful protest (people who block a road), Arrests and Armed clash (the operation detains or kills).
  ['On 3 May 2024, residents blocked the road between Kessa and Dorno to protest against power cuts.', 'Peaceful protest', 'protest.gathering'],
  ['On 3 May 2024, police carried out a search operation in Kessa and arrested 12 suspects.', 'Arrests', 'arrest.by-state'],
  // Codebook: Looting/property destruction covers goods seized; an armed group that levies taxes on people takes their goods.
  ['On 3 May 2024, Al Shabaab militants levied taxes on farmers in Kessa.', 'Looting/property destruction', 'loot.armed-group-taxes'],
  // Codebook: Shelling is fire from afar, told by where the projectile fell; "landed in" (also ARRIVE's) is read by LANDED too.
  ['Several rockets landed in the town of Kessa on Thursday evening, damaging houses; there were no casualties.', 'Shelling/artillery/missile attack', 'shell.projectile-landed'],
  // Neighbours: Change to group/activity (troops, or a shipment of arms, that land or arrive), Disrupted weapons use (seized).
  ['On 3 May 2024, a plane carrying 200 troops landed in Kessa.', 'Change to group/activity', 'change.forces-arrive'],
  ['On 3 May 2024, a shipment of rockets and missiles for the army landed at Kessa airport.', 'Change to group/activity', 'change.arms-shipment-arrives'],
  ['On 3 May 2024, the navy seized a shipment of rockets bound for the rebels off Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Codebook: Other covers movements of displaced people; migrants or refugees expelled by an authority are sent back.
  ['On 4 May 2024, 40 migrants were expelled from Kessa by the authorities.', 'Other', 'other.uprooted-expelled'],
  // Neighbour: Arrests (their leaders detained beside it).
  ['On 4 May 2024, police expelled 30 refugees from a camp in Kessa and arrested their leaders.', 'Arrests', 'arrest.by-state'],
  // Codebook: Shelling is fire of artillery, mortars and rockets; rounds told by a mortar's or gun's calibre (60 to 240 mm).
  ['On 5 May 2024, the army fired 120mm rounds at militia positions in Kessa.', 'Shelling/artillery/missile attack', 'shell.rocket-harm'],
  // Neighbour: Disrupted weapons use (small-arms ammunition or mortar bombs seized or found).
  ['On 5 May 2024, police seized 500 rounds of 7.62 mm ammunition in Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['On 5 May 2024, soldiers found ten 60mm mortar bombs in a house in Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Neighbour: Disrupted weapons use (a reconnaissance drone said to be armed is a weapon: read whole by WEAPON_SEIZE and AIR_WEAK).
  ['On 4 March 2024, air defences shot down an armed reconnaissance drone that had entered the airspace near Kessa.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
], '2024-05-10');
