// Table tests for townSpelledIn (spellings-in.ts) over the real gazetteer: a name the gazetteer lacks as written meets
// the town of the given province whose name it spells in another romanisation, and nothing else. Each row:
// [name, country, admin1, the gazetteer name expected, or null].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getContext } from '../context.js';
import { townSpelledIn } from './spellings-in.js';

const gaz = getContext().gazetteer;
const CASES: Array<[string, string, string, string | null]> = [
  ['Saraqeeb', 'SY', 'Idlib', 'Sarāqib'], // ee/i in the last syllable
  ['Qamishlie', 'SY', 'Al-Hasakah', 'Al Qāmishlī'], // a final ie/i, the article the gazetteer writes
  ['Qamishly', 'SY', 'Al-Hasakah', 'Al Qāmishlī'], // final y/i
  ['Deir Hafer', 'SY', 'Aleppo', 'Dayr Ḩāfir'], // ei/ay, e/i, a dotted h
  ['Godey', 'ET', 'Somali', null], // Gode: a skeleton of two consonants is too loose even inside a province
  ['Saraqeeb', 'SY', 'Aleppo', null], // the town lies in another province
  ['Zorvatta', 'SY', 'Idlib', null], // no town of that skeleton
  ['Hit', 'SY', 'Idlib', null], // too short to tell places apart
  ['Socopo', 'VE', 'Barinas', null], // a Spanish name: no loose romanisation there
];
for (const [name, cc, admin1, expected] of CASES) {
  test(`spelled in ${admin1}: ${name}`, () => {
    const e = townSpelledIn(gaz, name, cc, admin1, null, 0);
    assert.equal(e === null ? null : gaz.nameOf(e), expected);
  });
}
