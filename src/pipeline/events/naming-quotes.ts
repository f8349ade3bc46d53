// Round 36 (issue 13): a quotation that names something ("MPs called the fuel price increase 'a bomb dropped on the pockets of the
// poor'", "critics dubbed the budget 'a massacre of the middle class'") is a figure of speech: its words tell no act. General
// English: a naming verb (WordNet 3.1 "call" v.3 "assign a specified name to", "dub" v.1, "brand" v.1, "term" v.1, "describe" v.2,
// "liken" v.1) takes an object and a complement; the complement in quotation marks is the speaker's word for the object, not a
// deed of the day. The act words the sentence tells outside the quotation are read as ever ("police called the killing 'a
// tragic mistake'" keeps the killing). Pure function; it returns `hits` itself when nothing applies (most sentences).
// Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { Token } from '../../types.js';
import { isQuoteMark, QUOTE_MARKS } from '../claims/noun-phrase.js';

/** The naming verbs, as inflected forms (the complement follows their object). */
const NAMING: ReadonlySet<string> = new Set(['called', 'calls', 'calling', 'call', 'dubbed', 'dubs', 'dubbing', 'branded', 'brands',
  'branding', 'termed', 'terms', 'terming', 'described', 'describes', 'describing', 'likened', 'likens', 'likening', 'labelled',
  'labeled', 'labelling', 'labeling']);
/** How many words the naming verb's object may take before the quotation opens ("called the latest fuel price increase '…"). */
const OBJECT_REACH = 7;
/** Words that end the object: a clause break, or "to" (a call on someone to act is no naming: called-on.ts). */
const OBJECT_END: ReadonlySet<string> = new Set([',', ';', ':', '.', 'to', 'for', 'on', 'off', 'out', 'up']);

/** The hits outside every quotation that is a naming verb's complement, in tokens [from, to). */
export function outsideNamingQuotes(hits: CueHit<Concept>[], tokens: readonly Token[], from: number, to: number): CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  /** The quotation's first word (the mark's own token when the mark stands alone), or -1 outside one. */
  let open = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // Most words hold no quotation mark at either end: one look at each end's character (the marks are in QUOTE_CODES).
    if (!QUOTE_CODES.has(t.text.charCodeAt(0)) && !QUOTE_CODES.has(t.text.charCodeAt(t.text.length - 1))) continue;
    if (open < 0) {
      // The tokenizer keeps a single opening mark on its word ("'a"): that word opens the quotation.
      if (isQuoteMark(t)) open = k + 1;
      else if (GLUED_OPENING.test(t.text)) open = k;
      continue;
    }
    if (!isQuoteMark(t) && !GLUED_CLOSING.test(t.text)) continue;
    const first = open, end = isQuoteMark(t) ? k : k + 1;
    open = -1;
    if (!namedBefore(tokens, first - (isQuoteMark(tokens[first - 1]) ? 1 : 0), from)) continue;
    const base: CueHit<Concept>[] = out ?? hits;
    const kept = base.filter((h) => !(h.first >= first && h.end <= end));
    if (kept.length !== base.length) out = kept;
  }
  return out ?? hits;
}
/** The characters the quotation marks begin or end with (claims/noun-phrase.ts QUOTE_MARKS, whose marks isQuoteMark reads). */
const QUOTE_CODES: ReadonlySet<number> = new Set([...QUOTE_MARKS].flatMap((m) => [m.charCodeAt(0), m.charCodeAt(m.length - 1)]));
/** A word with an opening quotation mark glued on ("'a", "‘bomb"), and one with a closing mark ("poor'", "poor’"). */
const GLUED_OPENING = /^['‘“"]\p{L}/u;
const GLUED_CLOSING = /\p{L}['’”"]$/u;

/** Whether a naming verb stands before the quotation whose mark (or first word) is at `quote`, its object between (no clause break). */
function namedBefore(tokens: readonly Token[], quote: number, from: number): boolean {
  for (let k = quote - 1; k >= from && quote - k <= OBJECT_REACH + 1; k--) {
    const w = tokens[k].text.toLowerCase();
    // "what residents called 'a massacre'": with no object between, the quotation names the act the sentence tells.
    if (NAMING.has(w)) return k < quote - 1;
    if (OBJECT_END.has(w) || isQuoteMark(tokens[k])) return false;
  }
  return false;
}
