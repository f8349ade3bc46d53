// strat7 (issue 13): a declaration is the declarer's own act. "Al-Shabaab announced a curfew", "IPOB declared a sit-at-home
// order", "the rebels proclaimed a ceasefire": the claims reader takes the group for a source and its words for what it
// says, but the content is a measure the group takes by saying it (ACLED codes the group as actor1 of a Change to
// group/activity or an Agreement). So a source whose declaring verb takes a bare noun phrase opened by "a"/"an" (a
// measure, not a report of what happened: "announced the death of two soldiers" stays a report) acts in its sentence,
// as index.ts keeps a source that speaks of itself. General English: performative verbs.
import type { Claim, Doc } from '../../types.js';
import { tokenAt } from './location.js';
import { pastTimeAdjunct } from './time-adjunct.js';

/** Verbs whose object is a measure their subject takes by declaring it. */
const DECLARING = new Set(['announced', 'announces', 'declared', 'declares', 'proclaimed', 'proclaims', 'decreed', 'decrees']);
/** Articles that open a measure newly taken ("a curfew", "an indefinite lockdown"). */
const NEW_MEASURE = new Set(['a', 'an']);

/** gap7: nouns of a measure set up, told with "the … of" ("announced the creation of a parallel administration", "declared the
 * establishment of an emirate", "announced the suspension of its operations"): a change the group makes by declaring it. */
const MEASURE_NOUNS = new Set(['creation', 'formation', 'establishment', 'launch', 'suspension', 'resumption', 'end', 'start',
  'imposition', 'dissolution', 'closure']);

export function declaresMeasure(doc: Doc, c: Claim): boolean {
  if (!c.cue || c.via || c.cue.start < c.source.end || !DECLARING.has(c.cue.text.toLowerCase())) return false;
  // gap7: the words right after the cue are what is declared, whatever span the claims reader took for the content (a
  // leading date clause, "On 12 May 2024, the group announced a blockade", is read as content before the cue).
  const after = c.content.start >= c.cue.end;
  let k = tokenAt(doc.tokens, after ? c.content.start : c.cue.end);
  if (!after && doc.tokens[k] && doc.tokens[k].start < c.cue.end) k++;
  // Round 39: past a time adjunct right after the verb ("announced on Sunday an indefinite armed strike": time-adjunct.ts).
  k = pastTimeAdjunct(doc.tokens, k);
  const t = doc.tokens[k];
  if (!t || t.start < c.cue.end || (after && (t.start < c.content.start || t.start >= c.content.end))) return false;
  const w = t.text.toLowerCase();
  if (NEW_MEASURE.has(w)) return true;
  const n = doc.tokens[k + 1], of = doc.tokens[k + 2];
  return w === 'the' && !!n && !!of && MEASURE_NOUNS.has(n.text.toLowerCase()) && of.text.toLowerCase() === 'of';
}

/** Round 39: a source whose claiming verb takes an infinitive after a time adjunct ("the separatists claimed on Thursday to have
 * seized an army post", "the rebels vowed on Sunday to retake the town"): the infinitive's subject is the claimer's (general
 * English: subject control), so the source tells its own deed and is a party of its sentence, as when no adjunct stands between
 * (the claims reader then takes no claim at all). */
export function claimsOwnDeed(doc: Doc, c: Claim): boolean {
  if (!c.cue || c.via || c.cue.start < c.source.end || c.content.start < c.cue.end) return false;
  let k = tokenAt(doc.tokens, c.content.start);
  if (doc.tokens[k] && doc.tokens[k].start < c.content.start) k++;
  const j = pastTimeAdjunct(doc.tokens, k);
  return j > k && (doc.tokens[j]?.text.toLowerCase() ?? '') === 'to';
}
