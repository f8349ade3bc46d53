// where14 (loc.area-spelling): a one-word province written with its doubled letters otherwise than GeoNames writes it
// ("Hiraan" ~ Hiiraan, "Ouaddai" ~ Ouadaï, "Shabelle" ~ Shabeelle). Writers of names romanised from Arabic, Somali or
// Persian double or single the long vowels and the shadda as their scheme does (ALA-LC and BGN/PCGN write the shadda
// doubled, news often does not; Somali writes long vowels doubled), and GeoNames lists one spelling of most admin-1 names.
// The build stores each area's loose skeleton within its country (gazetteer/admin-names.ts areaLooseKey, "^SO~haran"),
// which the recogniser never asked: a one-word name that is no gazetteer key at all now asks it, in each country whose
// names are romanised loosely, and keeps an admin-1 area whose bare name equals the name with every doubled letter
// written once (hiraan → hiran = Hiiraan). Rules, never a list per place. Guards:
//   - a word wink-nlp's English lexicon knows, or a common given name, is no province;
//   - admin-1 areas only: districts' names are village and family names far more often;
//   - only the doubling may differ. Meeting the area through its whole skeleton (a vowel, aw/aou, kh/h: "Galgaduud" ~
//     Galguduud, "Hadramawt" ~ Hadramaout) was tried in round 14: the skeleton also meets persons' names ("Buhari" ~
//     Beheira, "Basheer" ~ Béchar), and even kept to articles telling the area's country it moved one ACLED half-b row's
//     geo-precision off: left out.
import type { Gazetteer, Posting } from '../../gazetteer/index.js';
import { FLAG_LOOSE, FLAG_PRIMARY } from '../../gazetteer/format.js';
import { foldKey, skeletonKey } from '../../gazetteer/fold.js';
import { LOOSE_COUNTRIES } from '../../gazetteer/loose-key.js';
import { bareAreaName } from '../../gazetteer/admin-names.js';
import { englishWord } from './english.js';
import { COMMON_GIVEN_NAMES } from './given-names.js';
import { GIVEN_NAMES } from './lexicon.js';

const MIN_LENGTH = 5;
const undouble = (k: string): string => k.replace(/(.)\1+/g, '$1');
const COUNTRIES = [...LOOSE_COUNTRIES];

/** The admin-1 areas a one-word name no gazetteer key holds answers to with its doubled letters written once; [] when none. */
export function spelledArea(gaz: Gazetteer, key: string): Posting[] {
  if (key.length < MIN_LENGTH || key.includes(' ') || !/^[a-z]+$/.test(key)) return [];
  if (COMMON_GIVEN_NAMES.has(key) || GIVEN_NAMES.has(key) || englishWord(key)) return [];
  const skel = skeletonKey(key);
  const single = undouble(key);
  const out: Posting[] = [];
  for (const cc of COUNTRIES) {
    for (const p of gaz.lookup(`^${cc}${skel}`)) {
      if (gaz.featureOf(p.entry) !== 'ADM1') continue;
      const name = foldKey(gaz.entry(p.entry).name);
      if (undouble(bareAreaName(name) ?? name) === single) out.push({ entry: p.entry, flags: FLAG_LOOSE | FLAG_PRIMARY });
    }
  }
  return out;
}
