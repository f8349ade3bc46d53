import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

// [report, each event as "sub-type @ site"] — invented wording over the helper's invented towns. A place told only in a negated
// clause of another incident's sentence is no site of it (negated-sites.ts); the incident's own clause places it.
const CASES: Array<[string, string[]]> = [
  // world28: "no casualties in X, although two were killed in Y": the deaths are Y's; X's protest stays X's own.
  ['Police fired tear gas to disperse protesters in Arvella on Friday. No casualties were reported in Arvella, although two people were killed during unrest in Corvany the same day.',
    ['Protest with intervention @ Arvella', 'Excessive force against protesters @ Corvany']],
  // the negation in the incident's own clause leaves its place alone
  ['Gunmen attacked a police post in Brennick on Monday, but no one was killed in Brennick.', ['Armed clash @ Brennick']],
];

for (const [text, expected] of CASES) {
  test(`negated sites: ${text}`, () => {
    assert.deepEqual(readArticle(text).events.map((e) => `${e.subEventType} @ ${e.location?.name ?? '-'}`), expected);
  });
}
