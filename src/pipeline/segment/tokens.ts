// Token objects straight from wink's raw token array (4 numbers a token: lexeme, preceding spaces,
// POS + lemma, flags), with character offsets. This is what the document API's `out(its.value)`,
// `out(its.precedingSpaces)`, `out(its.pos)` and `out(its.type)` computed, four arrays and a padded
// space string per token, read here in one pass: a value is the lexeme's text, the preceding spaces
// are counted (wink stores the count, or 0xFFFF and the non-breaking spaces themselves), the tag is
// the POS field's entry in the model's list, the type is the lexeme's token type.
import { createRequire } from 'node:module';
import type { Token } from '../../types.js';
import type { RawDoc, Reader } from './reader.js';
import { LexemeMemo } from './lexeme-memo.js';

const { tkSize, psMask, posMask, bits4lemma } = createRequire(import.meta.url)('wink-nlp/src/constants.js');

export interface TokenReader {
  /** Tokens of `raw`, offsets into `text`; `read` is the text as wink read it (the same length). */
  tokens(raw: RawDoc, text: string, read: string): Token[];
  /** The lexeme index of each of `tokens` (read from `raw` by `tokens`), -1 where a token's text is not its
   * lexeme's (a text read masked: segment/index.ts). */
  lexemes(raw: RawDoc, tokens: readonly Token[]): Int32Array;
}

export function makeTokenReader(reader: Reader): TokenReader {
  const lexemes: string[] = reader.model.features.lexeme.list;
  const tags: string[] = reader.model.features.pos.list;
  const property = reader.cache.property as (lexeme: number, name: string) => string;
  const typeNames: string[] = [];
  const typeIds = new LexemeMemo((lexeme) => {
    // Interned (as a property key is), so the stages' tests of a token's type compare addresses: wink's name
    // "punctuation" was a string of its own, compared character by character.
    const name = Object.keys({ [property(lexeme, 'tokenType')]: 0 })[0];
    const at = typeNames.indexOf(name);
    return at < 0 ? typeNames.push(name) - 1 : at;
  }, lexemes.length * 2, reader.records);

  return {
    tokens(raw, text, read) {
      const t = raw.tokens;
      const n = raw.numOfTokens;
      const out = new Array<Token>(n);
      const same = read === text;
      let offset = 0;
      for (let i = 0, k = 0; i < n; i++, k += tkSize) {
        const lexeme = t[k];
        const count = t[k + 1] & psMask;
        offset += count < 0xffff ? count : raw.nonBreakingSpaces[i].length;
        const value = lexemes[lexeme];
        const start = offset;
        offset += value.length;
        const pos = tags[(t[k + 2] & posMask) >>> bits4lemma];
        out[i] = { text: same ? value : text.slice(start, offset), start, end: offset, pos, type: typeNames[typeIds.get(lexeme)], sentence: -1 };
      }
      return out;
    },
    lexemes(raw, tokens) {
      const t = raw.tokens;
      const out = new Int32Array(tokens.length);
      for (let i = 0, k = 0; i < tokens.length; i++, k += tkSize) out[i] = tokens[i].text === lexemes[t[k]] ? t[k] : -1;
      return out;
    },
  };
}
