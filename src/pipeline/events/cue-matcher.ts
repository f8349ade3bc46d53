// A phrase matcher compiled once from a concept → phrases lexicon. Matching is one pass over the
// tokens: each token looks up the phrases that can start with it (exact first word, or a stem for
// `word*` entries, indexed by its first three letters), then the next token picks those of them whose
// second word it is, and only those (and any whose second word is a stem, or that have none) are
// checked to their end.
import { addHead, headClass } from './head-trie.js';
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
        // …and every exact word after the first: a phrase's words are checked by their classes (match).
        for (let k = 1; k < words.length; k++) if (!words[k].endsWith('*')) addHead(words[k]);
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
  // Flat, in arrays of numbers (a struct of arrays): the phrases a class opens are its `slot`'s rows,
  // each row one phrase (its length, lexicon, concept), the rows of a slot contiguous and in the lexicon's
  // order. A common word opens dozens of phrases ("to": "to reject", "to mourn", …): a slot's rows whose
  // second word is exact are read by that word's class (every exact word of a phrase is a whole path of
  // the trie, so a token of its class is that word), the others (one word, or a stem second) apart, and
  // words past the second are checked by class too. Reading an object per phrase, a Map keyed by the next
  // word's string and comparing strings was most of the matcher's time (line ticks: a third on the map
  // lookup, a fifth loading each phrase's entry); flat, the article pass reads ~0.85x in a loop of it alone.
  /** Per class: 0 not yet seen, -1 opens no phrase, else its slot plus 1. */
  let slotOf = new Int32Array(0);
  let generation = -1;
  /** Per row: the phrase's length in words, lexicon and concept; its entry for the words past the second. */
  let rowLength: number[] = [], rowWhich: number[] = [], rowConcept: string[] = [], rowEntry: Entry<string>[] = [];
  /** Per row, from rowStart[row] on, the class of each of its words (-1 for a stem, checked by its letters). */
  let rowStart: number[] = [], rowClasses: number[] = [];
  /** Per slot, three numbers: its rows with no exact second word are restRows[rest[3s] .. rest[3s+1]); rest[3s+2] counts those with one. */
  let rest: number[] = [], restRows: number[] = [];
  /** (slot, second word's class) → its rows, secondRows[start .. end): open addressing, keys (slot + 1, class) and values (start, end) in pairs. */
  let secondRows: number[] = [];
  let pairKeys = new Int32Array(0), pairSpans = new Int32Array(0), pairCount = 0;
  const pairAt = (slot: number, cls: number, mask: number): number => (Math.imul((slot * 65599 + cls) | 0, 0x9e3779b1) >>> 12) & mask;
  const addPair = (slot: number, cls: number, start: number, end: number): void => {
    if (2 * (pairCount + 1) > pairKeys.length / 2) {
      const keys = pairKeys, spans = pairSpans;
      const size = Math.max(1024, keys.length * 2);
      pairKeys = new Int32Array(size);
      pairSpans = new Int32Array(size);
      pairCount = 0;
      for (let h = 0; h < keys.length; h += 2) if (keys[h] !== 0) addPair(keys[h] - 1, keys[h + 1], spans[h], spans[h + 1]);
    }
    const mask = pairKeys.length / 2 - 1;
    let h = pairAt(slot, cls, mask);
    while (pairKeys[2 * h] !== 0) h = (h + 1) & mask;
    pairKeys[2 * h] = slot + 1;
    pairKeys[2 * h + 1] = cls;
    pairSpans[2 * h] = start;
    pairSpans[2 * h + 1] = end;
    pairCount++;
  };
  /** The slot of the phrases that start at `w` (then its class's), or -1 when none does. */
  const slotFor = (w: string): number => {
    const a = exact.get(w), b = stems.get(w.length > 3 ? w.slice(0, 3) : w);
    const all = a && b ? byLexicon([...a, ...b]) : a ?? b ?? [];
    const opening = all.filter((e) => (e.prefix[0] ? w.startsWith(e.words[0]) : w === e.words[0]));
    if (!opening.length) return -1;
    const slot = rest.length / 3, first = rowLength.length;
    const bySecond = new Map<number, number[]>();
    const restStart = restRows.length;
    opening.forEach((e, j) => {
      rowLength.push(e.words.length);
      rowWhich.push(e.which);
      rowConcept.push(e.concept);
      rowEntry.push(e);
      rowStart.push(rowClasses.length);
      e.words.forEach((w, k) => rowClasses.push(e.prefix[k] ? -1 : headClass(w)));
      if (e.words.length < 2 || e.prefix[1]) restRows.push(first + j);
      else {
        const cls = headClass(e.words[1]);
        (bySecond.get(cls) ?? bySecond.set(cls, []).get(cls)!).push(first + j);
      }
    });
    rest.push(restStart, restRows.length, bySecond.size);
    for (const [cls, rows] of bySecond) {
      addPair(slot, cls, secondRows.length, secondRows.length + rows.length);
      secondRows.push(...rows);
    }
    return slot;
  };
  /** Whether phrase `row` goes on at `i` from its `from`-th word (those before are known to be there; the phrase fits before
   * `to`): an exact word by its class (a token of a whole word's class is that word), a stem by its letters. */
  const restAt = (row: number, words: readonly string[], ids: Int32Array, i: number, from: number, n: number): boolean => {
    const start = rowStart[row];
    for (let k = from; k < n; k++) {
      const cls = rowClasses[start + k];
      if (cls >= 0 ? ids[i + k] !== cls : !words[i + k].startsWith(rowEntry[row].words[k])) return false;
    }
    return true;
  };
  const count = lexicons.length;
  return {
    match(words, from = 0, to = words.length) {
      const outs: CueHit<string>[][] = [];
      for (let k = 0; k < count; k++) outs.push([]);
      const ids = headClassIds(words);
      if (generation !== vocabularyGeneration() || slotOf.length < vocabularySize()) {
        generation = vocabularyGeneration();
        slotOf = new Int32Array(vocabularySize());
        rowLength = []; rowWhich = []; rowConcept = []; rowEntry = []; rowStart = []; rowClasses = [];
        rest = []; restRows = []; secondRows = [];
        pairKeys = new Int32Array(0); pairSpans = new Int32Array(0); pairCount = 0;
      }
      for (let i = from; i < to; i++) {
        const id = ids[i];
        if (id < 0) continue;
        let known = slotOf[id];
        if (known < 0) continue;
        if (known === 0) {
          known = slotOf[id] = slotFor(words[i]) + 1;
          if (known === 0) {
            slotOf[id] = -1;
            continue;
          }
        }
        const slot = known - 1;
        let a = 0, na = 0;
        // Most opening words open no phrase of two exact words, and are not looked up; nor is a next word of an odd
        // class (or none), which is no whole path of the trie, so no phrase's exact second word.
        if (rest[3 * slot + 2] !== 0 && i + 1 < to && (ids[i + 1] & 1) === 0) {
          const cls = ids[i + 1], mask = pairKeys.length / 2 - 1;
          for (let h = pairAt(slot, cls, mask); pairKeys[2 * h] !== 0; h = (h + 1) & mask) {
            if (pairKeys[2 * h] === known && pairKeys[2 * h + 1] === cls) {
              a = pairSpans[2 * h];
              na = pairSpans[2 * h + 1];
              break;
            }
          }
        }
        // Both lists in the lexicon's order, merged: the hits come out as a check of every phrase would give them.
        let b = rest[3 * slot];
        const nb = rest[3 * slot + 1];
        while (a < na || b < nb) {
          const fromSecond = b === nb || (a < na && secondRows[a] < restRows[b]);
          const r = fromSecond ? secondRows[a++] : restRows[b++];
          const n = rowLength[r];
          if (i + n > to) continue;
          if (n > (fromSecond ? 2 : 1) && !restAt(r, words, ids, i, fromSecond ? 2 : 1, n)) continue;
          outs[rowWhich[r]].push({ concept: rowConcept[r], first: i, end: i + n });
        }
      }
      return outs as HitsOf<L>;
    },
  };
}
