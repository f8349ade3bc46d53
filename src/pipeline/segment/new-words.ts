// Words met in a text that the model's lexicon lacks ("out of vocabulary"), added to wink-nlp's cache as its
// `add` adds them (src/cache.js of wink-nlp 2.4), with their features worked out when first read instead of
// when added. wink's `add` extracted and packed every feature of a new word and of its lower case at once
// (the shape through NFD and seven regex replaces, prefix and suffix hashed into lists, the case class,
// the POS guess): ~23,400 new words over the 2,000-article bench corpus, several µs each, about a tenth of
// the segment stage, for features of which the reader reads four. Here
// - a new word gets the next lexeme index, in the list and the lexeme table, in wink's order (the text,
//   then its lower case if that is new too), so every index is wink's;
// - its normal (the lower case's index) and its token category are recorded, as wink packs them;
// - its POS guess is wink's feature function run on first read; whether it is an abbreviation, its case
//   class, shape, prefix and suffix are wink's feature functions run when read.
// The cache's `normal`, `posOf` and `property` answer a new word from these; the model's own lexemes stay
// with wink's. One difference, never reached: wink packed a new word's shape index into 14 bits, and past
// 16,384 distinct shapes in one process (the bench corpus has 590) its index would spill into the
// abbreviation bit of later new words; here that bit is the abbreviation test itself.
import type { LexemeTable } from './lexeme-table.js';

/** Replaces `cache`'s add and its answers for new words (see above); returns the cache. */
export function withNewWords(cache: any, model: any, featureFn: any): any {
  const lexeme = model.features.lexeme;
  const list: string[] = lexeme.list;
  const table: LexemeTable = lexeme.table;
  const intrinsic: number = lexeme.intrinsicSize;
  const layout = model.packing.layout;
  const feature = featureFn(model.packing.config);
  // The features wink extracts for a new word (its efList) and the token type: any other property reads 0.
  const extracted = new Set<string>([...model.packing.efList, 'tokenType']);
  const winkNormal = cache.normal as (index: number) => number;
  const winkPosOf = cache.posOf as (index: number) => number;
  const winkProperty = cache.property as (index: number, prop: string) => unknown;
  const mappedSpelling = cache.mappedSpelling as (index: number) => number;

  // By new word (lexeme index less the model's size): its normal's index, its token category, its POS (-1: not read yet).
  let normals = new Int32Array(1024);
  let categories = new Uint8Array(1024);
  let posGuess = new Int16Array(1024).fill(-1);
  let count = 0;

  const record = (normal: number, category: number): void => {
    if (count === normals.length) {
      const n = new Int32Array(2 * count);
      n.set(normals);
      normals = n;
      const c = new Uint8Array(2 * count);
      c.set(categories);
      categories = c;
      const p = new Int16Array(2 * count).fill(-1);
      p.set(posGuess);
      posGuess = p;
    }
    normals[count] = normal;
    categories[count] = category;
    count++;
  };

  /** wink's getFeaturesIndex('lexeme', text) for a text not yet known: the next index. */
  const push = (text: string): number => {
    const index = lexeme.index as number;
    table.set(text, index);
    lexeme.index = list.push(text);
    return index;
  };

  cache.add = (text: string, category: number): number => {
    let index = table.get(text);
    const isNew = index < 0;
    if (isNew) index = push(text);
    const lower = text.toLowerCase();
    let normal = lower === text ? index : table.get(lower);
    const lowerIsNew = normal < 0;
    if (lowerIsNew) normal = push(lower);
    if (isNew) record(normal, category);
    if (index !== normal && lowerIsNew) record(normal, category);
    return index;
  };

  /** A new word's POS guess, as wink packs it (6 bits). */
  const guess = (oov: number): number => {
    let v = posGuess[oov];
    if (v < 0) v = posGuess[oov] = (feature.pos(list[oov + intrinsic], categories[oov], cache) << 26) >>> 26;
    return v;
  };

  cache.normal = (index: number): number => {
    if (index < intrinsic) return winkNormal(index);
    const normal = normals[index - intrinsic];
    return normal < intrinsic ? mappedSpelling(normal) : normal;
  };
  cache.posOf = (index: number): number => (index < intrinsic ? winkPosOf(index) : guess(index - intrinsic));
  cache.property = (index: number, prop: string): unknown => {
    if (index < intrinsic) return winkProperty(index, prop);
    if (!extracted.has(prop)) return 0;
    const oov = index - intrinsic;
    const word = list[index];
    let value: number;
    switch (prop) {
      case 'tokenType': value = categories[oov]; break;
      case 'pos': value = guess(oov); break;
      case 'isAbbrev': case 'lutCase': value = feature[prop](word, categories[oov], cache); break;
      // Features kept as an index into a list: the value itself (wink returns the list's entry).
      default: return feature[prop](word, categories[oov], cache);
    }
    return layout[prop][3] === 0 || layout[prop][5] === 1 ? model.features[prop].list[value] : value;
  };
  return cache;
}
