import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOverGazetteer } from './test-helpers.js';

// Round 43 (issue 13): the pairs that are easy to confuse (a weapon stopped or gone off; a protest's petition or a deal; a
// group's split), as two invented sets of short news snippets showed them misread, and the parties of a device defused.
// Invented reports, read through the whole pipeline over the real gazetteer. Each failed on round 42's build but those marked
// kept, which guard what a rule must not take.
const read = (text: string, published = '2024-05-10') => readOverGazetteer(text, published);
const types = (text: string, published?: string) => read(text, published).events.map((e) => e.subEventType);
const parties = (text: string) => read(text).events.map((e) => [e.actor1?.name ?? null, e.actor2?.name ?? null]);

test('round43 a memorandum handed to an official is a protest\'s petition; one of understanding is a deal', () => {
  assert.deepEqual(types('Thousands of teachers marched to the district office in Patna on Monday and submitted a memorandum to the collector ' +
    'demanding regular pay.'), ['Peaceful protest']);
  // kept
  assert.deepEqual(types('The two sides signed a memorandum of understanding on a ceasefire in Juba on Monday.'), ['Agreement']);
});

test('round43 a bomber stopped "before she could" set off the charge is a weapon stopped, whoever the subject and the verb', () => {
  assert.deepEqual(types('Soldiers shot a woman wearing a suicide vest at a checkpoint near Konduga before she could trigger the explosives, the army said.'),
    ['Disrupted weapons use']);
  assert.deepEqual(types('Worshippers overpowered a man wearing an explosives vest at the gate of a mosque in Peshawar before he could pull the cord.'),
    ['Disrupted weapons use']);
});

test('round43 a device "made it safe" with the pronoun between is defused', () => {
  assert.deepEqual(types('A bomb was left outside a bank in Athens on Monday; police explosives experts made it safe, the police said.'), ['Disrupted weapons use']);
});

test('round43 a defusal only attempted stopped nothing, and a bomb squad\'s name is no defusal: the bomb went off', () => {
  assert.deepEqual(types('A roadside bomb went off as soldiers were trying to defuse it near Kandahar on Monday, wounding two of them.'),
    ['Remote explosive/landmine/IED']);
  // kept: the squad that did defuse it
  assert.deepEqual(types('The bomb squad defused a pressure cooker bomb found at a bus stand in Imphal on Monday, police said.'), ['Disrupted weapons use']);
});

test('round43 "dug up" an arms cache is weapons found', () => {
  assert.deepEqual(types('Troops dug up an arms cache holding 40 rifles near Arauca on Monday, the army said.'), ['Disrupted weapons use']);
});

test('round43 the other inflections of a split\'s phrasal verbs ("parting ways with")', () => {
  assert.deepEqual(types('A group of commanders announced on Monday that they were parting ways with the TTP and forming a separate outfit, citing ' +
    'differences over the sharing of extortion money.'), ['Change to group/activity']);
});

test('round43 a participle after a count in figures describes the noun: "18 detained activists" were not arrested that day', () => {
  assert.ok(!types('The government released 18 detained activists from prison in Managua on Tuesday.').includes('Arrests'));
  // kept: a count of people the participle's act took, after its verb
  assert.deepEqual(types('Police detained 18 activists at a rally in Managua on Tuesday.'), ['Protest with intervention']);
});

test('round43 a people\'s militia told with its style between ("Fulani ethnic militiamen") is named as ACLED names it', () => {
  assert.deepEqual(parties('Suspected Fulani ethnic militiamen attacked a village near Bokkos on Monday, killing six residents.'),
    [['Fulani Ethnic Militia (Nigeria)', 'Civilians (Nigeria)']]);
});

test('round43 a device planted by one side and defused by another: actor 1 the defusers, actor 2 the planters', () => {
  assert.deepEqual(parties('Police defused a bomb planted by suspected Maoists on a road near Bijapur on Monday.'),
    [['Police Forces of India', 'CPI (Maoist): Communist Party of India (Maoist)']]);
  // kept: a unit named before the device ("a police bomb disposal unit") is the defusers, not the device's owner
  assert.deepEqual(parties('A police bomb disposal unit defused an explosive device left in a car near a police station in Guayaquil on Monday.'),
    [['Police Forces of Ecuador', null]]);
});
