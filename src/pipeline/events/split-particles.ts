// split-particles (case7, issue 13): a phrasal verb whose object stands between the verb and its particle
// ("pushed Russian forces out of the town", "drove the militants out of their last stronghold") drives an armed side out
// of a place as "drove out the militants" does (EXPEL, codebook: Government regains / Non-state actor overtakes
// territory). The cue matcher reads contiguous phrases only, so this one pass over the article's words adds an EXPEL hit
// on the verb when "out of" follows it within a short object phrase in the same clause. General English grammar
// (separable phrasal verbs, object between verb and particle); provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** Verbs of driving someone away, whose particle may follow the object ("forced them out of"). */
// (Not "forced": "forced thousands of villagers out of their homes" displaces people, it takes no place; "forces" is a noun.)
const DRIVING: ReadonlySet<string> = new Set(['pushed', 'pushing', 'pushes', 'drove', 'driven', 'driving', 'drives', 'chased', 'chasing',
  'flushed', 'flushing']);
/** How many words the object between verb and particle may run ("pushed [the remaining Islamic State fighters] out of"). */
const OBJECT_REACH = 6;
/** What ends the object phrase: past these the "out of" belongs to another clause. */
const BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'who', 'which', 'that', 'after', 'before', 'to', 'from', 'into']);

/** `hits` with an EXPEL hit on each driving verb whose "out of" follows its object (a new array only when one is added). */
export function withSplitExpel(hits: CueHit<Concept>[], words: readonly string[]): CueHit<Concept>[] {
  let added: CueHit<Concept>[] | null = null;
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== 'out' || words[k + 1] !== 'of') continue;
    for (let v = k - 2; v >= 0 && k - v - 1 <= OBJECT_REACH; v--) {
      const w = words[v];
      if (DRIVING.has(w)) { (added ??= []).push({ concept: 'EXPEL', first: v, end: v + 1 }); break; }
      if (BREAK.has(w)) break;
    }
  }
  if (!added) return hits;
  return [...hits, ...added].sort((a, b) => a.first - b.first);
}
