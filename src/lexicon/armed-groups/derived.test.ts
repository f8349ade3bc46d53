// The lists derived from the one armed-group table: the typing cues, the source kinds, the place stop list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAMED_GROUPS } from './index.js';
import { CUES, LOWERCASE_GROUP_ACRONYMS } from '../event-cues.js';
import { ARMED_GROUP_MARKERS } from '../source-kinds.js';
import { NOT_PLACES } from '../../pipeline/places/lexicon.js';

test('each lower-case acronym the cue matcher holds is an acronym of a named group', () => {
  const acronyms = new Set(NAMED_GROUPS.flatMap((g) => (g.acronyms ?? []).map((a) => a.toLowerCase())));
  assert.deepEqual(LOWERCASE_GROUP_ACRONYMS.filter((a) => !acronyms.has(a)), []);
});

test('every alias of a non-state armed group is an armed-party cue', () => {
  const armed = new Set<string>(CUES.ARMED), militant = new Set<string>(CUES.MILITANT);
  for (const g of NAMED_GROUPS.filter((x) => x.inter >= 2 && x.inter <= 4)) for (const a of g.aliases) {
    assert.ok(armed.has(a) && militant.has(a), `${g.id}: ${a}`);
  }
});

// name, text, is an armed group's (its spokesman is neither government nor military)
const SOURCES: [string, boolean][] = [
  ['a Hamas spokesman', true],
  ['an al-Qaeda commander', true],
  ['an official of the Kurdistan Workers\' Party', true],
  ['the HTS official', true],
  ['an RSF commander', true],
  ['an army spokesman', false],
  ['an official said it is so', false],
];
for (const [text, armed] of SOURCES) {
  test(`source kind: "${text}" names an armed group: ${armed}`, () => assert.equal(ARMED_GROUP_MARKERS.test(text), armed));
}

test('named groups are no places, by their folded aliases', () => {
  for (const key of ['hamas', 'hezbollah', 'al qaeda', 'boko haram', 'taliban']) assert.ok(NOT_PLACES.has(key), key);
});
