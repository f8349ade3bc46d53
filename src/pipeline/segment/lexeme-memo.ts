// A per-lexeme memo: a property of a lexeme that never changes once the lexeme is in wink's cache
// (its normal, its default POS, its token type), computed by the cache on first use and then read
// from a typed array indexed by lexeme, which grows with the vocabulary.
export class LexemeMemo {
  private values: Int32Array;

  constructor(private readonly compute: (lexeme: number) => number, size: number) {
    this.values = new Int32Array(Math.max(size, 16)).fill(-1);
  }

  get(lexeme: number): number {
    if (lexeme >= this.values.length) this.grow(lexeme);
    let v = this.values[lexeme];
    if (v < 0) v = this.values[lexeme] = this.compute(lexeme);
    return v;
  }

  set(lexeme: number, value: number): void {
    if (lexeme >= this.values.length) this.grow(lexeme);
    this.values[lexeme] = value;
  }

  private grow(lexeme: number): void {
    const grown = new Int32Array(Math.max(lexeme + 1, this.values.length * 2)).fill(-1);
    grown.set(this.values);
    this.values = grown;
  }
}
