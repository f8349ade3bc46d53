// Words as small integers, interned once per word array: the claims reader works out what it needs of a
// word once per distinct word (word-classes.ts) and keys remembered source readings by these ids
// (assemble.ts), instead of hashing every token string again. The vocabulary is bounded; when it is
// renewed, its generation changes and every table keyed by the old ids is dropped.
// (The events stage classes its words by a letter trie of its phrase heads instead: events/article-words.ts.)
const MAX_VOCABULARY = 200_000;
let vocabulary = new Map<string, number>();
let generation = 0;
const interned = new WeakMap<readonly string[], { generation: number; ids: Int32Array }>();

export function internedIds(words: readonly string[]): Int32Array {
  const known = interned.get(words);
  if (known && known.generation === generation) return known.ids;
  if (vocabulary.size + words.length > MAX_VOCABULARY) {
    vocabulary = new Map();
    generation++;
  }
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let id = vocabulary.get(words[i]);
    if (id === undefined) vocabulary.set(words[i], (id = vocabulary.size));
    ids[i] = id;
  }
  interned.set(words, { generation, ids });
  return ids;
}

/** Changes whenever ids are reassigned. */
export const vocabularyGeneration = (): number => generation;

/** How many ids are given out in this generation (ids run from 0 to this, less one). */
export const vocabularySize = (): number => vocabulary.size;
