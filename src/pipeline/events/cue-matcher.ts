// A phrase matcher compiled once from a concept → phrases lexicon. Matching is one pass over the
// tokens: each token looks up the phrases that can start with it (exact first word, or a stem for
// `word*` entries, indexed by its first three letters), then checks the rest of each phrase.
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
  const exact = new Map<string, Entry<C>[]>();
  const stems = new Map<string, Entry<C>[]>();
  for (const concept of Object.keys(lexicon) as C[]) {
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
      list.push({ concept, words: words.map((w) => w.replace(/\*$/, '')), prefix: words.map((w) => w.endsWith('*')) });
    }
  }
  // The phrases that start at a word, exact ones first, their first word checked, found once per head
  // class (head-trie.ts: the words of one class start the same phrases) and read by the token's class.
  let byId: Array<Entry<C>[] | null> = [];
  /** Per class, one byte: 0 not yet seen, 1 opens no phrase, 2 opens some (in byId). Most tokens read only
   * this small table, which stays in cache, and not the larger one of lists. */
  let state = new Uint8Array(0);
  let generation = -1;
  const candidates = (w: string): Entry<C>[] | null => {
    const a = exact.get(w), b = stems.get(w.length > 3 ? w.slice(0, 3) : w);
    const all = a && b ? [...a, ...b] : a ?? b ?? [];
    const opening = all.filter((e) => (e.prefix[0] ? w.startsWith(e.words[0]) : w === e.words[0]));
    return opening.length ? opening : null;
  };
  return {
    match(words, from = 0, to = words.length) {
      const out: CueHit<C>[] = [];
      const ids = headClassIds(words);
      if (generation !== vocabularyGeneration() || state.length < vocabularySize()) {
        generation = vocabularyGeneration();
        state = new Uint8Array(vocabularySize());
        // Dense (a holey, sparse array would fall back to a dictionary).
        byId = new Array<Entry<C>[] | null>(state.length).fill(null);
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
        const list = byId[id]!;
        for (const e of list) {
          const n = e.words.length;
          if (i + n > to) continue;
          let ok = true;
          for (let k = 1; k < n && ok; k++) ok = e.prefix[k] ? words[i + k].startsWith(e.words[k]) : words[i + k] === e.words[k];
          if (ok) out.push({ concept: e.concept, first: i, end: i + n });
        }
      }
      return out;
    },
  };
}
