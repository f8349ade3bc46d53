import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues } from './cue-matcher.js';

// An invented lexicon with each kind of phrase: stems (one with a key shorter than three letters),
// multi-word phrases, a hyphenated phrase, and a word that is both a phrase and the start of a longer one.
const matcher = compileCues({ A: ['zorb*', 'zo*'], B: ['quill strike*', 'qu - vex'], C: ['blue', 'blue moon'] });
const hits = (m: typeof matcher, sentence: string) => m.match(sentence.split(' ')).map((h) => `${h.concept} ${h.first}-${h.end}`);

// [words (space-separated, as the segmenter splits them), expected hits as "concept first-end"].
const CASES: Array<[string, string[]]> = [
  ['zorbing zorbs zorb', ['A 0-1', 'A 1-2', 'A 2-3']],
  ['zo zoe zor zorro', ['A 0-1']],
  ['a quill strikes twice', ['B 1-3']],
  ['quill alone , strike', []],
  ['qu-vex then qu - vex', ['B 0-1', 'B 2-5']],
  ['blue moon blue', ['C 0-1', 'C 0-2', 'C 2-3']],
  ['blüe bluemoon blu', []],
];

for (const [sentence, expected] of CASES) {
  test(`cue matcher: ${sentence}`, () => assert.deepEqual(hits(matcher, sentence), expected));
}

test('cue matcher: a range reads only its own tokens', () => {
  assert.deepEqual(matcher.match('blue moon rising'.split(' '), 0, 1).map((h) => h.end), [1]);
});

test('cue matcher: a matcher compiled after words were read still finds its phrases in them', () => {
  const words = 'the vexillum flew'.split(' ');
  assert.deepEqual(hits(matcher, words.join(' ')), []);
  const later = compileCues({ D: ['vexil*', 'flew'] });
  assert.deepEqual(later.match(words).map((h) => `${h.concept} ${h.first}`), ['D 1', 'D 2']);
  assert.deepEqual(matcher.match(words), []);
});
