// w26 (issue 13): "a roadside bomb hit an army vehicle": the bomb that hits is the device the phrase before it names (a roadside
// bomb, a car bomb, a magnetic bomb), not a bomb dropped from the air. BOMBING's "bomb hit" shares its "bomb" with EXPLOSIVE's
// phrase that ends there; the device's phrase is the reading (general English: the noun phrase's head is read with its
// modifiers; codebook: a planted device is a Remote explosive, an air strike is by an actor with air capacity).
// A pure function of the sentence's cue hits. Provenance: written for this project (test/probes/where26.jsonl).
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

export const BOMB_HIT_NEEDS: ReadingNeeds = [['BOMBING'], ['EXPLOSIVE']];

/** The hits without a BOMBING whose first word closes an EXPLOSIVE phrase that opens before it. */
export function dropDeviceBombHits(hits: readonly CueHit<Concept>[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (h.concept !== 'BOMBING') continue;
    if (!hits.some((x) => x.concept === 'EXPLOSIVE' && x.first < h.first && x.end === h.first + 1)) continue;
    out = (out ?? [...hits]).filter((x) => x !== h);
  }
  return out ?? hits;
}
