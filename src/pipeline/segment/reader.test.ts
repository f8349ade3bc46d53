import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import { fastModel } from './model.js';
import { makeReader, PACKAGE_POS_SETTER, PACKAGE_POS_UPDATER } from './reader.js';
import { makeTokenReader } from './tokens.js';
import { fastTransformers } from './transformers.js';

// The lean reader must read exactly as wink-nlp's readDoc with the same pipe: every token's value,
// preceding spaces, POS tag and type, and every sentence. The texts run through both in turn, so the
// memos meet words again (found, added, contractions, new words, abbreviations, non-breaking spaces).
const TEXTS = [
  `Gunmen on motorbikes stormed the post at dawn, killing 11 soldiers, officials said on Monday.
The governor's office didn't comment; "we can't confirm it," a spokesman told Reuters. Mr. Ortiz, 54, fled to
St. Louis in 2019 — about 1,200 km away — and can’t return. U.S.-backed forces re-took al-Qaim on 3 Jan.`,
  'Zorvath militia fighters shelled Qarnbek. Zorvath denied it!\u00a0Qarnbek\u2009residents fled (about 300), i.e. most of them.',
  "It's 5:30 p.m. in Kandor: the ceasefire isn't holding, said Gen. Varo; e-mail press@example.org or see https://example.org/x.",
  '"We won\'t leave," she said.\n\nThe U.N. team (UNHCR) arrived 2 days later... Shelling resumed at 0600 hrs.',
  'Zorvath militia fighters shelled Qarnbek again; Mr. Ortiz didn\'t comment.\u00a0\u00a0Zorvath’s men, 1,200 of them, left.',
  'Tabs\there,\tthin\u2009\u2009 spaces and\u00a0can\u2019t or\u202fwon\'t: "A. Kelso" x, (Reuters) \u201cquoted\u201d state-run e.g. 1990s 3rd',
  `far${' '.repeat(70000)}apart \u205f\u00a0 -- end...`,
  '',
];

test('the lean reader reads every text exactly as wink-nlp readDoc does', () => {
  const nlp = winkNLP(fastModel(), ['sbd', 'pos']);
  const its = nlp.its;
  const reader = makeReader(fastModel());
  const tokenReader = makeTokenReader(reader);
  for (const text of [...TEXTS, ...TEXTS]) {
    const doc = nlp.readDoc(text);
    const t = doc.tokens();
    const values = t.out() as string[];
    const spaces = t.out(its.precedingSpaces) as string[];
    let offset = 0;
    const expected = values.map((value, i) => {
      offset += spaces[i].length;
      const start = offset;
      offset += value.length;
      return { text: value, start, end: offset, pos: t.itemAt(i).out(its.pos), type: t.itemAt(i).out(its.type) };
    });
    const raw = reader.read(text, Infinity)!;
    const got = tokenReader.tokens(raw, text, text).map(({ text, start, end, pos, type }) => ({ text, start, end, pos, type }));
    assert.deepEqual(got, expected, text);
    // The preceding spaces themselves, as wink stores them: a count, or the non-breaking spaces.
    const rawSpaces = got.map((_t, i) => {
      const count = raw.tokens[4 * i + 1] & 0xffff;
      return count < 0xffff ? ' '.repeat(count) : raw.nonBreakingSpaces[i];
    });
    assert.deepEqual(rawSpaces, spaces, text);
    assert.deepEqual(raw.sentences.map((s) => s.slice(0, 2)), doc.sentences().out(its.span), text);
  }
});

test('the installed model’s transformers are the ones transformers.ts rebuilds (else the slower originals run)', () => {
  const model = fastModel();
  const core = model.core();
  const reader = makeReader(model);
  const fast = fastTransformers(core, reader.cache);
  const pos = model.pos().transformers[0];
  const sbd = model.sbd().transformers[0];
  assert.notEqual(fast.pos(pos), pos);
  assert.notEqual(fast.sbd(sbd, 0), sbd);
  // The POS setter `read` rebuilds, over the text's tokens only (the raw array is reused, longer).
  assert.equal(String(model.pos().setter), PACKAGE_POS_SETTER);
  // The POS updater `read` runs as its own copy (updateTags).
  assert.equal(String(model.pos().updater), PACKAGE_POS_UPDATER);
});
