import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notTypingTable, readArticle, typingTable } from './test-helpers.js';

// case32 (issue 13): what round 30's held-out snippets showed the reader lacked, as general rules. [report, expected first sub-event
// type, the rule that types it]: one line a case, invented reports over invented towns, never the probe set's rows.
const CASES: Array<[string, string, string]> = [
  // A negation that opens a passive's subject: nothing of it was done ("not a single shot was fired")
  ['Government troops pulled out of Arvella overnight and by morning rebel fighters had moved in; residents said not a single round was fired.', 'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
  // (told whole, "no shots were fired" is NONVIOLENT's own phrase: world37)
  ['The army withdrew from Kessa on Sunday and the rebels entered the town; no shots were fired, residents said.', 'Non-violent transfer of territory', 'transfer.taken-without-fight'],
  // An attempt to take a place took nothing: the riot is the incident
  ['Cars were burned and shops looted in Arvella overnight as protests over the new tax spiralled, with police struggling to regain control of several districts.', 'Violent demonstration', 'riot.protest-turns-violent'],
  // A petition handed over is no place handed over
  ['Hundreds of teachers marched to the education ministry in Arvella on Monday and dispersed after handing over a petition.', 'Peaceful protest', 'protest.gathering'],
  // Withdrawing men who loot: the withdrawal word is no taking
  ['Before leaving Arvella, retreating militiamen ransacked the clinic and carted away its generators, residents said.', 'Looting/property destruction', 'loot.looting'],
  // What the dead bear signs of is no act of the day: the grave is the news
  ['Investigators began exhuming bodies from a mass grave found in a forest outside Arvella, officials said, adding that some bore signs of torture.', 'Other', 'other.mass-grave'],
  // A crowd told as gathered peacefully is a demonstration
  ['Two people were killed when soldiers opened fire on a crowd that had gathered peacefully outside the district office in Arvella.', 'Excessive force against protesters', '*'],
  // A later act in a clause of its own: the first clause's act is the first incident
  ['Two men on a motorbike threw a grenade at a police post in Arvella on Monday, wounding two officers; hours later police arrested a suspect in Kessa.', 'Grenade', 'grenade.thrown'],
  ['The army and the rebels signed a ceasefire in Arvella on Saturday, though fighting was reported in Kessa hours later.', 'Agreement', 'agreement.signed'],
];
typingTable('case32', CASES);

notTypingTable('case32', [
  // Talks that resume are diplomacy, no change in what a side does
  ['Talks between the government and rebel negotiators resumed in Arvella on Monday, mediators said.', 'change.activity'],
]);

test('case32 a later act in a clause of its own is an incident of its own', () => {
  const kinds = (text: string) => readArticle(text).events.map((e) => e.subEventType);
  assert.deepEqual(kinds('Two men on a motorbike threw a grenade at a police post in Arvella on Monday, wounding two officers; hours later police arrested a suspect in Kessa.'),
    ['Grenade', 'Arrests']);
  assert.deepEqual(kinds('The army and the rebels signed a ceasefire in Arvella on Saturday, though fighting was reported in Kessa hours later.'), ['Agreement', 'Armed clash']);
  // A death that follows from the act is its outcome, no second incident; nor is a later act of the same kind.
  assert.equal(kinds('A soldier was shot in Arvella on Monday and later died in hospital.').length, 1);
  assert.equal(kinds('A soldier was shot in Arvella on Monday, and he later died in hospital.').length, 1);
});
