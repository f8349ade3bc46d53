import { typingTable } from '../pipeline/events/test-helpers.js';

// recall14 (issue 13): reports read as no event at all, and their near neighbours (ACLED codebook 2023, "Event Types and
// Sub-Event Types": the weapon decides Shelling/artillery/missile attack; Disrupted weapons use is explosives destroyed or
// weapons recovered; Other covers displacement; territory taken or retaken; Headquarters or base established; Looting/property
// destruction outside other violence). [report, expected first sub-event type, the rule that types it]: invented reports,
// never evaluation rows (more in test/probes/recall14.jsonl).
typingTable('recall14', [
  // A long-range weapon as the instrument of the act, whatever the verb.
  ['Insurgents pummelled an army base near Mueda with mortars on Monday night.', 'Shelling/artillery/missile attack', 'shell.weapon-instrument'],
  // A launching verb in the headline's present tense, the weapon its object.
  ['Rebels rain mortars on army camp in Arvella', 'Shelling/artillery/missile attack', 'shell.weapon-launched'],
  // Neighbours: a weapon carried, a drill, a threat: no event.
  ['Militants armed with rockets and mortars were seen near Kessa.', 'none', ''],
  ['Troops held a live-fire drill with mortars and artillery near Arvella on Tuesday.', 'none', ''],
  ['The rebel leader threatened to pound the capital with rockets if talks fail.', 'none', ''],
  // A foiling governs its own object, not a verb coordinated after a comma.
  ['Army averts major tragedy, destroys IED on highway in Pulwama.', 'Disrupted weapons use', 'disrupted.weapons-cleared'],
  ['Army foils infiltration bid, recovers arms and ammunition', 'Disrupted weapons use', 'disrupted.weapons-found'],
  // A finding participle before a place is no claim of a finding.
  ['Soldiers detonated three IEDs found on the side of a road in Tarmiyah.', 'Disrupted weapons use', 'disrupted.force-detonates-device'],
  // Headline present tense: driving a side out, people fleeing, a base opened.
  ['Troops push Islamic State out of village near Mosul', 'Government regains territory', 'territory.state-drives-out'],
  ['Thousands flee as violence spreads in Cabo Delgado', 'Other', 'other.people-fled'],
  ['Villagers abandon homes as militants advance on Kessa', 'Other', 'other.people-fled'],
  ['Thousands flee as floods spread in Kessa', 'none', ''],
  ['Residents of Kessa are fleeing in their thousands as the militants close in.', 'Other', 'other.people-fled'],
  // WordNet's "uproot" beside "displace": people moved forcibly from their homes.
  ['Thousands of villagers have been uprooted by fighting near Kessa, officials said.', 'Other', 'other.displacement'],
  ['Rebels open new base near border', 'Headquarters or base established', 'base.established'],
  // Neighbour: a present-tense "fire" with no armed side as its subject is no launching.
  ['Fire rockets and missiles were displayed at a military parade in Kessa.', 'none', ''],
  // Holding a place now, the state a taking leaves.
  ['The insurgents now hold the whole district after a week-long offensive.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  ['The army plans to push the insurgents out of the district before the rainy season.', 'none', ''],
  // A threat done, told beside the act it came with.
  ['On 3 May 2024, militiamen threatened and beat farmers in Arvella.', 'Attack', 'attack.assault-civilians'],
  // An armed side that burns property, no one harmed.
  ['On 3 May 2024, militants burned the house of a village chief in Arvella.', 'Looting/property destruction', 'loot.armed-side-burns'],
  // Territory told as a state: back under government control, in a group's hands, freed, back in control of a place.
  ['Dorno is back under government control after the militants were routed, officials said.', 'Government regains territory', 'territory.back-to-state'],
  ['Arvella under rebel control after days of fighting', 'Non-state actor overtakes territory', 'territory.under-group-control'],
  ['Government forces freed Arvella from the militants on Sunday.', 'Government regains territory', 'territory.state-frees-place'],
  ['The army is back in control of Arvella after a fierce battle.', 'Government regains territory', 'territory.state-back-in-control'],
  ['Troops are back in control of the town after a fierce battle with the rebels.', 'Government regains territory', 'territory.state-back-in-control-of-town'],
  // Neighbours: violence in a place a group holds is that violence; a place's state with no taking is none; hostages freed.
  ['Government artillery hit Arvella, a town under rebel control, on Monday.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  ['The army said the situation in Dorno was back in control of the authorities.', 'none', ''],
  ['The president vowed to free Arvella from the terrorists.', 'none', ''],
  // A force digging in; the idiom is none.
  ['Troops dug in on the outskirts of Kessa on Tuesday.', 'Change to group/activity', 'change.force-digs-in'],
  ['Opposition leaders dug in their heels over the election law on Tuesday.', 'none', ''],
  ['Protesters dug in outside parliament in Kessa on Monday as police looked on, demanding the minister resign.', 'Peaceful protest', 'protest.gathering'],
  // A place made a group's headquarters; a device made safe.
  ['The rebels have made the town their new headquarters.', 'Headquarters or base established', 'base.building-used'],
  ['The explosive device was made safe by army technicians in Dorno.', 'Disrupted weapons use', 'disrupted.defused'],
], '2024-05-10');
