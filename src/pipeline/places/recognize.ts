// Recognition: spans of capitalised tokens that the gazetteer knows, longest match first, then
// the context rules that decide whether a careful reader would take the span as a place.
import type { Doc, Token } from '../../types.js';
import { foldKey, type Gazetteer, type Posting } from '../../gazetteer/index.js';
import { FLAG_ABBREV, FLAG_DEMONYM, FLAG_PRIMARY } from '../../gazetteer/format.js';
import { stripArticle, skeletonKey } from '../../gazetteer/fold.js';
import { blockedByContext, isMajorPlace } from './context-rules.js';
import { findPersonWords } from './persons.js';

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
const LOWER_INSIDE = new Set(['of', 'the', 'and', 'de', 'del', 'des', 'du', 'da', 'do', 'dos', 'das', 'di', 'al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'az', 'at', 'ez', 'es', 'en', 'ed', 'la', 'le', 'les', 'los', 'las', 'y', 'sur', 'upon', 'on', 'am', 'im', 'bin', 'ibn', 'abu', 'bani', 'beni', 'bou', 'ben', 'airport', 'van', 'von', 'der', 'den']);
const AIRPORT_TAIL = new Set(['airport', 'airbase', 'airfield']);

const isCap = (t: Token): boolean => /^[A-Z\u00C0-\u00DE]/.test(t.text);
const isWord = (t: Token): boolean => t.type === 'word' || t.type === 'email' || t.type === 'hashtag';

export function recognize(doc: Doc, gaz: Gazetteer): Mention[] {
  const { tokens, text } = doc;
  const out: Mention[] = [];
  const persons = findPersonWords(doc);
  const personKeys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const affixed = AFFIXED.exec(t.text);
    if (affixed) {
      const m = affixedMention(doc, gaz, i, affixed[0].length);
      if (m) out.push(m);
      continue;
    }
    const lowerStart = !isCap(t);
    if (lowerStart && !(ARTICLES.has(t.text.toLowerCase()) && tokens[i + 1] && JOINERS.has(tokens[i + 1].text))) continue;
    const found = longestMatch(doc, gaz, i) ?? regionDemonym(doc, gaz, i);
    if (!found) continue;
    const best = possessiveAirport(doc, gaz, found) ?? found;
    const postings = usable(gaz, best, text.slice(tokens[i].start, tokens[best.last].end), i === best.last);
    const prevIsPlace = out.length > 0 && out[out.length - 1].last >= i - 2;
    const block = postings.length ? blockedByContext(doc, gaz, i, best.last, best.key, postings, prevIsPlace, persons) : 'other';
    if (block === 'person' && i === best.last && !postings.some((p) => isMajorPlace(gaz, p.entry))) personKeys.add(best.key);
    if (!block && !pluralDemonym(gaz, best.key, postings)) {
      const start = tokens[i].start, end = tokens[best.last].end;
      out.push({ start, end, first: i, last: best.last, text: text.slice(start, end), key: best.key, postings, demonym: postings.every((p) => p.flags & FLAG_DEMONYM) });
    }
    i = best.last;
  }
  // A name found to be a person anywhere is that person everywhere in the article ("Henry ... Henry said").
  return personKeys.size ? out.filter((m) => !(m.first === m.last && personKeys.has(m.key) && !m.demonym)) : out;
}

/** The longest span from token i whose folded text is a gazetteer key (exact, article-less, or loose). */
function longestMatch(doc: Doc, gaz: Gazetteer, i: number): { last: number; key: string; postings: Posting[] } | null {
  const { tokens, text } = doc;
  let best: { last: number; key: string; postings: Posting[] } | null = null;
  let words = 0;
  // "An Albany man": an English word, not an Arabic article (which is hyphenated or al/el).
  const strip = !/^(an|as|at|the|es|en|ed|le|la|de|ar|az|et)$/i.test(tokens[i].text) || tokens[i + 1]?.text === '-';
  for (let j = i; j < tokens.length && words < MAX_TOKENS; j++) {
    const t = tokens[j];
    if (t.sentence !== tokens[i].sentence) break;
    if (j > i && tokens[j].start > tokens[j - 1].end + 1) break; // double space, line break
    if (!isWord(t)) {
      if (JOINERS.has(t.text) && j > i) continue;
      break;
    }
    words++;
    const lower = t.text.toLowerCase();
    if (j > i && !isCap(t) && !LOWER_INSIDE.has(lower) && !/^[a-z]{1,3}$/.test(lower)) break;
    const key = foldCached(text.slice(tokens[i].start, t.end));
    if (!key) break;
    // A name ends on a capitalised word, or on "airport" ("Damascus airport"), never inside a word
    // the tokeniser split ("Bieżuń" → "Bie" + "żuń").
    const midWord = tokens[j + 1] && tokens[j + 1].start === t.end && /^\p{L}/u.test(tokens[j + 1].text);
    if ((isCap(t) || AIRPORT_TAIL.has(lower)) && !midWord) {
      const postings = lookupVariants(gaz, key, strip);
      if (postings.length) best = { last: j, key, postings };
    }
    if (!canGrow(gaz, key)) break;
  }
  return best;
}

// Spans and keys recur within and across articles: their folding and the three prefix searches (one
// of them on a skeleton built by seven regex passes) are remembered, bounded, cleared when full.
const MEMO = 50_000;
const folded = new Map<string, string>();
function foldCached(span: string): string {
  let k = folded.get(span);
  if (k === undefined) {
    if (folded.size >= MEMO) folded.clear();
    folded.set(span, (k = foldKey(span)));
  }
  return k;
}

const growable = new WeakMap<Gazetteer, Map<string, boolean>>();
/** Whether some gazetteer key starts with `key`, its article-less form or its skeleton. */
function canGrow(gaz: Gazetteer, key: string): boolean {
  let memo = growable.get(gaz);
  if (!memo) growable.set(gaz, (memo = new Map()));
  let yes = memo.get(key);
  if (yes === undefined) {
    if (memo.size >= MEMO) memo.clear();
    yes = gaz.hasPrefix(key) || gaz.hasPrefix(stripArticle(key) ?? key) || gaz.hasPrefix(skeletonKey(key));
    memo.set(key, yes);
  }
  return yes;
}

// "pro-Iranian", "anti-Israeli", "mid-Atlantic", "trans-Sahara": one token, a place after the hyphen.
const AFFIXED = /^(?:pro|anti|non|ex|post|pre|mid|trans|pan|sub|inter|intra|cross)[-‐–](?=[A-Z])/;

function affixedMention(doc: Doc, gaz: Gazetteer, i: number, cut: number): Mention | null {
  const t = doc.tokens[i];
  const text = t.text.slice(cut);
  const key = foldKey(text);
  const postings = key ? gaz.lookup(key).filter((p) => p.flags & (FLAG_DEMONYM | FLAG_PRIMARY)) : [];
  if (!postings.length) return null;
  return { start: t.start + cut, end: t.end, first: i, last: i, text, key, postings, demonym: postings.every((p) => p.flags & FLAG_DEMONYM) };
}

// "Ohioan", "Texan", "Ontarian", "Dagestani", "Floridian": the adjective of a province or state,
// derived by stripping the suffix and restoring the name's ending. Only admin1 areas, whose
// adjectives no table lists (countries' are in the gazetteer already).
// Singular only: plurals name people ("Ohioans"), as for countries.
const REGION_SUFFIX = /^(.{3,}?)(ian|an|i|n)$/;
const ENDINGS = ['', 'a', 'o', 's', 'ia', 'e', 'as', 'io'];

function regionDemonym(doc: Doc, gaz: Gazetteer, i: number): { last: number; key: string; postings: Posting[] } | null {
  const t = doc.tokens[i];
  if (!/^[A-Z][a-z]{4,}$/.test(t.text)) return null;
  const m = REGION_SUFFIX.exec(t.text.toLowerCase());
  if (!m) return null;
  for (const end of ENDINGS) {
    const key = m[1] + end;
    if (key === t.text.toLowerCase()) continue;
    const postings = gaz.lookup(key).filter((p) => p.flags & FLAG_PRIMARY && gaz.featureOf(p.entry) === 'ADM1');
    if (postings.length) return { last: i, key, postings: postings.map((p) => ({ entry: p.entry, flags: (p.flags | FLAG_DEMONYM) >>> 0 })) };
  }
  return null;
}

/** "Syrians", "Americans": a plural demonym names people, not a place (the singular does). */
function pluralDemonym(gaz: Gazetteer, key: string, postings: Posting[]): boolean {
  if (!key.endsWith('s') || !postings.every((p) => p.flags & FLAG_DEMONYM)) return false;
  return gaz.lookup(key.slice(0, -1)).some((p) => p.flags & FLAG_DEMONYM);
}

/** "Damascus’s airport", "Kabul's international airport": the city's airport when we know it. */
function possessiveAirport(doc: Doc, gaz: Gazetteer, m: { last: number; key: string }): { last: number; key: string; postings: Posting[] } | null {
  const t = doc.tokens;
  if (!/^['’]s$/.test(t[m.last + 1]?.text ?? '')) return null;
  let j = m.last + 2;
  if (t[j]?.text.toLowerCase() === 'international') j++;
  if (!AIRPORT_TAIL.has(t[j]?.text.toLowerCase() ?? '')) return null;
  const key = `${m.key} airport`;
  const postings = gaz.lookup(key);
  return postings.length ? { last: j, key, postings } : null;
}

function lookupVariants(gaz: Gazetteer, key: string, strip: boolean): Posting[] {
  const exact = gaz.lookup(key);
  if (exact.length || !strip) return exact;
  const bare = stripArticle(key);
  if (bare) {
    const p = gaz.lookup(bare);
    if (p.length) return p;
  }
  return key.length >= 5 ? gaz.lookup(skeletonKey(key)) : [];
}

/**
 * Drops postings the surface form cannot carry: an abbreviation key needs its period ("La." not
 * "La"); a one-word alternate spelling must look like the entry's name (Kisweh ~ Al Kiswah) or name
 * a big place (Bombay → Mumbai), since GeoNames' alternates hold nicknames and codes ("Man", "Day").
 */
function usable(gaz: Gazetteer, m: { key: string; postings: Posting[] }, surface: string, single: boolean): Posting[] {
  const hasDot = surface.includes('.');
  const stem = (k: string) => (stripArticle(k) ?? k).replace(/^~/, '').slice(0, 3);
  return m.postings.filter((p) => {
    if (p.flags & FLAG_ABBREV && !hasDot && !(p.flags & FLAG_PRIMARY)) return false;
    if (!single || p.flags & (FLAG_PRIMARY | FLAG_DEMONYM | FLAG_ABBREV)) return true;
    if (m.key.length >= 5 && gaz.populationOf(p.entry) >= 1000000) return true;
    const name = foldKey(gaz.entry(p.entry).name);
    const bare = (stripArticle(name) ?? name).length;
    if (name.startsWith(m.key + ' ')) return true; // "Ludwigshafen" for Ludwigshafen am Rhein
    return m.key.length >= 4 && stem(name) === stem(m.key) && Math.abs(bare - (stripArticle(m.key) ?? m.key).length) <= 2;
  });
}
