// The lexeme → index hash of wink's vocabulary, as an open-addressing table of indexes into the lexeme
// list itself (a key is confirmed by comparing it with the list entry). wink keeps it as a
// null-prototype object of ~88,000 properties: building that took ~40% of loading the model, and a
// look-up interns the key string before probing. Here the build is a hash of each word into an
// Int32Array (a few ms), and a look-up is the same hash, a probe and one string comparison.
// wink's cache still reads and writes "the hash" as an object (`hash[text]`, `hash[text] = index`
// when a new word is added, just before the word is pushed on the list), so `asHash()` gives it a
// proxy with those two operations; a word met in the text is then in the table for our look-ups too.
const EMPTY = -1;
/** Slots of the table of recent look-ups (a power of two). */
const RECENT = 1 << 12;

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class LexemeTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  /** The last text found by each slot of RECENT (by its hash's low bits), and its index. The table and the
   * list are large (~90,000 words), and a look-up that went to them spent most of its time in cache misses;
   * news repeats the same words, and a recent one is found here, in a small table, by one comparison. */
  private readonly recentText = new Array<string | null>(RECENT).fill(null);
  private readonly recentIndex = new Int32Array(RECENT);

  /** `built`: the slots and count of a table built from the same list, as `state()` gave them (core-file.ts
   * writes them at build time: building the table was ~50 ms of a cold start, reading it back is a copy). */
  constructor(private readonly list: string[], built?: { slots: Int32Array; count: number }) {
    if (built) {
      this.slots = built.slots;
      this.mask = built.slots.length - 1;
      this.count = built.count;
      return;
    }
    let size = 1 << 10;
    while (size < list.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    for (let k = 0; k < list.length; k++) this.set(list[k], k);
  }

  /** The table's state, for `new LexemeTable(list, state)`. */
  state(): { slots: Int32Array; count: number } {
    return { slots: this.slots, count: this.count };
  }

  /** The index of `text` in the list; if absent, -1 or the note left on it (`note`). */
  get(text: string): number {
    const h = hashOf(text);
    const r = h & (RECENT - 1);
    if (this.recentText[r] === text) return this.recentIndex[r];
    const { slots, mask, list } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = slots[i];
      if (v === EMPTY) {
        // Absent texts are remembered too (a piece like "said," is looked up, then split, at every meeting;
        // `set` updates the entry if it is added). Only short ones: V8 copies a slice under 13 characters,
        // a longer one would keep its article in memory.
        if (text.length < 13) {
          this.recentText[r] = text;
          this.recentIndex[r] = EMPTY;
        }
        return v;
      }
      if (list[v] === text) {
        // The list's own string, not `text`: a slice of an article would keep the article in memory.
        this.recentText[r] = list[v];
        this.recentIndex[r] = v;
        return v;
      }
    }
  }

  /** Leaves `value` (below -1) on `text`, absent and just looked up, for the next look-ups to return while it
   * stays among the recent ones and absent (`set` replaces it); kept only there, so it may be lost. */
  note(text: string, value: number): void {
    const r = hashOf(text) & (RECENT - 1);
    if (this.recentText[r] === text && this.recentIndex[r] < 0) this.recentIndex[r] = value;
  }

  /** Records `text` at `index` (a text already recorded moves to the new index, as in an object).
   * Keeps the table at most half full; a grown table is rebuilt from the list, where every key
   * recorded before this one already stands. */
  set(text: string, index: number): void {
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    const { slots, mask, list } = this;
    let i = hashOf(text) & mask;
    while (slots[i] !== EMPTY && list[slots[i]] !== text) i = (i + 1) & mask;
    if (slots[i] === EMPTY) this.count++;
    slots[i] = index;
    const r = hashOf(text) & (RECENT - 1);
    if (this.recentText[r] === text) this.recentIndex[r] = index;
  }

  /** wink's view: an object-like hash answering `hash[text]` and taking `hash[text] = index`. */
  asHash(): Record<string, number> {
    return new Proxy(Object.create(null), {
      get: (_target, key) => {
        if (typeof key !== 'string') return undefined;
        const v = this.get(key);
        return v < 0 ? undefined : v;
      },
      set: (_target, key, value) => {
        if (typeof key !== 'string' || typeof value !== 'number') return false;
        this.set(key, value);
        return true;
      },
    });
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(EMPTY);
    this.mask = this.slots.length - 1;
    this.count = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== EMPTY) this.set(this.list[old[i]], old[i]);
  }
}
