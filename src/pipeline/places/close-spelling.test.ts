// Table tests for townCloseIn (close-spelling.ts) over the real gazetteer: a village name the gazetteer lacks as written
// meets the one place of the holder's province whose name it spells closely, and nothing else. Each row:
// [name, country, admin1 name, the gazetteer name expected, or null]. Names from general knowledge, none from an eval row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getContext } from '../context.js';
import { closeKey, townCloseIn } from './close-spelling.js';

const gaz = getContext().gazetteer;
/** The admin1 key of the province named `admin1` in `country` (from one of its places). */
function admin1Key(country: string, admin1: string): number | null {
  for (let i = 0; i < gaz.size; i++) if (gaz.countryOf(i) === country && gaz.featureOf(i).startsWith('PPL') && gaz.entry(i).admin1 === admin1) return gaz.admin1KeyOf(i);
  return null;
}
const CASES: Array<[string, string, string | null, string | null]> = [
  ['Handawara', 'IN', 'Jammu and Kashmir', 'Handwāra'], // one vowel slot more, the same consonants
  ['Handawara town', 'IN', 'Jammu and Kashmir', 'Handwāra'], // an English kind word after the name is no part of it
  ['Wallam', 'NE', 'Tillabéri Region', 'Ouallam'], // French ou before a vowel is w
  ['Kondooga', 'NG', 'Borno State', 'Konduga'], // oo/u
  ['Mpeketone', 'KE', 'Lamu', 'Mpeketoni'], // a final vowel
  ['Tessitt', 'ML', 'Gao', 'Tessit'], // a doubled letter
  ['Shemdinli', 'TR', 'Hakkâri', 'Şemdinli'], // Turkish ş is sh
  ['Khachmaz', 'AZ', null, 'Xaçmaz'], // Azeri x and ç: kh, ch (a country holder: equal keys only)
  ['Kondooga', 'NG', 'Kano State', null], // the town lies in another province
  ['Zorvakima', 'NG', 'Borno State', null], // no place of that spelling
  ['Bama', 'NG', null, null], // too few consonants to search a whole country
];
for (const [name, cc, admin1, expected] of CASES) {
  test(`close spelling in ${admin1 ?? cc}: ${name}`, () => {
    const key = admin1 == null ? null : admin1Key(cc, admin1);
    if (admin1 != null) assert.notEqual(key, null, `no province ${admin1}`);
    const e = townCloseIn(gaz, name, { country: cc, admin1Key: key, near: null });
    assert.equal(e === null ? null : gaz.nameOf(e), expected);
  });
}

// Spellings that must meet, and near pairs that must not.
const KEYS: Array<[string, string, boolean]> = [
  ['Svietlahorsk', 'Svyetlahorsk', true], ['Hamidiyah', 'Hamidieh', true], ['Miranshah', 'Miran Shah', true],
  ['Benito Juarez', 'Ciudad Benito Juárez', true], ['Barangay Marbel', 'Marbel', true], ['Qamishly', 'Al Qāmishlī', true],
  ['Demas', 'Delmas', false], ['Karam', 'Karama', false],
];
for (const [a, b, same] of KEYS) test(`close key: ${a} ~ ${b}`, () => assert.equal(closeKey(a) === closeKey(b), same));
