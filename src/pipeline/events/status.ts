// status: whether the acting party acknowledged, denied or is only said to have done it, read from
// the incident's sentences and the claims about it. An incident with no known actor is unclaimed.
import { STATUS_CUES } from '../../lexicon/status.js';
import type { Claim, EventStatus } from '../../types.js';
import { compileCues } from './cue-matcher.js';
import { negatedBefore } from '../negated-before.js';

export const statusMatcher = compileCues(STATUS_CUES);

/** `spans`: the incident's sentences as token ranges [from, to) of the article's words (read in place,
 * not sliced out: a slice is a new array whose words would all be looked up again). */
export function readStatus(words: readonly string[], spans: ReadonlyArray<readonly [number, number]>, claims: readonly Claim[], hasActor: boolean): EventStatus {
  const seen = new Set<string>();
  for (const [from, to] of spans) for (const h of statusMatcher.match(words, from, to)) if (!negatedBefore(words, h.first, from)) seen.add(h.concept);
  if (claims.some((c) => c.stance === 'denies')) seen.add('denied');
  if (claims.some((c) => c.hedged)) seen.add('alleged');
  if (seen.has('acknowledged')) return 'acknowledged';
  if (seen.has('denied')) return 'denied';
  if (seen.has('alleged')) return 'alleged';
  return hasActor && seen.size ? 'alleged' : 'unclaimed';
}

