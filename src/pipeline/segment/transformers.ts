// The sentence-boundary and POS automata's token transformers of wink-eng-lite-web-model 1.8
// (dist/sbd-transformers.js, dist/pos-transformers.js), answering the same from tables. The
// package's versions ask wink's cache for a lexeme property by name, 1-3 times per token per
// automaton pass (a layout look-up, a bit extraction, a list check each time). Here the hints of the
// model's own lexemes are read once into typed arrays, on first use; a word met in the text (an
// out-of-vocabulary lexeme, index ≥ the model's) has no hints (wink returns 0 for a property it cannot
// extract), and its abbreviation flag still comes from the cache.
// Each is used only when the package's function is exactly the one rebuilt here (its source text is
// compared); otherwise the package's own runs.
import { LexemeMemo, type LexemeRecords } from './lexeme-memo.js';

type Transformer = (t: number, cache: any, rawTokens: number[], i: number) => number;

const HINT_DELTA = 1080000;
const PACKAGE_POS =
  'function(pos,cache,rawTokens,i){var mapped=cache.property(rawTokens[4*i],"posHint");return mapped?mapped+108e4:pos}';
const PACKAGE_SBD =
  'function(token,cache,rawTokens,i){var mapped=cache.property(token,"sbdHint")||cache.property(rawTokens[4*i],"sbdHint");return 4===mapped&&(mapped=65535&rawTokens[4*i+1]?6:4),mapped?mapped+108e4:cache.property(token,"isAbbrev")?108e4+(2===cache.value(token).length?8:7):token}';

/** A lexeme property of the model's own lexemes, read from the cache once per lexeme (0 for a new word). */
function table(cache: any, prop: string, records?: LexemeRecords): (index: number) => number {
  const size = cache.intrinsicSize() as number;
  const values = new LexemeMemo((index) => cache.property(index, prop) as number, size, records);
  return (index) => (index >= size ? 0 : values.get(index));
}

/** `records`: where the per-lexeme memos are kept (the reader's shared array; by default their own). */
export function fastTransformers(model: any, cache: any, records?: LexemeRecords) {
  const numeric = (prop: string): boolean => {
    const layout = model.packing.layout[prop];
    // Raw numbers of at most 15 bits, not mapped through a list, not extractable for new words.
    return !!layout && layout[3] === 1 && layout[4] === 0 && layout[5] !== 1 && layout[1] >>> layout[2] < 0x8000;
  };
  const flag = (prop: string): boolean => {
    const layout = model.packing.layout[prop];
    return !!layout && layout[3] === 1 && layout[5] !== 1 && layout[1] >>> layout[2] === 1;
  };

  return {
    pos(original: Transformer): Transformer {
      if (String(original) !== PACKAGE_POS || !numeric('posHint')) return original;
      const posHint = table(cache, 'posHint', records);
      return (pos, _cache, rawTokens, i) => {
        const mapped = posHint(rawTokens[4 * i]);
        return mapped ? mapped + HINT_DELTA : pos;
      };
    },
    sbd(original: Transformer, _i: number): Transformer {
      if (String(original) !== PACKAGE_SBD || !numeric('sbdHint') || !flag('isAbbrev')) return original;
      const sbdHint = table(cache, 'sbdHint', records);
      const size = cache.intrinsicSize() as number;
      const lexemes: string[] = model.features.lexeme.list;
      // Any lexeme's abbreviation flag (a new word's is a regex test of its text, new-words.ts), read once.
      const abbrev = new LexemeMemo((lexeme) => (cache.property(lexeme, 'isAbbrev') ? 1 : 0), 2 * size, records);
      return (token, _cache, rawTokens, i) => {
        let mapped = sbdHint(token) || sbdHint(rawTokens[4 * i]);
        // A right-ambiguous quote: spaced after or not.
        if (mapped === 4) mapped = rawTokens[4 * i + 1] & 0xffff ? 6 : 4;
        if (mapped) return mapped + HINT_DELTA;
        const isAbbrev = abbrev.get(token);
        return isAbbrev ? HINT_DELTA + (lexemes[token].length === 2 ? 8 : 7) : token;
      };
    },
  };
}
