// Context rules: whether a gazetteer match is a place as a careful reader would take it, or a
// person ("President Chad", "Michael Jordan"), a street ("Jordan Street"), a newspaper ("the Paris
// Times"), a common word at the head of a sentence ("Mobile phones ..."), or a non-place word.
import type { Doc, Token } from '../../types.js';
import { foldKey, type Gazetteer, type Posting } from '../../gazetteer/index.js';
import { FLAG_ABBREV, FLAG_DEMONYM, FLAG_PRIMARY, FLAG_WORD } from '../../gazetteer/format.js';
import { LOCATIVE_PREPS, PLACE_PART_NOUNS } from './lexicon.js';
import { COMMON_GIVEN_NAMES } from './given-names.js';
import { COMMON_WORD_PLACES, COMPANY_WORDS, SITE_WORDS_LOWER, GIVEN_NAMES, CURRENCY_WORDS, KIN_WORDS, MEDIA_WORDS, NAME_ARTICLES, NAME_HEADS, NAME_LINKS, NAME_PREFIXES, NOT_PLACES, ORG_WORDS, PERSON_VERBS, STREET_WORDS, TITLES } from './lexicon.js';
import { SHOP_WORDS } from '../../lexicon/place-kinds.js';
import { kindOf } from './hierarchy.js';
import { englishWord } from './english.js';
import { foldCached } from './word-memo.js';
import { memoized } from '../../memo.js';

const ACRONYM_FEATURES = new Set(['PCLI', 'CONT', 'RGN', 'ADM1', 'TERR']);

/** world13: a firm's outlets ("a Kabul Bank branch"). */
const BRANCH_WORDS = new Set(['branch', 'branches', 'office', 'offices', 'outlet', 'outlets', 'agency']);
const isCapWord = (t: Token | undefined): boolean => !!t && t.type === 'word' && isUpper(t.text.charCodeAt(0));
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
// Lower case without a final period; the capital test comes first at each use, so most words are never lowered.
// Remembered by the text: the capitalised words around names recur, and each fold was a new string to hash.
const foldText = memoized(50_000, (text: string): string => {
  const l = text.toLowerCase();
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
});
const fold = (t: Token | undefined): string => (t ? foldText(t.text) : '');

/** The nearest word token before `i` in the same sentence (skipping a title's period), or undefined. */
/** Whether up to three capitalised words or name links ("al", "bin") lead back from token i to a title ("MP Samir al"). */
function titledName(tokens: Token[], i: number): boolean {
  let k = i - 1, names = 0;
  while (k >= 0 && i - k <= 4 && tokens[k].type === 'word' && tokens[k].end + 1 >= tokens[k + 1].start &&
    tokens[k].sentence === tokens[i].sentence && (isCapWord(tokens[k]) || NAME_LINKS.has(tokens[k].text.toLowerCase()))) {
    if (TITLES.has(fold(tokens[k]))) return names > 0 && isCapWord(tokens[k]);
    if (isCapWord(tokens[k])) names++;
    k--;
  }
  return false;
}

function prevWord(tokens: Token[], i: number): Token | undefined {
  const s = tokens[i].sentence;
  for (let j = i - 1; j >= 0 && tokens[j].sentence === s; j--) {
    if (tokens[j].type === 'word') return tokens[j];
    if (tokens[j].text !== '.') return undefined;
  }
  return undefined;
}

/** /^[A-Z]{2,4}$/ by char codes. */
function isAcronym(s: string): boolean {
  if (s.length < 2 || s.length > 4) return false;
  for (let k = 0; k < s.length; k++) if (!isUpper(s.charCodeAt(k))) return false;
  return true;
}

/** Why a match is not a place: 'person' (a name a later bare mention also means), 'name' (the head of a longer place
 * name the gazetteer lacks: "Abu Zeitoun", "Nord-Kivu") or 'other'; null if it is one. */
export type Block = 'person' | 'name' | 'other' | null;

export function blockedByContext(doc: Doc, gaz: Gazetteer, first: number, last: number, key: string, postings: Posting[], prevIsPlace: boolean, persons: Set<string>): Block {
  const why = blockReason(doc, gaz, first, last, key, postings, prevIsPlace, persons);
  return why === true ? 'other' : why === false ? null : why;
}

/** What the rules ask of a match's postings, each once: bits of one pass over them (see factsOf). */
const ANY_MAJOR = 1, ANY_PROMINENT = 2, ANY_ABBREV_OR_PRIMARY = 4, ALL_WORD_SMALL = 8, ANY_PRIMARY_ACRONYM = 16, ANY_PRIMARY_OR_BIG = 32,
  ANY_DEMONYM = 64, ANY_ACRONYM_FEATURE = 128, ALL_WIDE = 256, ALL_HAMLET = 512;
/** The facts of a postings array, remembered by the array (bounded, cleared when full): a name's postings are one
 * array wherever it is told (the word memo's, or the gazetteer's look-up's: recognize.ts usable), met article after
 * article, so the ten scans of its postings the rules made run once. */
const postingFacts = new Map<Posting[], number>();
function factsOf(gaz: Gazetteer, postings: Posting[]): number {
  let facts = postingFacts.get(postings);
  if (facts !== undefined) return facts;
  if (postingFacts.size >= 50_000) postingFacts.clear();
  facts = ALL_WORD_SMALL | ALL_WIDE | ALL_HAMLET;
  for (let k = 0; k < postings.length; k++) {
    const e = postings[k].entry, f = postings[k].flags, fc = gaz.featureOf(e), pop = gaz.populationOf(e);
    const major = isMajorPlace(gaz, e);
    if (major) facts |= ANY_MAJOR;
    if (isProminent(gaz, e)) facts |= ANY_PROMINENT;
    if (f & (FLAG_ABBREV | FLAG_PRIMARY)) facts |= ANY_ABBREV_OR_PRIMARY;
    if (!(f & FLAG_WORD && !major)) facts &= ~ALL_WORD_SMALL;
    if (f & FLAG_PRIMARY && ACRONYM_FEATURES.has(fc)) facts |= ANY_PRIMARY_ACRONYM;
    if (f & FLAG_PRIMARY || pop >= 100000) facts |= ANY_PRIMARY_OR_BIG;
    if (f & FLAG_DEMONYM) facts |= ANY_DEMONYM;
    if (ACRONYM_FEATURES.has(fc)) facts |= ANY_ACRONYM_FEATURE;
    if (!WIDE_FEATURES.has(fc)) facts &= ~ALL_WIDE;
    if (!(pop < 20000 && !major)) facts &= ~ALL_HAMLET;
  }
  postingFacts.set(postings, facts);
  return facts;
}

/** Round 43: the words that open a street's or square's name in Spanish, Portuguese and Italian (general knowledge of those
 * languages' street names). Followed by a particle ("Plaza de Armas") the whole name is read as before. */
const STREET_HEADS_BEFORE: ReadonlySet<string> = new Set(['plaza', 'avenida', 'calle', 'paseo', 'rua', 'praca', 'piazza', 'viale']);

function blockReason(doc: Doc, gaz: Gazetteer, first: number, last: number, key: string, postings: Posting[], prevIsPlace: boolean, persons: Set<string>): boolean | 'person' | 'name' {
  const { tokens } = doc;
  if (NOT_PLACES.has(key)) return true;
  const single = first === last;
  const surface = tokens[first].text;
  const facts = factsOf(gaz, postings);
  const small = !(facts & ANY_MAJOR);
  // A person's name word blocks the place everywhere, unless the place is prominent (Paris, Georgia).
  if (single && persons.has(key) && !(facts & ANY_PROMINENT)) return 'person';
  // An abbreviation is a place only when the gazetteer knows it as one ("La.", "U.S."), not "Sgt.".
  if (single && surface.endsWith('.') && !(facts & ANY_ABBREV_OR_PRIMARY)) return true;
  // A common English word ("Bell", "Still", "Chamber") names a small town only with place evidence.
  if (single && facts & ALL_WORD_SMALL && !placeEvidence(tokens, first, last)) return true;
  // An all-capitals token of up to four letters is an acronym (AP, IT, ISIS) unless it is a
  // country or region's own short form (US, UK, UAE).
  if (single && isAcronym(surface) && !(facts & ANY_PRIMARY_ACRONYM)) return true;
  // The first word of a sentence is capitalised anyway: an alternate spelling of a small place there
  // is far more likely an English word ("Since", "Human") than the place.
  if (single && !(facts & ANY_PRIMARY_OR_BIG) && isSentenceStart(tokens, first)) return true;
  const prev = prevWord(tokens, first);
  const prevAdjacent = first > 0 && tokens[first - 1].type === 'word' && tokens[first - 1].sentence === tokens[first].sentence;
  if (prev && isCapWord(prev) && TITLES.has(fold(prev))) return 'person';
  // "the house of MP Samir al Jisr", "Mayor Hassan Dabouq": a small place's name at the end of a title's name
  // (a given name and name links between) is the person's family name.
  if (small && titledName(tokens, first)) return 'person';
  const next = tokens[last + 1];
  const nextWord = next && next.type === 'word' && next.start <= tokens[last].end + 1 ? next : undefined;
  // round 24: "Riyad Muhammad al-Harazin", "Samar Majid Kamel Abu Muailiq": a given name, then at once (one space) another given
  // name or a name particle (a chain of father's and grandfather's names, as Arabic names run), is a person's name, however well
  // known the place it also spells.
  if (single && COMMON_GIVEN_NAMES.has(key) && nextWord && nextWord.start === tokens[last].end + 1 && isCapWord(nextWord) &&
    (COMMON_GIVEN_NAMES.has(fold(nextWord)) || CHAIN_PARTICLES.has(fold(nextWord)))) return 'person';
  // Round 43: a street or square word of Spanish, Portuguese or Italian before its name ("Plaza Italia", "Avenida 9 de Julio",
  // "Piazza Navona"): the head of a street's name, which lies in the town told with it, not a place it spells
  // ("Municipio Plaza" in Venezuela); the English street words come after the name (STREET_WORDS, below).
  if (single && STREET_HEADS_BEFORE.has(key) && nextWord && (isCapWord(nextWord) || /^\d/.test(nextWord.text))) return true;
  if (nextWord && isCapWord(nextWord)) {
    const f = fold(nextWord);
    // Round 40: not "the Hyderabad Press Club", "outside the Karachi Press Club": a city's press club is a hall in that city (South
    // Asian news names rallies by it), not a paper named after the city.
    if (STREET_WORDS.has(f) || (MEDIA_WORDS.has(f) && !(f === 'press' && fold(tokens[last + 2]) === 'club')) || SHOP_WORDS.has(f)) return true;
    // world13: "a Kabul Bank branch in Kunduz": a firm named after a city, told by its branch or office, which lies elsewhere.
    if (COMPANY_WORDS.has(f) && BRANCH_WORDS.has(tokens[last + 2]?.text ?? '')) return true;
    // Round 38: "inside the Queen Elizabeth National Park", "the Kruger National Park", "the Yankari Game Reserve": a small place's name
    // before a protected area's capitalised name names the park (after a person, a river, a range), which lies wherever it lies, not
    // at a small namesake town (general English: "national park" n.1, "game reserve" n.1, "nature reserve" n.1 in WordNet 3.1).
    if (small && PROTECTED_AREA_HEADS.has(f) && last + 2 < tokens.length && PROTECTED_AREA_NOUNS.has(fold(tokens[last + 2]))) return true;
  }
  // world13: "al-Karama square in Sweida city": a lower-case street word, then the town it lies in, names a site of that
  // town, not the place (alone, "the Zahle roundabout" is a site of Zahle, which stays the place).
  if (nextWord && SITE_WORDS_LOWER.has(nextWord.text) && small) {
    const prep = tokens[last + 2], town = tokens[last + 3];
    if (prep && town && (prep.text === 'in' || prep.text === 'of') && isCapWord(town)) return true;
  }
  // "the US dollar", "Lebanese pounds": money, not a place.
  if (nextWord && CURRENCY_WORDS.has(nextWord.text)) return true;
  // "the Al-Najjar family home", "the Tamraz and Jouda families", "the Hawadle clan": a family's name, not a place
  // (a province's or country's families are its people: "Ontario families").
  if (familyName(tokens, first, last) && !(facts & ANY_DEMONYM) && (small || tokens[first - 1]?.text.toLowerCase() === 'the' ||
      !(facts & ANY_ACRONYM_FEATURE))) return true;
  // "Tal al-Hamra", "Abu al-Khasib": after an Arabic name's head, the rest of a name the gazetteer lacks.
  if (small && prevAdjacentCap(tokens, first) && NAME_HEADS.has(tokens[first - 1].text.toLowerCase())) return true;
  // "Abu Rasin", "Tal al-Zaatar", "Bani Suhila": an Arabic name's head before the rest of a name the gazetteer lacks.
  if (single && NAME_HEADS.has(key) && (isCapWord(nextWord) || articleThenName(tokens, last + 1))) return 'name';
  // "Hatem Al-Qudra", "Kambi ya Yua", "Dara i Sufi": a small town's name before a name link and a name is a person's or a longer name.
  if (single && small && articleThenName(tokens, last + 1, NAME_LINKS)) return true;
  // "Concepcion de Oriente", "San Juan de Micay", "Santa Cruz del Norte": a town's name, then a Romance name link in
  // lower case and a capitalised word the gazetteer did not join to it, is the head of a longer name it lacks (Spanish,
  // Portuguese, French and Italian place names join their parts so); told as one unresolved name, its holder stands
  // for it. A name that is only a country or a province keeps its reading ("Mexico de ..." is no such head).
  if (!(facts & ALL_WIDE) && articleThenName(tokens, last + 1, ROMANCE_LINKS) &&
      tokens[last + 1].text === tokens[last + 1].text.toLowerCase()) return 'name';
  // "Nord-Kivu", "Haut-Uele": a compass or level word before a hyphen is the head of a longer name the gazetteer lacks.
  if (single && NAME_PREFIXES.has(key) && tokens[last + 1]?.text === '-' && tokens[last + 1].start === tokens[last].end && isCapWord(tokens[last + 2])) return 'name';
  // "War Tho Kho village", "Bar Ujeed village", "X Y Zay ward": a small place's name (of one word or more), then capitalised words, then a lower-case
  // settlement word, is the first word of one longer name the gazetteer lacks (the settlement word says the whole
  // is one place): told as one unresolved name, which its holder can stand for.
  if (small && settlementNameAfter(tokens, last)) return 'name';
  // "Abu Rasin", "Big Sukariyeh", "Saleem Khil": a small town's name followed at once by a capitalised word the
  // gazetteer did not join to it is the first word of a longer name it lacks (the joined name is no key).
  // An English word after it ("Kettering Republican", "Middletown High") leaves it a town.
  if (small && nextWord && nextWord.start === tokens[last].end + 1 && /^[A-Z][a-z]{2,}$/.test(nextWord.text) && !/^['’]s$/.test(tokens[last + 2]?.text ?? '') &&
      // Three capitalised words in a row ("Riverdale Lukoil South") are more likely a firm or a building named after the town.
      !(isCapWord(tokens[last + 2]) && tokens[last + 2].start === nextWord.end + 1) &&
      !kindOf(nextWord.text.toLowerCase()) && !englishWord(nextWord.text) && !(nextWord.text.endsWith('s') && englishWord(nextWord.text.slice(0, -1))) &&
      !COMMON_GIVEN_NAMES.has(fold(nextWord)) && !startsPlace(gaz, nextWord.text)) {
    // A name of two words or more ("San Lucas Atoyatenco") is a place the gazetteer lacks, told unresolved so that its
    // holder can stand for it; one word may as well be a person's ("Hatem Qudra") and is dropped.
    return single ? true : 'name';
  }
  if (single && GIVEN_NAMES.has(key)) {
    // "Chad Smith", "Michael Jordan": a given name before a surname, or a surname after a given name.
    if (nextWord && isCapWord(nextWord) && nextWord.pos === 'PROPN' && !ORG_WORDS.has(fold(nextWord)) && !TITLES.has(fold(nextWord))) return 'person';
  }
  // After a given name or a known person's name word, the place name is a surname: "George
  // Washington", "Michael Jordan". Other capitalised words before it are usually an organisation
  // that holds the place ("Children's Villages Sudan"), which readers still take as the place.
  if (prevAdjacent && !prevIsPlace && isCapWord(tokens[first - 1])) {
    const p = fold(tokens[first - 1]);
    if ((COMMON_GIVEN_NAMES.has(p) && !GIVEN_NAMES.has(p)) || (GIVEN_NAMES.has(key) && persons.has(p))) return 'person';
    // "Wess Henry", "Darren Ripley": after a capitalised word the gazetteer does not know, a small
    // town's name is a surname. Big places keep their reading ("SOS Villages Sudan").
    if (single && small && tokens[first - 1].pos === 'PROPN' && /^[A-Z][a-z]+$/.test(tokens[first - 1].text) && !isSentenceStart(tokens, first - 1)) return true; // local: "Best Western DeKalb Inn" is no person
  }
  // "Stevens & Wilkinson", "Johnson & Sons": a firm.
  // Bounds tested, not left to `?.`: a read past either end of the array took blockReason's optimised code down ("out of bounds").
  if (single && small && ((last + 1 < tokens.length && tokens[last + 1].text === '&') || (first > 0 && tokens[first - 1].text === '&'))) return true;
  // A hamlet named like a person ("Lucy", "Axel") is the person unless the sentence places it.
  if (single && facts & ALL_HAMLET && COMMON_GIVEN_NAMES.has(key) && !placeEvidence(tokens, first, last)) return true;
  // A small town does not speak: "Meredith noted", "Robertson said" is a person.
  // (world8: not after "of": in "the mayor of Jamundi said", the title holder speaks and the town is the place of its office.
  // Round 38: nor after a locative preposition: in "police in Kasese said", "a resident from Bwera told", the speaker is named before
  // and the town is where it is.)
  if (single && small && nextWord && PERSON_VERBS.has(nextWord.text.toLowerCase()) && !PLACE_BEFORE_SPEAKING.has(tokens[first - 1]?.text.toLowerCase() ?? '')) return 'person';
  if (single && COMMON_WORD_PLACES.has(key)) {
    const atStart = isSentenceStart(tokens, first);
    const nextLowerNoun = nextWord && /^[a-z]/.test(nextWord.text) && (nextWord.pos === 'NOUN' || nextWord.pos === 'VERB');
    if (atStart || nextLowerNoun) return true;
  }
  return false;
}

/** A protected area's name: its first capitalised word after the name, then its noun ("National Park", "Game Reserve"). */
const PROTECTED_AREA_HEADS: ReadonlySet<string> = new Set(['national', 'game', 'nature', 'wildlife', 'forest']);
const PROTECTED_AREA_NOUNS: ReadonlySet<string> = new Set(['park', 'reserve', 'sanctuary']);
/** The words after which a small town followed by a speaking verb is still the town (the speaker is named before it). */
const PLACE_BEFORE_SPEAKING: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from', 'near']);

const MAJOR_FEATURES = new Set(['PCLI', 'CONT', 'RGN', 'PPLC', 'TERR', 'PEN', 'OCN', 'SEA', 'GULF', 'PLAT']);

/** Name particles that go on a person's name chain ("Ahmed bin Ali", "Omar Abu Salah", "Fatima bint Khalid"). */
const CHAIN_PARTICLES: ReadonlySet<string> = new Set(['abu', 'abou', 'bin', 'ibn', 'bint', 'umm', 'ould']);

/** A place too well known to be shadowed by a namesake person: a country, region, capital, 1M+ people. */
export function isProminent(gaz: Gazetteer, e: number): boolean {
  return gaz.populationOf(e) >= 1000000 || MAJOR_FEATURES.has(gaz.featureOf(e));
}

export function isMajorPlace(gaz: Gazetteer, e: number): boolean {
  return gaz.populationOf(e) >= 100000 || MAJOR_FEATURES.has(gaz.featureOf(e));
}

/** "in Bell", "Bell, Calif.": a locative preposition before, or a comma and a capitalised container after. */
function placeEvidence(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && LOCATIVE_PREPS.has(before.text.toLowerCase()) && before.text !== 'of') return true;
  if (before?.text === 'of' && PLACE_PART_NOUNS.has(tokens[first - 2]?.text.toLowerCase() ?? '')) return true;
  // Round 32: "the municipality of Tame", "the department of X", "the commune of X": any unit word before "of" names the place.
  // In lower case: a capitalised unit word is part of a body's name ("the Department of Homeland Security").
  if (before?.text === 'of' && /^[a-z]/.test(tokens[first - 2]?.text ?? '')) {
    const k = kindOf(tokens[first - 2].text);
    if (k === 'admin1' || k === 'admin2' || k === 'town') return true;
  }
  // "raided Mora in Cameroon's Far North region", "shelled Hope near Zorvik": a holder told after it ("in"/"near" and a
  // capitalised name, with "the" between at most) places the word as a place, as "Mora, Far North" does.
  const after = tokens[last + 1]?.text.toLowerCase();
  if ((after === 'in' || after === 'near') && tokens[last + 1].sentence === tokens[last].sentence) {
    const k = tokens[last + 2]?.text.toLowerCase() === 'the' ? last + 3 : last + 2;
    if (isCapWord(tokens[k]) && tokens[k].sentence === tokens[last].sentence) return true;
  }
  if (parenHolder(tokens, first, last)) return true;
  // Round 32: "Bokkos local government area", "Bokkos LGA", "Zhari district": a singular unit word right after the word names it
  // as an administrative area (news writes the unit after a name it does not expect the reader to know). Not a plural ("Nine
  // provinces have been affected") nor a settlement word ("Rum villages": the kind of a list's names).
  // In lower case, as above ("the Heritage Conservation District", "the 2nd Marine Division" are names); Nigeria's "LGA" and its
  // formal "X Local Government Area" too.
  const next = tokens[last + 1];
  if (next && next.sentence === tokens[last].sentence && next.start === tokens[last].end + 1) {
    const w = next.text, k = /^[a-z]/.test(w) ? kindOf(w) : null;
    if ((k === 'admin1' || k === 'admin2') && !w.endsWith('s')) return true;
    if (w === 'LGA' || (w.toLowerCase() === 'local' && tokens[last + 2]?.text.toLowerCase() === 'government')) return true;
  }
  return tokens[last + 1]?.text === ',' && isCapWord(tokens[last + 2]) && tokens[last + 2].sentence === tokens[last].sentence;
}

/** geo11: "Ngouboua (Kaya, Lac)": the last of a list of parenthesised holders told right after a name (ACLED's "town
 * (district, province)") is a place, though an English word spells it. A lone word in brackets is not: "Hpar Hpyo (Chin)
 * village" names the people of the village. */
function parenHolder(tokens: Token[], first: number, last: number): boolean {
  if (tokens[last + 1]?.text !== ')' || tokens[first - 1]?.text !== ',') return false;
  for (let j = first - 1; j >= Math.max(0, first - 8) && tokens[j].sentence === tokens[first].sentence; j--) {
    if (tokens[j].text === ')') return false;
    if (tokens[j].text === '(') return j > 0 && isCapWord(tokens[j - 1]) && tokens[j - 1].sentence === tokens[first].sentence;
  }
  return false;
}

export function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && tokens[j].sentence === tokens[i].sentence; j--) {
    if (tokens[j].type === 'word' || tokens[j].type === 'number') return false;
  }
  return true;
}

/** Whether a word is itself a place name (or starts one): "Aleppo Idlib" is two places, "Abu Rasin" one unknown name. */
function startsPlace(gaz: Gazetteer, word: string): boolean {
  const k = foldCached(word); // remembered: the words after a town recur
  return k !== '' && gaz.lookup(k).some((p) => p.flags & FLAG_PRIMARY);
}

/** "al-Zaatar", "Al Qudra": an Arabic article at token j joined to a capitalised name. */
/** Lower-case links inside Romance place names ("San Juan de Micay", "Mocímboa da Praia", "Santa Cruz del Sur"). */
const ROMANCE_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des']);
/** Countries and provinces: their names do not head a longer place name the gazetteer lacks. */
const WIDE_FEATURES: ReadonlySet<string> = new Set(['PCLI', 'PCLD', 'PCLS', 'PCLF', 'PCL', 'ADM1', 'CONT', 'RGN', 'TERR']);

function articleThenName(tokens: Token[], j: number, links: ReadonlySet<string> = NAME_ARTICLES): boolean {
  // "Qala-e-Kohna", "Bandar-e Abbas": the link may be hyphenated to the name before it.
  if (tokens[j]?.text === '-' && tokens[j + 1] && tokens[j + 1].start === tokens[j].end) j++;
  const t = tokens[j];
  if (!t || !links.has(t.text.toLowerCase())) return false;
  const k = tokens[j + 1]?.text === '-' || tokens[j + 1]?.text === '‑' ? j + 2 : j + 1;
  return isCapWord(tokens[k]) && tokens[k].sentence === t.sentence;
}

/** "the X family", "the X and Y families", "the X, Y and Z clans": the name stands before a kin word, alone or in a list. */
function familyName(tokens: Token[], first: number, last: number): boolean {
  for (let j = last + 1, names = 0; j < tokens.length && j <= last + 8; j++) {
    const w = tokens[j].text.toLowerCase();
    // Lower case: "the Kentucky Family Resource Center" is an office, not a family.
    if (KIN_WORDS.has(tokens[j].text)) return true;
    if (w === 'and' || w === ',' || w === '-' || NAME_ARTICLES.has(w)) continue;
    if (isCapWord(tokens[j]) && ++names <= 3) continue;
    return false;
  }
  return false;
}


/** Whether the token before `first` is a capitalised word of the same sentence, one space before it. */
function prevAdjacentCap(tokens: Token[], first: number): boolean {
  const t = tokens[first - 1];
  return !!t && isCapWord(t) && t.sentence === tokens[first].sentence && tokens[first].start === t.end + 1;
}

/** Lower-case words that close a settlement's name: "X Y village", "X Y Z hill", "X Y area". */
const SETTLEMENT_TAIL = new Set(['village', 'villages', 'hamlet', 'settlement', 'hill', 'township', 'commune', 'area', 'town', 'ward']);
/** Whether one to three capitalised words follow token `last` at once, then a settlement word in lower case. */
function settlementNameAfter(tokens: readonly Token[], last: number): boolean {
  let j = last + 1;
  while (j <= last + 3 && tokens[j] && tokens[j].start === tokens[j - 1].end + 1 && tokens[j].type === 'word' && isCapWord(tokens[j]) &&
    !/^[A-Z]{2,}$/.test(tokens[j].text)) j++;
  const t = tokens[j];
  return j > last + 1 && !!t && t.start === tokens[j - 1].end + 1 && SETTLEMENT_TAIL.has(t.text);
}
