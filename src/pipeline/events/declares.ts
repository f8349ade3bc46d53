// strat7 (issue 13): a declaration is the declarer's own act. "Al-Shabaab announced a curfew", "IPOB declared a sit-at-home
// order", "the rebels proclaimed a ceasefire": the claims reader takes the group for a source and its words for what it
// says, but the content is a measure the group takes by saying it (ACLED codes the group as actor1 of a Change to
// group/activity or an Agreement). So a source whose declaring verb takes a bare noun phrase opened by "a"/"an" (a
// measure, not a report of what happened: "announced the death of two soldiers" stays a report) acts in its sentence,
// as index.ts keeps a source that speaks of itself. General English: performative verbs.
import type { Claim, Doc } from '../../types.js';
import { tokenAt } from './location.js';

/** Verbs whose object is a measure their subject takes by declaring it. */
const DECLARING = new Set(['announced', 'announces', 'declared', 'declares', 'proclaimed', 'proclaims', 'decreed', 'decrees']);
/** Articles that open a measure newly taken ("a curfew", "an indefinite lockdown"). */
const NEW_MEASURE = new Set(['a', 'an']);

export function declaresMeasure(doc: Doc, c: Claim): boolean {
  if (!c.cue || c.via || c.cue.start < c.source.end || !DECLARING.has(c.cue.text.toLowerCase())) return false;
  const k = tokenAt(doc.tokens, c.content.start);
  const t = doc.tokens[k];
  return !!t && t.start >= c.content.start && t.start < c.content.end && NEW_MEASURE.has(t.text.toLowerCase());
}
