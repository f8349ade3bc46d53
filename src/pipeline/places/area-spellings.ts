// where14: a one-word province written in another romanisation than GeoNames' ("Hiraan" ~ Hiiraan, "Galgaduud" ~
// Galguduud, "Hadramawt" ~ Hadramaout, "Ouaddai" ~ Ouadaï). GeoNames lists one spelling of most admin-1 names of the
// countries whose names are romanised from Arabic, Persian, Somali or Cyrillic; writers double or single the long
// vowels and the shadda, write aw/au/aou, ou/u/w, a/u, kh/h as their scheme does. The build stores each area's loose
// skeleton within its country (gazetteer/admin-names.ts areaLooseKey, "^SO~haran"), which the recogniser never asked:
// a one-word name that is no gazetteer key at all now asks it, in each such country, for an admin-1 area only.
// Rules from the romanisation tables (gazetteer/loose-key.ts), never a list per place. Guards:
//   - a word wink-nlp's English lexicon knows, or a common given name, is no province ("Senior" ~ Sennar, "Nigel" ~ Nugaal);
//   - a name equal to the area's bare name with its doubled letters written once (ouaddai → ouadai = Ouadaï, hiraan →
//     hiran = Hiiraan: the shadda or a long vowel alone differs) is that area wherever it is told; a skeleton of fewer
//     than three consonants ("Ouaddai" ~ "ada") allows nothing looser;
//   - a name that meets the area only through its skeleton (a vowel, aw/aou, kh/h differ: "Galgaduud" ~ Galguduud,
//     "Hadramawt" ~ Hadramaout) is flagged FLAG_SPELLED: resolve.ts keeps it only where another name of the article
//     lies in the area's country (the skeleton also meets persons' names: "Buhari" ~ Beheira, "Basheer" ~ Béchar);
//   - admin-1 areas only: districts' names are village and family names far more often.
import type { Gazetteer, Posting } from '../../gazetteer/index.js';
import { FLAG_LOOSE, FLAG_PRIMARY } from '../../gazetteer/format.js';
import { foldKey, skeletonKey } from '../../gazetteer/fold.js';
import { LOOSE_COUNTRIES, looseKeyUsable } from '../../gazetteer/loose-key.js';
import { bareAreaName } from '../../gazetteer/admin-names.js';
import { englishWord } from './english.js';
import { COMMON_GIVEN_NAMES } from './given-names.js';
import { GIVEN_NAMES } from './lexicon.js';

const MIN_LENGTH = 5;
/** A posting found here (in memory only; the file's flags use bits 27-31): resolve.ts keeps it only with its country told. */
export const FLAG_SPELLED = 1 << 26;
const undouble = (k: string): string => k.replace(/(.)\1+/g, '$1');
const COUNTRIES = [...LOOSE_COUNTRIES];

/** The admin-1 areas a one-word name no gazetteer key holds answers to through its loose skeleton; [] when none. */
export function spelledArea(gaz: Gazetteer, key: string): Posting[] {
  if (key.length < MIN_LENGTH || key.includes(' ') || !/^[a-z]+$/.test(key)) return [];
  if (COMMON_GIVEN_NAMES.has(key) || GIVEN_NAMES.has(key) || englishWord(key)) return [];
  const skel = skeletonKey(key);
  const loose = looseKeyUsable(skel);
  const single = undouble(key);
  const out: Posting[] = [];
  for (const cc of COUNTRIES) {
    for (const p of gaz.lookup(`^${cc}${skel}`)) {
      if (gaz.featureOf(p.entry) !== 'ADM1') continue;
      const name = foldKey(gaz.entry(p.entry).name);
      // Only the doubled letters differ ("Ouaddai" ~ Ouadaï, "Hiraan" ~ Hiiraan): the name itself, wherever it is told.
      if (undouble(bareAreaName(name) ?? name) === single) out.push({ entry: p.entry, flags: FLAG_LOOSE | FLAG_PRIMARY });
      else if (loose) out.push({ entry: p.entry, flags: FLAG_LOOSE | FLAG_PRIMARY | FLAG_SPELLED });
    }
  }
  if (out.length && process.env.W14_DEBUG) process.stderr.write(`spelled ${key} -> ${out.map((p) => gaz.entry(p.entry).name).join(';')}\n`);
  return out;
}
