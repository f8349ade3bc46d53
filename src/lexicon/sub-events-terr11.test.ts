import { typingTable } from '../pipeline/events/test-helpers.js';

// terr11 (issue 13): the territory and remote-violence family (ACLED codebook 2023, "Event Types and Sub-Event Types"): who
// now holds a place, and the weapon of a one-sided attack. [report, expected first sub-event type, the rule that types it]:
// invented reports, never evaluation rows (more in test/probes/terr11.jsonl).
typingTable('terr11', [
  // A state force as the subject of a seizing verb read whole ("seized the town") takes the place for the state.
  ['On 4 May 2024, soldiers seized the village of Arvella.', 'Government regains territory', 'territory.state-overtakes'],
  ['On 4 May 2024, rebels seized the village of Arvella.', 'Non-state actor overtakes territory', 'territory.group-seizes-control'],
  // …and the junta only completes the rebels' name, no subject (act-agents.ts ofComplement).
  ["On 4 May 2024, rebels of the junta's rival alliance seized the town of Arvella.", 'Non-state actor overtakes territory', 'territory.group-seizes-control'],
  // A grenade thrown into a crowd or a rally by someone who is no force is a Grenade attack, not the gathering's violence.
  ['On 4 May 2024, a man threw a grenade into a crowd at an opposition rally in Arvella.', 'Grenade', 'grenade.thrown-into-crowd'],
  ['On 4 May 2024, a man hurled a grenade at an opposition rally in Arvella, wounding six.', 'Grenade', 'grenade.thrown-at-gathering'],
  ['On 4 May 2024, protesters threw stones at police during a rally in Arvella.', 'Violent demonstration', 'riot.protest-violence'],
  // Mortars or rockets used within a fight told first are part of the battle.
  ['On 4 May 2024, troops and rebels clashed for hours in Arvella, using mortars and machine guns, leaving six fighters dead.', 'Armed clash', 'clash.fighting-with-rockets'],
  ['On 4 May 2024, mortar rounds landed in a market in Arvella, killing two people.', 'Shelling/artillery/missile attack', 'shell.rocket-harm'],
  // A taking dated before an attack ("two weeks after … retook the town") is its background (attack-background.ts).
  ['On 4 May 2024, rebels attacked an army post in Arvella, two weeks after government forces retook the town.', 'Armed clash', 'clash.militants-attack-forces'],
  ['On 4 May 2024, rebels captured the town of Arvella, two weeks after they attacked it.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
], '2024-05-10');
