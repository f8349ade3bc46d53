import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from '../pipeline/events/index.js';
import { docOf } from '../pipeline/events/test-helpers.js';

const read = (text: string) => findEvents(docOf(text, '2024-05-10'), [], [], {} as any).events[0];

// [sentence, expected first sub-event type, the rule expected to type it] — invented wording, one line a case.
const CASES: Array<[string, string, string]> = [
  ['The rebels entered the provincial capital without a fight after the garrison fled.', 'Non-violent transfer of territory', 'transfer.taken-without-fight'],
  ['Government troops took control of the port town unopposed on Tuesday.', 'Non-violent transfer of territory', 'transfer.taken-without-fight'],
  ['The peacekeeping mission handed control of the airport to the national army.', 'Non-violent transfer of territory', 'transfer.handover'],
  ['Troops dislodged the militants from two hillside villages near the border after a day of clashes.', 'Government regains territory', 'territory.state-drives-out'],
  ['The rebels ousted government troops from the border town on Monday.', 'Non-state actor overtakes territory', 'territory.group-drives-out'],
  ['A new militia has been formed in the eastern province to fight the insurgents.', 'Change to group/activity', 'change.group-founded'],
  ['Tribal leaders set up a self-defence force in the district.', 'Change to group/activity', 'change.group-founded'],
  ['The rebels sent more fighters and heavy weapons to the front near the dam.', 'Change to group/activity', 'change.forces-sent'],
  ['The government rushed troops to the northern province on Sunday.', 'Change to group/activity', 'change.forces-sent'],
  ['Security services intercepted three suspected members of an armed cell near the capital.', 'Arrests', 'arrest.suspects-intercepted'],
  ['Residents organized a protest in front of the town hall over water cuts.', 'Peaceful protest', 'protest.gathering'],
  ['Rebel fighters took the district capital on Thursday, a local official said.', 'Non-state actor overtakes territory', 'territory.group-takes-place-plain'],
  ['The army secured the coastal town after the insurgents fled.', 'Government regains territory', 'territory.state-takes-place-plain'],
  ['The ceremony took place in the village square on Sunday.', 'none', 'none'],
  ['Engineers identified two unexploded mortar rounds buried near the school.', 'Disrupted weapons use', 'disrupted.weapons-found'],
  ['Regional mediators brokered a deal between the two clans on Saturday.', 'Agreement', 'agreement.reached'],
  ['The insurgents have established a training camp in the hills above the valley.', 'Headquarters or base established', 'base.established-presence'],
  ['Mutineers seized power in the capital and dissolved the government.', 'Other', 'other.coup'],
  ['Customs officers intercepted a shipment of rifles at the port.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
];

for (const [text, want, rule] of CASES) test(`case4 rules: ${text}`, () => {
  const e = read(text);
  assert.equal(e?.subEventType ?? 'none', want);
  assert.equal(e?.why?.type?.[0]?.rule ?? 'none', rule);
});

// [sentence, expected first sub-event type] — synonyms added to the sexual-violence and chemical-weapon cues.
const WORDS: Array<[string, string]> = [
  ['A militia commander was accused of defiling a 14-year-old girl in the camp.', 'Sexual violence'],
  ['Fighters held women as sex slaves in the captured villages.', 'Sexual violence'],
  ['Residents said the shells released a choking agent over the suburb, killing four.', 'Chemical weapon'],
  ['Doctors treated dozens for exposure to nerve gas after the rocket attack.', 'Chemical weapon'],
  ['Thousands of students were marching through the capital to demand free tuition.', 'Peaceful protest'],
];
for (const [text, want] of WORDS) test(`case4 words: ${text}`, () => assert.equal(read(text)?.subEventType ?? 'none', want));

