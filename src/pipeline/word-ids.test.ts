import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordIds } from './word-ids.js';
import { segment } from './segment/index.js';
import { lowerTexts } from './segment/lower.js';

const docOf = (text: string) => segment({ id: 't', text, fromHtml: false });
const TEXT = 'The Army said THE army had left. “Two” were hurt in Kyiv’s east; the ARMY denied it.';

test('a segmented article reads its words by lexeme, as lower-casing every token would', () => {
  const doc = docOf(TEXT);
  assert.equal(doc.lexemes?.length, doc.tokens.length);
  const words = new WordIds();
  const byLexeme = words.read(doc.tokens, doc.lexemes);
  assert.deepEqual(byLexeme.low, lowerTexts(doc.tokens));
  // Twice (the lexemes now known), and by text alone: the same words and ids.
  assert.deepEqual(words.read(doc.tokens, doc.lexemes), byLexeme);
  assert.deepEqual(words.read(doc.tokens), byLexeme);
  assert.deepEqual(words.idsOf(byLexeme.low), byLexeme.ids);
  const army = byLexeme.low.flatMap((w, i) => (w === 'army' ? [byLexeme.ids[i]] : []));
  assert.equal(army.length, 3);
  assert.equal(new Set(army).size, 1);
});

test('a renewed vocabulary gives new ids of a new generation, and reads the same words', () => {
  const words = new WordIds(40);
  const doc = docOf(TEXT);
  const first = words.read(doc.tokens, doc.lexemes);
  const again = words.read(doc.tokens, doc.lexemes);
  assert.notEqual(again.generation, first.generation);
  assert.deepEqual(again.low, first.low);
  assert.deepEqual(again.ids, first.ids);
  assert.equal(words.size, new Set(first.low).size);
});
