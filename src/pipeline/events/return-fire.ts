// return-fire (world35, issue 13): a fight typed from its answer ("the Armenian Defence Ministry said its units returned fire")
// was started by the side whose fire the sentence tells first ("Azerbaijani forces opened fire on Armenian army positions near
// X, killing four soldiers; … its units returned fire"). Codebook (ACLED 2023): actor 1 of an event is the side that initiated
// it where the report says who did; who "returned fire" or "fired back" answered (general English: to return fire is to shoot
// back at those who fired). A pure function of the sentence's cue hits and words.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** The first words of an answer to fire: "returned fire", "fired back", "shot back", "responded". */
const ANSWERS: ReadonlySet<string> = new Set(['returned', 'returning', 'return', 'returns', 'fired', 'firing', 'fire', 'shot', 'responded', 'retaliated']);
const BACK: ReadonlySet<string> = new Set(['fire', 'back']);
/** The acts of firing or attacking that an answer answers. */
const OPENING: ReadonlySet<Concept> = new Set<Concept>(['HARM_ACT', 'FIRED', 'ATTACK']);

/** The first act of firing told before an answering trigger in its sentence (`hits` are the sentence's, in order), or null when
 * the trigger is no answer to fire or none is told before it. (An attack told after it, "returned fire after militants attacked
 * the checkpoint", is left to the roles' own reading of the clause.) */
export function firstFireBefore(trigger: { first: number; end: number }, hits: readonly CueHit<Concept>[], words: readonly string[]): CueHit<Concept> | null {
  const w = words[trigger.first];
  if (!ANSWERS.has(w)) return null;
  const answer = w === 'responded' || w === 'retaliated' || BACK.has(words[trigger.first + 1] ?? '');
  if (!answer) return null;
  for (const h of hits) {
    if (h.first >= trigger.first) break;
    if (!OPENING.has(h.concept)) continue;
    if (ANSWERS.has(words[h.first]) && BACK.has(words[h.first + 1] ?? '')) continue;
    return h;
  }
  return null;
}
