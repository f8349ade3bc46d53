import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fastModel } from './model.js';
import { withNewWords } from './new-words.js';

const Cache = createRequire(import.meta.url)('wink-nlp/src/cache.js');

// Words the model lacks, in their cases and categories (word, number, punctuation-closed word), some twice,
// some whose lower case is new too, some whose lower case the model knows.
const ADDS: Array<[string, string]> = [
  ['Qarnbek', 'word'], ['qarnbek', 'word'], ['ZORVATH', 'word'], ['Zorvath', 'word'], ['2,317', 'number'],
  ['Kandor.', 'wordRP'], ['e.g.', 'word'], ['Mr.', 'word'], ['U.N.', 'word'], ['SAID', 'word'], ['Killed', 'word'],
  ['abducted', 'word'], ['co-op-ish', 'word'], ['Ortiz', 'word'], ['1990s', 'decade'], ['3rd', 'ordinal'],
  ['Qarnbek', 'word'], ['ÉLYSÉE', 'word'], ['x', 'word'], ['Nawabshah', 'word'], ['Dhaka-based', 'word'],
];
const PROPS = ['tokenType', 'pos', 'isAbbrev', 'lutCase', 'shape', 'prefix', 'suffix', 'lexemeCID', 'sbdHint', 'posHint', 'normal'];

test("new words: the same indexes and every property read as wink's own add gives them", () => {
  const m = fastModel();
  const winkModel = m.core();
  const ourModel = m.core();
  const wink = Cache(winkModel, m.featureFn);
  const ours = withNewWords(Cache(ourModel, m.featureFn), ourModel, m.featureFn);
  const categories = winkModel.tcat.hash;
  for (const [text, category] of ADDS) {
    const a = wink.add(text, categories[category]);
    const b = ours.add(text, categories[category]);
    assert.equal(b, a, text);
  }
  const winkList: string[] = winkModel.features.lexeme.list;
  assert.deepEqual(ourModel.features.lexeme.list, winkList);
  assert.equal(ourModel.features.lexeme.index, winkModel.features.lexeme.index);
  for (let i = winkModel.features.lexeme.intrinsicSize - 3; i < winkList.length; i++) {
    const word = winkList[i];
    assert.equal(ours.normal(i), wink.normal(i), `normal of ${word}`);
    assert.equal(ours.posOf(i), wink.posOf(i), `posOf of ${word}`);
    for (const prop of PROPS) assert.equal(ours.property(i, prop), wink.property(i, prop), `${prop} of ${word}`);
    assert.equal(ourModel.features.lexeme.table.get(word), i);
  }
});
