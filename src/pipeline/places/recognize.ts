// Recognition: spans of capitalised tokens that the gazetteer knows, longest match first, then
// the context rules that decide whether a careful reader would take the span as a place.
import type { Doc, Token } from '../../types.js';
import { foldKey, type Gazetteer, type Posting } from '../../gazetteer/index.js';
import { FLAG_ABBREV, FLAG_DEMONYM, FLAG_LOOSE, FLAG_PRIMARY } from '../../gazetteer/format.js';
import { skeletonKey, stripArticle } from '../../gazetteer/fold.js';
import { blockedByContext, isMajorPlace } from './context-rules.js';
import { NAME_LINKS, NOT_PLACES, ROMANCE_ARTICLES } from './lexicon.js';
import { LOOSE_COUNTRIES } from '../../gazetteer/loose-key.js';
import { personAt, personRole } from './persons.js';
import { canGrow, deadWord, foldCached, joinedOf, lookupVariants, pairOf, regionOf, stepPostings, wordOf, type Joined, type Word } from './word-memo.js';
import { isCapitalCode } from '../segment/capitals.js';

export interface Mention {
  start: number;
  end: number;
  first: number; // token index
  last: number; // token index, inclusive
  text: string;
  key: string;
  postings: Posting[];
  demonym: boolean;
}

const MAX_TOKENS = 7;
const ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'az', 'at', 'ed', 'es', 'en', 'ez', 'le', 'la', 'les', 'los', 'las', 'de', 'del', 'san', 'santa', 'st', 'the']);
const JOINERS = new Set(['-', '–', '‑', "'", '’', '.', '&']);
/** world13: the possessive ending as the tokeniser writes it, a token of its own. */
const POSSESSIVE = new Set(["'s", '’s']);
const LOWER_INSIDE = new Set(['of', 'the', 'and', 'de', 'del', 'des', 'du', 'da', 'do', 'dos', 'das', 'di', 'al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'az', 'at', 'ez', 'es', 'en', 'ed', 'la', 'le', 'les', 'los', 'las', 'y', 'sur', 'upon', 'on', 'am', 'im', 'bin', 'ibn', 'abu', 'bani', 'beni', 'bou', 'ben', 'airport', 'van', 'von', 'der', 'den']);
const AIRPORT_TAIL = new Set(['airport', 'airbase', 'airfield']);
/** Unit words news writes in lower case after an area's name ("Saada province", "Zamfara state", "Zhari district"):
 * the gazetteer files admin areas under them (gazetteer/admin-names.ts), so a name may end on one. */
const UNIT_TAIL = new Set(['province', 'governorate', 'state', 'region', 'district', 'county']);

/** Capitalised: A-Z, a Latin-1 capital (À-Þ) or a Latin Extended one (segment/capitals.ts), without a regex. */
const isCapCode = isCapitalCode;
const isCap = (t: Token): boolean => isCapCode(t.text.charCodeAt(0));
const isWord = (t: Token): boolean => t.type === 'word' || t.type === 'email' || t.type === 'hashtag';

type Match = { last: number; key: string; postings: Posting[] };
/** A match awaiting its context rules, or an affixed mention ("pro-Iranian") that needs none. */
type Found = { first: number; best: Match; postings: Posting[] } | Mention;

export function recognize(doc: Doc, gaz: Gazetteer): Mention[] {
  const { tokens, text } = doc;
  // One pass over the tokens finds the matches and the people the article names; the context rules,
  // which need all the people, then run over the matches alone.
  const persons = new Set<string>();
  const found: Found[] = [];
  let inside = -1; // the last token of the previous match
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const c0 = t.text.charCodeAt(0);
    // A word starting A-Z: its memo (by its text alone) holds its person role too, one lookup for both.
    const capital = c0 >= 65 && c0 <= 90 ? wordOf(gaz, t.text) : null;
    if (capital) personAt(tokens, i, persons, (capital.role ??= personRole(t.text)));
    if (i <= inside) continue;
    // Most tokens are lower-case words: out unless affixed or an article joined to the next word.
    if (c0 >= 97 && c0 <= 122 && !earlyHyphen(t.text) && !(tokens[i + 1] && tokens[i + 1].text.length === 1 && JOINERS.has(tokens[i + 1].text))) continue;
    if (!isWord(t)) continue;
    // Only a lower-case word with an early hyphen can be affixed ("pro-Iranian"): the regex runs on those alone.
    if (c0 >= 97 && c0 <= 122 && earlyHyphen(t.text)) {
      const affixed = AFFIXED.exec(t.text);
      if (affixed) {
        const m = affixedMention(doc, gaz, i, affixed[0].length);
        if (m) found.push(m);
        continue;
      }
    }
    // Lower case: only an article joined to the next word ("al-Jalil"); every joiner is one character.
    if (!isCapCode(c0) && !(tokens[i + 1] && tokens[i + 1].text.length === 1 && JOINERS.has(tokens[i + 1].text) && ARTICLES.has(t.text.toLowerCase()))) continue;
    const w = ownText(doc, t) ? capital ?? wordOf(gaz, t.text) : null;
    // Most capitalised words start nothing whatever follows (He, Monday, a surname): one memo lookup.
    const dead = !!w && deadWord(gaz, w, t.text);
    let match = dead ? joinedMatch(doc, gaz, i, w) : longestMatch(doc, gaz, i, w) ?? regionDemonym(doc, gaz, i, w) ?? joinedMatch(doc, gaz, i, w);
    if (!match) continue;
    // A one-word match before a word the two join into ("Ceel" of "Ceel Buur"): the joined name is the longer match.
    if (match.last === i && !dead) match = joinedMatch(doc, gaz, i, w) ?? match;
    const best = possessiveAirport(doc, gaz, match) ?? match;
    found.push({ first: i, best, postings: usableAt(doc, gaz, i, best, w) });
    inside = best.last;
  }
  const out: Mention[] = [];
  const personKeys = new Set<string>();
  let covered = -1; // the last token of an unknown name already told
  for (const f of found) {
    if ('start' in f) {
      out.push(f);
      continue;
    }
    const { first: i, best, postings } = f;
    if (i <= covered) continue;
    const prevIsPlace = out.length > 0 && out[out.length - 1].last >= i - 2;
    const block = postings.length ? blockedByContext(doc, gaz, i, best.last, best.key, postings, prevIsPlace, persons) : 'other';
    if (block === 'person' && i === best.last && !postings.some((p) => isMajorPlace(gaz, p.entry))) personKeys.add(best.key);
    // "Abu Zeitoun", "Nord-Kivu": a place name the gazetteer lacks, told as one (no reading: lat/lon null).
    if (block === 'name') {
      const m = unknownName(doc, i);
      out.push(m);
      covered = m.last;
      continue;
    }
    // geo11: "in Los Caracas, Vargas state": a capitalised Romance article right before the name opens a longer name the
    // gazetteer lacks, not the city it ends with; told as one unknown name, its holder stands for it.
    if (!block && i > 0 && i - 1 > covered && romanceArticleBefore(tokens, i)) {
      const m = unknownName(doc, i - 1);
      out.push(m);
      covered = m.last;
      continue;
    }
    if (!block && !pluralDemonym(gaz, best.key, postings)) {
      const start = tokens[i].start, end = tokens[best.last].end;
      out.push({ start, end, first: i, last: best.last, text: text.slice(start, end), key: best.key, postings, demonym: postings.every((p) => p.flags & FLAG_DEMONYM) });
    }
  }
  // A name found to be a person anywhere is that person everywhere in the article ("Henry ... Henry said").
  return personKeys.size ? out.filter((m) => !(m.first === m.last && personKeys.has(m.key) && !m.demonym)) : out;
}

/** A capitalised Romance article ("Los", "Las", "Le") adjacent before token i, in its sentence. */
function romanceArticleBefore(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  return a.sentence === tokens[i].sentence && a.end + 1 === tokens[i].start && isWord(a) && isCap(a) && ROMANCE_ARTICLES.has(a.text.toLowerCase());
}

/** The whole name from token i: its capitalised words, with the hyphens and name links (al, ya, e) between them. */
function unknownName(doc: Doc, i: number): Mention {
  const t = doc.tokens;
  let last = i;
  for (let j = i + 1; j < t.length && j <= i + 6 && t[j].sentence === t[i].sentence; j++) {
    const x = t[j];
    if (x.start > t[j - 1].end + 1) break;
    if (isWord(x) && isCap(x)) { last = j; continue; }
    if (JOINERS.has(x.text) || (isWord(x) && NAME_LINKS.has(x.text.toLowerCase()))) continue;
    break;
  }
  const start = t[i].start, end = t[last].end, text = doc.text.slice(start, end);
  return { start, end, first: i, last, text, key: foldKey(text), postings: [], demonym: false };
}

/** Whether the token's text is exactly doc.text over its offsets (so that the text stands for the slice). */
const ownText = (doc: Doc, t: Token): boolean => t.text.length === t.end - t.start && doc.text.startsWith(t.text, t.start);

/** The longest span from token i whose folded text is a gazetteer key (exact, article-less, or loose). */
function longestMatch(doc: Doc, gaz: Gazetteer, i: number, w: Word | null): Match | null {
  const { tokens, text } = doc;
  const t0 = tokens[i];
  // The first word (w: when its text is its slice) decides most starts alone: key, postings, growth.
  let best: { last: number; key: string; postings: Posting[] } | null = null;
  let words = 0;
  const strip = (w ? !w.articleLike : !ARTICLE_LIKE.test(t0.text)) || tokens[i + 1]?.text === '-';
  for (let j = i; j < tokens.length && words < MAX_TOKENS; j++) {
    const t = tokens[j];
    if (t.sentence !== t0.sentence) break;
    if (j > i && tokens[j].start > tokens[j - 1].end + 1) break; // double space, line break
    // world13: a possessive inside a name ("Cox's Bazar", "Saint John's"): the fold drops the apostrophe, as the
    // gazetteer's keys do; a name must still go on to a capitalised word after it (the span ends on a capital).
    if (j > i && POSSESSIVE.has(t.text) && t.start === tokens[j - 1].end) continue;
    if (!isWord(t)) {
      if (JOINERS.has(t.text) && j > i) continue;
      break;
    }
    words++;
    const cap = isCap(t);
    // Only a word that is not capitalised is tested in lower case (LOWER_INSIDE, AIRPORT_TAIL).
    const lower = cap ? '' : lowerCase(t.text);
    const unit = !cap && UNIT_TAIL.has(lower);
    if (j > i && !cap && !LOWER_INSIDE.has(lower) && !shortLower(lower) && !unit) break;
    // The first word and a first word's next word after one space are remembered steps; longer spans are folded.
    const step = !w ? null : j === i ? w : j === i + 1 && t.start === t0.end + 1 && text.charCodeAt(t0.end) === 32 && ownText(doc, t) ? pairOf(gaz, w, t0.text, t.text) : null;
    const key = step ? step.key : foldCached(text.slice(t0.start, t.end));
    if (!key) break;
    // A name ends on a capitalised word, or on "airport" ("Damascus airport"), never inside a word
    // the tokeniser split ("Bieżuń" → "Bie" + "żuń").
    // Read within bounds: a read past the last token (a name ending the article) threw away this function's optimised code.
    const next = j + 1 < tokens.length ? tokens[j + 1] : undefined;
    const midWord = next && next.start === t.end && startsLetter(next.text);
    if ((cap || unit || AIRPORT_TAIL.has(lower)) && !midWord) {
      let postings = step ? stepPostings(gaz, step, strip) : lookupVariants(gaz, key, strip);
      // "Karak district": the areas filed under the unit word, and the name's own areas of any country
      // (the unit word news writes need not be the level GeoNames gives the area).
      if (postings.length && unit && best) postings = withAreas(gaz, postings, best.postings);
      // "Mohali district": the unit word only qualifies the name already read (the town Mohali, India). An area
      // reached through the loose romanisation key alone in none of that name's countries (Mahilyow, Belarus) is a
      // foreign skeleton, not the district meant (loc.unit-loose-abroad).
      if (postings.length && unit && best && looseAbroad(gaz, postings, best.postings)) postings = [];
      if (postings.length) best = { last: j, key, postings };
    }
    if (!(step ? step.grow : canGrow(gaz, key))) break;
  }
  return best;
}

/**
 * "Ceel Buur" for Ceelbuur, "Dar Es Salam" for Daressalam: two capitalised words that the gazetteer writes as one.
 * Romanisations of Somali, Arabic and Persian names join or split their parts freely (Ceel Buur / Ceelbuur, Kafr
 * Nabl / Kafrnabl); only there, and only the entry's own name, never an alternate (which hold nicknames).
 */
function joinedMatch(doc: Doc, gaz: Gazetteer, i: number, w: Word | null): Match | null {
  // Read within bounds (as longestMatch): a name ending the article reached past the last token.
  const n = doc.tokens.length;
  const t = doc.tokens[i], u = i + 1 < n ? doc.tokens[i + 1] : undefined;
  // "Petion-Ville" ~ Pétionville: two capitalised words hyphened with no space are one name, which the gazetteer may
  // write as one word (in any country: the hyphen, not a loose romanisation, joins them). An entry's own name only.
  const v = i + 2 < n ? doc.tokens[i + 2] : undefined;
  if (u && v && u.text === '-' && u.start === t.end && v.start === u.end && v.sentence === t.sentence && isWord(v) && isCap(v) && t.text.length >= 3 && v.text.length >= 3) {
    const key = foldCached(t.text + v.text);
    const postings = key && !key.includes(' ') ? gaz.lookup(key).filter((p) => p.flags & FLAG_PRIMARY) : [];
    if (postings.length) return { last: i + 2, key, postings };
  }
  if (!u || u.sentence !== t.sentence || u.start !== t.end + 1 || doc.text.charCodeAt(t.end) !== 32 || !isWord(u) || !isCap(u)) return null;
  if (t.text.length < 2 || u.text.length < 3) return null;
  // The reading depends on the two texts alone: remembered with the first word (w, when its text is its slice).
  const joined = w ? joinedOf(gaz, w, t.text, u.text, looseJoin) : looseJoin(gaz, t.text, u.text);
  return joined && { last: i + 1, key: joined.key, postings: joined.postings };
}

/** Two words written as one ("Ceel" + "Buur" → ceelbuur): the key's primary entries in a loosely romanised country. */
function looseJoin(gaz: Gazetteer, a: string, b: string): Joined | null {
  const key = foldCached(a + b);
  if (!key || key.includes(' ')) return null;
  const postings = gaz.lookup(key).filter((p) => p.flags & FLAG_PRIMARY && LOOSE_COUNTRIES.has(gaz.countryOf(p.entry)));
  return postings.length ? { key, postings } : null;
}

/** Every reading came only through the loose key, and none lies in a country of the bare name's readings. */
function looseAbroad(gaz: Gazetteer, unit: readonly Posting[], bare: readonly Posting[]): boolean {
  if (!bare.length || unit.some((p) => !(p.flags & FLAG_LOOSE))) return false;
  const countries = new Set(bare.map((p) => gaz.countryOf(p.entry)));
  return !unit.some((p) => countries.has(gaz.countryOf(p.entry)));
}

const AREA_CODES = new Set(['ADM1', 'ADM2', 'ADM3']);
function withAreas(gaz: Gazetteer, unit: Posting[], bare: readonly Posting[]): Posting[] {
  const seen = new Set(unit.map((p) => p.entry));
  const more = bare.filter((p) => !seen.has(p.entry) && AREA_CODES.has(gaz.featureOf(p.entry)));
  return more.length ? [...unit, ...more] : unit;
}

const ARTICLE_LIKE = /^(an|as|at|the|es|en|ed|le|la|de|ar|az|et)$/i;
const LETTER = /^\p{L}/u;

/** /^[a-z]{1,3}$/ by char codes (tested at every lower-case word after a name). */
function shortLower(s: string): boolean {
  if (s.length < 1 || s.length > 3) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** LETTER.test(s), with ASCII answered by char code: the regex runs only on a non-ASCII first character. */
function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(s);
}

/** toLowerCase without a copy when nothing changes: ASCII with no capital is its own lower case. */
function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** A hyphen (-, ‐, –) at index 2 to 5: where the affixes below end. */
function earlyHyphen(s: string): boolean {
  for (let k = 2; k <= 5 && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 45 || c === 0x2010 || c === 0x2013) return true;
  }
  return false;
}

// "pro-Iranian", "anti-Israeli", "mid-Atlantic", "trans-Sahara": one token, a place after the hyphen.
const AFFIXED = /^(?:pro|anti|non|ex|post|pre|mid|trans|pan|sub|inter|intra|cross)[-‐–](?=[A-Z])/;

function affixedMention(doc: Doc, gaz: Gazetteer, i: number, cut: number): Mention | null {
  const t = doc.tokens[i];
  const text = t.text.slice(cut);
  const key = foldKey(text);
  // world35: "mid-May", "pre-March", "post-Christmas": a month or a word that is almost never a place names none here either.
  if (NOT_PLACES.has(key)) return null;
  const postings = key ? gaz.lookup(key).filter((p) => p.flags & (FLAG_DEMONYM | FLAG_PRIMARY)) : [];
  if (!postings.length) return null;
  return { start: t.start + cut, end: t.end, first: i, last: i, text, key, postings, demonym: postings.every((p) => p.flags & FLAG_DEMONYM) };
}

// "Ohioan", "Texan": a province's adjective (word-memo.ts regionOf).
function regionDemonym(doc: Doc, gaz: Gazetteer, i: number, w: Word | null): { last: number; key: string; postings: Posting[] } | null {
  const t = doc.tokens[i];
  // Its reading depends on the text alone: remembered with the word.
  const region = regionOf(gaz, w ?? wordOf(gaz, t.text), t.text);
  return region && { last: i, key: region.key, postings: region.postings };
}

/** "Syrians", "Americans": a plural demonym names people, not a place (the singular does). */
function pluralDemonym(gaz: Gazetteer, key: string, postings: Posting[]): boolean {
  if (!key.endsWith('s') || !postings.every((p) => p.flags & FLAG_DEMONYM)) return false;
  return gaz.lookup(key.slice(0, -1)).some((p) => p.flags & FLAG_DEMONYM);
}

/** "Damascus’s airport", "Kabul's international airport": the city's airport when we know it. */
function possessiveAirport(doc: Doc, gaz: Gazetteer, m: { last: number; key: string }): { last: number; key: string; postings: Posting[] } | null {
  const t = doc.tokens;
  if (!POSSESSIVE.has(t[m.last + 1]?.text ?? '')) return null;
  let j = m.last + 2;
  if (t[j]?.text.toLowerCase() === 'international') j++;
  if (!AIRPORT_TAIL.has(t[j]?.text.toLowerCase() ?? '')) return null;
  const key = `${m.key} airport`;
  const postings = gaz.lookup(key);
  return postings.length ? { last: j, key, postings } : null;
}

/** usable() of a match from token i; a one-word match's answer is remembered with its word. */
function usableAt(doc: Doc, gaz: Gazetteer, i: number, m: { last: number; key: string; postings: Posting[] }, w: Word | null): Posting[] {
  const t = doc.tokens[i];
  if (i !== m.last || !w) return usable(gaz, m, doc.text.slice(t.start, doc.tokens[m.last].end), i === m.last);
  // The postings array stands for the key too: each comes from one lookup of one key of this word.
  if (w.usedFrom !== m.postings) (w.used = usable(gaz, m, t.text, true)), (w.usedFrom = m.postings);
  return w.used!;
}

/**
 * Drops postings the surface form cannot carry: an abbreviation key needs its period ("La." not
 * "La"); a one-word alternate spelling must look like the entry's name (Kisweh ~ Al Kiswah) or name
 * a big place (Bombay → Mumbai), since GeoNames' alternates hold nicknames and codes ("Man", "Day").
 */
function usable(gaz: Gazetteer, m: { key: string; postings: Posting[] }, surface: string, single: boolean): Posting[] {
  const hasDot = surface.includes('.');
  const stem = (k: string) => (stripArticle(k) ?? k).replace(/^~/, '').slice(0, 3);
  const kept = m.postings.filter((p) => {
    if (p.flags & FLAG_ABBREV && !hasDot && !(p.flags & FLAG_PRIMARY)) return false;
    if (!single || p.flags & (FLAG_PRIMARY | FLAG_DEMONYM | FLAG_ABBREV)) return true;
    if (m.key.length >= 5 && gaz.populationOf(p.entry) >= 1000000) return true;
    const name = foldKey(gaz.entry(p.entry).name);
    const bare = (stripArticle(name) ?? name).length;
    if (name.startsWith(m.key + ' ')) return true; // "Ludwigshafen" for Ludwigshafen am Rhein
    if (m.key.length >= 4 && stem(name) === stem(m.key) && Math.abs(bare - (stripArticle(m.key) ?? m.key).length) <= 2) return true;
    // "Saada" for Sa'dah, "Hodeidah" for Al Hudaydah: a transliteration of the entry's own name (the same loose
    // skeleton: vowels, doubled letters and a final -h aside), not a nickname or a code.
    // Only in the countries whose names the gazetteer romanises loosely (gazetteer/sources.ts: written from Arabic,
    // Persian, Somali, Cyrillic): "Nina" is no "Neenah".
    if (m.key.length < 4) return false;
    const cc = gaz.countryOf(p.entry);
    if (LOOSE_COUNTRIES.has(cc) && skeletonKey(name) === skeletonKey(m.key)) return true;
    // Round 38: "Galkayo" for Gaalkacyo: Somali writes the ayn c and long vowels doubled, which English news leaves out; a key of
    // five letters or more that the gazetteer holds as a loose romanisation of a Somali name (gazetteer/loose-key.ts) is that name.
    if (cc === 'SO' && p.flags & FLAG_LOOSE && m.key.length >= 5) return true;
    // "Gomel" for Homyel', "Lugansk" for Luhansk, "Gorlovka" for Horlivka: Cyrillic Г is G in Russian romanisation
    // (the spelling most foreign news still uses) and H in Ukrainian and Belarusian (GeoNames' names there).
    return H_FOR_G.has(cc) && skeletonKey(hForG(name)) === skeletonKey(hForG(m.key));
  });
  // All kept: the looked-up array itself, so that a name's postings are one array wherever it is told (the context
  // rules' facts and resolve's scores are remembered by the array).
  return kept.length === m.postings.length ? m.postings : kept;
}

/** Countries whose names GeoNames romanises from Ukrainian or Belarusian, where Cyrillic Г is written H. */
const H_FOR_G = new Set(['UA', 'BY']);
/** A name's G written H, as Ukrainian and Belarusian romanise Г ("gh" is no Cyrillic spelling, left as is). */
const hForG = (k: string): string => k.replace(/g(?!h)/g, 'h');
