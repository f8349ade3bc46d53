import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDate } from './date.js';
import { readArticle } from './test-helpers.js';

const PUBLISHED = '2024-05-10'; // a Friday
const show = (s: string) => { const d = readDate(s, PUBLISHED); return d ? `${d.start}..${d.end} p${d.precision}` : 'none'; };

// [sentence, "start..end precision"] — invented wording.
const CASES: Array<[string, string]> = [
  ['Gunmen attacked the village on Tuesday.', '2024-05-07..2024-05-07 p1'],
  ['The strike happened on May 3.', '2024-05-03..2024-05-03 p1'],
  ['Earlier in April, jets bombed a depot.', '2024-04-01..2024-04-30 p3'],
  ['Earlier in May, jets bombed a depot.', '2024-05-01..2024-05-10 p3'],
  ['Rockets hit the town overnight.', '2024-05-09..2024-05-10 p1'],
  ['Shelling on the night of Wednesday to Thursday killed two.', '2024-05-08..2024-05-08 p1'],
  ['Protesters marched yesterday.', '2024-05-09..2024-05-09 p1'],
  ['Fighters attacked the base last week.', '2024-05-03..2024-05-09 p2'],
  ['The group bombed a bridge on December 28.', '2023-12-28..2023-12-28 p1'],
  ['Militants attacked a checkpoint.', 'none'],
  ['The strike happened on 3 June 2025.', '2025-06-03..2025-06-03 p1'],
  ['In June 2025, jets bombed a depot.', '2025-06-01..2025-06-30 p3'],
];

for (const [sentence, expected] of CASES) {
  test(`date: ${sentence}`, () => assert.equal(show(sentence), expected));
}

test('date: no publication date and no date in the text gives null', () => assert.equal(readDate('Gunmen attacked a bus.', undefined), null));

test('date: without a publication date, a weekday cannot be placed but a full date can', () => {
  assert.equal(readDate('Shelling on the night of Monday to Tuesday killed two.', undefined), null);
  assert.equal(readDate('Gunmen attacked a bus on March 3, 2019.', undefined)?.start, '2019-03-03');
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
];
for (const [text, expected] of ARTICLES) {
  test(`incident date: ${text}`, () => assert.equal(readArticle(text).events.map((e) => e.date.start).join(' '), expected));
}
