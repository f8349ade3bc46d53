// act-agents: who acts is read from the verb and what stands around it, not from armed words anywhere in the
// sentence (issue 13, ACLED part: an organised armed group attacking civilians is an Attack, two armed sides
// fighting a Battle, a crowd acting violently a Riot, state forces using force on protesters a Protest). These
// helpers refine typing.ts `partiesOf`; kept apart so the typing files stay easy to merge.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** Words that do something to someone: a party told right after one is its object. */
const ACTS: ReadonlySet<Concept> = new Set(['KILL', 'HARM', 'HARM_ACT', 'CLASH_WEAK', 'ATTACK', 'ABDUCT', 'ARREST', 'FIRED', 'DISPERSE']);
/** How many words (a count, a determiner, an adjective) may stand between an act and its object. */
const OBJECT_GAP = 3;
/** Words that end the object phrase: past them a party may be the subject of a new clause. */
const OBJECT_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'who', 'which', 'that', 'then', 'after', 'before',
  'when', 'while', 'as', 'because', 'since', 'until', 'once']);

/** Whether the party named at word `f` is the object of an act told just before it ("Gunmen killed two residents
 * and wounded three villagers": the residents did not wound anyone). English is subject-verb-object: a noun phrase
 * right after a transitive act word, in the same clause, is what the act was done to, so it cannot be the
 * subject of a later verb of the same clause. */
export function objectOfEarlierAct(hits: readonly CueHit<Concept>[], f: number, words: readonly string[]): boolean {
  for (const h of hits) {
    if (!ACTS.has(h.concept) || h.end > f || f - h.end > OBJECT_GAP) continue;
    let open = true;
    for (let k = h.end; k < f && open; k++) if (OBJECT_BREAK.has(words[k])) open = false;
    // "was attacked by residents": the party after "by" is the agent of that passive, not its object.
    if (open && words[f - 1] !== 'by') return true;
  }
  return false;
}
