// wink-nlp's document-data wrapper (src/dd-wrapper.js of wink-nlp 2.4: what its tokenizer calls to add
// tokens), with memos in front of the vocabulary cache. wink looks every word up in a ~90,000-entry
// dictionary object that grows with each new word it meets; a look-up cost ~350 ns there (a fresh
// string key is first interned, then probed) and built a new result array each time, about a fifth
// of the whole segment stage. The memos answer repeated words from a Map. They cannot change an
// answer: wink's cache only grows and never alters an entry, so
// - a text once found stays found, with the same lexeme (or contraction expansions) for good;
// - after a text's first add, it and its lower case are both in the cache, so adding it again has
//   no effect but to return the same index.
// - a text not found stays unfound until an add puts it in the cache: every add goes through
//   _addToken here, so the texts it adds (the new entries at the end of the lexeme list: the text
//   and its lower case) are struck from the memo as they appear.
// The memos are emptied when they grow past MAX_MEMO, which costs a refill and nothing else.
import { createRequire } from 'node:module';

const { bits4PrecedingSpace, xpSize, bits4lemma, UNK, tkSize } = createRequire(import.meta.url)('wink-nlp/src/constants.js');
const MAX_MEMO = 1 << 17;

export interface Vocabulary {
  /** The wrapper wink's tokenizer writes `rdd`'s tokens through. */
  wrap(rdd: any): unknown;
}

/** The memo's entry for a text the cache does not hold. */
const MISSING: number[] = [];

export function makeVocabulary(cache: any, lexemes: string[]): Vocabulary {
  const found = new Map<string, number[]>();
  const added = new Map<string, number>();
  let rdd: any = null;
  let tokens: number[] = [];
  // wink's cache is a null-prototype object (slow property reads): its functions taken once.
  const cacheLookup = cache.lookup as (text: string) => number[] | null;
  const cacheAdd = cache.add as (text: string, category: number) => number;

  const lookup = (text: string): number[] | null => {
    const hit = found.get(text);
    if (hit !== undefined) return hit === MISSING ? null : hit;
    const looked = cacheLookup(text);
    if (found.size >= MAX_MEMO) found.clear();
    found.set(text, looked ?? MISSING);
    return looked;
  };

  const addToken = (text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean => {
    let index = added.get(text);
    if (index === undefined) {
      const known = lexemes.length;
      index = cacheAdd(text, category);
      for (let k = known; k < lexemes.length; k++) found.delete(lexemes[k]);
      if (added.size >= MAX_MEMO) added.clear();
      added.set(text, index);
    }
    const idx = tokens.push(index, precedingSpaces, 0, 0);
    if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
    return true;
  };
  const addTokenIfInCache = (text: string, precedingSpaces: number, nbsp: string | null): number => {
    const hit = lookup(text);
    if (hit === null) return UNK;
    if (hit.length === 1) {
      const idx = tokens.push(hit[0], precedingSpaces, 0, 0);
      if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
    } else {
      // A contraction: its expansions, each with its normal, lemma and POS from the model.
      for (let k = 0; k < hit.length; k += xpSize) {
        const ps = (k === 0 ? precedingSpaces : 0) | (hit[k + 1] << bits4PrecedingSpace);
        const idx = tokens.push(hit[k], ps, hit[k + 2] | (hit[k + 3] << bits4lemma), 0);
        if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
      }
    }
    return 99;
  };
  const methods = { _addToken: addToken, _addTokenIfInCache: addTokenIfInCache, isLexeme: lookup };

  return {
    wrap(r: any) {
      rdd = r;
      tokens = r.tokens;
      return methods;
    },
  };
}
