// A per-lexeme memo: a property of a lexeme that never changes once the lexeme is in wink's cache
// (its normal, its default POS, its token type), computed by the cache on first use and then read
// from a typed array indexed by lexeme, which grows with the vocabulary.
// The reader's memos share one array (LexemeRecords), a lexeme's fields side by side: a token's look-ups
// (contraction, normal, default POS, hints, type) then read one cache line of it, not one line of each
// of eight arrays of ~90,000 lexemes, which the other stages evict between two articles.

/** Fields of one lexeme in a shared array. */
const STRIDE = 8;

export class LexemeRecords {
  values: Int32Array;
  private fields = 0;

  /** `stride`: the fields a lexeme has (STRIDE, or 1 for a memo of its own). */
  constructor(size: number, readonly stride = STRIDE) {
    this.values = new Int32Array(Math.max(size, 16) * stride).fill(-1);
  }

  /** A new field's offset within each lexeme's record. */
  field(): number {
    if (this.fields === this.stride) throw new Error('LexemeRecords: no field left');
    return this.fields++;
  }

  /** The array grown to hold `lexeme`. */
  grow(lexeme: number): Int32Array {
    const grown = new Int32Array(Math.max(lexeme + 1, (2 * this.values.length) / this.stride) * this.stride).fill(-1);
    grown.set(this.values);
    return (this.values = grown);
  }
}

export class LexemeMemo {
  private readonly field: number;
  private readonly stride: number;

  /** `records`: the shared array to keep the values in (by default, one of its own). */
  constructor(private readonly compute: (lexeme: number) => number, size: number, private readonly records = new LexemeRecords(size, 1)) {
    this.field = records.field();
    this.stride = records.stride;
  }

  get(lexeme: number): number {
    const at = lexeme * this.stride + this.field;
    let values = this.records.values;
    if (at >= values.length) values = this.records.grow(lexeme);
    let v = values[at];
    // `compute` may grow the array (a new word added): the value is written into the current one.
    if (v < 0) v = this.records.values[at] = this.compute(lexeme);
    return v;
  }

  set(lexeme: number, value: number): void {
    const at = lexeme * this.stride + this.field;
    let values = this.records.values;
    if (at >= values.length) values = this.records.grow(lexeme);
    values[at] = value;
  }
}
