// goods-containers (dwu12, issue 13): a store or parcel of goods seized is goods seized. WEAPON_SEIZE reads "depot", "packages",
// "cache" as weapons, so that "seized a depot" is a weapons seizure (codebook: Disrupted weapons use); but a container whose
// modifier is a goods noun ("a fuel depot", "medicine packages") or whose "of" phrase names goods ("a depot of food") holds
// those goods: its seizure is Looting/property destruction (codebook: seizing goods or property outside other violence), and
// the container's weapon reading is set aside. A container of weapons ("a depot of ammunition") keeps it.
import type { Concept } from '../../lexicon/event-cues.js';
import { CONTAINERS } from '../../lexicon/containers.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';
import { withoutHits } from './hit-filter.js';

/** How many words may stand between "of" and the goods noun: "packages of [dry] food". */
const OF_REACH = 1;

/** dropGoodsContainers sets aside only a WEAPON_SEIZE hit, with a GOODS hit beside it. */
export const GOODS_CONTAINERS_NEEDS: ReadingNeeds = [['WEAPON_SEIZE'], ['GOODS']];
/** The hits without the weapon reading of a container of goods (the same array when there is none). */
export function dropGoodsContainers(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return withoutHits(hits, (h) => {
    if (h.concept !== 'WEAPON_SEIZE' || h.end - h.first !== 1 || !CONTAINERS.has(words[h.first])) return false;
    const compound = hits.some((g) => g.concept === 'GOODS' && g.end === h.first);
    return compound || (words[h.end] === 'of' && hits.some((g) => g.concept === 'GOODS' && g.first > h.end && g.first - h.end - 1 <= OF_REACH));
  });
}
