// Stance and hedging of a claim, from its cue's class and the words of its clause and content.
// A cue that denies or disputes decides; otherwise the content can decline ("will not comment"),
// deny ("had nothing to do with") or contest ("greatly exaggerated") what another source said.
import type { Stance } from '../../types.js';
import type { CueClass } from '../../lexicon/attribution-cues.js';
import { DECLINE, DENIAL, DISPUTE, HEDGE } from '../../lexicon/stance-cues.js';
import type { Screen } from './screen.js';
import type { Screened } from './word-classes.js';

export type CueKind = CueClass | 'decline' | 'according' | 'passive' | 'colon';

/** True when `re` (screened as `name`) matches doc text [lo, hi); the screen spares most scans. */
function holds(text: string, screen: Screen, name: Screened, re: RegExp, lo: number, hi: number): boolean {
  return screen.mayMatch(name, lo, hi) && re.test(text.slice(lo, hi));
}

/** Stance and hedging from the cue's kind, the content [contentStart, contentEnd) and the clause [clauseStart, clauseEnd) of `text`. */
export function readStance(
  cls: CueKind, text: string, screen: Screen, contentStart: number, contentEnd: number, clauseStart: number, clauseEnd: number,
): { stance: Stance; hedged: boolean } {
  const hedged = cls === 'belief' || cls === 'passive' || holds(text, screen, 'hedge', HEDGE, clauseStart, clauseEnd)
    || holds(text, screen, 'hedge', HEDGE, contentStart, contentEnd);
  if (cls === 'decline') return { stance: 'declines_comment', hedged };
  if (cls === 'deny') return { stance: 'denies', hedged };
  if (cls === 'dispute') return { stance: 'disputes', hedged };
  if (holds(text, screen, 'decline', DECLINE, contentStart, contentEnd)) return { stance: 'declines_comment', hedged };
  if (holds(text, screen, 'dispute', DISPUTE, contentStart, contentEnd)) return { stance: 'disputes', hedged };
  if (cls !== 'claim' && holds(text, screen, 'denial', DENIAL, contentStart, contentEnd)) return { stance: 'denies', hedged };
  return { stance: 'asserts', hedged };
}
