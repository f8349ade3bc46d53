import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropTotals } from './mentions.js';
import { readFigures } from './counting.js';
import { wordsOf } from './typing.js';
import { docOf } from './test-helpers.js';

const figures = (text: string) => {
  const doc = docOf(text);
  return dropTotals(readFigures(doc.tokens, wordsOf(doc.tokens), 0, doc.tokens.length)).map((f) => `${f.kind} ${f.figure.best}`);
};

// [sentence, figures as "kind best"] — invented wording.
const CASES: Array<[string, string[]]> = [
  ['Nine fighters were killed in the raid.', ['dead 9']],
  ['The blast killed at least 17 people.', ['dead 17']],
  ['Two soldiers and a civilian were killed.', ['dead 3']],
  ['Dozens were wounded in the stampede of panicked shoppers.', ['injured 12']],
  ['A policeman was killed and four others were injured.', ['dead 1', 'injured 4']],
  ['Twelve died: five were killed at the market and seven were killed at the station.', ['dead 5', 'dead 7']],
  ['The attack killed 3 and wounded 25.', ['dead 3', 'injured 25']],
  ['Fighting in 2019 killed twenty-five rebels.', ['dead 25']],
  ['The convoy travelled 40 km before the ambush; nobody was hurt.', []],
];

for (const [sentence, expected] of CASES) {
  test(`counting: ${sentence}`, () => assert.deepEqual(figures(sentence), expected));
}
