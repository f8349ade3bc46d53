// What a word's text alone says about it as a place name: its folded key, whether longer names start
// with it, its gazetteer postings, its region adjective, its usable postings. A news corpus repeats
// the same capitalised words (The, He, Syria, Monday) article after article: each costs one map
// lookup on the token's own text instead of a slice, a fold and three or four lookups every time.
import { foldKey, type Gazetteer, type Posting } from '../../gazetteer/index.js';
import { FLAG_DEMONYM, FLAG_PRIMARY } from '../../gazetteer/format.js';
import { skeletonKey, stripArticle } from '../../gazetteer/fold.js';
import { adjectivalArea } from './slavic-areas.js';
import { spelledArea } from './area-spellings.js';
import { memoized } from '../../memo.js';

/** A span's text as a name: its folded key, whether it can grow, its postings. */
export interface Step {
  /** foldKey of the text ('' when nothing Latin is left). */
  key: string;
  /** Whether some gazetteer key starts with the key, its article-less form or its skeleton. */
  grow: boolean;
  /** gaz.lookup(key), then lookupVariants(key, strip = true); computed on first use. */
  exact?: Posting[];
  loose?: Posting[];
}

export interface Word extends Step {
  /** "An", "The", "La": an English word that keeps its article unless a hyphen follows. */
  articleLike: boolean;
  /** The two-word spans "<this word> <next word>", by the next word's text. */
  pairs?: Map<string, Step>;
  /** The word and a next one written as one ("Ceel Buur" for Ceelbuur: recognize.ts joinedMatch), by the next word's text. */
  joins?: Map<string, Joined | null>;
  /** The admin1 adjective reading ("Ohioan"): null when there is none; computed on first use. */
  region?: { key: string; postings: Posting[] } | null;
  /** Whether the word, whatever follows it, starts no name and is no region adjective. */
  dead?: boolean;
  /** The word as a person's title or given name (persons.ts personRole); computed on first use. */
  role?: number;
  /** The usable postings of the one-word match whose postings array is `usedFrom`. */
  usedFrom?: Posting[];
  used?: Posting[];
}

const MEMO = 50_000;
const words = new WeakMap<Gazetteer, (text: string) => Word>();

/** "An Albany man": an English word, not an Arabic article (which is hyphenated or al/el). */
const ARTICLE_LIKE = /^(an|as|at|the|es|en|ed|le|la|de|ar|az|et)$/i;

export function wordOf(gaz: Gazetteer, text: string): Word {
  let word = words.get(gaz);
  if (!word) {
    word = memoized(MEMO, (t: string): Word => {
      const key = foldCached(t);
      // Every field named from the start, those worked out on first use as undefined: added as each was first asked for,
      // the words took dozens of hidden classes, and each site reading them fell back to V8's slowest look-up.
      return { key, grow: key !== '' && canGrow(gaz, key), exact: undefined, loose: undefined, articleLike: ARTICLE_LIKE.test(t), pairs: undefined,
        joins: undefined, region: undefined, dead: undefined, role: undefined, usedFrom: undefined, used: undefined };
    });
    words.set(gaz, word);
  }
  return word(text);
}

const PAIRS = 64; // a word's two-word spans kept (a common word meets many next words)

/** The span "<w's text> <next>" (one space between) as a Step, remembered with w. */
export function pairOf(gaz: Gazetteer, w: Word, wordText: string, next: string): Step {
  let p = (w.pairs ??= new Map()).get(next);
  if (p === undefined) {
    if (w.pairs.size >= PAIRS) w.pairs.clear();
    const key = foldCached(wordText + ' ' + next);
    p = { key, grow: key !== '' && canGrow(gaz, key), exact: undefined, loose: undefined };
    w.pairs.set(next, p);
  }
  return p;
}

/** A name read from two words written as one: its key and postings. */
export interface Joined { key: string; postings: Posting[] }

/** `read(gaz, wordText, next)`, remembered with w by the next word's text. */
export function joinedOf(gaz: Gazetteer, w: Word, wordText: string, next: string, read: (gaz: Gazetteer, a: string, b: string) => Joined | null): Joined | null {
  const joins = (w.joins ??= new Map());
  let j = joins.get(next);
  if (j === undefined) {
    if (joins.size >= PAIRS) joins.clear();
    j = read(gaz, wordText, next);
    joins.set(next, j);
  }
  return j;
}

// Spans recur within and across articles: their folding is remembered.
export const foldCached = memoized(MEMO, foldKey);

const growable = new WeakMap<Gazetteer, (key: string) => boolean>();
/** Whether some gazetteer key starts with `key`, its article-less form or its skeleton. */
export function canGrow(gaz: Gazetteer, key: string): boolean {
  let grows = growable.get(gaz);
  if (!grows) {
    grows = memoized(MEMO, (k: string): boolean => {
      // Without an article the second search would repeat the first: skipped.
      const bare = stripArticle(k);
      return gaz.hasPrefix(k) || (bare !== null && gaz.hasPrefix(bare)) || gaz.hasPrefix(skeletonKey(k));
    });
    growable.set(gaz, grows);
  }
  return grows(key);
}

/** Exact key, else (when `strip`) its article-less form, else its loose skeleton. */
export function lookupVariants(gaz: Gazetteer, key: string, strip: boolean): Posting[] {
  const exact = gaz.lookup(key);
  if (exact.length || !strip) return exact;
  const bare = stripArticle(key);
  if (bare) {
    const p = gaz.lookup(bare);
    if (p.length) return p;
  }
  const loose = key.length >= 5 ? gaz.lookup(skeletonKey(key)) : [];
  // elsewhere6: "Kupianskyi", "Kharkivska": a Ukrainian or Russian area named by its adjective (slavic-areas.ts).
  if (loose.length) return loose;
  const adjectival = adjectivalArea(gaz, key);
  // where14: "Hiraan", "Ouaddai": a one-word province with its doubled letters written otherwise (area-spellings.ts).
  return adjectival.length ? adjectival : spelledArea(gaz, key);
}

/** The step's postings: `strip` as lookupVariants takes it. */
export function stepPostings(gaz: Gazetteer, w: Step, strip: boolean): Posting[] {
  return strip ? (w.loose ??= lookupVariants(gaz, w.key, true)) : (w.exact ??= gaz.lookup(w.key));
}

/** Whether w starts nothing: no key, or no postings (either way) and no longer key, and no region reading. */
export function deadWord(gaz: Gazetteer, w: Word, text: string): boolean {
  return (w.dead ??= (w.key === '' || (!w.grow && !stepPostings(gaz, w, true).length && !stepPostings(gaz, w, false).length)) && regionOf(gaz, w, text) === null);
}

/** The word's admin1 adjective reading, remembered with it. */
export function regionOf(gaz: Gazetteer, w: Word, text: string): { key: string; postings: Posting[] } | null {
  if (w.region === undefined) w.region = readRegion(gaz, text);
  return w.region;
}

// "Ohioan", "Texan", "Ontarian", "Dagestani", "Floridian": the adjective of a province or state,
// derived by stripping the suffix and restoring the name's ending. Only admin1 areas, whose
// adjectives no table lists (countries' are in the gazetteer already).
// Singular only: plurals name people ("Ohioans"), as for countries.
const REGION_SUFFIX = /^(.{3,}?)(ian|an|i|n)$/;
const ENDINGS = ['', 'a', 'o', 's', 'ia', 'e', 'as', 'io'];

function readRegion(gaz: Gazetteer, text: string): { key: string; postings: Posting[] } | null {
  if (!/^[A-Z][a-z]{4,}$/.test(text)) return null;
  const m = REGION_SUFFIX.exec(text.toLowerCase());
  if (!m) return null;
  for (const end of ENDINGS) {
    const key = m[1] + end;
    if (key === text.toLowerCase()) continue;
    const postings = gaz.lookup(key).filter((p) => p.flags & FLAG_PRIMARY && gaz.featureOf(p.entry) === 'ADM1');
    if (postings.length) return { key, postings: postings.map((p) => ({ entry: p.entry, flags: (p.flags | FLAG_DEMONYM) >>> 0 })) };
  }
  return null;
}

