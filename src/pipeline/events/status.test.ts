import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../types.js';
import { readStatus } from './status.js';
import { wordsOf } from './typing.js';
import { docOf } from './test-helpers.js';

const claim = (over: Partial<Claim>): Claim => ({ id: 'c1', source: { name: 'x', text: 'x', kind: 'other', start: 0, end: 1 },
  cue: { text: 'said', start: 2, end: 6 }, content: { start: 7, end: 20 }, stance: 'asserts', hedged: false, events: [], ...over });
const status = (text: string, claims: Claim[] = [], hasActor = true) => {
  const words = wordsOf(docOf(text).tokens);
  return readStatus(words, [[0, words.length]], claims, hasActor);
};

// [sentence, claims, actor known, expected status].
const CASES: Array<[string, Claim[], boolean, string]> = [
  ['The group claimed responsibility for the bombing of the bridge.', [], true, 'acknowledged'],
  ['The bombing of the bridge was claimed by the group on Monday.', [], true, 'acknowledged'],
  ['The army admitted that its jets struck the convoy.', [], true, 'acknowledged'],
  ['The rebels denied any role in the ambush.', [], true, 'denied'],
  ['Jets allegedly bombed the depot overnight.', [], true, 'alleged'],
  ['Residents blamed the militia for the raid.', [], true, 'alleged'],
  ['A bomb exploded at the market.', [], false, 'unclaimed'],
  ['Troops shelled the village.', [], true, 'unclaimed'],
  // A negated cue settles nothing: no one claimed it, no one denied it.
  ['Gunmen attacked the post. The group has not claimed responsibility for the attack.', [], true, 'unclaimed'],
  ['Gunmen attacked the post. No group has claimed responsibility so far.', [], true, 'unclaimed'],
  ['Gunmen attacked the post. The militia has yet to claim responsibility.', [], true, 'unclaimed'],
  ['Gunmen attacked the post. The militia did not deny it.', [], true, 'unclaimed'],
  ['Gunmen attacked the post. The militia said it was not responsible.', [], true, 'denied'],
  ['Troops shelled the village.', [claim({ stance: 'denies' })], true, 'denied'],
  ['Troops shelled the village.', [claim({ hedged: true })], true, 'alleged'],
];

for (const [sentence, claims, hasActor, expected] of CASES) {
  test(`status: ${sentence} (${claims.length} claims)`, () => assert.equal(status(sentence, claims, hasActor), expected));
}
