import { typingTable } from '../pipeline/events/test-helpers.js';

// case10x (issue 13): a part of a place taken in a fight is an Armed clash; the place itself taken stays a territory sub-type.
// [report, expected first sub-event type, the rule that types it]: one line a case, invented reports, never evaluation rows
// (more in test/probes/case10x.jsonl).
const CASES: Array<[string, string, string]> = [
  ['On 4 May 2024, rebel fighters attacked army positions in Arvella and captured parts of the town.', 'Armed clash', 'clash.part-taken-in-fight'],
  ['On 4 May 2024, troops liberated parts of Arvella district after fierce clashes with rebels.', 'Armed clash', 'clash.part-taken-in-fight'],
  ['On 4 May 2024, gunmen attacked a police station in Arvella and occupied parts of the compound.', 'Armed clash', 'clash.part-occupied-in-fight'],
  ['On 4 May 2024, dissidents clashed with the army near Arvella and took parts of the rural area.', 'Armed clash', 'clash.part-taken-plain-in-fight'],
  ['On 4 May 2024, rebel fighters captured the town of Arvella after a day of fighting with the army.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  // An attack told first with its dead only as "people", then as the same attackers' assault on a force (group-mentions.ts
  // targetRevealed): one Armed clash; the same lead followed by an attack on civilians stays an Attack.
  ['On 4 May 2024, nine people were killed in an attack by rebels in Arvella. The rebels attacked an army barracks.', 'Armed clash', 'type.attack-target-revealed'],
  ['On 4 May 2024, nine people were killed in an attack by rebels in Arvella. The rebels attacked a village and killed nine civilians.', 'Attack', 'attack.kill-civilians'],
  // A seizure shown in a caption leads no more than weakly (typing.ts DISPLAYED_SEIZURE): the incident told after it leads.
  ['Police display weapons seized from rebels in Arvella, March 2, 2024. Rebels attacked an army post near Arvella on May 4, 2024, killing four soldiers.', 'Armed clash', 'clash.militants-attack-forces'],
  ['On 4 May 2024, police displayed weapons seized from the suspects at a press conference in Arvella.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // The other side of a fight told with its modifiers ("clashed with government troops for hours and captured …") is no subject
  // of the later verb (act-agents.ts modifiedOpponent).
  ['On 4 May 2024, rebel fighters clashed with government troops for hours and captured the town of Arvella.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  // A place taken, told in a clause after a strike, is the strike's background (strike-background.ts).
  ['On 4 May 2024, government warplanes bombed rebel positions in Arvella, a day after the rebels captured the town.', 'Air/drone strike', 'air.strike'],
  ['On 4 May 2024, rebels captured the town of Arvella after government airstrikes on their positions stopped.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
];

typingTable('case10x', CASES, '2024-05-10');
