// A phrase matcher compiled once from a concept → phrases lexicon. Matching is one pass over the
// tokens: each token looks up the phrases that can start with it (exact first word, or a stem for
// `word*` entries, indexed by its first three letters), then the next token picks those of them whose
// second word it is, and only those (and any whose second word is a stem, or that have none) are
// checked to their end.
import { addHead } from './head-trie.js';
import { vocabularyGeneration, vocabularySize, headClassIds } from './article-words.js';

export interface CueHit<C extends string> {
  concept: C;
  /** Token indexes, [first, end). */
  first: number;
  end: number;
}

interface Entry<C> {
  concept: C;
  /** Which lexicon of a set the phrase is from (compileCueSet); 0 for a lone matcher. */
  which: number;
  words: string[]; // without the '*'
  prefix: boolean[]; // whether each word is a prefix ("airstrike*")
}

/** The phrases that start at a word, in the lexicon's order (exact ones first): those with an exact second
 * word by that word, the others (one word, or a stem second) apart, as indexes into `entries`. A common
 * word opens dozens of phrases ("to": "to reject", "to mourn", …): reading each phrase's words for every
 * such token was most of the matcher's time, in cache misses more than in comparisons. */
interface Openers<C> {
  entries: Entry<C>[];
  bySecond: Map<string, number[]>;
  rest: number[];
}

function openersOf<C>(entries: Entry<C>[]): Openers<C> {
  const bySecond = new Map<string, number[]>();
  const rest: number[] = [];
  entries.forEach((e, j) => {
    if (e.words.length < 2 || e.prefix[1]) rest.push(j);
    else (bySecond.get(e.words[1]) ?? bySecond.set(e.words[1], []).get(e.words[1])!).push(j);
  });
  return { entries, bySecond, rest };
}

export interface CueMatcher<C extends string> {
  match(words: readonly string[], from?: number, to?: number): CueHit<C>[];
}

/** "cease-fire" → ["cease", "-", "fire"], as the segmenter splits it. */
function splitPhrase(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
}

export function compileCues<C extends string>(lexicon: Record<C, readonly string[]>): CueMatcher<C> {
  const set = compileCueSet(lexicon);
  return { match: (words, from, to) => set.match(words, from, to)[0] };
}

/** The hits of each lexicon of a set, in the set's order. */
type HitsOf<L extends readonly Record<string, readonly string[]>[]> = { [K in keyof L]: CueHit<Extract<keyof L[K], string>>[] };

/** Several lexicons matched in one pass over the words: each lexicon's hits as its own matcher would give them (a token's
 * phrases are found once for all of them, and the words walked once, not once per lexicon). */
export function compileCueSet<L extends readonly Record<string, readonly string[]>[]>(...lexicons: L): { match(words: readonly string[], from?: number, to?: number): HitsOf<L> } {
  const exact = new Map<string, Entry<string>[]>();
  const stems = new Map<string, Entry<string>[]>();
  lexicons.forEach((lexicon, which) => {
    for (const concept of Object.keys(lexicon)) {
      // "al - shabaab" is also one token when the segmenter keeps the hyphenated word whole.
      const phrases = lexicon[concept].flatMap((p) => (p.includes(' - ') ? [p, p.replace(/ - /g, '-')] : [p]));
      for (const phrase of phrases) {
        const words = splitPhrase(phrase);
        if (!words.length) continue;
        const head = words[0];
        const table = head.endsWith('*') ? stems : exact;
        const key = head.endsWith('*') ? head.slice(0, Math.min(3, head.length - 1)) : head;
        // Every word that can open a phrase, and every stem, is a path of the shared trie that classes the tokens.
        addHead(key);
        if (head.endsWith('*')) addHead(head.slice(0, -1));
        let list = table.get(key);
        if (!list) table.set(key, (list = []));
        list.push({ concept, which, words: words.map((w) => w.replace(/\*$/, '')), prefix: words.map((w) => w.endsWith('*')) });
      }
    }
  });
  // Each lexicon's phrases in its own order, exact ones first (as a matcher of that lexicon alone lists them): the hits of one
  // lexicon at a word then come out in the order its own matcher gives them.
  const byLexicon = (list: Entry<string>[]): Entry<string>[] => list.slice().sort((x, y) => x.which - y.which);
  // The phrases that start at a word, exact ones first, their first word checked, found once per head
  // class (head-trie.ts: the words of one class start the same phrases) and read by the token's class.
  let byId: Array<Openers<string> | null> = [];
  /** Per class, one byte: 0 not yet seen, 1 opens no phrase, 2 opens some (in byId). Most tokens read only
   * this small table, which stays in cache, and not the larger one of lists. */
  let state = new Uint8Array(0);
  let generation = -1;
  const candidates = (w: string): Openers<string> | null => {
    const a = exact.get(w), b = stems.get(w.length > 3 ? w.slice(0, 3) : w);
    const all = a && b ? byLexicon([...a, ...b]) : a ?? b ?? [];
    const opening = all.filter((e) => (e.prefix[0] ? w.startsWith(e.words[0]) : w === e.words[0]));
    return opening.length ? openersOf(opening) : null;
  };
  /** Whether phrase `e` is at `i`, its words from the `from`-th on (those before are known to be there). */
  const isAt = (e: Entry<string>, words: readonly string[], i: number, to: number, from: number): boolean => {
    const n = e.words.length;
    if (i + n > to) return false;
    for (let k = from; k < n; k++) if (e.prefix[k] ? !words[i + k].startsWith(e.words[k]) : words[i + k] !== e.words[k]) return false;
    return true;
  };
  const count = lexicons.length;
  return {
    match(words, from = 0, to = words.length) {
      const outs: CueHit<string>[][] = [];
      for (let k = 0; k < count; k++) outs.push([]);
      const ids = headClassIds(words);
      if (generation !== vocabularyGeneration() || state.length < vocabularySize()) {
        generation = vocabularyGeneration();
        state = new Uint8Array(vocabularySize());
        // Dense (a holey, sparse array would fall back to a dictionary).
        byId = new Array<Openers<string> | null>(state.length).fill(null);
      }
      for (let i = from; i < to; i++) {
        const id = ids[i];
        if (id < 0) continue;
        const known = state[id];
        if (known === 1) continue;
        if (known === 0) {
          const found = candidates(words[i]);
          state[id] = found ? 2 : 1;
          if (!found) continue;
          byId[id] = found;
        }
        const { entries, bySecond, rest } = byId[id]!;
        // Most opening words open no phrase of two exact words: their map is empty, and not looked up.
        const second = i + 1 < to && bySecond.size !== 0 ? bySecond.get(words[i + 1]) : undefined;
        // Both lists in the lexicon's order, merged: the hits come out as a check of every phrase would give them.
        let a = 0, b = 0;
        const na = second === undefined ? 0 : second.length, nb = rest.length;
        while (a < na || b < nb) {
          const fromSecond = b === nb || (a < na && second![a] < rest[b]);
          const e = entries[fromSecond ? second![a++] : rest[b++]];
          if (isAt(e, words, i, to, fromSecond ? 2 : 1)) outs[e.which].push({ concept: e.concept, first: i, end: i + e.words.length });
        }
      }
      return outs as HitsOf<L>;
    },
  };
}
