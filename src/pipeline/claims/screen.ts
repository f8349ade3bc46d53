// A cheap necessary condition before a lexicon regex is run over a stretch of an article: a match
// must start at a word whose first characters some match can begin with (word-classes.ts). Most
// stretches hold no such word, and their regex scan is skipped; the others are scanned as before,
// so what is found does not change.
import type { Doc } from '../../types.js';
import { BIT, couldStartAt, INNER, startBits, type Screened, type WordClasses } from './word-classes.js';

/** U+212A KELVIN SIGN lower-cases to an ASCII "k", so word classes read on lower-cased words could
 * miss a word start beside it: an article holding one is never screened. */
const KELVIN = '\u212A';

/** The screened regexes read together by Screen.maskIn: all but the phrase cues' (read by phraseCues on the words' bits). */
const MERGED_NAMES = (Object.keys(BIT) as Screened[]).filter((n) => n !== 'phrase');
const MERGED = MERGED_NAMES.reduce((m, n) => m | BIT[n], 0);

/** Index of the first of the sorted `xs` at or after `x`. */
function firstAtOrAfter(xs: Int32Array, x: number): number {
  let a = 0, b = xs.length;
  while (a < b) { const mid = (a + b) >> 1; if (xs[mid] < x) a = mid + 1; else b = mid; }
  return a;
}

export class Screen {
  private readonly starts = new Map<Screened, Int32Array>();
  private merged: { at: Int32Array; mask: Uint16Array } | undefined = undefined;
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
    return this.maskIn(BIT[name], lo, hi) !== 0;
  }

  /** Which of the screened regexes of `want` (their BIT) could match somewhere in doc.text.slice(lo, hi): one look
   * at the window for all of them (a claim's stance asks four of its content). */
  maskIn(want: number, lo: number, hi: number): number {
    if (this.open) return want;
    let m = 0;
    if (want & BIT.phrase) {
      const starts = this.startsOf('phrase', BIT.phrase);
      const k = firstAtOrAfter(starts, lo);
      if (k < starts.length && starts[k] < hi) m = BIT.phrase;
    }
    if (want & ~BIT.phrase) {
      const { at, mask } = this.merged ??= this.mergedStarts();
      for (let k = firstAtOrAfter(at, lo); k < at.length && at[k] < hi && (m & want) !== want; k++) m |= mask[k];
    }
    m &= want;
    if (m === want) return m;
    // A window opening inside a token: the rest of that token is read as the slice's first word.
    const a = firstAtOrAfter(this.tokenStarts, lo);
    if (a === 0 || this.doc.tokens[a - 1].end <= lo) return m;
    const t = this.doc.tokens[a - 1], w = this.low[a - 1];
    if (w.length !== t.end - t.start) return want;
    return m | (startBits(w.slice(lo - t.start), want & ~m) & want);
  }

  /** Where a word could start a match of any screened regex but the phrase cues' (sorted), with the regexes' bits:
   * startsOf for all of them in one pass, found on first use. */
  private mergedStarts(): { at: Int32Array; mask: Uint16Array } {
    const { bits } = this;
    const { tokens, text } = this.doc;
    const at: number[] = [], masks: number[] = [];
    for (let i = 0; i < bits.length; i++) {
      const b = bits[i] & MERGED;
      if (b === 0) continue;
      let mask = 0;
      for (let n = 0; n < MERGED_NAMES.length; n++) {
        const bit = BIT[MERGED_NAMES[n]];
        // A word's first characters let it through; the text after it, read once here, decides.
        // A word with a start inside it ("non-anonymous") is kept without that second look.
        if (b & bit && (bits[i] & INNER || couldStartAt(MERGED_NAMES[n], text, tokens[i].start))) mask |= bit;
      }
      if (mask !== 0) (at.push(tokens[i].start), masks.push(mask));
    }
    return { at: Int32Array.from(at), mask: Uint16Array.from(masks) };
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
