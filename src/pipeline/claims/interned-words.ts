// Words as small integers: the claims reader works out what it needs of a word once per distinct word
// (word-classes.ts) and keys remembered source readings by these ids (assemble.ts), instead of hashing
// every token string again. One vocabulary per reader (reader-memory.ts), spanning articles and bounded:
// when it is renewed, its generation changes and every table keyed by the old ids is dropped.
// (The events stage classes its words by a letter trie of its phrase heads instead: events/article-words.ts.)
const MAX_VOCABULARY = 200_000;

export class WordIds {
  private vocabulary = new Map<string, number>();
  /** Changes whenever ids are reassigned. */
  generation = 0;

  /** The id of each word (an article's lower-cased token texts). */
  idsOf(words: readonly string[]): Int32Array {
    if (this.vocabulary.size + words.length > MAX_VOCABULARY) {
      this.vocabulary = new Map();
      this.generation++;
    }
    const { vocabulary } = this;
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let id = vocabulary.get(words[i]);
      if (id === undefined) vocabulary.set(words[i], (id = vocabulary.size));
      ids[i] = id;
    }
    return ids;
  }

  /** How many ids are given out in this generation (ids run from 0 to this, less one). */
  get size(): number {
    return this.vocabulary.size;
  }
}
