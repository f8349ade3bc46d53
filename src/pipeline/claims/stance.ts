// Stance and hedging of a claim, from its cue's class and the words of its clause and content.
// A cue that denies or disputes decides; otherwise the content can decline ("will not comment"),
// deny ("had nothing to do with") or contest ("greatly exaggerated") what another source said.
import type { Stance } from '../../types.js';
import type { CueClass } from '../../lexicon/attribution-cues.js';
import { DECLINE, DENIAL, DISPUTE, HEDGE } from '../../lexicon/stance-cues.js';

export type CueKind = CueClass | 'decline' | 'according' | 'passive' | 'colon';

export function readStance(cls: CueKind, content: string, clause: string): { stance: Stance; hedged: boolean } {
  const hedged = cls === 'belief' || cls === 'passive' || HEDGE.test(clause) || HEDGE.test(content);
  if (cls === 'decline') return { stance: 'declines_comment', hedged };
  if (cls === 'deny') return { stance: 'denies', hedged };
  if (cls === 'dispute') return { stance: 'disputes', hedged };
  if (DECLINE.test(content)) return { stance: 'declines_comment', hedged };
  if (DISPUTE.test(content)) return { stance: 'disputes', hedged };
  if (cls !== 'claim' && DENIAL.test(content)) return { stance: 'denies', hedged };
  return { stance: 'asserts', hedged };
}
