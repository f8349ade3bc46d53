// status: whether the acting party acknowledged, denied or is only said to have done it, read from
// the incident's sentences and the claims about it. An incident with no known actor is unclaimed.
import { STATUS_CUES } from '../../lexicon/status.js';
import type { Claim, EventStatus } from '../../types.js';
import { compileCues } from './cue-matcher.js';

export const statusMatcher = compileCues(STATUS_CUES);

/** `spans`: the incident's sentences as token ranges [from, to) of the article's words (read in place,
 * not sliced out: a slice is a new array whose words would all be looked up again). */
export function readStatus(words: readonly string[], spans: ReadonlyArray<readonly [number, number]>, claims: readonly Claim[], hasActor: boolean): EventStatus {
  const seen = new Set<string>();
  for (const [from, to] of spans) for (const h of statusMatcher.match(words, from, to)) if (!negated(words, h.first, from)) seen.add(h.concept);
  if (claims.some((c) => c.stance === 'denies')) seen.add('denied');
  if (claims.some((c) => c.hedged)) seen.add('alleged');
  if (seen.has('acknowledged')) return 'acknowledged';
  if (seen.has('denied')) return 'denied';
  if (seen.has('alleged')) return 'alleged';
  return hasActor && seen.size ? 'alleged' : 'unclaimed';
}

/** Words that, at most three words before a status cue, say it did not happen: "has not claimed
 * responsibility", "no group has claimed", "has yet to claim", "never admitted", "did not deny". */
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'neither', 'nor', 'yet', 'without']);
function negated(words: readonly string[], first: number, from: number): boolean {
  for (let k = first - 1; k >= Math.max(from, first - 3); k--) if (NEGATORS.has(words[k])) return true;
  return false;
}
