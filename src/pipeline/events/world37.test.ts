import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notTypingTable, readArticle, typingTable } from './test-helpers.js';

// world37 and news35 (issue 13, round 30): what the round's second pair of sets showed the reader lacked, as general rules.
// [report, expected first sub-event type, the rule that types it]: invented reports over invented towns.
const CASES: Array<[string, string, string]> = [
  // Units that take up positions where the other side pulled back, no shot fired: a non-violent transfer
  ['Border guards took up positions in the village of Arvella on Friday after the other side\'s troops pulled back under a deal. No shots were fired.',
    'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
  // A non-state group that moves into a camp takes it up as its base
  ['Wagner fighters have moved into a former military field camp near Arvella, the defence ministry said on Friday.', 'Headquarters or base established', 'base.moved-into'],
  // Homes looted and burnt are the incident; the flight they caused is its consequence
  ['Thousands displaced after armed men loot and burn homes near Arvella', 'Looting/property destruction', 'loot.looting'],
  // Tyres set alight on a road are the codebook's road-blocking; prisoners the crowd freed make no prison riot
  ['Traders burned tires on the main road and vandalized a police station in Arvella, from which they released some prisoners.', 'Violent demonstration', 'riot.barricades'],
  // A side that announced it would suspend its operations changed its activity by the announcement (a unilateral ceasefire)
  ['The rebels announced they would suspend offensive operations around Arvella during the elections.', 'Change to group/activity', 'change.activity'],
];
typingTable('world37', CASES);

notTypingTable('world37', [
  // A communique released publishes, frees no one and makes no deal
  ['In a communique released on Saturday, the rebels announced they had elected a new commander in Arvella.', 'agreement.agreed'],
]);

test('world37 gunmen who barricade themselves in a monastery and trade fire with police are no demonstrators', () => {
  assert.equal(readArticle('About 30 masked gunmen ambushed a police patrol near Arvella before barricading themselves in a monastery, where they traded fire with special police units.').events[0]?.subEventType, 'Armed clash');
});

test('world37 armed miscreants are an armed group, no crowd', () => {
  assert.equal(readArticle('A group of armed miscreants hacked a community leader to death inside a camp near Arvella on Saturday.').events[0]?.subEventType, 'Attack');
});

test('news35 armed sides named after "between" are the fight\'s, not the people it displaced', () => {
  const e = readArticle('Thousands of people have been displaced by fighting between the army and rebels near Arvella, aid agencies said.').events[0];
  assert.notEqual(e?.eventType, 'Riots');
});

test('news35 a title\'s incident told only in the title is the lead\'s incident', () => {
  const text = 'Army says calm restored in Arvella after night raid\n\nRebels stormed a military base in Arvella late on Sunday and fought soldiers for several hours, the army said on Tuesday.';
  const events = readArticle(text, '2024-05-14').events;
  assert.equal(events.length, 1);
  assert.equal(events[0].subEventType, 'Armed clash');
  assert.ok(events[0].why?.type?.some((w) => w.rule === 'type.title-told-in-lead'));
  // A one-sentence lead paragraph is no title: it keeps its own reading.
  const lead = 'A military jet bombed a monastery in Arvella on Tuesday morning, killing 11 civilians.\n\nVillagers displaced by recent fighting had been sheltering there, a resident said.';
  assert.equal(readArticle(lead, '2024-05-14').events[0].subEventType, 'Air/drone strike');
});
