// own-takings (case7, issue 13): a source that announces a taking of ground told as a noun ("the army announced the
// liberation of the town", "the rebels claimed the capture of the airport", "the ministry confirmed its recapture of
// the district") tells its own act, as "the army said it had recaptured the town" does (index.ts `acting`): its words stay
// a party of the sentence, the taking's subject (codebook: who takes the place decides Government regains territory
// vs Non-state actor overtakes territory). Not "the fall of": a place falls to someone else. General English (a
// nominalised act after an announcing verb keeps the announcer as its agent); provenance: written for this project.
import type { Claim, Doc } from '../../types.js';
import { tokenAt } from './location.js';

/** Nouns of taking ground whose agent, told after an announcing verb, is the announcer. */
const TAKING_NOUNS: ReadonlySet<string> = new Set(['liberation', 'recapture', 'capture', 'seizure', 'takeover', 'retaking', 'clearing',
  'clearance', 'occupation', 'reconquest', 'conquest',
  // "the rebels claimed control of the town": the claim is of their own control.
  'control']);
const OPENERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'our', 'full', 'complete']);

/** Whether the claim's content opens with a taking told as a noun ("the liberation of …", "its capture of …"). */
export function announcesOwnTaking(doc: Doc, c: Claim): boolean {
  let k = tokenAt(doc.tokens, c.content.start);
  while (k < doc.tokens.length && doc.tokens[k].start < c.content.start) k++;
  for (let n = 0; n < 3 && k < doc.tokens.length && doc.tokens[k].start < c.content.end; n++, k++) {
    const w = doc.tokens[k].text.toLowerCase();
    if (TAKING_NOUNS.has(w)) return (doc.tokens[k + 1]?.text.toLowerCase() ?? '') === 'of';
    if (!OPENERS.has(w)) return false;
  }
  return false;
}
