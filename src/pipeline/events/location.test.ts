import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../types.js';
import { readSites } from './location.js';
import { wordsOf } from './typing.js';
import { docOf } from './test-helpers.js';

// Invented towns with invented coordinates: the rule reads the words around each name, not the map.
const GAZ: Record<string, [number, number, string, string]> = {
  Arvella: [10, 10, 'PPL', 'XA'], Brennick: [10.5, 10.5, 'PPL', 'XA'], Corvany: [12, 12, 'PCLI', 'XA'], Dunmore: [11, 11, 'ADM1', 'XA'],
};
function sitesOf(text: string): string {
  const doc = docOf(text);
  const places: Place[] = [];
  for (const [name, [lat, lon, fc, cc]] of Object.entries(GAZ)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      places.push({ text: name, start: m.index!, end: m.index! + name.length, name, geonameid: Math.round(lat * 100), lat, lon, country: cc, admin1: null, featureCode: fc });
    }
  }
  places.sort((a, b) => a.start - b.start);
  return readSites(places, doc.tokens, wordsOf(doc.tokens), 0).map((s) => `${s.location.text}:${s.location.precision}${s.locative ? '' : '?'}`).join(' ');
}

// [sentence, sites as "name:precision" ("?" = named without a locative preposition)].
const CASES: Array<[string, string]> = [
  ['Jets struck a depot in Arvella.', 'Arvella:1'],
  ['Shelling hit farms near Arvella.', 'Arvella:2'],
  ['Rockets fired from the direction of Brennick landed in Arvella.', 'Arvella:1'],
  ['Rockets fired from Brennick and Dunmore hit Arvella.', 'Arvella:1?'],
  ['Gunmen attacked a bus in Arvella, Corvany.', 'Arvella:1'],
  ['The strike hit a camp at Arvella, a suburb of Brennick, and a depot outside Brennick.', 'Arvella:1 Brennick:2'],
  ['A convoy was ambushed on the Arvella-Brennick road.', 'Arvella:2'],
  ['A Corvany-based monitor reported clashes in Dunmore.', 'Dunmore:3'],
  ['Fighting spread across Dunmore province.', 'Dunmore:3'],
  // a one-word place among capitalised name words, with no locative before it, is a person's name
  ['Arvella Haddad wrote that the strike hit Brennick.', 'Brennick:1?'],
  ['Relatives mourned Yusra Arvella Haddad, killed in Brennick.', 'Brennick:1'],
  ['Shelling hit Dunmore Province and a depot in Arvella.', 'Dunmore:3? Arvella:1'],
  ['The strike hit a house in Arvella Haddad.', 'Arvella:1'],
  ['In 1981 Leila Arvella published a book on the bombing in Brennick.', 'Brennick:1'],
];

for (const [sentence, expected] of CASES) {
  test(`location: ${sentence}`, () => assert.equal(sitesOf(sentence), expected));
}
