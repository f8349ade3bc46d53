// The loose romanisation key: a second, looser key behind the exact fold (fold.ts), under which the
// spellings of one name written from Arabic, Persian, Pashto, Somali or Cyrillic meet:
//   Deir ez-Zor / Dayr az Zawr / Deir al-Zour, Idlib / Idleb, Qamishli / Kamishli / Al-Qamishli,
//   Hasakah / Hasakeh / Hasaka, Hamidiyah / Hamidiya / Hamidieh, Ouadi / Wadi, Chebbak / Shebbak.
// It is built from the general rules of romanisation, never from a list of places:
//   - each scheme writes the same vowel its own way (a/e, i/e, u/o/ou, ay/ai/ei/ey, aw/au/ow): a run
//     of vowel letters, with the glides y and w that close diphthongs and long vowels (Dayr/Deir,
//     Zawr/Zor), is one "a". Between two vowels, y, w and i are the consonants ي and و (Ayin, Uyun,
//     French Aïoun): kept. Where the vowels stand is kept: Arabic names of one root differ by them
//     alone (Nasser / An Nasr, Karam / Al Karamah, Jabal / Jablah);
//   - the article (al-, el-, ad-, as-, az-, ash- ... with its sun-letter assimilation) and the
//     Persian ezafe (-e-, -i-: Mazar-e Sharif / Mazar-i-Sharif) are dropped wherever they stand,
//     also when written fused to an assimilated sun letter (Ezzor = ez-Zor, Errachidia = er-Rachidia);
//   - a final -h after a vowel is the ta marbuta (Hasakah/Hasaka) or a Persian silent h: dropped;
//   - one consonant, several spellings: kh/h (Kh/H), gh/g, sh/ch/sch/tch (French ch, German sch),
//     zh/dzh/dj/j, th/t, dh/d, ph/f, q/k/c/ck, x/h (Somali x is ħ: Salaxaad ~ Salahad); Cyrillic в is
//     v, a consonant (Kharkov ~ Kharkiv), except first, where v and w are one (Vardak ~ Wardak);
//   - doubled letters (the shadda, Cyrillic doubling) are written single; apostrophes (ʿayn, hamza)
//     and hyphens are already gone in the exact fold; an English unit word (province, district,
//     state ...) is no romanisation: kept as it is.
// Sources: the ALA-LC, BGN/PCGN, DIN 31635 and French romanisation tables for Arabic and Persian, the
// Somali Latin alphabet (c = ʿayn, x = ħ), BGN/PCGN and scientific transliteration of Cyrillic.
// A one-word key with fewer than three consonants, or a longer one with fewer than two, is too loose
// to tell places apart: the build stores none (looseKeyUsable), though a short span's key still
// serves as a prefix of longer ones.

// Writers in these countries romanise names from Arabic, Persian, Pashto/Urdu, Somali or Cyrillic
// script (loose-key.ts): their names get article-less and loose keys too.
export const LOOSE_COUNTRIES: ReadonlySet<string> = new Set([
  ...'SY IQ LB JO PS IL EG LY TN DZ MA EH MR SA YE OM AE QA KW BH SD SS TD NE ML SO DJ ER ET'.split(' '), // Arabic, Somali
  ...'IR AF PK TJ'.split(' '), // Persian, Pashto, Urdu
  ...'UA BY'.split(' '), // Cyrillic, where Ukrainian/Belarusian and Russian forms compete (Kharkiv/Kharkov)
]);

/** Articles and the ezafe as whole words after folding (hyphens are spaces by then). */
const ARTICLE_WORDS = new Set(['al', 'el', 'ad', 'ed', 'as', 'es', 'at', 'et', 'an', 'en', 'ar', 'er', 'az', 'ez', 'ash', 'esh', 'ath', 'adh', 'e', 'i']);

// Longest spellings first: each maps one consonant's spellings to one letter (upper case letters are
// the merged sounds, so that a later rule cannot read them again).
const CONSONANTS: Array<[RegExp, string]> = [
  [/tch|sch|sh|ch/g, 'S'],
  [/dzh|zh|dj|j/g, 'J'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/ck|q|c/g, 'k'],
  [/x/g, 'h'],
  [/v/g, 'V'],
];

// English words news puts after a romanised name ("Saada province"): written as they are, and not
// counted as consonants of the name.
const UNIT_WORDS = new Set(['province', 'governorate', 'state', 'region', 'district', 'county', 'territory', 'city', 'town', 'village', 'camp', 'area']);

// Vowel letters and the glides y and w (Cyrillic в is V by then).
const VOWEL = /[aeiouyw]/;
const PURE_VOWEL = /[aeiou]/;
// An article fused to the doubled sun letter it assimilated to: a/e + t, d, r, z, s, n or l, twice.
const FUSED_ARTICLE = /^[ae](?:tt|dd|rr|zz|ss|nn|ll)[a-z]{2}/;
const MIN_CONSONANTS = 3;

/** The loose key of a folded key (foldKey's output), '~'-prefixed. */
export function looseKey(folded: string): string {
  const words: string[] = [];
  for (const w of folded.split(' ')) {
    if (!w || ARTICLE_WORDS.has(w)) continue;
    const k = UNIT_WORDS.has(w) ? w : looseWord(w);
    if (k) words.push(k);
  }
  return '~' + words.join(' ');
}

/**
 * Whether a loose key holds enough consonants to be stored: three, or two in a name of two words or
 * more (every "a" in a skeleton stands for vowels; unit words count for nothing).
 */
export function looseKeyUsable(key: string): boolean {
  let n = 0;
  const words = key.slice(1).split(' ').filter((w) => !UNIT_WORDS.has(w));
  for (const w of words) for (const c of w) if (c !== 'a') n++;
  return n >= (words.length > 1 ? MIN_CONSONANTS - 1 : MIN_CONSONANTS);
}

/** One word's skeleton: its consonants, merged and single, with an "a" where each vowel run stands. */
export function looseWord(word: string): string {
  let w = FUSED_ARTICLE.test(word) ? word.slice(2) : word;
  // Ta marbuta and silent h: a final h after a vowel (not the h of kh, sh, ch, gh, th, dh, zh).
  if (w.length > 3 && w.endsWith('h') && VOWEL.test(w[w.length - 2])) w = w.slice(0, -1);
  if (w[0] === 'v') w = 'w' + w.slice(1);
  for (const [re, to] of CONSONANTS) w = w.replace(re, to);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    // y, w or i between two vowels is a consonant (Ayin, Uyun, Aïoun); French "ou" before a vowel is w.
    // After i or e, y and i only lengthen the vowel (-iya ~ -ia, Deir).
    if ((c === 'y' || c === 'w' || c === 'i') && i > 0 && PURE_VOWEL.test(w[i - 1]) && PURE_VOWEL.test(w[i + 1] ?? '') && !(c !== 'w' && /[ie]/.test(w[i - 1]))) {
      out += c === 'w' ? 'w' : 'y';
      continue;
    }
    if (c === 'o' && w[i + 1] === 'u' && PURE_VOWEL.test(w[i + 2] ?? '') && i > 0) {
      out += 'w';
      i++;
      continue;
    }
    if (VOWEL.test(c)) {
      if (out[out.length - 1] !== 'a') out += 'a';
    } else if (w[i - 1] !== c) out += c; // a doubled letter once
  }
  return out;
}

// Arabic word endings as each scheme writes them: the nisba adjective (-iyah, -iyeh, -ieh, -iya,
// -iyya) and the ta marbuta (-ah, -eh, -a). Longest first.
const NISBA = ['iyyah', 'iyyeh', 'iyah', 'iyeh', 'iyya', 'iyye', 'ieh', 'iya', 'iye'];
const TA_MARBUTA = ['ah', 'eh', 'a'];
const MIN_STEM = 4;

const MIN_UNDOUBLED = 6;

/**
 * The other spellings of a one-word name from Arabic: with its doubled letters written once (the
 * shadda, a long vowel: Shaddadah ~ Shadadah, Aanjar ~ Anjar), and with each of its Arabic endings
 * (endingVariants). The name itself is not among them.
 */
export function spellingVariants(word: string): string[] {
  const single = word.replace(/(.)\1+/g, '$1');
  const bases = single !== word && single.length >= MIN_UNDOUBLED ? [word, single] : [word];
  const out = new Set<string>();
  for (const b of bases) for (const v of [b, ...endingVariants(b)]) out.add(v);
  out.delete(word);
  return [...out];
}

/**
 * The other spellings of a one-word name's Arabic ending: "qatranah" → qatraneh, qatrana;
 * "hamidiyah" → hamidiyeh, hamidieh, hamidiya ... A one-word name keeps every other letter as
 * written: one-word names are where loose keys meet given names and English words (al-Bahloul ~
 * Bahlil), so only the ending, which writers vary most and names share least, is loosened.
 */
export function endingVariants(word: string): string[] {
  for (const set of [NISBA, TA_MARBUTA]) {
    const end = set.find((e) => word.endsWith(e));
    if (!end) continue;
    const stem = word.slice(0, -end.length);
    // A ta marbuta follows a consonant ("kiswah"): "-ia" of "Somalia" is no -ah.
    if (stem.length < MIN_STEM || (set === TA_MARBUTA && /[aeiou]/.test(stem[stem.length - 1]))) return [];
    return set.filter((e) => e !== end).map((e) => stem + e);
  }
  return [];
}
