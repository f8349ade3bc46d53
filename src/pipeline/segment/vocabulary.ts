// wink-nlp's document-data wrapper (src/dd-wrapper.js of wink-nlp 2.4: what its tokenizer calls to add
// tokens), answering from the lexeme table (lexeme-table.ts) instead of through wink's cache. wink's
// look-up built a new result array for every word and read the lexeme's contraction flag from the
// packed lexicon each time; its add looked the text and its lower case up again. Here:
// - a text's lexeme index comes from the table, which wink's cache writes into whenever it adds a
//   word, so the table always answers as wink's own hash would;
// - whether a lexeme is a contraction, and if so its expansions, are fixed once it is in the cache,
//   and remembered by lexeme;
// - after a text's first add, it and its lower case are both in the cache, so adding it again has
//   no effect but to return the same index: that is remembered by lexeme too.
import { createRequire } from 'node:module';
import type { LexemeTable } from './lexeme-table.js';
import { LexemeMemo } from './lexeme-memo.js';

const { bits4PrecedingSpace, xpSize, bits4lemma, UNK, tkSize } = createRequire(import.meta.url)('wink-nlp/src/constants.js');

export interface Vocabulary {
  /** The wrapper wink's tokenizer writes `rdd`'s tokens through. */
  wrap(rdd: any): unknown;
}

export function makeVocabulary(cache: any, table: LexemeTable, lexemes: string[]): Vocabulary {
  let rdd: any = null;
  let tokens: number[] = [];
  // wink's cache is a null-prototype object (slow property reads): its functions taken once.
  const cacheLookup = cache.lookup as (text: string) => number[];
  const cacheAdd = cache.add as (text: string, category: number) => number;
  // Per lexeme: 1 for a contraction (its expansions in `expansions`), 0 for any other.
  const expansions = new Map<number, number[]>();
  const contraction = new LexemeMemo((lexeme) => {
    const found = cacheLookup(lexemes[lexeme]);
    if (found.length === 1) return 0;
    expansions.set(lexeme, found);
    return 1;
  }, lexemes.length * 2);
  // Per lexeme: 1 once wink has added its text.
  const added = new LexemeMemo(() => 0, lexemes.length * 2);

  const addToken = (text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean => {
    let index = table.get(text);
    if (index < 0 || added.get(index) === 0) {
      index = cacheAdd(text, category);
      added.set(index, 1);
    }
    const idx = tokens.push(index, precedingSpaces, 0, 0);
    if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
    return true;
  };

  const addTokenIfInCache = (text: string, precedingSpaces: number, nbsp: string | null): number => {
    const index = table.get(text);
    if (index < 0) return UNK;
    if (contraction.get(index) === 0) {
      const idx = tokens.push(index, precedingSpaces, 0, 0);
      if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
    } else {
      // A contraction: its expansions, each with its normal, lemma and POS from the model.
      const hit = expansions.get(index)!;
      for (let k = 0; k < hit.length; k += xpSize) {
        const ps = (k === 0 ? precedingSpaces : 0) | (hit[k + 1] << bits4PrecedingSpace);
        const idx = tokens.push(hit[k], ps, hit[k + 2] | (hit[k + 3] << bits4lemma), 0);
        if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
      }
    }
    return 99;
  };

  // wink tests its look-up's result for truth only.
  const isLexeme = (text: string): boolean => table.get(text) >= 0;
  const methods = { _addToken: addToken, _addTokenIfInCache: addTokenIfInCache, isLexeme };

  return {
    wrap(r: any) {
      rdd = r;
      tokens = r.tokens;
      return methods;
    },
  };
}
