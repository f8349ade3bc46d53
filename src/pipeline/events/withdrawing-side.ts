// withdrawing-side (world29, issue 13): the side that gave a place up in a Non-violent transfer of territory is its actor 2. "MINUSMA
// completed its withdrawal from its camp in Kidal, and CSP-PSD fighters moved in", "after Armenian forces withdrew", "after
// Al-Shabaab fighters withdrew": the codebook's transfer is one side acquiring territory another held, without a fight, and ACLED
// codes the side that held it as the other actor. When the transfer names no actor 2, the party told as the subject of the
// sentence's withdrawal word (the nearest named at most WITHDRAWER_REACH words before it, or the first of coordinated ones) is
// actor 2.
// Pure; returns actor2 as given when nothing applies. Provenance: written for this project (test/probes/world28, news28, world29).
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ActorMention } from './types.js';
import { extend } from '../extend.js';

export const WITHDRAWING_SIDE_RULE = 'actor.withdrawing-side';
/** How many words the withdrawal may stand after its side ("MINUSMA completed its withdrawal"). */
const WITHDRAWER_REACH = 4;
/** How far "and" and the adjectives after it may part coordinated sides ("government forces and [allied] militias"). */
const COORDINATED_GAP = 3;

export function withdrawingSide(subEventType: string, actor1: ActorMention | null, actor2: ActorMention | null, actors: readonly ActorMention[],
  hits: readonly CueHit<Concept>[], words: readonly string[], inSources: (m: ActorMention) => boolean): ActorMention | null {
  if (actor2 || subEventType !== 'Non-violent transfer of territory') return actor2;
  for (const h of hits) {
    if (h.concept !== 'WITHDRAW') continue;
    // The party nearest before it, or of coordinated subjects ("government forces and allied militias pulled out") the first.
    let at = -1;
    for (let k = 0; k < actors.length; k++) {
      const m = actors[k];
      if (m.tokEnd <= h.first && h.first - m.tokEnd <= WITHDRAWER_REACH && !inSources(m)) at = k;
    }
    while (at > 0 && words[actors[at - 1].tokEnd] === 'and' && actors[at].tokFirst - actors[at - 1].tokEnd <= COORDINATED_GAP) at--;
    const side = at >= 0 ? actors[at] : null;
    if (side && side !== actor1 && side.name !== actor1?.name) return extend(side, { role: WITHDRAWING_SIDE_RULE });
  }
  return actor2;
}
