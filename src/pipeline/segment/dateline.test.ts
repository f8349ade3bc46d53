import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineLength } from './dateline.js';

// [text, the dateline it opens with ('' for none)]
const CASES: Array<[string, string]> = [
  ['KANDOR, Veloria, March 3 — Two bridges fell.', 'KANDOR, Veloria, March 3 — '],
  ['NEW PORT -- Shelling resumed.', 'NEW PORT -- '],
  ['ST. ALBANS, Aug. 9 – Police said.', 'ST. ALBANS, Aug. 9 – '],
  ['Kandor was shelled on Monday.', ''],
  ['The UN said the convoy — four trucks — was hit.', ''],
];

for (const [text, dateline] of CASES) {
  test(`dateline: ${text}`, () => assert.equal(text.slice(0, datelineLength(text)), dateline));
}

test('dateline: read at an offset inside a longer text', () => {
  const text = 'Headline here\n\nKANDOR, March 3 — Body.';
  assert.equal(datelineLength(text, 15), 'KANDOR, March 3 — '.length);
  assert.equal(datelineLength(text, 0), 0);
});
