// Token objects straight from wink's raw token array (4 numbers a token: lexeme, preceding spaces,
// POS + lemma, flags), with character offsets. This is what the document API's `out(its.value)`,
// `out(its.precedingSpaces)`, `out(its.pos)` and `out(its.type)` computed, four arrays and a padded
// space string per token, read here in one pass: a value is the lexeme's text, the preceding spaces
// are counted (wink stores the count, or 0xFFFF and the non-breaking spaces themselves), the tag is
// the POS field's entry in the model's list, the type is the lexeme's token type.
import { createRequire } from 'node:module';
import type { Token } from '../../types.js';
import type { RawDoc, Reader } from './reader.js';

const { tkSize, psMask, posMask, bits4lemma } = createRequire(import.meta.url)('wink-nlp/src/constants.js');

export interface TokenReader {
  /** Tokens of `raw`, offsets into `text`; `read` is the text as wink read it (the same length). */
  tokens(raw: RawDoc, text: string, read: string): Token[];
}

export function makeTokenReader(reader: Reader): TokenReader {
  const lexemes: string[] = reader.model.features.lexeme.list;
  const tags: string[] = reader.model.features.pos.list;
  const cache = reader.cache;
  // A lexeme's token type never changes once it is in the cache: remembered by lexeme index, as an
  // index into `typeNames` plus one (0: not yet asked), in an array that grows with the vocabulary.
  const typeNames: string[] = [];
  let typeIds = new Uint8Array(lexemes.length * 2);
  const typeOf = (lexeme: number): string => {
    if (lexeme >= typeIds.length) {
      const grown = new Uint8Array(Math.max(lexeme + 1, typeIds.length * 2));
      grown.set(typeIds);
      typeIds = grown;
    }
    const id = typeIds[lexeme];
    if (id) return typeNames[id - 1];
    const name = cache.property(lexeme, 'tokenType') as string;
    let at = typeNames.indexOf(name);
    if (at < 0) at = typeNames.push(name) - 1;
    typeIds[lexeme] = at + 1;
    return name;
  };

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
        out[i] = { text: same ? value : text.slice(start, offset), start, end: offset, pos, type: typeOf(lexeme), sentence: -1 };
      }
      return out;
    },
  };
}
