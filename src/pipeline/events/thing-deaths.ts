// thing-deaths (round 44, issue 13): a bill, a plan or talks that "died" killed no one. General English (WordNet 3.1 "die" v.4
// "stop operating or functioning", v.5 "disappear or come to an end": "the bill died in committee", "the talks died", "hopes of a
// deal died") tells the end of a thing by the verb of a person's death. A death verb whose subject, told right before it, is such
// a thing is set aside: "A similar rally last year drew a smaller crowd, and the bill then died in the state Senate" tells no
// death at a rally.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';
import { withoutHits } from './hit-filter.js';

/** The death verbs. */
const DYING: ReadonlySet<string> = new Set(['die', 'dies', 'died', 'dying']);
/** Things that end, as the subject of "die" (WordNet 3.1 nouns of a proposal, a process, a hope or a device). */
const THINGS: ReadonlySet<string> = new Set(['bill', 'bills', 'law', 'legislation', 'motion', 'proposal', 'proposals', 'amendment', 'measure',
  'plan', 'plans', 'project', 'initiative', 'deal', 'talks', 'negotiations', 'process', 'campaign', 'hope', 'hopes', 'dream', 'idea',
  'movement', 'rumour', 'rumor', 'tradition', 'custom', 'conversation', 'interest', 'enthusiasm', 'momentum']);
/** Before the thing's noun phrase, a preposition makes it a prepositional object, not the subject ("three protesters at the
 * rally against the bill died" tells deaths). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'of', 'from', 'during', 'near', 'against', 'over', 'for', 'with', 'after',
  'before', 'about', 'under', 'by', 'to', 'into', 'outside', 'inside', 'behind', 'amid', 'despite']);
/** The determiners and the few modifiers of such a noun that stand between it and a preposition ("against the proposed bill"). */
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our',
  'any', 'every', 'peace', 'similar', 'proposed', 'new']);
/** Words that may stand between the subject and its verb ("the bill then died", "talks quietly died"). */
const BETWEEN: ReadonlySet<string> = new Set(['then', 'later', 'eventually', 'quietly', 'finally', 'soon', 'effectively', 'also', 'simply', 'has',
  'have', 'had']);
const DEATH: ReadonlySet<Concept> = new Set<Concept>(['KILL', 'KILL_PLAIN', 'DEADLY', 'LETHAL_FORCE']);

/** dropThingDeaths sets aside only death hits. */
export const THING_DEATHS_NEEDS: ReadingNeeds = [DEATH];

/** The hits without a death verb whose subject is a thing (the same array when there is none). */
export function dropThingDeaths(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return withoutHits(hits, (h) => DEATH.has(h.concept) && h.end - h.first === 1 && DYING.has(words[h.first]) && thingBefore(h.first, words));
}

function thingBefore(at: number, words: readonly string[]): boolean {
  let k = at - 1;
  while (k >= 0 && BETWEEN.has(words[k])) k--;
  if (k < 0 || !THINGS.has(words[k])) return false;
  let d = k - 1;
  while (d >= 0 && NOUN_MODIFIERS.has(words[d])) d--;
  return d < 0 || !PREPOSITIONS.has(words[d]);
}
