// Quoted stretches: a cue inside a quotation is part of someone's words, not the article's own
// attribution. Read on characters, not tokens, since tokenizers split '' and glue quotes to words.
// Double quotes only (“ ” « » " and the '' `` of some house styles): single quotes double as
// apostrophes. A quote left open at the end of a paragraph runs to that end (the newspaper
// convention for quotations that span paragraphs).
import type { Doc, Span } from '../../types.js';

const MARK = /[“”«»"]|''|``/g;
const OPENS = new Set(['“', '«', '``']);
const CLOSES = new Set(['”', '»']);

/** Character spans strictly inside quotation marks. */
export function quoteRegions(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    let open = -1;
    for (const m of text.matchAll(MARK)) {
      const at = p.start + m.index!;
      const q = m[0];
      if (OPENS.has(q)) { if (open < 0) open = at + q.length; }
      else if (CLOSES.has(q) || open >= 0) { if (open >= 0) { out.push({ start: open, end: at }); open = -1; } }
      else open = at + q.length;
    }
    if (open >= 0) out.push({ start: open, end: p.end });
  }
  return out;
}

/** inQuote[i] is 1 when token i starts inside a quotation. */
export function quotedTokens(doc: Doc, regions: Span[]): Uint8Array {
  const inQuote = new Uint8Array(doc.tokens.length);
  let r = 0;
  for (let i = 0; i < doc.tokens.length && r < regions.length; i++) {
    const at = doc.tokens[i].start;
    while (r < regions.length && regions[r].end <= at) r++;
    if (r < regions.length && regions[r].start <= at && at < regions[r].end) inQuote[i] = 1;
  }
  return inQuote;
}

/** The end of the quotation that opens at or just after character `at` (or -1). */
export function quoteEndAfter(regions: Span[], at: number): number {
  let lo = 0, hi = regions.length; // regions are sorted by start: binary search the first at or after `at`
  while (lo < hi) { const mid = (lo + hi) >> 1; if (regions[mid].start < at) lo = mid + 1; else hi = mid; }
  return lo < regions.length && regions[lo].start <= at + 2 ? regions[lo].end + 1 : -1;
}
