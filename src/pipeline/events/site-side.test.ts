// Table tests for site-side.ts: which side of a town's countryside the words between an unknown name and its town tell.
// Each row: [text with the unknown name first and the town after, the unknown name, the town, expected side or null].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrysideSide } from './site-side.js';

const CASES: Array<[string, string, string, string | null]> = [
  ['Zorvik in the southern countryside of Idleb', 'Zorvik', 'Idleb', 'S'],
  ['Zorvik village in the eastern Aleppo countryside', 'Zorvik village', 'Aleppo', 'E'],
  ['Zorvik in Hama northern countryside, killing two', 'Zorvik', 'Hama', 'N'],
  ['Zorvik in rural western Daraa', 'Zorvik', 'Daraa', 'W'],
  ['Zorvik in the south-eastern countryside of Deir ez-Zor', 'Zorvik', 'Deir ez-Zor', 'SE'],
  ['Zorvik in the northwestern countryside of Raqqa', 'Zorvik', 'Raqqa', 'NW'],
  // No side told, a side near the town, outskirts, two sides that disagree: no move.
  ['Zorvik in the countryside of Idleb', 'Zorvik', 'Idleb', null],
  ['Zorvik in the countryside south of Mosul', 'Zorvik', 'Mosul', null],
  ['Zorvik, north of Mosul', 'Zorvik', 'Mosul', null],
  ['Zorvik on the northern outskirts of Kano', 'Zorvik', 'Kano', null],
  ['Zorvik in the northern countryside of Hama, eastern side', 'Zorvik', 'Hama', 'N'],
  ['Zorvik in the north of the eastern Homs countryside', 'Zorvik', 'Homs', null],
];

const sideOf = (v: [number, number] | null): string | null =>
  !v ? null : (v[0] > 1e-9 ? 'N' : v[0] < -1e-9 ? 'S' : '') + (v[1] > 1e-9 ? 'E' : v[1] < -1e-9 ? 'W' : '');

test('countrysideSide: the side of a town\'s countryside told', () => {
  for (const [text, name, town, want] of CASES) {
    const from = text.indexOf(name) + name.length, start = text.indexOf(town, from), end = start + town.length;
    assert.equal(sideOf(countrysideSide(text, from, start, end, 35)), want, text);
  }
});

test('countrysideSide: the middle of that side, 20 km out', () => {
  const v = countrysideSide('Zorvik in the southern countryside of Idleb', 6, 38, 43, 35)!;
  assert.ok(Math.abs(v[0] * 111.2 + 20) < 0.01 && v[1] === 0);
});
