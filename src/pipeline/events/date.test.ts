import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDate } from './date.js';
import { readArticle } from './test-helpers.js';

const PUBLISHED = '2024-05-10'; // a Friday
/** The sentence's reading: "start..end pN rule". A '^' marks the incident's trigger (else the start). */
const show = (marked: string, published = PUBLISHED) => {
  const near = Math.max(0, marked.indexOf('^'));
  const d = readDate(marked.replace('^', ''), published, near);
  return d ? `${d.start}..${d.end} p${d.precision} ${d.why[0].rule}` : 'none';
};

// [sentence, "start..end precision rule"] — invented wording, one line a case.
const CASES: Array<[string, string]> = [
  // The incident's own calendar date; a year the text gives is never replaced.
  ['On 6 May 2020, gunmen ^attacked a village.', '2020-05-06..2020-05-06 p1 date.day-month-year'],
  ['Around 4 May 2020 (as reported), militants ^took the town.', '2020-05-04..2020-05-04 p1 date.day-month-year'],
  ['On the evening of October 7th, 2023, jets ^struck a house.', '2023-10-07..2023-10-07 p1 date.day-month-year'],
  ['Late at night on Monday, October 23rd 2023, a strike ^killed nine.', '2023-10-23..2023-10-23 p1 date.day-month-year'],
  ['In the early hours of 2 March 2021, a drone ^hit the depot.', '2021-03-02..2021-03-02 p1 date.day-month-year'],
  ['The strike ^happened on May 3.', '2024-05-03..2024-05-03 p1 date.day-month'],
  ['The group ^bombed a bridge on December 28.', '2023-12-28..2023-12-28 p1 date.day-month'],
  ['The strike ^happened on 3 June 2025.', '2025-06-03..2025-06-03 p1 date.day-month-year'],
  ['Jets ^struck a depot on Oct. 7.', '2023-10-07..2023-10-07 p1 date.day-month'],
  ['Rebels ^attacked the town on the 3rd of May.', '2024-05-03..2024-05-03 p1 date.day-month'],
  // A numeric date after the report is read day first (outside the US the day comes first).
  ['Police ^arrested ten people on 7/5/2024.', '2024-05-07..2024-05-07 p1 date.day-month-numeric'],
  ['Police ^arrested ten people on 5/7/2024.', '2024-05-07..2024-05-07 p1 date.day-month-numeric'],
  // Weekdays: the last such day on or before publication.
  ['Gunmen ^attacked the market on Tuesday morning.', '2024-05-07..2024-05-07 p1 date.weekday-before-published'],
  ['In the early hours of Tuesday, a drone ^hit the port.', '2024-05-07..2024-05-07 p1 date.weekday-before-published'],
  ['Late on Saturday, gunmen ^killed two.', '2024-05-04..2024-05-04 p1 date.weekday-before-published'],
  ['On Friday, police ^dispersed the crowd.', '2024-05-10..2024-05-10 p1 date.weekday-before-published'],
  ['Protesters ^marched yesterday.', '2024-05-09..2024-05-09 p1 date.yesterday'],
  // Nights: the night before the report, or the night named, belongs to the day it starts on.
  ['Rockets ^hit the town overnight.', '2024-05-09..2024-05-10 p1 date.overnight'],
  // …and "overnight into/to <weekday>": the night that ends on that day.
  ['Rockets ^hit the town overnight into Thursday.', '2024-05-08..2024-05-09 p1 date.overnight-into-day'],
  ['Drones ^struck the port overnight to Friday.', '2024-05-09..2024-05-10 p1 date.overnight-into-day'],
  ['Shelling on the night of Wednesday to Thursday ^killed two.', '2024-05-08..2024-05-08 p1 date.night-of-x-to-y'],
  ['Shelling on the night of 8 to 9 May ^killed two.', '2024-05-08..2024-05-08 p1 date.night-of-x-to-y'],
  // w26: "overnight X into Y" is the night that starts on X
  ['Gunmen stormed the village overnight Wednesday into Thursday, ^killing five.', '2024-05-08..2024-05-08 p1 date.night-of-x-to-y'],
  ['A curfew began at midnight on the night of 2 and 3 May 2020 to ^stop the unrest.', '2020-05-02..2020-05-02 p1 date.night-of-x-to-y'],
  // Weeks, ranges and months: ACLED time_precision 2 (a week, a few days) and 3 (longer, a month).
  ['Fighters ^attacked the base last week.', '2024-04-29..2024-05-05 p2 date.week'],
  ['Earlier this week, jets ^struck a depot.', '2024-05-06..2024-05-10 p2 date.week'],
  ['Rebels ^attacked the town over the weekend.', '2024-05-04..2024-05-05 p2 date.weekend'],
  ['A week ago, rebels ^shelled the town.', '2024-05-03..2024-05-09 p2 date.week'],
  ['Two days ago, rebels ^shelled the town.', '2024-05-08..2024-05-08 p1 date.relative'],
  ['From 3 to 5 May, protesters ^blocked the road.', '2024-05-03..2024-05-05 p2 date.range'],
  ['Militants ^attacked the camp on 3-4 May 2020.', '2020-05-03..2020-05-04 p2 date.range'],
  ['Between 24 April and 8 May, militants ^burned ten villages.', '2024-04-24..2024-05-08 p3 date.range'],
  ['Police ^arrested fifty people from Monday to Wednesday.', '2024-05-06..2024-05-08 p2 date.range'],
  ['Earlier in April, jets ^bombed a depot.', '2024-04-01..2024-04-30 p3 date.month'],
  ['Earlier in May, jets ^bombed a depot.', '2024-05-01..2024-05-10 p3 date.month'],
  ['In June 2025, jets ^bombed a depot.', '2025-06-01..2025-06-30 p3 date.month'],
  // Several dates: the trigger's own clause, else the one that opens the sentence, else the nearest.
  ['On 3 May 2020, forces retook the town following ^clashes that started on 2 May.', '2020-05-03..2020-05-03 p1 date.day-month-year'],
  ['On 8 May, students held a ^protest against the plan to hold a parade on 9 May.', '2024-05-08..2024-05-08 p1 date.day-month'],
  ['On 9 May 2020, 55 people were arrested for joining ^protests for a blogger, who was arrested on 6 May.', '2020-05-09..2020-05-09 p1 date.day-month-year'],
  ['On Thursday, officials said gunmen ^attacked a bus on Tuesday.', '2024-05-07..2024-05-07 p1 date.weekday-before-published'],
  ['Gunmen ^attacked a bus in the south on Tuesday, days after a raid on 28 April.', '2024-05-07..2024-05-07 p1 date.weekday-before-published'],
  // A date that names a place is no date.
  ['Jets ^struck the July 7 neighbourhood on Tuesday.', '2024-05-07..2024-05-07 p1 date.weekday-before-published'],
  ['Protesters ^gathered in 6th of October City.', 'none'],
  ['Militants ^attacked a checkpoint.', 'none'],
  // recall16b: a date right after "since" starts a running count's span, not the incident's day; alone, it is still read.
  ['Since March, fighting has killed dozens, and four people died when a bomb ^exploded in Dorno on Monday.', '2024-05-06..2024-05-06 p1 date.weekday-before-published'],
  ['Since January, more than 30 people have been killed, and two soldiers ^died in a blast in Kessa on Tuesday.', '2024-05-07..2024-05-07 p1 date.weekday-before-published'],
  ['Gunmen have ^attacked the village three times since March.', '2024-03-01..2024-03-31 p3 date.month'],
];

for (const [sentence, expected] of CASES) {
  test(`date: ${sentence}`, () => assert.equal(show(sentence), expected));
}

test('date: the rule names the words it read, at their offsets in the sentence', () => {
  const d = readDate('Gunmen attacked the market on Tuesday morning.', PUBLISHED, 7)!;
  assert.deepEqual(d.why[0], { rule: 'date.weekday-before-published', start: 30, end: 37, text: 'Tuesday' });
});

test('date: no publication date and no date in the text gives null', () => assert.equal(readDate('Gunmen attacked a bus.', undefined), null));

test('date: without a publication date, a weekday cannot be placed but a full date can', () => {
  assert.equal(readDate('Shelling on the night of Monday to Tuesday killed two.', undefined), null);
  assert.equal(readDate('Gunmen attacked a bus on March 3, 2019.', undefined)?.start, '2019-03-03');
  assert.equal(readDate('Between 24 April and 8 May, militants burned ten villages.', undefined), null);
  assert.equal(readDate('Between 24 April and 8 May 2019, militants burned ten villages.', undefined)?.end, '2019-05-08');
});

// [article, each incident's date] — a dateline or an attribution ("the army said on Thursday")
// dates the report, not the incident; the date nearest the trigger wins.
const ARTICLES: Array<[string, string]> = [
  ['ARVELLA, May 9 — Gunmen attacked a bus in Arvella late on Tuesday, killing four, the interior ministry said on Thursday.', '2024-05-07'],
  ['Officials said on Thursday that gunmen attacked a bus in Arvella on Tuesday.', '2024-05-07'],
  ['The interior ministry said on Wednesday that gunmen had attacked a bus in Arvella.', '2024-05-10'],
  ['Gunmen attacked a bus in Arvella on Tuesday, the army said.', '2024-05-07'],
  // An incident told on in the same story with no date of its own happened on the day just told.
  ['Gunmen attacked a bus in Arvella on Tuesday. A shell struck a house in Corvany, killing two.', '2024-05-07 2024-05-07'],
  ['Demonstrators marched through Arvella on Tuesday, demanding the release of detained teachers, officials said on Thursday.', '2024-05-07'],
  // "Nurses … demanding" is a claim: its blanked cue and content must not cost the day before them.
  ['Nurses rallied in Arvella on 3 May, demanding that the clinic stay open.', '2024-05-03'],
  // The lead's date dates the story, even when the lead itself tells no incident.
  ['On 30 April 2020, residents gathered on the main road of Arvella. Police opened fire on the protesters, killing one.', '2020-04-30'],
  ['On 2 May 2020, in Arvella, a man was sitting outside his house. Six armed men took him away. 0 fatalities.', '2020-05-02'],
];
for (const [text, expected] of ARTICLES) {
  test(`incident date: ${text}`, () => assert.equal(readArticle(text).events.map((e) => e.date.start).join(' '), expected));
}

test('incident date: why.date names the rule and the words, at their offsets in the article', () => {
  const text = 'On 2 May 2020, in Arvella, a man was sitting outside his house. Six armed men took him away. 0 fatalities.';
  const [e] = readArticle(text).events;
  const [story, form] = e.why?.date ?? [];
  assert.deepEqual(story, { rule: 'date.story-day' });
  assert.equal(form.rule, 'date.day-month-year');
  assert.equal(text.slice(form.start, form.end), form.text);
  assert.match(form.text!, /2 May 2020$/);
  assert.deepEqual(Object.keys(e.date).sort(), ['end', 'precision', 'start', 'text']);
});

test('incident date: the day a claim was made ("was claimed by X on Monday") dates the claim, not the story', () => {
  const text = 'Gunmen attacked a military post near Arvella on Saturday, killing seven soldiers. The attack was claimed by the Arvella ' +
    'Brigades on Monday. Soldiers later arrested two suspects in a nearby village.';
  const days = readArticle(text).events.map((e) => e.date.start);
  assert.deepEqual(days, ['2024-05-04', '2024-05-04']);
});

test('incident date: with no date anywhere, the report\'s date, and without one, none', () => {
  const [a] = readArticle('Gunmen attacked a bus in Arvella, killing four.').events;
  assert.deepEqual([a.date.start, a.date.precision, a.why?.date?.[0].rule], ['2024-05-10', 2, 'date.published']);
  const [b] = readArticle('Gunmen attacked a bus in Arvella, killing four.', '').events;
  assert.deepEqual([b.date.start, b.date.end, b.why?.date?.[0].rule], [null, null, 'date.undated']);
});
