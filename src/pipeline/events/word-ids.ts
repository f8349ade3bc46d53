// An article's words, the form every events matcher reads (lower-cased, curly quotes made straight,
// "May"/"March" told apart as months), and the same words as small integers from one interned
// vocabulary. The seven cue matchers that read an article then find each token's phrases by array
// index, instead of each hashing every token string again; and the words are made in the same pass as
// their ids, with one map lookup per token (the quote test runs once per distinct word, not per token).
// The vocabulary is bounded; when it is renewed, its generation changes and every table keyed by the
// old ids is dropped.
import { lowerTexts } from '../segment/lower.js';

const MAX_VOCABULARY = 200_000;
/** Lower-cased token text (or an already-made word) → id. */
let vocabulary = new Map<string, number>();
/** id → the word it reads as (the key with its odd quotes made straight). */
let forms: string[] = [];
let generation = 0;
/** The ids of the last word arrays read: the article's own (made by wordsOf) and the last other one.
 * Plain slots, not a WeakMap: an ephemeron entry per article more than doubled the cost of the words. */
let article: { words: readonly string[]; generation: number; ids: Int32Array } | null = null;
let other: { words: readonly string[]; generation: number; ids: Int32Array } | null = null;

const ODD_QUOTE = /[’‘`]/;
const ODD_QUOTES = /[’‘`]/g;

/** The id of a key, interned on first sight. */
function idOf(key: string): number {
  let id = vocabulary.get(key);
  if (id === undefined) {
    id = forms.length;
    vocabulary.set(key, id);
    // Most words have no curly quote or backtick: test before paying for a replace.
    forms.push(ODD_QUOTE.test(key) ? key.replace(ODD_QUOTES, "'") : key);
  }
  return id;
}

/** Starts a new generation when `n` more keys could overflow the vocabulary. */
function makeRoom(n: number): void {
  if (vocabulary.size + n <= MAX_VOCABULARY) return;
  vocabulary = new Map();
  forms = [];
  generation++;
}

/** Months that are also words ("March", "May"): read as dates beside a number or a date preposition. */
const DATE_NEIGHBOURS = new Set(['in', 'on', 'of', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'between']);
const startsWithDigit = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };

/** Lower-cased token words, the form every matcher reads; their ids are kept for `wordIds`. */
export function wordsOf(tokens: readonly { text: string }[]): string[] {
  const low = lowerTexts(tokens);
  makeRoom(tokens.length);
  const words = new Array<string>(tokens.length);
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    let id: number;
    if ((text === 'May' || text === 'March') && monthContext(tokens, low, i)) id = idOf(`${low[i]}:month`);
    else id = idOf(low[i]);
    ids[i] = id;
    words[i] = forms[id];
  }
  article = { words, generation, ids };
  return words;
}

function monthContext(tokens: readonly { text: string }[], low: readonly string[], i: number): boolean {
  const prev = low[i - 1] ?? '', next = tokens[i + 1]?.text ?? '';
  return startsWithDigit(next) || startsWithDigit(prev) || DATE_NEIGHBOURS.has(prev);
}

/** The ids of a word array: those made by `wordsOf` are known; any other array is interned word by word. */
export function wordIds(words: readonly string[]): Int32Array {
  if (article?.words === words && article.generation === generation) return article.ids;
  if (other?.words === words && other.generation === generation) return other.ids;
  makeRoom(words.length);
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = idOf(words[i]);
  other = { words, generation, ids };
  return ids;
}

/** Changes whenever ids are reassigned. */
export const vocabularyGeneration = (): number => generation;

/** How many ids are given out in this generation (ids run from 0 to this, less one). */
export const vocabularySize = (): number => forms.length;

/** The word an id reads as. */
export const wordOf = (id: number): string => forms[id];
