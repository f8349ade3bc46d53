// reaction-lead (round 40, issue 14): a lead sentence that tells a reaction to an incident, the incident only a noun the reaction
// governs ("the interior minister vowed on Monday a crushing response against those behind an assault on a police post", "the UN
// mission condemned an attack on its peacekeepers"). Its day and place are the reaction's; group-mentions.ts foldReactionLead joins
// it to the incident the next sentences tell. A pure function of the sentence's words and tags. Provenance: written for this project.
import type { Doc } from '../../types.js';
import type { Mention } from './types.js';

/** Verbs of answering an incident (WordNet 3.1 "vow" v.1, "pledge" v.1, "promise" v.1, "condemn" v.1 and its verb group
 * denounce, deplore, decry; "mourn" v.1; "retaliate" v.1; "vow revenge", "order an investigation"), in their finite forms. */
const REACTION: ReadonlySet<string> = new Set(['vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'condemned', 'condemns', 'denounced',
  'denounces', 'deplored', 'deplores', 'decried', 'decries', 'mourned', 'mourns', 'ordered', 'orders', 'threatened', 'threatens', 'warned', 'warns']);

/** Whether mention `m` tells its incident by a noun that a reaction verb before it in its sentence governs. */
export function reactionNounOf(doc: Doc, words: readonly string[]): (m: Mention) => boolean {
  return (m) => {
    const t = m.typed.trigger.first;
    if (doc.tokens[t]?.pos !== 'NOUN') return false;
    const first = doc.sentences[m.sentence].firstToken;
    for (let k = t - 1; k >= first; k--) if (REACTION.has(words[k])) return true;
    return false;
  };
}
