// A phrase matcher compiled once from a concept → phrases lexicon. Matching is one pass over the
// tokens: each token looks up the phrases that can start with it (exact first word, or a stem for
// `word*` entries, indexed by its first three letters), then checks the rest of each phrase.

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


/** The three-letter heads of a word array, computed once per array whichever matcher reads it. */
const headCache = new WeakMap<readonly string[], string[]>();
function headsOf(words: readonly string[]): string[] {
  let heads = headCache.get(words);
  if (!heads) headCache.set(words, (heads = words.map((w) => (w.length > 3 ? w.slice(0, 3) : w))));
  return heads;
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
      let list = table.get(key);
      if (!list) table.set(key, (list = []));
      list.push({ concept, words: words.map((w) => w.replace(/\*$/, '')), prefix: words.map((w) => w.endsWith('*')) });
    }
  }
  const tryEntries = (list: Entry<C>[] | undefined, words: readonly string[], i: number, to: number, out: CueHit<C>[]) => {
    if (!list) return;
    for (const e of list) {
      if (i + e.words.length > to) continue;
      let ok = true;
      for (let k = 0; k < e.words.length && ok; k++) ok = e.prefix[k] ? words[i + k].startsWith(e.words[k]) : words[i + k] === e.words[k];
      if (ok) out.push({ concept: e.concept, first: i, end: i + e.words.length });
    }
  };
  return {
    match(words, from = 0, to = words.length) {
      const out: CueHit<C>[] = [];
      const heads = headsOf(words);
      for (let i = from; i < to; i++) {
        tryEntries(exact.get(words[i]), words, i, to, out);
        tryEntries(stems.get(heads[i]), words, i, to, out);
      }
      return out;
    },
  };
}
