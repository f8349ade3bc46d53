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
], '2024-05-10');
