// A cheap necessary condition before a lexicon regex is run over a stretch of an article: a match
// must start at a word whose first characters some match can begin with (word-classes.ts). Most
// stretches hold no such word, and their regex scan is skipped; the others are scanned as before,
// so what is found does not change.
import type { Doc } from '../../types.js';
import { BIT, couldStartAt, INNER, startBits, type Screened, type WordClasses } from './word-classes.js';

/** U+212A KELVIN SIGN lower-cases to an ASCII "k", so word classes read on lower-cased words could
 * miss a word start beside it: an article holding one is never screened. */
const KELVIN = '\u212A';

/** Index of the first of the sorted `xs` at or after `x`. */
function firstAtOrAfter(xs: Int32Array, x: number): number {
  let a = 0, b = xs.length;
  while (a < b) { const mid = (a + b) >> 1; if (xs[mid] < x) a = mid + 1; else b = mid; }
  return a;
}

export class Screen {
  private readonly starts = new Map<Screened, Int32Array>();
  /** True when nothing is screened (every stretch may match). */
  readonly open: boolean;

  /** Where each token starts: searched without reading the token objects. */
  private readonly tokenStarts: Int32Array;

  readonly bits: Uint16Array;
  readonly ids: Int32Array;

  /** `classes`: the article's word classes (word-classes.ts), kept here for the readers that follow. */
  constructor(private readonly doc: Doc, private readonly low: readonly string[], classes: WordClasses) {
    this.bits = classes.bits;
    this.ids = classes.ids;
    this.open = doc.text.includes(KELVIN);
    const { tokens } = doc;
    this.tokenStarts = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) this.tokenStarts[i] = tokens[i].start;
  }

  /** Whether `re` (the screened regex `name`) could match somewhere in doc.text.slice(lo, hi). */
  mayMatch(name: Screened, lo: number, hi: number): boolean {
    if (this.open) return true;
    const bit = BIT[name];
    const starts = this.startsOf(name, bit);
    const k = firstAtOrAfter(starts, lo);
    if (k < starts.length && starts[k] < hi) return true;
    // A window opening inside a token: the rest of that token is read as the slice's first word.
    const a = firstAtOrAfter(this.tokenStarts, lo);
    if (a === 0 || this.doc.tokens[a - 1].end <= lo) return false;
    const t = this.doc.tokens[a - 1], w = this.low[a - 1];
    return w.length !== t.end - t.start || (startBits(w.slice(lo - t.start), bit) & bit) !== 0;
  }

  /** Where the words that could start a match of `name` begin (sorted), found on first use. */
  private startsOf(name: Screened, bit: number): Int32Array {
    let starts = this.starts.get(name);
    if (starts) return starts;
    const { bits } = this;
    const { tokens, text } = this.doc;
    const keep: number[] = [];
    for (let i = 0; i < bits.length; i++) {
      if (!(bits[i] & bit)) continue;
      // A word's first characters let it through; the text after it, read once here, decides.
      // A word with a start inside it ("non-anonymous") is kept without that second look.
      if (bits[i] & INNER || couldStartAt(name, text, tokens[i].start)) keep.push(tokens[i].start);
    }
    starts = Int32Array.from(keep);
    this.starts.set(name, starts);
    return starts;
  }
}
