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
import { LexemeMemo, type LexemeRecords } from './lexeme-memo.js';

const { bits4PrecedingSpace, xpSize, bits4lemma, UNK, tkSize } = createRequire(import.meta.url)('wink-nlp/src/constants.js');

export interface Vocabulary {
  /** The wrapper wink's tokenizer writes `rdd`'s tokens through, from its first slot on: `rdd.tokens` may be
   * an array reused from an earlier text, longer than this text's tokens (see `used`). */
  wrap(rdd: any): unknown;
  /** How many numbers the tokenizer has written into the wrapped `rdd.tokens` (4 a token). */
  used(): number;
}

/** `records`: where the per-lexeme memos are kept (the reader's shared array; by default their own). */
export function makeVocabulary(cache: any, table: LexemeTable, lexemes: string[], records?: LexemeRecords): Vocabulary {
  let rdd: any = null;
  let tokens: number[] = [];
  // The numbers written into `tokens`: its slots from `used` on hold an earlier text's tokens.
  let used = 0;
  /** Writes one token's 4 numbers at the end of the ones written (wink pushed them); its index. */
  const put = (a: number, b: number, c: number, d: number): number => {
    const at = used;
    tokens[at] = a;
    tokens[at + 1] = b;
    tokens[at + 2] = c;
    tokens[at + 3] = d;
    used = at + tkSize;
    return at / tkSize;
  };
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
  }, lexemes.length * 2, records);
  // Per lexeme: 1 once wink has added its text.
  const added = new LexemeMemo(() => 0, lexemes.length * 2, records);

  /** wink's add (`addToken`), returning the token's lexeme index. */
  const addWord = (text: string, category: number, precedingSpaces: number, nbsp: string | null): number => {
    let index = table.get(text);
    if (index < 0 || added.get(index) === 0) {
      index = cacheAdd(text, category);
      added.set(index, 1);
    }
    addLexeme(index, precedingSpaces, nbsp);
    return index;
  };
  const addToken = (text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean => {
    addWord(text, category, precedingSpaces, nbsp);
    return true;
  };
  /** A token of a lexeme already added by `addWord` (adding its text again changes nothing but the tokens). */
  const addLexeme = (index: number, precedingSpaces: number, nbsp: string | null): void => {
    const at = put(index, precedingSpaces, 0, 0);
    if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[at] = nbsp;
  };

  const addTokenIfInCache = (text: string, precedingSpaces: number, nbsp: string | null): number => {
    const index = table.get(text);
    return index < 0 ? UNK : addFound(index, precedingSpaces, nbsp);
  };

  /** The token(s) of a lexeme found: its own, or a contraction's expansions; 99 (wink's "added"). */
  const addFound = (index: number, precedingSpaces: number, nbsp: string | null): number => {
    if (contraction.get(index) === 0) {
      const at = put(index, precedingSpaces, 0, 0);
      if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[at] = nbsp;
    } else {
      // A contraction: its expansions, each with its normal, lemma and POS from the model.
      const hit = expansions.get(index)!;
      for (let k = 0; k < hit.length; k += xpSize) {
        const ps = (k === 0 ? precedingSpaces : 0) | (hit[k + 1] << bits4PrecedingSpace);
        const at = put(hit[k], ps, hit[k + 2] | (hit[k + 3] << bits4lemma), 0);
        if (nbsp !== null && precedingSpaces > 0) rdd.nonBreakingSpaces[at] = nbsp;
      }
    }
    return 99;
  };

  /** For our tokenizer: as addTokenIfInCache, but a text not in the lexicon returns its look-up's answer (-1, or
   * the tokenizer's note, below -1: lexeme-table.ts `note`), and a found one 99. */
  const addKnown = (text: string, precedingSpaces: number, nbsp: string | null): number => {
    const index = table.get(text);
    return index < 0 ? index : addFound(index, precedingSpaces, nbsp);
  };
  const note = (text: string, value: number): void => table.note(text, value);

  // wink tests its look-up's result for truth only.
  const isLexeme = (text: string): boolean => table.get(text) >= 0;
  const lexeme = (index: number): string => lexemes[index];
  // wink's three, and our tokenizer's three (tokenizer.ts: the split of a word and its closing punctuation, replayed).
  const methods = { _addToken: addToken, _addTokenIfInCache: addTokenIfInCache, isLexeme, addWord, addLexeme, lexeme, addKnown, note };

  return {
    wrap(r: any) {
      rdd = r;
      tokens = r.tokens;
      used = 0;
      return methods;
    },
    used: () => used,
  };
}
