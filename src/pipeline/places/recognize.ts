// Recognition: spans of capitalised tokens that the gazetteer knows, longest match first, then
// the context rules that decide whether a careful reader would take the span as a place.
import type { Doc, Token } from '../../types.js';
import { foldKey, type Gazetteer, type Posting } from '../../gazetteer/index.js';
import { FLAG_ABBREV, FLAG_DEMONYM, FLAG_PRIMARY } from '../../gazetteer/format.js';
import { stripArticle, skeletonKey } from '../../gazetteer/fold.js';
import { blockedByContext } from './context-rules.js';

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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const lowerStart = !isCap(t);
    if (lowerStart && !(ARTICLES.has(t.text.toLowerCase()) && tokens[i + 1] && JOINERS.has(tokens[i + 1].text))) continue;
    const best = longestMatch(doc, gaz, i);
    if (!best) continue;
    const postings = usable(best.postings, text.slice(tokens[i].start, tokens[best.last].end));
    const prevIsPlace = out.length > 0 && out[out.length - 1].last >= i - 2;
    if (postings.length && !blockedByContext(doc, gaz, i, best.last, best.key, postings, prevIsPlace)) {
      const start = tokens[i].start, end = tokens[best.last].end;
      out.push({ start, end, first: i, last: best.last, text: text.slice(start, end), key: best.key, postings, demonym: postings.every((p) => p.flags & FLAG_DEMONYM) });
    }
    i = best.last;
  }
  return out;
}

/** The longest span from token i whose folded text is a gazetteer key (exact, article-less, or loose). */
function longestMatch(doc: Doc, gaz: Gazetteer, i: number): { last: number; key: string; postings: Posting[] } | null {
  const { tokens, text } = doc;
  let best: { last: number; key: string; postings: Posting[] } | null = null;
  let words = 0;
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
    const span = text.slice(tokens[i].start, t.end);
    const key = foldKey(span);
    if (!key) break;
    // A name ends on a capitalised word, or on "airport" ("Damascus airport").
    if (isCap(t) || AIRPORT_TAIL.has(lower)) {
      const postings = lookupVariants(gaz, key);
      if (postings.length) best = { last: j, key, postings };
    }
    if (!gaz.hasPrefix(key) && !gaz.hasPrefix(stripArticle(key) ?? key) && !gaz.hasPrefix(skeletonKey(key))) break;
  }
  return best;
}

function lookupVariants(gaz: Gazetteer, key: string): Posting[] {
  const exact = gaz.lookup(key);
  if (exact.length) return exact;
  const bare = stripArticle(key);
  if (bare) {
    const p = gaz.lookup(bare);
    if (p.length) return p;
  }
  return key.length >= 5 ? gaz.lookup(skeletonKey(key)) : [];
}

/** Drops postings the surface form cannot carry: an abbreviation key needs its period ("La." not "La"). */
function usable(postings: Posting[], surface: string): Posting[] {
  const hasDot = surface.includes('.');
  return postings.filter((p) => !(p.flags & FLAG_ABBREV) || hasDot || p.flags & FLAG_PRIMARY);
}
