import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../types.js';
import { readSites } from './location.js';
import { readHierarchy } from '../places/hierarchy.js';
import { wordsOf } from './typing.js';
import { docOf } from './test-helpers.js';

// Invented towns with invented coordinates: the rule reads the words around each name, not the map.
const GAZ: Record<string, [number, number, string, string, string?]> = {
  Arvella: [10, 10, 'PPL', 'XA'], Brennick: [10.5, 10.5, 'PPL', 'XA'], Corvany: [12, 12, 'PCLI', 'XA'], Dunmore: [11, 11, 'ADM1', 'XA'],
  Eskar: [10.1, 10.1, 'PPLA2', 'XA'], Farlow: [-20, 40, 'PPL', 'XB'], Gorran: [10.3, 10.3, 'PPL', 'XA', 'Elmshire'], Ostrel: [10.6, 9.5, 'ADM2', 'XA'],
};
function sitesOf(text: string): string {
  const doc = docOf(text);
  const places: Place[] = [];
  for (const [name, [lat, lon, fc, cc, a1]] of Object.entries(GAZ)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      places.push({ text: name, start: m.index!, end: m.index! + name.length, name, geonameid: Math.round(lat * 100), lat, lon, country: cc,
        admin1: a1 ?? (cc === 'XA' ? 'Dunmore' : null), featureCode: fc });
    }
  }
  places.sort((a, b) => a.start - b.start);
  return readSites(places, doc.tokens, wordsOf(doc.tokens), 0, { hier: readHierarchy(text, places), text })
    .map((s) => `${s.location.name}:${s.location.precision}${s.locative ? '' : '?'}`).join(' ');
}

// [sentence, sites as "name:precision" ("?" = named without a locative preposition)].
const CASES: Array<[string, string]> = [
  ['Jets struck a depot in Arvella.', 'Arvella:1'],
  ['Shelling hit farms near Arvella.', 'Arvella:2'],
  // Beside a building of the town is in the town (loc.beside-building-of-x); beside the town itself is near it.
  ['Relatives rallied outside the regional court of Arvella.', 'Arvella:1'],
  ['Students gathered near the governor\'s office of Arvella.', 'Arvella:1'],
  ['Gunmen ambushed a convoy outside Arvella.', 'Arvella:2'],
  // "the east of X" is a part of X (the town); "east of X" lies outside it.
  ['Shells hit homes in the east of Arvella.', 'Arvella:1'],
  ['Shells hit farms east of Arvella.', 'Arvella:2'],
  // A distance told from a place is near it, not a launch origin (loc.km-from-x).
  ['Troops repelled an attack 10 km from Arvella.', 'Arvella:2'],
  ['The convoy was ambushed some 15 kilometres from Arvella on Monday.', 'Arvella:2'],
  ['A drone fell two miles from Arvella.', 'Arvella:2'],
  ['Rockets fired from Brennick hit Arvella.', 'Arvella:1?'],
  ['Rockets fired from the direction of Brennick landed in Arvella.', 'Arvella:1'],
  ['Rockets fired from Brennick and Dunmore hit Arvella.', 'Arvella:1?'],
  ['Gunmen attacked a bus in Arvella, Corvany.', 'Arvella:1'],
  ['The strike hit a camp at Arvella, a suburb of Brennick, and a depot outside Brennick.', 'Arvella:1 Brennick:2'],
  ['A convoy was ambushed on the Arvella-Brennick road.', 'Arvella:2'],
  ['Protesters blocked the road that connects Brennick to Arvella.', 'Brennick:2 Arvella:2'],
  ['A Corvany-based monitor reported clashes in Dunmore.', 'Dunmore:3'],
  ['Fighting spread across Dunmore province.', 'Dunmore:3'],
  // a one-word place among capitalised name words, with no locative before it, is a person's name
  ['Arvella Haddad wrote that the strike hit Brennick.', 'Brennick:1?'],
  ['Relatives mourned Yusra Arvella Haddad, killed in Brennick.', 'Brennick:1'],
  ['Shelling hit Dunmore Province and a depot in Arvella.', 'Dunmore:3? Arvella:1'],
  ['The strike hit a house in Arvella Haddad.', 'Arvella:1'],
  ['In 1981 Leila Arvella published a book on the bombing in Brennick.', 'Brennick:1'],
  // a place-kind word or a local place-name element beside it is no name
  ['A strike hit a flat opposite Arvella Mosque in Brennick.', 'Arvella:1?'],
  ['A bomb was found in tambon Eskar, Mueang Arvella district.', 'Eskar:1 Arvella:2?'],
  // A holder qualifies the place it holds: one site, checked against it.
  ['Gunmen raided Eskar (Arvella, Dunmore) at night.', 'Eskar:1?'],
  ['Police fired on protesters in Eskar, Dunmore province.', 'Eskar:1'],
  // A name the gazetteer lacks, told with its holder: the holder; a named place in a province is a small part of
  // the region (ACLED precision 2), a province told alone the region (3).
  ['Gunmen raided Zorvik village (Arvella, Dunmore) at night.', 'Arvella:2?'],
  ['Gunmen killed six in Zorvik in Dunmore province.', 'Dunmore:2'],
  ['A mortar fell in the Zorvik area of Arvella district.', 'Arvella:2'],
  ['A drone hit a car in the Zorvik neighbourhood of Arvella city.', 'Arvella:1'],
  // The unknown name's own kind word, not its holder's: "city" makes Arvella a town, and a part of a town is the town.
  ['A mine killed a policeman in PD10 of Arvella city.', 'Arvella:1'],
  // An area "of" a town is a quarter of it; an area "in" a place, or a town's countryside, the land around (2).
  ['A drone hit a car in the Zorvik area of Arvella.', 'Arvella:1'],
  ['A mine exploded in the Zorvik area in Arvella.', 'Arvella:2'],
  ['Patrols came under fire in Arvella countryside.', 'Arvella:2'],
  ['Herders fought in Zorvik village near Arvella town.', 'Arvella:2'],
  // A place read outside its holder and with no namesake there: the holder stands for it.
  ['Jets struck Farlow in Dunmore province.', 'Dunmore:2?'],
  // The site lies inside every province of its chain: a reading near its district but in another province is another
  // place, and the district stands for it; a district told near a town of its own province is that district.
  ['A mortar hit homes in Gorran village of Eskar district, Dunmore.', 'Eskar:2'],
  ['A mortar hit homes in Gorran village of Eskar district.', 'Gorran:1'],
  ['Jets struck Ostrel district west of Arvella city.', 'Ostrel:2?'],
  // An area told with its own kind word is that area, though its holders lie elsewhere (an old holder of a new region).
  ['Fighting broke out in the Dunmore Region (Gorran).', 'Dunmore:3'],
  // "from X to Y", "between X and Y": a stretch near X; "fired from X" alone: the only place told.
  ['Fighting raged in the area stretching from Arvella to Brennick.', 'Arvella:2'],
  ['Jets struck positions between Arvella and Brennick.', 'Arvella:2'],
  ['Gunmen abducted two farmers from Arvella.', 'Arvella:1?'],
  // A country as an adjective or a party's country is no site.
  ['A senior Corvany officer was shot in Arvella.', 'Arvella:1'],
  ['Soldiers of the army of Corvany looted shops in Arvella.', 'Arvella:1'],
  ['Shelling hit the southern part of Dunmore.', 'Dunmore:2'],
];

for (const [sentence, expected] of CASES) {
  test(`location: ${sentence}`, () => assert.equal(sitesOf(sentence), expected));
}
