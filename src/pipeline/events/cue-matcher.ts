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

/** Bound on each matcher's word cache (words seen so far); cleared when full. */
const WORD_CACHE = 50_000;

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
  // The phrases that can start at a word, exact ones first: one lookup per token instead of two (and
  // no three-letter head sliced per token), cached per word since news reuses its vocabulary.
  const cache = new Map<string, Entry<C>[] | null>();
  const candidates = (w: string): Entry<C>[] | null => {
    let c = cache.get(w);
    if (c === undefined) {
      const a = exact.get(w), b = stems.get(w.length > 3 ? w.slice(0, 3) : w);
      c = a && b ? [...a, ...b] : a ?? b ?? null;
      if (cache.size >= WORD_CACHE) cache.clear();
      cache.set(w, c);
    }
    return c;
  };
  return {
    match(words, from = 0, to = words.length) {
      const out: CueHit<C>[] = [];
      for (let i = from; i < to; i++) {
        const list = candidates(words[i]);
        if (list === null) continue;
        for (const e of list) {
          const n = e.words.length;
          if (i + n > to) continue;
          let ok = true;
          for (let k = 0; k < n && ok; k++) ok = e.prefix[k] ? words[i + k].startsWith(e.words[k]) : words[i + k] === e.words[k];
          if (ok) out.push({ concept: e.concept, first: i, end: i + n });
        }
      }
      return out;
    },
  };
}
