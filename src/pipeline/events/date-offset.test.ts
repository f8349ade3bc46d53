import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyOffset } from './date-offset.js';
import { readDate } from './date.js';
import { readArticle } from './test-helpers.js';

// [sentence, the incident's trigger word, the offset in days or null] — invented wording.
const OFFSETS: Array<[string, string, number | null]> = [
  ['Two days later, the gunmen returned and burned the market.', 'burned', 2],
  ['A week later, troops retook the town.', 'retook', 7],
  ['Police had arrested three suspects a week earlier.', 'arrested', -7],
  ['Troops retook the town three days after the attack.', 'retook', 3],
  ['Rebels shelled the camp two weeks before the vote.', 'shelled', -14],
  // The incident inside the complement is the other moment: the words do not say which one the story's day is.
  ['The attack came a week after troops retook the town.', 'retook', null],
  ['Two days after their house was bombed, a survivor was pulled from the rubble.', 'bombed', null],
  ['The next day, the gunmen returned and burned the market.', 'burned', 1],
  ['Police had arrested two suspects the previous day.', 'arrested', -1],
  ['Gunmen attacked the village, residents said.', 'attacked', null],
];
for (const [sentence, trigger, days] of OFFSETS) {
  test(`story offset: ${sentence}`, () => assert.equal(storyOffset(sentence, sentence.indexOf(trigger))?.days ?? null, days));
}

test('date: an offset counted from another moment is no date from the report\'s day, and never a day after it', () => {
  assert.equal(readDate('The attack came a week after troops retook the town.', '2024-03-03'), null);
  assert.equal(readDate('Two weeks later, rebels shelled the camp.', '2024-03-03'), null);
  // A date told beside the offset is read without it.
  assert.equal(readDate('He died of his wounds 12 days later on 29 February 2024.', '2024-03-03')?.start, '2024-02-29');
  // A span from now ("after a week of fighting", "in a week") dates nothing either.
  assert.equal(readDate('After a week of fighting, rebels took the town.', '2024-03-03'), null);
  assert.equal(readDate('The next day, rebels took the town.', '2024-03-03'), null);
  // "ago" counts from the report's day.
  assert.equal(readDate('Rebels shelled the camp a week ago.', '2024-03-03')?.start, '2024-02-25');
});

// [article, the incidents' dates] — the story's day moved by the offset its sentence tells.
const ARTICLES: Array<[string, string]> = [
  ['On 12 February 2024, gunmen attacked a village in Arvella, killing nine farmers. Two days later, the gunmen returned and abducted 15 women.', '2024-02-12 2024-02-14'],
  ['On 12 February 2024, gunmen attacked a village in Arvella, killing nine farmers. A week earlier, rebels had shelled the nearby town of Belmora.', '2024-02-12 2024-02-05'],
];
for (const [text, expected] of ARTICLES) {
  test(`incident date, offset: ${text}`, () => {
    const events = readArticle(text, '2024-02-20').events;
    assert.equal(events.map((e) => e.date.start).join(' '), expected);
    const moved = events.find((e) => e.why?.date?.[0].rule === 'date.story-offset');
    assert.ok(moved, 'the offset names its rule');
  });
}

test('incident date, offset: a move past the report\'s day is not made', () => {
  const events = readArticle('On 19 February 2024, gunmen attacked a village in Arvella, killing nine farmers. Two days later, the gunmen returned and abducted 15 women.', '2024-02-20').events;
  assert.ok(events.length > 0);
  for (const e of events) assert.ok(e.date.start! <= '2024-02-20', `${e.date.start} is after the report`);
  assert.ok(!events.some((e) => e.why?.date?.[0].rule === 'date.story-offset'));
});
