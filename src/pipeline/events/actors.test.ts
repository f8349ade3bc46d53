import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './index.js';
import { docOf } from './test-helpers.js';

const actors = (text: string) => {
  const e = findEvents(docOf(text, '2024-05-10'), [], [], {} as any).events[0];
  return e ? `${e.actor1?.name ?? '-'} | ${e.actor2?.name ?? '-'} | ${e.actor1?.country ?? '-'}` : 'no event';
};

// [sentence, "actor1 | actor2 | actor1 country"] — invented wording.
const CASES: Array<[string, string]> = [
  ['Israel allegedly launched airstrikes on a weapons depot.', 'Military Forces of Israel | - | IL'],
  ['Russian warplanes bombed a hospital in the northern province.', 'Military Forces of Russia | - | RU'],
  ['Five soldiers were killed in Taliban attacks on two checkpoints.', 'Taliban | Military Forces | AF'],
  ['Hezbollah fighters fired rockets at an army post.', 'Hezbollah | Military Forces | LB'],
  ['Al-Shabaab militants ambushed a convoy of Kenyan troops.', 'Al-Shabaab | Military Forces of Kenya | SO'],
  ['A drone strike by the Houthis hit an oil facility.', 'Houthis (Ansar Allah) | - | YE'],
  ['Gunmen killed four villagers in an overnight raid.', 'Unidentified Armed Group | Civilians | -'],
  ['Fighting between the army and rebel fighters broke out in the capital.', 'Military Forces | Rebels | -'],
  ["The IRA's Derry brigade detonated two bombs in the town centre.", 'Irish Republican Army | - | GB'],
  ['Warplanes flown by Iranian forces pounded a ridge overnight.', 'Military Forces of Iran | - | IR'],
  ['A missile strike blamed on Iranian forces destroyed a warehouse.', 'Military Forces of Iran | - | IR'],
];

for (const [sentence, expected] of CASES) {
  test(`actors: ${sentence}`, () => assert.equal(actors(sentence), expected));
}
