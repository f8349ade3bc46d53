// The reader's vocabulary: each distinct lower-cased word as a small integer, and one string for it. An
// article's tokens get their lower-cased words and ids here once (its reading, reading.ts), and every
// stage reads those: the claims reader works out what it needs of a word once per id (word-classes.ts)
// and keys remembered source readings by ids (assemble.ts); the events stage finds each word's phrase-head
// class by its id (events/article-words.ts).
// A token segmented by wink carries its lexeme (segment/tokens.ts, `Doc.lexemes`): a lexeme's word is
// found once, then read from an array by lexeme, with no lower-casing or hashing of the token's text.
// Every token of a word gets the same string, so no article allocates a string per token.
// One vocabulary per reader (reader-memory.ts), spanning articles and bounded: when it is renewed, its
// generation changes and every table keyed by the old ids is dropped.
const MAX_VOCABULARY = 200_000;

/** An article's lower-cased token texts (never mutated) and their word ids, of the vocabulary's
 * `generation` (ids of an older one index nothing). */
export interface ArticleLow {
  low: string[];
  ids: Int32Array;
  generation: number;
}

export class WordIds {
  private vocabulary = new Map<string, number>();
  /** The word of each id. */
  private texts: string[] = [];
  /** Per wink lexeme, the id of its lower-cased text plus one (0: not met in this generation). */
  private byLexeme = new Int32Array(0);
  /** Changes whenever ids are reassigned. */
  generation = 0;

  /** `max`: how many words it holds before it is renewed. */
  constructor(private readonly max = MAX_VOCABULARY) {}

  /** The lower-cased word and id of each token; `lexemes`, when given, holds each token's wink lexeme (-1
   * for a token whose text is not its lexeme's: Doc.lexemes). */
  read(tokens: readonly { text: string }[], lexemes?: Int32Array): ArticleLow {
    this.roomFor(tokens.length);
    const n = tokens.length;
    const byLexeme = lexemes !== undefined && lexemes.length === n ? this.lexemeTable(lexemes) : null;
    const low = new Array<string>(n);
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const lexeme = byLexeme === null ? -1 : lexemes![i];
      let id = lexeme >= 0 ? byLexeme![lexeme] - 1 : -1;
      if (id < 0) {
        id = this.idOf(tokens[i].text.toLowerCase(), lexeme < 0);
        if (lexeme >= 0) byLexeme![lexeme] = id + 1;
      }
      ids[i] = id;
      low[i] = this.texts[id];
    }
    return { low, ids, generation: this.generation };
  }

  /** The id of each word (lower-cased words, as `read` gives them). */
  idsOf(words: readonly string[]): Int32Array {
    this.roomFor(words.length);
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) ids[i] = this.idOf(words[i], true);
    return ids;
  }

  /** How many ids are given out in this generation (ids run from 0 to this, less one). */
  get size(): number {
    return this.vocabulary.size;
  }

  /** Renews the vocabulary when `n` more words could overfill it. */
  private roomFor(n: number): void {
    if (this.vocabulary.size + n <= this.max) return;
    this.vocabulary = new Map();
    this.texts = [];
    this.byLexeme = new Int32Array(0);
    this.generation++;
  }

  /** `copy`: the word may be a slice of an article's text, which the vocabulary must not keep alive. */
  private idOf(word: string, copy: boolean): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) {
      id = this.texts.length;
      const kept = copy ? (word + '\u0000').slice(0, -1) : word;
      this.vocabulary.set(kept, id);
      this.texts.push(kept);
    }
    return id;
  }

  /** The lexeme table, grown to hold every lexeme of `lexemes` (wink's lexicon grows as it meets new words). */
  private lexemeTable(lexemes: Int32Array): Int32Array {
    let top = -1;
    for (let i = 0; i < lexemes.length; i++) if (lexemes[i] > top) top = lexemes[i];
    if (top >= this.byLexeme.length) {
      const grown = new Int32Array(Math.max(top + 1, this.byLexeme.length * 2, 1 << 16));
      grown.set(this.byLexeme);
      this.byLexeme = grown;
    }
    return this.byLexeme;
  }
}
