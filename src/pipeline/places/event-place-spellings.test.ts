// Table tests of the event's place: provinces in another romanisation, "the border with", "Bogota, D.C." (round 14's where
// rules), over the real gazetteer and the whole pipeline. Sentences invented from general knowledge of how reports are
// phrased (invented villages: Kessa, Zorvik).
// 1. spelledArea (area-spellings.ts): a one-word province with its doubled letters written otherwise. Each row:
//    [name as written, the admin-1 area's gazetteer name expected, or null].
// 2. Event places: each row [sentence, expected "name@country pPrecision rule,rule,…" of the first event].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getContext } from '../context.js';
import { foldKey } from '../../gazetteer/index.js';
import { spelledArea } from './area-spellings.js';
import { whereTable } from './test-helpers.js';

const ctx = getContext();
const gaz = ctx.gazetteer;

const AREAS: Array<[string, string | null]> = [
  ['Hiraan', 'Hiiraan'], // a long vowel written single
  ['Ouaddai', 'Ouadaï'], // the shadda written doubled, a diaeresis
  ['Hadramawt', null], // aw/aou: more than the doubling differs (the skeleton alone meets persons' names)
  ['Galgaduud', null], // a vowel differs
  ['Buhari', null], // a person's name whose skeleton meets an Egyptian province
  ['Kessa', null], // no province of that name
  ['Senior', null], // an English word
];
for (const [name, want] of AREAS) {
  test(`spelledArea: ${name}`, () => {
    const got = spelledArea(gaz, foldKey(name));
    assert.equal(got.length ? gaz.entry(got[0].entry).name : null, want);
  });
}


const CASES: Array<[string, string]> = [
  // A one-word province in another spelling of its doubled letters.
  ['Al-Shabaab fighters attacked an army base in Hiraan on Monday, officials said.', 'Hiiraan@SO p3 loc.in-x,loc.admin-seat'],
  ['Gunmen attacked a village in Ouaddai on Tuesday.', 'Ouadaï@TD p3 loc.in-x,loc.admin-seat'],
  // A curated place with no admin1 (an island) lies in the province near it: "Socotra (Hadibu, Suqutra)".
  ['Fighters clashed in Socotra (Hadibu, Socotra) on Monday.', 'Socotra@YE p1 loc.x-paren-y'],
  // "D.C." after a city that is not Washington is the Distrito Capital; after Washington, the District of Columbia.
  ['A grenade exploded outside a bank in Bogota, D.C., on Saturday, injuring two people.', 'Bogotá@CO p1 loc.in-x'],
  ['Thousands of protesters rallied outside the White House in Washington, D.C., on Saturday.', 'Washington@US p1 loc.x-comma-y'],
  // A country after "the border with" is the neighbour: the event on its own side.
  ['Five Pakistani soldiers were killed when militants attacked a post near the border with Afghanistan, the army said.', 'Pakistan@PK p3 loc.border-own-side'],
  ["Burkina Faso's army said jihadists attacked a convoy near the border with Mali, killing 12 soldiers.", 'Burkina Faso@BF p3 loc.border-own-side'],
  ['Pakistani troops killed four militants in an exchange of fire near the border with Afghanistan in North Waziristan.', 'North Wazīristān District@PK p2 loc.near-x'],
  // Neighbours that must not change: a site across the border told as such, a country told as the site.
  ["Turkish drones struck Kurdish fighters across the border in Syria's Hasakah province on Tuesday.", 'Al-Hasakah@SY p3 prec.border-of-areas,loc.x-in-y,loc.x-province,loc.admin-seat'],
  ['Clashes broke out in Tajikistan on Thursday, killing two soldiers.', 'Tajikistan@TJ p3 loc.in-x,loc.admin-seat'],
];
whereTable('where14', CASES);
