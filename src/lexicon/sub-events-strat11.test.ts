import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstTypeWithRule } from '../pipeline/events/test-helpers.js';

// strat11 (issue 13): the strat11 rows (sub-events-strategic.ts) and their neighbours (ACLED codebook 2023, "Event Types and Sub-Event
// Types", Strategic developments). [report, expected first sub-event type, the rule that types it]: one line a case, invented
// reports in ACLED-note and wire styles from Chad, Burundi, Eritrea, Peru, Thailand, Armenia/Azerbaijan, Sri Lanka and elsewhere,
// never evaluation rows.
const CASES: Array<[string, string, string]> = [
  // Change to group/activity: forces moved or displayed (neighbours: a base relocated; weapons shown after a seizure)
  ["On 10 June 2024, the FACT rebel group relocated its fighters from southern Libya to the Tibesti mountains in northern Chad.", "Change to group/activity", "change.forces-relocated"],
  ["Eritrean forces relocated their troops from Zalambessa to positions further north on Tuesday, residents said.", "Change to group/activity", "change.forces-relocated"],
  ["On 17 July 2024, the Burundian army held a parade of troops and armoured vehicles in Gitega to mark independence day.", "Change to group/activity", "change.forces-paraded"],
  ["The Karen National Liberation Army paraded hundreds of fighters in Lay Wah on Sunday to mark its anniversary.", "Change to group/activity", "change.forces-paraded"],
  // Looting/property destruction: a mine that is dug, not laid (neighbours: a landmine cleared; miners killed)
  ["On 3 April 2024, Colombian troops seized and destroyed an illegal gold mine run by the Clan del Golfo in Segovia (Antioquia). No arrests were reported.", "Looting/property destruction", "loot.mine-site-seized"],
  ["On 22 June 2024, Mai-Mai fighters seized a cassiterite mine near Walikale (Nord-Kivu) and expelled the diggers' cooperative.", "Looting/property destruction", "loot.mine-site-seized"],
  ["On 2 March 2024, Indian troops recovered a landmine planted on a road in Kupwara.", "Disrupted weapons use", "disrupted.weapons-seized"],
  // Other: the dead handed back (neighbours: an exchange of bodies is an Agreement; the killing told is the event)
  ["On 6 May 2024, the Russian army handed over the bodies of 45 fallen Ukrainian soldiers to Ukraine.", "Other", "other.remains-handed-over"],
  ["Azerbaijan returned the remains of three Armenian soldiers at the border crossing on Friday, officials said.", "Other", "other.remains-returned"],
  ["The ELN handed over the bodies of two police officers to a humanitarian commission in Arauca on Monday.", "Other", "other.remains-handed-over"],
  // Arrests: under emergency law (neighbour: a coup in which the leader is detained)
  ["Thai police detained a suspected insurgent leader in Yala on Wednesday under martial law, the army said.", "Arrests", "arrest.under-emergency-law"],
  ["Sri Lankan police arrested 40 people in Colombo under emergency regulations on Saturday.", "Arrests", "arrest.under-emergency-law"],
  ["On 26 July 2023, members of the presidential guard detained President Bazoum and announced a coup in Niamey.", "Other", "other.coup-detains"],
];

// No event: accidents (a gas cylinder that accidentally exploded is no bomb gone off early; a new fire no one set).
const NONE: string[] = [
  "A cook was killed when a gas cylinder accidentally exploded at a restaurant in Lubango on Saturday, police said.",
  "A fire destroyed dozens of houses in a village in Cox's Bazar district on Sunday. No one was hurt.",
];

// Not these rows: a base relocated, weapons displayed after a seizure, bodies recovered after a strike.
const NOT: Array<[string, string]> = [
  ["On 4 June 2024, gunmen attacked an artisanal gold mine near Kampti (Poni), killing five miners.", "loot.mine-site-seized"],
  ["The insurgents relocated their headquarters to a forest near Kotido on Monday.", "change.forces-relocated"],
  ["Police displayed rifles and ammunition seized from suspected gang members in Lima on Tuesday.", "change.forces-paraded"],
  ["Rescuers recovered the bodies of six people killed in an air strike on the market of Hodeidah on Sunday.", "other.remains-returned"],
];

const firstWithRule = (text: string) => firstTypeWithRule(text, '2024-10-01');

for (const [text, expected, rule] of CASES) {
  test(`strat11 ${rule}: ${text}`, () => assert.equal(firstWithRule(text), `${expected} / ${rule}`));
}
for (const [text, rule] of NOT) test(`strat11 not ${rule}: ${text}`, () => assert.ok(!firstWithRule(text).endsWith(`/ ${rule}`), firstWithRule(text)));
for (const text of NONE) test(`strat11 no event: ${text}`, () => assert.equal(firstWithRule(text), 'none'));
