import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDay } from './dates.js';

// [input, the day it names, or the error's words] — the one check every date entering sitrep passes.
const CASES: Array<[unknown, string]> = [
  ['2024-05-10', '2024-05-10'],
  ['2024-02-29', '2024-02-29'], // a leap day
  ['2000-02-29', '2000-02-29'], // divisible by 400: leap
  ['2024-05-10T14:30:00Z', '2024-05-10'], // an ISO 8601 time keeps its day
  ['2024-05-10T23:30:00+05:30', '2024-05-10'],
  ['2024-05-10 08:00', '2024-05-10'],
  [' 2024-05-10 ', '2024-05-10'],
  ['2026-02-30', 'not a day of the calendar'], // never rolled over into March
  ['2023-02-29', 'not a day of the calendar'],
  ['1900-02-29', 'not a day of the calendar'], // divisible by 100, not by 400
  ['2026-13-45', 'not a day of the calendar'],
  ['2026-04-31', 'not a day of the calendar'],
  ['2026-00-10', 'not a day of the calendar'],
  ['2026-05-00', 'not a day of the calendar'],
  ['0050-06-01', 'a year from 1900 to 2100'], // JavaScript's two-digit years would read it as 1950
  ['1899-12-31', 'a year from 1900 to 2100'],
  ['2101-01-01', 'a year from 1900 to 2100'],
  ['2024-5-10', 'must be a date YYYY-MM-DD'],
  ['10/05/2024', 'must be a date YYYY-MM-DD'],
  ['2024-05-10garbage', 'must be a date YYYY-MM-DD'],
  ['', 'must be a date YYYY-MM-DD'],
  [20240510, 'must be a date string'],
  [null, 'must be a date string'],
];

for (const [input, expected] of CASES) {
  test(`checkDay: ${JSON.stringify(input)}`, () => {
    const r = checkDay(input);
    if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) assert.deepEqual(r, { ok: true, value: expected });
    else {
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.code, 'E_BAD_DATE');
        assert.ok(r.message.includes(expected), r.message);
      }
    }
  });
}

test('checkDay names what it checked', () => {
  const r = checkDay('2026-02-30', '--published');
  assert.ok(!r.ok && r.message.startsWith('--published is not a day of the calendar'));
});
