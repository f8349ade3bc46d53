// The dateline's one grammar, read both ways: what dates the report (datelineLength) and where it was filed
// (closesFiledDateline, events/dateline-site.ts). Invented towns and countries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closesFiledDateline, datelineLength } from './dateline-grammar.js';

// [text, its opening town, the dateline that dates it ('' for none), whether the town is where it was filed]
const CASES: Array<[string, string, string, boolean]> = [
  ['KANDOR, Veloria, March 3 — Two bridges fell.', 'KANDOR', 'KANDOR, Veloria, March 3 — ', true],
  ['NEW PORT -- Shelling resumed.', 'NEW PORT', 'NEW PORT -- ', true],
  ['ST. ALBANS, Aug. 9 – Police said.', 'ST. ALBANS', 'ST. ALBANS, Aug. 9 – ', true],
  ['KANDOR, March 3 (Reuters) - Two bridges fell.', 'KANDOR', 'KANDOR, March 3 (Reuters) - ', true],
  ['KANDOR, Veloria (AP) — Two bridges fell.', 'KANDOR', 'KANDOR, Veloria (AP) — ', true],
  // A lone hyphen or a colon closes only the filed-at reading: "NATO - the alliance said" dates nothing.
  ['NATO - the alliance said.', 'NATO', '', true],
  ['DORNO - Two guards were killed.', 'DORNO', '', true],
  ['DORNO: Two guards were killed.', 'DORNO', '', true],
  ['KANDOR, Veloria: Two guards were killed.', 'KANDOR', '', true],
  ['Kandor was shelled on Monday.', 'Kandor', '', false],
  ['The UN said the convoy — four trucks — was hit.', 'UN', '', false],
  ['KANDOR:30 guards were killed.', 'KANDOR', '', false],
  // w26: a lone hyphen after a date closes the dating reading too ("PORT SUDAN, June 9 - "): a date tells it is a dateline.
  ['NEW PORT, June 9 - Shelling resumed on Saturday.', 'NEW PORT', 'NEW PORT, June 9 - ', true],
  ['KANDOR, Veloria, 3 May - Two bridges fell.', 'KANDOR', 'KANDOR, Veloria, 3 May - ', true],
  // w27: a town in title case, a date and a colon, as South Asian papers write it.
  ['Kandor, June 3: Two guards were killed on Monday.', 'Kandor', 'Kandor, June 3: ', true],
  ['New Port, Veloria, 14 Jan: Shelling resumed.', 'New Port', 'New Port, Veloria, 14 Jan: ', true],
  ['Kandor, the capital: two guards were killed.', 'Kandor', '', false],
  ['Kandor, June 3 was quiet.', 'Kandor', '', false],
];

for (const [text, town, dateline, filed] of CASES) {
  test(`dateline: ${text}`, () => {
    assert.equal(text.slice(0, datelineLength(text)), dateline);
    const start = text.indexOf(town);
    assert.equal(closesFiledDateline(text, { start, end: start + town.length }), filed);
  });
}

test('dateline: read at an offset inside a longer text', () => {
  const text = 'Headline here\n\nKANDOR, March 3 — Body.';
  assert.equal(datelineLength(text, 15), 'KANDOR, March 3 — '.length);
  assert.equal(datelineLength(text, 0), 0);
  assert.equal(closesFiledDateline(text, { start: 15, end: 21 }), true);
});
