// Pairing an article's new reading with its old one (sitrep reread): one line per case, events as specs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairReadings, sharedEvidence } from './reread-match.js';
import { event, type EventSpec, type PlaceSpec } from '../../test/helpers/build.js';

const TOWN: PlaceSpec = { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY', admin1: 'Deir ez-Zor', geonameid: 501 };
const FAR: PlaceSpec = { name: 'Hilltown', lat: 35.9, lon: 38.9, country: 'SY', admin1: 'Raqqa', geonameid: 502 };
const S1: [number, number][] = [[0, 40]], S2: [number, number][] = [[41, 90]], S3: [number, number][] = [[91, 130]];
const at = (place: PlaceSpec | null, more: EventSpec = {}): EventSpec => ({ place, actor1: 'Air Force of Testland', ...more });
const readings = (specs: EventSpec[], published: string | null = '2024-03-11') =>
  specs.map((s, i) => ({ localId: `e${i + 1}`, event: event(`e${i + 1}`, s, []), published }));

/** [case, new reading, old reading, pairs as [new index, old index]] */
const cases: [string, EventSpec[], EventSpec[], [number, number][], (string | null)?][] = [
  ['the same reading pairs in order', [at(TOWN, { evidence: S1 }), at(FAR, { evidence: S2 })], [at(TOWN, { evidence: S1 }), at(FAR, { evidence: S2 })], [[0, 0], [1, 1]]],
  ['an event found first shifts the local ids: pairs follow the sentences', [at(FAR, { evidence: S1, date: '2024-03-01' }), at(TOWN, { evidence: S2 }), at(FAR, { evidence: S3 })], [at(TOWN, { evidence: S2 }), at(FAR, { evidence: S3 })], [[1, 0], [2, 1]]],
  ['another type for the same sentence still pairs', [{ type: 'Battles', sub: 'Armed clash', place: TOWN, evidence: S1 }], [at(TOWN, { evidence: S1 })], [[0, 0]]],
  ['no shared sentence, same type, day and place: fusion\'s test pairs them', [at(TOWN, { evidence: S2 })], [at(TOWN, { evidence: S1 })], [[0, 0]]],
  ['no shared sentence and another place: no pair', [at(FAR, { evidence: S2 })], [at(TOWN, { evidence: S1 })], []],
  ['no shared sentence and another day: no pair', [at(TOWN, { evidence: S2, date: '2024-02-01' })], [at(TOWN, { evidence: S1 })], []],
  ['an event no longer read leaves its old one unpaired', [at(FAR, { evidence: S2 })], [at(TOWN, { evidence: S1 }), at(FAR, { evidence: S2 })], [[0, 1]]],
  ['every event on one sentence: place and type decide, then the local id', [at(FAR), at(TOWN)], [at(TOWN), at(FAR)], [[0, 1], [1, 0]]],
  ['an article with no date at all: its undated readings pair on the rest', [at(TOWN, { date: null, evidence: S2 })], [at(TOWN, { date: null, evidence: S1 })], [[0, 0]], null],
];

test('pairReadings: each new event with the old one it replaces', () => {
  for (const [what, next, old, pairs, published] of cases) {
    const got = pairReadings(readings(next, published), readings(old, published)).map((p) => [p.next, p.old]);
    assert.deepEqual(got, pairs, what);
  }
});

test('sharedEvidence counts the spans of one reading that overlap the other\'s', () => {
  assert.equal(sharedEvidence([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 5, end: 25 }]), 2);
  assert.equal(sharedEvidence([{ start: 0, end: 10 }], [{ start: 10, end: 20 }]), 0);
});
