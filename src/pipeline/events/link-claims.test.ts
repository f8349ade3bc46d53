// probe5 (claim.responsibility-of-story): a claim of responsibility or a denial in a sentence of its own is about
// the incident the story has just told. Invented reports (no eval row); places are the helper's invented towns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

// [report, the cue of the claim, the stance, the event id it must back ('' when none)]
const CASES: Array<[string, string, string, string]> = [
  ['A suicide bomber struck a restaurant in Arvella on Friday, killing 32 people. Al-Shabaab claimed responsibility in a statement on its radio station.', 'claimed responsibility', 'asserts', 'e1'],
  ['Gunmen ambushed a police convoy near Arvella on Sunday, killing three officers. The Free Hills Front rejected any role in it.', 'rejected', 'denies', 'e1'],
  ['Dissidents attacked a police station in Arvella with explosives on Thursday, injuring three officers. The Central Command denied involvement.', 'denied', 'denies', 'e1'],
  // a group's claim of responsibility is for its own attack, not for the forces' act told after it
  ['Militants stormed a hotel in Arvella on Friday, killing 12 people. On Saturday, security forces killed the last of the attackers in Corvany. Al-Shabaab claimed responsibility in a statement.', 'claimed responsibility', 'asserts', 'e1'],
  // told before any incident: nothing to back
  ['The Central Command denied involvement in any violence. Talks resumed in Corvany on Monday.', 'denied', 'denies', ''],
];

for (const [text, cue, stance, event] of CASES) {
  test(`responsibility of the story: ${text.slice(0, 90)}`, () => {
    const { claims } = readArticle(text);
    const c = claims.find((x) => x.cue.text === cue);
    assert.ok(c, JSON.stringify(claims.map((x) => x.cue.text)));
    assert.equal(c.stance, stance);
    assert.deepEqual(c.events, event ? [event] : []);
  });
}
