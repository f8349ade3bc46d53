// The chart's date arithmetic, one line per case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { autoBucket, bucketEnd, dateOf, dateTicks, dayOf, valueTicks } from '../../web/src/date-axis.js';

test('bucket ends: a day, a week, a calendar month (leap February included)', () => {
  const cases: [string, 'day' | 'week' | 'month', string][] = [
    ['2024-03-04', 'day', '2024-03-05'],
    ['2024-03-04', 'week', '2024-03-11'],
    ['2024-02-01', 'month', '2024-03-01'],
    ['2024-12-01', 'month', '2025-01-01'],
  ];
  for (const [start, b, end] of cases) assert.equal(dateOf(bucketEnd(dayOf(start), b)), end, `${start} ${b}`);
});

test('the bucket follows the span', () => {
  assert.deepEqual([10, 92, 93, 730, 731].map(autoBucket), ['day', 'day', 'week', 'week', 'month']);
});

test('date ticks: days, Mondays, months with the year in January and first, years', () => {
  const ticks = (a: string, b: string, w: number) => dateTicks(dayOf(a), dayOf(b), w).map((t) => `${dateOf(t.day)} ${t.label}`);
  assert.deepEqual(ticks('2024-03-01', '2024-03-05', 600), ['2024-03-01 1 Mar 2024', '2024-03-02 2 Mar', '2024-03-03 3 Mar', '2024-03-04 4 Mar']);
  assert.deepEqual(ticks('2024-03-01', '2024-03-30', 320), ['2024-03-04 4 Mar 2024', '2024-03-11 11 Mar', '2024-03-18 18 Mar', '2024-03-25 25 Mar']);
  assert.deepEqual(ticks('2023-11-15', '2024-03-10', 400), ['2023-12-01 Dec 2023', '2024-01-01 Jan 2024', '2024-02-01 Feb', '2024-03-01 Mar']);
  assert.deepEqual(ticks('2020-01-01', '2024-06-01', 320), ['2020-01-01 2020', '2021-01-01 2021', '2022-01-01 2022', '2023-01-01 2023', '2024-01-01 2024']);
  // A phone's width still gets labels that do not overlap.
  assert.ok(dateTicks(dayOf('2024-01-01'), dayOf('2024-07-01'), 320).length <= 5);
});

test('value ticks are round and reach the maximum', () => {
  assert.deepEqual(valueTicks(7), [0, 2, 4, 6, 8]);
  assert.deepEqual(valueTicks(100), [0, 50, 100]);
  assert.deepEqual(valueTicks(1234), [0, 500, 1000, 1500]);
  assert.deepEqual(valueTicks(1), [0, 1]);
  assert.deepEqual(valueTicks(0), [0, 1]);
});
