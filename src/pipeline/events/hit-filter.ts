// hit-filter: what every hit reading that only sets hits aside returns (typing.ts HIT_READINGS). Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** The hits without those `drop` names, or `hits` itself when it names none: typing.ts takes the same array back as "nothing
 * changed" and skips re-reading the concept groups. `drop` is asked once per hit, in order, of the hits as given. */
export function withoutHits(hits: readonly CueHit<Concept>[], drop: (h: CueHit<Concept>) => boolean): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) if (drop(h)) (out ??= hits.slice()).splice(out.indexOf(h), 1);
  return out ?? hits;
}
