import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOverGazetteer } from './test-helpers.js';

// Round 39 (issue 13, issue 14): where an incident happened, as the round's invented sets (where57, news55) showed it was misread.
// Invented reports, read through the whole pipeline over the real gazetteer.
const read = (text: string, published: string) => readOverGazetteer(text, published).events;

test('round39 a name before "river" names the river, no site: the town shelled is', () => {
  const events = read('Russian forces shelled Nikopol, across the Dnipro river from the occupied town of Enerhodar, on Sunday, killing a man.', '2024-07-08');
  assert.equal(events[0]?.location?.name, 'Nikopol');
});

test('round39 a town named as its district\'s headquarters is the site, the province its holder', () => {
  const events = read('Insurgents stormed Macomia, the district headquarters in Cabo Delgado province, on Friday, looting food stores and burning houses.', '2024-05-13');
  assert.equal(events[0]?.location?.name, 'Macomia');
  assert.equal(events[0]?.location?.precision, 1);
});

test('round39 a region of no one country is no site when a town of a country is named', () => {
  const events = read('TBILISI - Riot police used water cannon to disperse protesters outside parliament late on Saturday, the third night of demonstrations against the suspension of EU accession talks.', '2024-12-01');
  assert.equal(events[0]?.location?.name, 'Tbilisi');
});

test('round39 …but a sea is a site of its own', () => {
  const events = read('Houthi forces fired two anti-ship missiles at a cargo ship in the Red Sea on Tuesday, the US military said.', '2024-05-10');
  assert.equal(events[0]?.location?.name, 'Red Sea');
});
