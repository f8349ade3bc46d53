// A cheap necessary condition before a lexicon regex is run over a stretch of an article: a match
// must start at a word whose first characters some match can begin with (word-classes.ts). Most
// stretches hold no such word, and their regex scan is skipped; the others are scanned as before,
// so what is found does not change.
import type { Doc } from '../../types.js';
import { BIT, couldStartAt, INNER, startBits, type Screened } from './word-classes.js';

/** U+212A KELVIN SIGN lower-cases to an ASCII "k", so word classes read on lower-cased words could
 * miss a word start beside it: an article holding one is never screened. */
const KELVIN = '\u212A';

export class Screen {
  private readonly starts = new Map<Screened, Int32Array>();
  /** True when nothing is screened (every stretch may match). */
  readonly open: boolean;

  constructor(private readonly doc: Doc, private readonly low: readonly string[], private readonly bits: Uint16Array) {
    this.open = doc.text.includes(KELVIN);
  }

  /** Whether `re` (the screened regex `name`) could match somewhere in doc.text.slice(lo, hi). */
  mayMatch(name: Screened, lo: number, hi: number): boolean {
    if (this.open) return true;
    const { tokens } = this.doc;
    const bit = BIT[name];
    // The first token starting at or after lo.
    let a = 0, b = tokens.length;
    while (a < b) { const mid = (a + b) >> 1; if (tokens[mid].start < lo) a = mid + 1; else b = mid; }
    // A window opening inside a token: the rest of that token is read as the slice's first word.
    if (a > 0 && tokens[a - 1].end > lo) {
      const t = tokens[a - 1], w = this.low[a - 1];
      if (w.length !== t.end - t.start || startBits(w.slice(lo - t.start)) & bit) return true;
    }
    const starts = this.startsOf(name, bit);
    a = 0, b = starts.length;
    while (a < b) { const mid = (a + b) >> 1; if (starts[mid] < lo) a = mid + 1; else b = mid; }
    return a < starts.length && starts[a] < hi;
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
