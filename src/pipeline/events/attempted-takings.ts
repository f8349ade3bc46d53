// attempted-takings (case32, issue 13): a taking told only as attempted ("gendarmes struggling to regain control of several
// neighbourhoods", "troops tried to retake the hill", "the rebels failed to capture the town") acquired no ground. Codebook
// (ACLED 2023, Battles): Government regains and Non-state actor overtakes territory are coded when a side takes control of a
// location; an attempt that is not told to have succeeded changes nothing (the fight, if one is told, is an Armed clash).
// General English: "try", "attempt", "seek", "struggle", "fail" with a to-infinitive tell an act not (yet) done. A pure function
// of the sentence's cue hits; runs only when an attempt word and a taking word are both told. Round 43: the same of a weapon's stopping
// (a defusal or an interception only attempted stopped nothing).
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';
import { TAKINGS } from './strike-background.js';

const TRY_TO: Concept = 'TRY_TO';
/** Round 43: the acts of stopping a weapon (a defusal, an interception), which an attempt leaves undone as it leaves a taking
 * ("the bomb went off while the bomb squad was still trying to defuse it", "air defences tried to intercept the missile"). */
const STOPPINGS: ReadonlySet<Concept> = new Set<Concept>(['DEFUSE', 'INTERCEPT', 'AIR_INTERCEPT']);
/** How far after the attempt's "to" the taking may stand ("tried to [quickly] retake"). */
const REACH = 2;
/** dropAttemptedTakings reads only an attempt with a taking told. */
export const ATTEMPTED_TAKING_NEEDS: ReadingNeeds = [[TRY_TO], [...TAKINGS, ...STOPPINGS]];
/** The hits left once each taking or stopping told right after an attempt's "to" is set aside. */
export function dropAttemptedTakings(hits: readonly CueHit<Concept>[]): readonly CueHit<Concept>[] {
  const tries = hits.filter((h) => h.concept === TRY_TO);
  if (!tries.length) return hits;
  return hits.filter((h) => !((TAKINGS.has(h.concept) || STOPPINGS.has(h.concept)) && tries.some((t) => t.end <= h.first && h.first - t.end <= REACH)));
}
