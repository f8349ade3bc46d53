import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle, typingTable } from '../pipeline/events/test-helpers.js';

// clash8 (issue 13): who counts as an armed, organised side (ACLED codebook 2023: an attack on an armed force or group is a
// Battle even when one-sided; violence against people not engaged as combatants is Violence against civilians). A force's
// member told off duty after his noun is such a civilian (target-kind.ts offDutyAsCivilians), as "an off-duty policeman" is;
// armed robbers and robbery or kidnap gangs are an armed side (event-cues ARMED); prison, customs, intelligence and wildlife
// services are state forces (STATE_FORCE). A road blocked with tyres, rubble or branches, or roadblocks the demonstrators erect,
// is a Violent demonstration (codebook: "road-blocking using barricades, burning tires, or other material"; RIOT_WEAK). [report, expected first sub-event type,
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
  // The state's other armed services (prison, customs, intelligence, wildlife) are state forces
  ['On 4 March 2024, gunmen killed two prison wardens in Kuje (FCT). 2 fatalities.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 March 2024, suspected militants killed two park rangers in Yankari (Bauchi). 2 fatalities.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 March 2024, gunmen killed a customs officer at the border post in Seme (Lagos). 1 fatality.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 March 2024, unknown assailants shot dead an intelligence officer in Quetta (Balochistan). 1 fatality.', 'Armed clash', 'clash.kill-forces'],
  // A road blocked with tyres, rubble or branches, or roadblocks the demonstrators erect: the codebook's "other material"
  ['On 4 March 2024, residents blocked the road with tyres in Kisii to protest power cuts.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['On 4 March 2024, residents erected roadblocks on the highway in Tulear to protest water shortages.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['On 4 March 2024, residents blocked the national road with rubble and branches in Ambanja, demanding electricity.', 'Violent demonstration', 'riot.roadblock-and-violence'],
  // …not tyres named in what is protested
  ['On 4 March 2024, taxi drivers protested in Lome against the price of tyres.', 'Peaceful protest', 'protest.gathering'],
  // A place told after "near"/"in" a seizing verb is where, not what was taken (typing.ts placeWhereNotWhat)
  ['On 4 March 2024, militants beheaded a soldier they had captured near Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 March 2024, militants executed two soldiers captured in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 March 2024, rebels captured Arvella after heavy fighting.', 'Non-state actor overtakes territory', 'territory.group-takes-named-place'],
  // "local" before a rank "of" a force is the force's own member (hit-readings.ts localRanks)
  ['On 4 March 2024, unidentified gunmen killed a local leader of the militia in Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 March 2024, unidentified gunmen killed a local shopkeeper in Arvella. 1 fatality.', 'Attack', 'attack.kill-civilians'],
  // …and their violence on civilians an attack
  ['On 3 April 2024, armed robbers shot dead a trader in Onitsha (Anambra). 1 fatality.', 'Attack', 'attack.kill-civilians'],
];

typingTable('clash8', CASES, '2024-12-31');

// Property looted or destroyed and people harmed in the same story are one incident of violence (codebook: Looting/property
// destruction is destruction with no other violence): the looting joins the attack told after it (group-sites.ts family) and
// an incident read as looting that carries dead or injured is an Attack (index.ts harmOutranksLooting).
// [report, expected first sub-event type, number of incidents]
const HARM_CASES: Array<[string, string, number]> = [
  ['On 5 May 2024, armed men set fire to two trucks of a construction company in Collipulli. One driver was injured by a gunshot.', 'Attack', 1],
  ['On 5 May 2024, gunmen attacked a market in Bama (Borno). Two traders were killed.', 'Attack', 1],
  // …no one harmed: property destruction
  ['On 5 May 2024, armed men set fire to two trucks of a construction company in Collipulli.', 'Looting/property destruction', 1],
];
for (const [text, expected, n] of HARM_CASES) {
  test(`clash8 type.harm-outranks-looting: ${text}`, () => {
    const events = readArticle(text, '2024-12-31').events;
    assert.equal(events.length, n);
    assert.equal(events[0].subEventType, expected);
    if (expected === 'Attack') assert.ok(events[0].why?.type?.some((r) => r.rule === 'type.harm-outranks-looting'));
  });
}
