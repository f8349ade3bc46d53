// Settling a sentence's claims once all are read: a claim's content ends where the next attribution
// of the same sentence begins ("X said A, a claim Y denied"), and stance and hedging are read from
// that content and a window around the attribution (a window, so a run-on "sentence" stays linear).
import type { Claim, Doc } from '../../types.js';
import type { Span2 } from './locate-source.js';
import { readStance, type CueKind } from './stance.js';
import type { Screen } from './screen.js';

const TRAILING = /^(?:,|;|:|—|–|-|and|but|while|whereas|although|though|as|yet|a|an|the|claim|claims|report|reports|allegation|accusation)$/i;

const attributionStart = (c: Claim): number => (c.source.end > c.source.start ? Math.min(c.source.start, c.cue.start) : c.cue.start);

/** Settles claims[from..] of the unit `s`; `kinds[i]` is the cue kind of claims[i]. */
export function settleUnit(doc: Doc, s: Span2, claims: Claim[], kinds: CueKind[], from: number, screen: Screen): void {
  const { tokens } = doc;
  for (let k = from; k + 1 < claims.length; k++) {
    const c = claims[k], next = attributionStart(claims[k + 1]);
    if (c.content.start >= next || c.content.end <= next) continue;
    // Walk back from the next attribution over separators and a "a claim" lead-in.
    let t = s.first;
    while (t < s.end && tokens[t].end <= next) t++;
    t--;
    while (t > s.first && tokens[t].start > c.content.start && TRAILING.test(tokens[t].text)) t--;
    if (tokens[t].end > c.content.start) c.content = { start: c.content.start, end: tokens[t].end };
  }
  const unitStart = tokens[s.first].start, unitEnd = tokens[s.end - 1].end;
  for (let k = from; k < claims.length; k++) {
    const c = claims[k];
    const lo = Math.max(unitStart, Math.min(c.content.start, c.cue.start, attributionStart(c)) - 80);
    const hi = Math.min(unitEnd, Math.max(c.content.end, c.cue.end) + 80, lo + 1200);
    const { stance, hedged } = readStance(kinds[k], doc.text, screen, c.content.start, Math.min(c.content.end, c.content.start + 600), lo, Math.max(lo, hi));
    c.stance = stance;
    c.hedged = hedged;
  }
}
