// What the claims reader needs to know of each word, worked out once per distinct word (by the reader's
// word ids, ../word-ids.ts) instead of once per token, in tables that span articles (ClaimWordTables): its cue-verb reading, and which lexicon
// regexes could start a match at it. Reading an article's words is then one array read per token.
import { WordIds } from '../word-ids.js';
import { DECLINE, DENIAL, DISPUTE, HEDGE, VERIFY_NOTE } from '../../lexicon/stance-cues.js';
import { ANONYMITY_MARKERS } from '../../lexicon/source-kinds.js';
import { PHRASE_RE, VERB_CUES, type VerbCue } from './cue-index.js';
import { canStart, matchPrefixes, prefixAt } from './match-prefixes.js';

/** The regexes screened by their first characters; bit i of a word's class stands for SCREENED[i]. */
export const SCREENED = { phrase: PHRASE_RE, hedge: HEDGE, dispute: DISPUTE, denial: DENIAL, decline: DECLINE, verify: VERIFY_NOTE, anonymity: ANONYMITY_MARKERS };
export type Screened = keyof typeof SCREENED;
const NAMES = Object.keys(SCREENED) as Screened[];
export const BIT = Object.fromEntries(NAMES.map((n, i) => [n, 1 << i])) as Record<Screened, number>;
/** A regex whose prefixes could not be read can start anywhere: its bit is set for every word. */
const PREFIXES = NAMES.map((n) => matchPrefixes(SCREENED[n]));
/** The prefixes of each screened regex by their first character. */
const BY_FIRST = PREFIXES.map((list) => {
  const m = new Map<number, string[]>();
  for (const p of list ?? []) { const c = p.charCodeAt(0); (m.get(c) ?? m.set(c, []).get(c)!).push(p); }
  return m;
});

/** Whether the text at `at` (a word start) could begin a match of the screened regex `name`:
 * every character of one of its prefixes is there. */
export function couldStartAt(name: Screened, text: string, at: number): boolean {
  const n = NAMES.indexOf(name);
  if (!PREFIXES[n]) return true;
  let c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) c += 32;
  const list = BY_FIRST[n].get(c);
  return list !== undefined && prefixAt(text, at, list);
}

/** The word holds a word start after its first character ("non-anonymous"): see `innerStarts`. */
export const INNER = 1 << 8;
/** "—", "–", "―", "--": the dash of "“…” — Jane Doe". */
export const DASH = 1 << 9;
export const OPEN_PAREN = 1 << 10;
export const CLOSE_PAREN = 1 << 11;
/** "citing", "quoting", "cited", "quoted": where a claim's chain of sources may go on. */
export const CHAIN = 1 << 12;
const CHAIN_WORDS = new Set(['citing', 'quoting', 'cited', 'quoted']);

const DASHES = new Set(['―', '—', '–', '--']);
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const ALL = (1 << NAMES.length) - 1;

/** Where a regex match could start inside `word`: at 0 (as at any token or window start) and after
 * any non-word character (a `\b`, as in "non-anonymous" or "n't"). */
export function innerStarts(word: string): number[] {
  const out: number[] = [0];
  for (let j = 1; j < word.length; j++) if (isWordChar(word.charCodeAt(j)) && !isWordChar(word.charCodeAt(j - 1))) out.push(j);
  return out;
}

/** The screened regexes (of `mask`) that could start a match at a word start in `word` (lower-cased),
 * and INNER when a word starts after its first character. */
export function startBits(word: string, mask = ALL): number {
  let bits = 0;
  for (let j = 0; j < word.length; j++) {
    if (j > 0) {
      if (!isWordChar(word.charCodeAt(j)) || isWordChar(word.charCodeAt(j - 1))) continue;
      bits |= INNER;
    }
    let c = word.charCodeAt(j);
    if (c >= 65 && c <= 90) c += 32;
    for (let n = 0; n < NAMES.length; n++) {
      const b = 1 << n;
      if (!(mask & b) || bits & b) continue;
      const list = PREFIXES[n] ? BY_FIRST[n].get(c) : undefined;
      if (!PREFIXES[n] || (list && canStart(j ? word.slice(j) : word, list))) bits |= b;
    }
  }
  return bits;
}

function classOf(word: string): number {
  let bits = startBits(word);
  if (DASHES.has(word)) bits |= DASH;
  if (word === '(') bits |= OPEN_PAREN;
  else if (word === ')') bits |= CLOSE_PAREN;
  if (CHAIN_WORDS.has(word)) bits |= CHAIN;
  return bits;
}

export interface WordClasses {
  /** Word id of each token (../word-ids.ts). */
  ids: Int32Array;
  /** Class bits of each token. */
  bits: Uint16Array;
  /** The cue verb each token is a form of, or null. */
  cues: Array<VerbCue | null>;
}

/** The classes and cue verbs of every word met so far, by word id: a cache that spans articles, kept on
 * the reader's memory (reader-memory.ts), bounded with its vocabulary. */
export class ClaimWordTables {
  private generation = -1;
  private classById = new Uint16Array(0);
  private knownById = new Uint8Array(0);
  private cueById: Array<VerbCue | null> = [];

  /** `words`: the reader's vocabulary, whose ids key these tables. */
  constructor(readonly words: WordIds = new WordIds()) {}

  /** Class bits and cue verbs of an article's words (`low`: its lower-cased token texts), with their ids
   * (in `words`; found here when not given). */
  classesOf(low: readonly string[], ids: Int32Array = this.words.idsOf(low)): WordClasses {
    if (this.generation !== this.words.generation) {
      this.generation = this.words.generation;
      this.classById = new Uint16Array(0);
      this.knownById = new Uint8Array(0);
      this.cueById = [];
    }
    const size = this.words.size;
    if (this.classById.length < size) {
      const grown = Math.max(size, this.classById.length * 2, 1024);
      const c = new Uint16Array(grown), k = new Uint8Array(grown);
      c.set(this.classById);
      k.set(this.knownById);
      this.classById = c;
      this.knownById = k;
      while (this.cueById.length < grown) this.cueById.push(null);
    }
    const { classById, knownById, cueById } = this;
    const bits = new Uint16Array(low.length);
    const cues = new Array<VerbCue | null>(low.length);
    for (let i = 0; i < low.length; i++) {
      const id = ids[i];
      if (!knownById[id]) {
        classById[id] = classOf(low[i]);
        cueById[id] = VERB_CUES.get(low[i]) ?? null;
        knownById[id] = 1;
      }
      bits[i] = classById[id];
      cues[i] = cueById[id];
    }
    return { ids, bits, cues };
  }
}

/** Class bits and cue verbs of an article's words, with their ids, from the reader's tables (a fresh
 * set when none is given, as in tests). */
export function wordClasses(low: readonly string[], tables: ClaimWordTables = new ClaimWordTables()): WordClasses {
  return tables.classesOf(low);
}
