// The words that can open a phrase of some cue matcher (its exact first words, its `word*` stems and
// their three-letter keys), as a letter trie shared by every matcher. Walking a token's letters down it
// gives the token a small class number; all words of one class open the same phrases, so a matcher
// finds (and checks the first word of) a token's phrases once per class, and reads them by that number.
// Most words leave the trie after a letter or two, and a step is two array reads: cheaper than hashing
// every token into a map.

/** A stem key: a word longer than this is looked up by its first three letters (cue-matcher.ts). */
const STEM_KEY = 3;
/** Columns added to every row when a new letter finds no room (addColumn). */
const COLUMN_ROOM = 8;

/** The trie is compiled lexicon, not article state: it grows only when a matcher is compiled (at module
 * load, compileCues), and reading a word never writes it. */
class HeadTrie {
  /** The letters used by the heads get columns (0 is "no such letter"); any other letter ends a walk. */
  private readonly columnOf = new Int32Array(0x10000);
  /** Columns given out (column 0 included). */
  private columns = 1;
  /** A row's length: the columns, and room for a few more. */
  private width = 1;
  /** Transitions, row per node (node 0 is the root, the empty word): next[node·width + column], 0 for none. */
  private next = new Int32Array(64);
  nodes = 1;
  /** Changes whenever a head is added (classes given out before are stale). */
  generation = 0;

  /** A column for a new letter. Rows are widened COLUMN_ROOM columns at a time: widened one at a time, the
   * ~40 letters copied the table ~40 times (~13,000 rows by the last ones), ~30 ms of every start-up. */
  private addColumn(code: number): void {
    if (this.columns === this.width) {
      const wider = this.width + COLUMN_ROOM;
      const table = new Int32Array(Math.max(64, this.nodes * 2) * wider);
      const { next, width } = this;
      for (let n = 0; n < this.nodes; n++) for (let c = 0; c < width; c++) table[n * wider + c] = next[n * width + c];
      this.width = wider;
      this.next = table;
    }
    this.columnOf[code] = this.columns++;
  }

  private addNode(): number {
    if ((this.nodes + 1) * this.width > this.next.length) {
      const table = new Int32Array(this.next.length * 2);
      table.set(this.next);
      this.next = table;
    }
    return this.nodes++;
  }

  add(word: string): void {
    let node = 0, added = false;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      if (!this.columnOf[code]) this.addColumn(code);
      let to = this.next[node * this.width + this.columnOf[code]];
      if (!to) {
        to = this.addNode();
        this.next[node * this.width + this.columnOf[code]] = to;
        added = true;
      }
      node = to;
    }
    if (added) this.generation++;
  }

  classOf(word: string): number {
    const { columnOf, next, width } = this;
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const column = columnOf[word.charCodeAt(k)];
      const to = column === 0 ? 0 : next[node * width + column];
      if (to === 0) return k < STEM_KEY ? -1 : 2 * node + 1;
      node = to;
    }
    return 2 * node;
  }
}

const HEADS = new HeadTrie();

/** Adds a phrase-opening word (or stem key). Classes given out before may change: the generation moves on. */
export const addHead = (word: string): void => HEADS.add(word);

/** A word's class: 2·node when the whole word is a path of the trie; 2·node+1 when the walk ends early
 * at a node at least STEM_KEY deep (the word is no head, but may start with stems: those on that path);
 * -1 when it ends sooner (no phrase can start with the word). Words of one class start the same phrases
 * and pass the same first-word tests, since every head and stem is a path of the trie. */
export const headClass = (word: string): number => HEADS.classOf(word);

/** Changes whenever a head is added (classes given out before are stale). */
export const headGeneration = (): number => HEADS.generation;

/** Classes run from 0 to this, less one. */
export const headClasses = (): number => 2 * HEADS.nodes;
