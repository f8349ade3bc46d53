// Stance and hedging of a claim, from its cue's class and the words of its clause and content.
// A cue that denies or disputes decides; otherwise the content can decline ("will not comment"),
// deny ("had nothing to do with") or contest ("greatly exaggerated") what another source said.
import type { Stance } from '../../types.js';
import type { CueClass } from '../../lexicon/attribution-cues.js';
import { DECLINE, DENIAL, DISPUTE, HEDGE } from '../../lexicon/stance-cues.js';
import type { Screen } from './screen.js';
import { BIT } from './word-classes.js';

export type CueKind = CueClass | 'decline' | 'according' | 'passive' | 'colon';

/** The screened regexes read in a claim's content. */
const IN_CONTENT = BIT.hedge | BIT.decline | BIT.dispute | BIT.denial;

/** Stance and hedging from the cue's kind, the content [contentStart, contentEnd) and the clause [clauseStart, clauseEnd) of `text`.
 * Each regex is run only where the screen lets it (screen.ts); the content is screened once for all four. */
export function readStance(
  cls: CueKind, text: string, screen: Screen, contentStart: number, contentEnd: number, clauseStart: number, clauseEnd: number,
): { stance: Stance; hedged: boolean } {
  const content = screen.maskIn(IN_CONTENT, contentStart, contentEnd);
  const hedged = cls === 'belief' || cls === 'passive' || (screen.mayMatch('hedge', clauseStart, clauseEnd) && HEDGE.test(text.slice(clauseStart, clauseEnd)))
    || ((content & BIT.hedge) !== 0 && HEDGE.test(text.slice(contentStart, contentEnd)));
  if (cls === 'decline') return { stance: 'declines_comment', hedged };
  if (cls === 'deny') return { stance: 'denies', hedged };
  if (cls === 'dispute') return { stance: 'disputes', hedged };
  if ((content & BIT.decline) !== 0 && DECLINE.test(text.slice(contentStart, contentEnd))) return { stance: 'declines_comment', hedged };
  if ((content & BIT.dispute) !== 0 && DISPUTE.test(text.slice(contentStart, contentEnd))) return { stance: 'disputes', hedged };
  if (cls !== 'claim' && (content & BIT.denial) !== 0 && DENIAL.test(text.slice(contentStart, contentEnd))) return { stance: 'denies', hedged };
  return { stance: 'asserts', hedged };
}
