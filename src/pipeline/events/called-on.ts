// Round 35: a call on people to act ("called on its supporters to take to the streets", "urged members to join a march"): the act
// named by the infinitive after the people called on, or by its object, has not taken place (general English: the object of "call
// on", "urge", "appeal to" is asked to do what the infinitive after it names; WordNet 3.1 "call on" v.1, "urge" v.1, "appeal" v.1).
import type { Token } from '../../types.js';

/** How many words the people called on may take ("its supporters", "all residents of the city", round 42: "the rival governments
 * in Tripoli and the east"). */
const CALLED_REACH = 8;
/** The words a noun phrase of the people called on is made of (round 42: with its conjunction, "X and Y", and a possessive's
 * particle, "Libya's rival governments"). */
const CALLED_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ', 'PART']);
/** How many words may stand between the infinitive's verb and the act named as its object ("to join [a nationwide] march"). */
const OBJECT_REACH = 3;
/** The words between an infinitive's verb and its object's head. */
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/** Whether the word at `t` is the act a call ending at `callEnd` (a CALL_ON hit's end) asks for: a short noun phrase of the people
 * called on, then "to", then `t` as the infinitive's verb or the head of its object ("to join a march"). */
export function calledOn(callEnd: number, t: number, tokens: readonly Token[]): boolean {
  let to = -1;
  for (let k = callEnd; k < t && k <= callEnd + CALLED_REACH; k++) {
    if (tokens[k].text.toLowerCase() === 'to') { to = k; break; }
    if (!CALLED_POS.has(tokens[k].pos ?? '')) return false;
  }
  if (to <= callEnd) return false;
  if (t === to + 1) return true;
  if (tokens[to + 1].pos !== 'VERB' || t - (to + 2) > OBJECT_REACH) return false;
  for (let k = to + 2; k < t; k++) if (!OBJECT_POS.has(tokens[k].pos ?? '')) return false;
  return true;
}
