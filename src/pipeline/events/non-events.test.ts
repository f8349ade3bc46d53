import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './index.js';
import { docOf } from './test-helpers.js';

const count = (text: string) => findEvents(docOf(text, '2024-05-10'), [], [], {} as any).events.length;

// [sentence, number of incidents] — what looks like violence but is no incident reads 0.
const CASES: Array<[string, number]> = [
  ['The air force held a large combat drill over the desert on Tuesday.', 0],
  ['The army plans to launch airstrikes on the militants next month.', 0],
  ['The group threatened to attack government buildings.', 0],
  ['The jets have carried out hundreds of airstrikes since the war began.', 0],
  ['A powerful earthquake killed at least 30 people and destroyed hundreds of homes.', 0],
  ['A gas cylinder explosion at a restaurant killed two workers.', 0],
  ['Floods swept away a bridge and left nine people dead.', 0],
  ['Robbers shot dead a shopkeeper during a theft at the market.', 0],
  ['No airstrikes were reported in the province on Monday.', 0],
  ['A car bomb exploded outside the ministry, killing four guards.', 1],
  ['Hundreds of protesters gathered outside the parliament.', 1],
  ['At least 30 civilians have been killed in the province since January.', 0],
  // A lead where forces fight makes the story armed: its fire crews and blaze are aftermath, not a disaster.
  ['Border guards clashed with army troops near the dam, killing four. Firefighters said the blaze was out by noon.', 1],
  ['A fire broke out at a warehouse, killing four. Firefighters said the blaze was out by noon.', 0],
  ['The story first ran in the Sunday Dispatch, a weekly paper.', 0],
];

for (const [sentence, expected] of CASES) {
  test(`non-events: ${sentence}`, () => assert.equal(count(sentence), expected));
}
