import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nonEventTable, readArticle, typingTable } from './test-helpers.js';

// case33 (issue 13, round 30): what the round's second CASE-style set showed the reader lacked, as general rules. [report, expected
// first sub-event type, the rule that types it]: invented reports over invented towns, never the probe set's rows.
const CASES: Array<[string, string, string]> = [
  // Barricades put up by people who are no armed group: the codebook's own road-blocking (Violent demonstration)
  ['Youths threw rocks at police, built barricades and torched a bus in Arvella on Monday after the opposition leader was jailed.', 'Violent demonstration', 'riot.barricades'],
  // A place moved into with no fighting told changed hands without a fight
  ['Government troops rolled into Arvella on Tuesday after the rebels invited them in under a deal, and no fighting was reported.', 'Non-violent transfer of territory', 'transfer.taken-without-fight'],
  // The last of coordinated participles after one passive auxiliary is passive too: the crowd after "by" did it
  ['A woman accused of sorcery was tied up and tortured with hot irons by a group of villagers in Arvella before police rescued her.', 'Mob violence', 'mob.crowd-assaults'],
];
typingTable('case33', CASES);

nonEventTable('case33', [
  // A verdict over a deed named with its year and name before its head
  ['A court in Arvella convicted eight people over the 2016 national day truck attack in Kessa on Monday.', 'nonevent.court-verdict'],
  // A choice still being weighed
  ['Lawmakers in Arvella spent Tuesday debating whether to extend the state of emergency in seven provinces.', 'nonevent.irrealis'],
]);

test('case33 talks that resume tell no change in what a side does', () => {
  assert.equal(readArticle('Delegates of the army and the rebels resumed talks in Arvella on Thursday, mediators said.').events.length, 0);
});

test('round 30 "signs" is a noun: signs of an illness or road signs make no agreement', () => {
  assert.equal(readArticle('Signs of the infection include fever and vomiting, health officials in Arvella said.').events.length, 0);
  assert.equal(readArticle('"The trucks speed through extremely fast, and people are running stop signs," a resident of Arvella said.').events.length, 0);
});
