// dwu10 (issue 13): a fight told as the aim of something else is no fight. "The militants formed a new alliance to fight the
// government", "troops were sent to attack the rebels' positions", "an operation to storm the camp": the infinitive after a noun or
// a verb of moving, making or sending tells a purpose, not an act of the day (codebook: Change to group/activity covers a group's
// creation, alliances and troop movements; Battles need the sides to engage). Verbs that tell the act itself begin, go on with it or
// are forced into it ("began to fight", "continued to attack", "were forced to fight") keep it. General English grammar;
// provenance: written for this project. A pure function of the cue hits and the words before them.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

/** The fight concepts whose bare verb may follow "to". */
const FIGHT: ReadonlySet<Concept> = new Set<Concept>(['CLASH', 'CLASH_WEAK', 'ATTACK']);
/** The bare verbs of fighting ("to fight", "to attack"), not nouns or participles ("to the fighting", "to fighting"). */
const BARE: ReadonlySet<string> = new Set(['fight', 'attack', 'battle', 'clash', 'confront', 'combat', 'storm', 'raid', 'assault', 'ambush', 'engage']);
/** Words before "to" that tell the fight itself: it began, went on, resumed, or the side was made to fight. */
const ACTUAL: ReadonlySet<string> = new Set(['began', 'begin', 'begun', 'begins', 'started', 'start', 'starts', 'continued', 'continue', 'continues',
  'resumed', 'resume', 'forced', 'went', 'came', 'managed', 'proceeded', 'used']);

/** dropPurposeInfinitives sets aside only a fight hit. */
export const PURPOSE_NEEDS: ReadingNeeds = [FIGHT];
/** The hits left once a fight verb told as a purpose ("to fight the government") is set aside (typing.ts typeHits). */
export function dropPurposeInfinitives(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const purpose = (h: CueHit<Concept>): boolean => FIGHT.has(h.concept) && h.end - h.first === 1 && BARE.has(words[h.first]) &&
    words[h.first - 1] === 'to' && !ACTUAL.has(words[h.first - 2] ?? '');
  return hits.some(purpose) ? hits.filter((h) => !purpose(h)) : hits;
}
