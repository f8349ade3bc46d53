import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarize } from './summary.js';

const base = { actor1: 'Rebels', actor2: null, subEventType: 'Armed clash', eventType: 'Battles', locationName: null, admin1: null, country: null, fatalities: null, sources: 1 };
// [dateStart, dateEnd, precision, how the notes open] — a span is told at its last day, as the ACLED export codes it.
const CASES: Array<[string | null, string | null, 1 | 2 | 3, string]> = [
  ['2020-05-03', '2020-05-03', 1, 'On 3 May 2020, '],
  ['2020-05-03', '2020-05-03', 2, 'Around 3 May 2020, '],
  ['2020-05-03', '2020-05-05', 2, 'Around 5 May 2020 (from 3 May 2020), '],
  ['2020-04-01', '2020-04-30', 3, 'In April 2020, '],
  ['2020-04-24', '2020-05-08', 3, 'Around 8 May 2020 (from 24 April 2020), '],
  [null, null, 3, 'On an unknown date, '],
];
for (const [dateStart, dateEnd, datePrecision, opening] of CASES) {
  test(`summary date: ${dateStart}..${dateEnd} p${datePrecision}`, () => assert.ok(summarize({ ...base, dateStart, dateEnd, datePrecision }).startsWith(opening)));
}
