import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstTypeWithRule } from '../pipeline/events/test-helpers.js';

// clash8 (issue 13): who counts as an armed, organised side (ACLED codebook 2023: an attack on an armed force or group is a
// Battle even when one-sided; violence against people not engaged as combatants is Violence against civilians). A force's
// member told off duty after his noun is such a civilian (target-kind.ts offDutyAsCivilians), as "an off-duty policeman" is;
// armed robbers and robbery or kidnap gangs are an armed side (event-cues ARMED). [report, expected first sub-event type,
// the rule that types it]: one line a case, invented reports, never evaluation rows (more in test/probes/clash8.jsonl).
const CASES: Array<[string, string, string]> = [
  // Off duty, told after the force's noun
  ['On 3 April 2024, a policeman was shot dead by unknown gunmen while off duty in Aba (Abia). 1 fatality.', 'Attack', 'attack.kill-civilians'],
  ['On 9 May 2024, an army officer on leave was killed by gunmen at his home in Jos (Plateau). 1 fatality.', 'Attack', 'attack.kill-civilians'],
  ['On 12 June 2024, gunmen killed a police sergeant who was off duty at the time in Kisumu (Kisumu). 1 fatality.', 'Attack', 'attack.kill-civilians'],
  ['On 3 April 2024, soldiers shot dead a policeman who was off duty in Aba (Abia). 1 fatality.', 'Attack', 'attack.kill-civilians'],
  // …on duty, still a battle
  ['On 3 April 2024, gunmen shot dead a police officer on patrol in Aba (Abia). 1 fatality.', 'Armed clash', 'clash.kill-forces'],
  // Armed robbers and kidnap gangs are an armed side
  ['On 3 April 2024, police shot dead two suspected armed robbers in Owerri (Imo). 2 fatalities.', 'Armed clash', 'clash.kill-forces'],
  ['On 3 April 2024, soldiers killed three members of a kidnap gang in a forest near Kajuru (Kaduna).', 'Armed clash', 'clash.kill-forces'],
  // …and their violence on civilians an attack
  ['On 3 April 2024, armed robbers shot dead a trader in Onitsha (Anambra). 1 fatality.', 'Attack', 'attack.kill-civilians'],
];

const firstWithRule = (text: string) => firstTypeWithRule(text, '2024-12-31');

for (const [text, expected, rule] of CASES) {
  test(`clash8 ${rule}: ${text}`, () => assert.equal(firstWithRule(text), `${expected} / ${rule}`));
}
