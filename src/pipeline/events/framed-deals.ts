// framed-deals (case31, world28; issue 13): a deal named as the frame of another act. "Azerbaijani troops entered Lachin district, the
// last of three districts Armenia was required to return under the Moscow-brokered ceasefire", "after Armenian forces withdrew under
// a border deal signed in April": the accord told after "under / as part of / in line with / in accordance with / pursuant to" is
// what the act was done under, reached earlier (codebook: Agreement is coded when an agreement is reached; the handing over or
// withdrawal it governs is the news). Its words are set aside when the sentence tells such an act before them.
// General English grammar; a pure function of the sentence's words and cue hits. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';
import { withoutHits } from './hit-filter.js';

/** The words of a deal: a ceasefire, truce or agreement named, brokered, or the weak "deal", "agreed". */
const DEAL: ReadonlySet<Concept> = new Set<Concept>(['AGREEMENT', 'AGREE_MORE', 'AGREE_WEAK']);
/** The acts a deal frames: a place handed over, entered, returned or left, a force withdrawing. */
const FRAMED: ReadonlySet<Concept> = new Set<Concept>(['TRANSFER', 'TRANSFER_WEAK', 'WITHDRAW', 'TAKEOVER', 'HANDOVER', 'TAKE_TERRITORY',
  'OVERTAKE', 'OVERTAKE_WEAK', 'RETURN', 'ENTERED']);
/** The first words of deals named by what they agree to ("an evacuation deal", "a hostage deal", "a prisoner swap deal"). */
const OWN_CONTENT: ReadonlySet<string> = new Set(['evacuation', 'hostage', 'hostages', 'prisoner', 'prisoners', 'exchange', 'swap']);
/** How far the deal word may stand after the frame's opening word ("under the Moscow - brokered ceasefire"). */
const FRAME_REACH = 6;
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')']);
/** The prepositions of a frame, by their last word and the words before it: "under", "pursuant to", "as part of", "in line with". */
const FRAME_ENDS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map<string, readonly (readonly string[])[]>([
  ['under', [[]]],
  ['to', [['pursuant']]],
  ['of', [['as', 'part'], ['in', 'implementation']]],
  ['with', [['in', 'line'], ['in', 'accordance'], ['in', 'keeping'], ['in', 'compliance']]],
]);

function frameEndsAt(words: readonly string[], k: number): boolean {
  const before = FRAME_ENDS.get(words[k]);
  return !!before && before.some((b) => b.every((w, i) => words[k - b.length + i] === w));
}

/** dropFramedDeals reads only a sentence with a deal word and an act it can frame. */
export const FRAMED_DEAL_NEEDS: ReadingNeeds = [DEAL, FRAMED];
/** The hits left once the deal words told as the frame of an act told before them are set aside (typing.ts typeHits). */
export function dropFramedDeals(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return withoutHits(hits, (h) => {
    // An evacuation, hostage or prisoner deal names the move it agrees to (codebook: Agreement covers evacuation deals): no frame.
    if (!DEAL.has(h.concept) || OWN_CONTENT.has(words[h.first])) return false;
    let frame = -1;
    for (let k = h.first - 1; k >= 0 && k >= h.first - FRAME_REACH && !CLAUSE_END.has(words[k]); k--) if (frameEndsAt(words, k)) { frame = k; break; }
    return frame >= 0 && hits.some((a) => FRAMED.has(a.concept) && a.end <= frame);
  });
}
