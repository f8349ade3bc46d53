// An article's words, the form every events matcher reads (lower-cased, curly quotes made straight,
// "May"/"March" told apart as months), and with each word its head class (head-trie.ts): the number
// by which the seven cue matchers that read the article find the phrases a token may open. Both are
// made in one pass over the tokens, with no hashing of the words: a word's class is walked down the trie
// once per word of the reader's vocabulary (HeadClassTable, by word id) and read from an array after.
// The words carry their classes: the article's reading (pipeline/reading.ts) holds the one array every
// matcher of the article reads.
import { lowerTexts } from '../segment/lower.js';
import type { WordIds } from '../word-ids.js';
import { headClass, headClasses, headGeneration } from './head-trie.js';

/** The head class of each word of the reader's vocabulary (pipeline/word-ids.ts), by word id, walked on
 * first use: a table that spans articles, on the reader's memory, dropped whenever the vocabulary is
 * renewed or the trie grows. */
export class HeadClassTable {
  /** Per word id, its class plus 2 (classes run from -1; 0 is "not yet walked"). */
  private byId = new Int32Array(0);
  private generation = -1;
  private headsOf = -1;

  constructor(private readonly words: WordIds) {}

  /** The table, long enough for every id the vocabulary has given out. */
  table(): Int32Array {
    if (this.generation !== this.words.generation || this.headsOf !== headGeneration()) {
      this.generation = this.words.generation;
      this.headsOf = headGeneration();
      this.byId = new Int32Array(0);
    }
    const size = this.words.size;
    if (this.byId.length < size) {
      const grown = new Int32Array(Math.max(size, this.byId.length * 2, 1024));
      grown.set(this.byId);
      this.byId = grown;
    }
    return this.byId;
  }
}

/** What typing reads once over all the article's words for a protest's grievance (typing.ts protestScans): where a funeral
 * rite's "of"/"for" opens one, the defying or blaming phrases (each word's matching phrases, the longest first), and the spans
 * of tally relatives and slogans. */
export interface ProtestScans {
  funeralRites: number[];
  defyOrBlame: Array<{ k: number; length: number; defy: boolean }>;
  setAside: Array<[number, number]>;
}

/** An article's words with the head class of each (`heads`, valid while the trie's generation is `headsOf`), and `protestScans`:
 * what typing reads once over all the article's words (typing.ts protestScans), kept with the words it was read from. */
export type ArticleWords = string[] & { readonly heads?: Int32Array; readonly headsOf?: number; protestScans?: ProtestScans };

const ODD_QUOTE = /[’‘`]/;
const ODD_QUOTES = /[’‘`]/g;
/** Most words have no curly quote or backtick: a scan of its letters is cheaper than a regular expression. */
function hasOddQuote(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 0x60 || c === 0x2018 || c === 0x2019) return true;
  }
  return false;
}

/** Months that are also words ("March", "May"): read as dates beside a number or a date preposition. */
const DATE_NEIGHBOURS = new Set(['in', 'on', 'of', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'between',
  'before', 'after', 'during', 'through', 'throughout', 'to']);
const startsWithDigit = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };

function monthContext(tokens: readonly { text: string }[], low: readonly string[], i: number): boolean {
  const prev = low[i - 1] ?? '', next = tokens[i + 1]?.text ?? '';
  return startsWithDigit(next) || startsWithDigit(prev) || DATE_NEIGHBOURS.has(prev);
}

/** Lower-cased token words, the form every matcher reads, carrying their classes for `headClassIds`.
 * `text`, the text the tokens were read from (segment.ts: their texts rebuild it): when it has no curly
 * quote or backtick and no "May" or "March", the words are the article's lower-cased texts themselves
 * (`low`, segment/lower.ts; never mutated), and no token is tested for either. `known`: the word id of each
 * of `low` (pipeline/word-ids.ts) and the reader's table of classes by id. */
export function wordsOf(tokens: readonly { text: string }[], text?: string, low: string[] = lowerTexts(tokens),
  known?: { ids: Int32Array; classes: HeadClassTable }): ArticleWords {
  const quotes = text === undefined || ODD_QUOTE.test(text);
  const months = text === undefined || text.includes('May') || text.includes('March');
  const words = quotes || months ? low.slice() : low;
  const ids = new Int32Array(tokens.length);
  const byId = known?.classes.table();
  for (let i = 0; i < tokens.length; i++) {
    if (months) {
      // The lower-cased word first (already at hand): only "may" and "march" send us to the token's own text.
      const w = low[i];
      if (w.charCodeAt(0) === 109 && (w === 'may' || w === 'march') && (tokens[i].text === 'May' || tokens[i].text === 'March') &&
        monthContext(tokens, low, i)) words[i] = `${w}:month`;
      else if (quotes && hasOddQuote(low[i])) words[i] = low[i].replace(ODD_QUOTES, "'");
    } else if (quotes && hasOddQuote(low[i])) words[i] = low[i].replace(ODD_QUOTES, "'");
    if (byId === undefined || words[i] !== low[i]) ids[i] = headClass(words[i]);
    else {
      const id = known!.ids[i];
      const walked = byId[id];
      ids[i] = walked !== 0 ? walked - 2 : (byId[id] = headClass(words[i]) + 2) - 2;
    }
  }
  // Own properties of the array, not enumerable: the words still read, copy and compare as plain strings.
  Object.defineProperty(words, 'heads', { value: ids, configurable: true });
  Object.defineProperty(words, 'headsOf', { value: headGeneration(), configurable: true });
  // Made here, empty, and filled on first use: every words array keeps one shape, so code reading them stays optimised.
  Object.defineProperty(words, 'protestScans', { value: undefined, writable: true, configurable: true });
  return words as ArticleWords;
}

/** The head classes of a word array (-1: no phrase starts with the word): those it carries when made by
 * `wordsOf`, else walked word by word. */
export function headClassIds(words: readonly string[]): Int32Array {
  const known = words as ArticleWords;
  if (known.heads !== undefined && known.headsOf === headGeneration()) return known.heads;
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = headClass(words[i]);
  return ids;
}

/** Changes whenever classes are reassigned. */
export const vocabularyGeneration = headGeneration;

/** Classes run from 0 to this, less one. */
export const vocabularySize = headClasses;
