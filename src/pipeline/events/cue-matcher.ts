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
  words: string[]; // a word ending in '*' is a prefix
}

export interface CueMatcher<C extends string> {
  match(words: readonly string[], from?: number, to?: number): CueHit<C>[];
}

/** "cease-fire" → ["cease", "-", "fire"], as the segmenter splits it. */
function splitPhrase(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
}

const wordMatches = (pattern: string, word: string): boolean =>
  pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;

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
      list.push({ concept, words });
    }
  }
  const tryEntries = (list: Entry<C>[] | undefined, words: readonly string[], i: number, to: number, out: CueHit<C>[]) => {
    if (!list) return;
    for (const e of list) {
      if (i + e.words.length > to) continue;
      let ok = true;
      for (let k = 0; k < e.words.length && ok; k++) ok = wordMatches(e.words[k], words[i + k]);
      if (ok) out.push({ concept: e.concept, first: i, end: i + e.words.length });
    }
  };
  return {
    match(words, from = 0, to = words.length) {
      const out: CueHit<C>[] = [];
      for (let i = from; i < to; i++) {
        const w = words[i];
        tryEntries(exact.get(w), words, i, to, out);
        if (w.length >= 3) tryEntries(stems.get(w.slice(0, 3)), words, i, to, out);
        else tryEntries(stems.get(w), words, i, to, out);
      }
      return out;
    },
  };
}
