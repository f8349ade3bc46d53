import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import { fastModel } from './model.js';
import { packageModel } from './nlp.js';

// model.ts rebuilds the package's model tables step for step; if the package changes its layout, this
// says so (and getNlp falls back to the package's own loader).
test('the fast model loader reads text exactly as the package loader does', () => {
  const text = `Gunmen on motorbikes stormed the post at dawn, killing 11 soldiers, officials said on Monday.
The governor's office didn't comment; "we can't confirm it," a spokesman told Reuters. Mr. Ortiz, 54, fled to
St. Louis in 2019 — about 1,200 km away — and can’t return. U.S.-backed forces re-took al-Qaim on 3 Jan.`;
  const read = (model: any) => {
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const doc = nlp.readDoc(text);
    const t = doc.tokens();
    return { values: t.out(), spaces: t.out(nlp.its.precedingSpaces), pos: t.out(nlp.its.pos), types: t.out(nlp.its.type), lemmas: t.out(nlp.its.lemma as any),
      sentences: doc.sentences().out(nlp.its.span) };
  };
  assert.deepEqual(read(fastModel()), read(packageModel()));
});
