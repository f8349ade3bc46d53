// Table tests for the "-ed" verb the tagger reads as a noun (pos-repair.ts), through the segmenter:
// [sentence, the word, expected tag]. Invented sentences, general English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './index.js';

const CASES: Array<[string, string, string]> = [
  ['On 1 September 2023, suspected militants abducted six civilians in Mozogo.', 'abducted', 'VERB'],
  ['Suspected bandits kidnapped 12 worshippers from a mosque on Friday.', 'kidnapped', 'VERB'],
  ['The bloodshed continued for days.', 'bloodshed', 'NOUN'],
  ['Three hundred people fled the town.', 'hundred', 'NUM'],
  ['Soldiers shot dead two civilians at a checkpoint, residents said.', 'shot', 'VERB'],
  ['Gunmen shot and killed a trader in the market.', 'shot', 'VERB'],
  ['Police shot two protesters near the square.', 'shot', 'VERB'],
  ['A warning shot was fired into the air.', 'shot', 'NOUN'],
];

test('a past-tense verb read as a noun between subject and object is a verb', () => {
  const tagOf = (text: string, word: string): string =>
    segment({ id: 't', text, fromHtml: false } as any).tokens.find((t) => t.text === word)?.pos ?? '?';
  assert.deepEqual(CASES.map(([s, w]) => [s, w, tagOf(s, w)]), CASES);
});
