import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

const statuses = (text: string) => readArticle(text).events.map((e) => `${e.subEventType}:${e.status}`).join(' ');

// [article, incidents as "sub-event type:status"] — the acting party's own statement acknowledges.
const CASES: Array<[string, string]> = [
  ['Chilean jets bombed a depot in Arvella on Monday. The Chilean defence ministry said its aircraft had carried out a strike on the depot, and denied hitting civilians.', 'Air/drone strike:acknowledged'],
  ['Chilean jets bombed a depot in Arvella on Monday. The Chilean army said its pilots struck only military targets.', 'Air/drone strike:acknowledged'],
  ['Chilean jets bombed a depot in Arvella on Monday. The Peruvian foreign ministry said its neighbour had carried out a strike on the depot.', 'Air/drone strike:unclaimed'],
  ['Chilean jets bombed a depot in Arvella on Monday. The Chilean defence ministry denied that its jets struck the town.', 'Air/drone strike:denied'],
  ['Chilean troops shelled Arvella on Monday. The Chilean army said its soldiers had been attacked by rebels.', 'Shelling/artillery/missile attack:unclaimed Armed clash:unclaimed'],
];

for (const [text, expected] of CASES) {
  test(`own claims: ${text}`, () => assert.equal(statuses(text), expected));
}
