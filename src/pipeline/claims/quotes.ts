// Quoted stretches: a cue inside a quotation is part of someone's words, not the article's own
// attribution. Double quotes only: single quotes double as apostrophes. A quote left open at the end
// of a paragraph runs to that end (the newspaper convention for quotes that span paragraphs).
import type { Doc } from '../../types.js';

const OPEN = new Set(['“', '«', '„', '``']);
const CLOSE = new Set(['”', '»']);
const TOGGLE = new Set(['"', "''"]);

/** inQuote[i] is 1 when token i lies strictly inside a quotation (the marks themselves excluded). */
export function quotedTokens(doc: Doc): Uint8Array {
  const { tokens, sentences } = doc;
  const inQuote = new Uint8Array(tokens.length);
  let open = -1;
  let paragraph = -1;
  const close = (end: number) => { for (let k = open + 1; k < end; k++) inQuote[k] = 1; open = -1; };
  for (const s of sentences) {
    if (s.paragraph !== paragraph) { if (open >= 0) close(s.firstToken); paragraph = s.paragraph; }
    for (let i = s.firstToken; i < s.endToken; i++) {
      let t = tokens[i].text;
      // Two apostrophes in a row are one double quote (a house style of some newspapers).
      if (t === "'" && tokens[i + 1]?.text === "'" && tokens[i + 1].start === tokens[i].end) { t = "''"; i++; }
      if (OPEN.has(t)) { if (open < 0) open = i; }
      else if (CLOSE.has(t)) { if (open >= 0) close(i); }
      else if (TOGGLE.has(t)) { if (open >= 0) close(i); else open = i; }
    }
  }
  if (open >= 0) close(tokens.length);
  return inQuote;
}

/** The token index of the quote mark closing a quotation opened at `open` (or -1). */
export function closingQuote(doc: Doc, open: number, limit: number): number {
  for (let k = open + 1; k < limit; k++) {
    const t = doc.tokens[k].text;
    if (CLOSE.has(t) || TOGGLE.has(t)) return k;
  }
  return -1;
}
