// status: whether the acting party acknowledged, denied or is only said to have done it, read from
// the incident's sentences and the claims about it. An incident with no known actor is unclaimed.
import { STATUS_CUES } from '../../lexicon/status.js';
import type { Claim, EventStatus } from '../../types.js';
import { compileCues } from './cue-matcher.js';

export const statusMatcher = compileCues(STATUS_CUES);

export function readStatus(sentenceWords: readonly string[][], claims: readonly Claim[], hasActor: boolean): EventStatus {
  const seen = new Set<string>();
  for (const w of sentenceWords) for (const h of statusMatcher.match(w)) seen.add(h.concept);
  if (claims.some((c) => c.stance === 'denies')) seen.add('denied');
  if (claims.some((c) => c.hedged)) seen.add('alleged');
  if (seen.has('acknowledged')) return 'acknowledged';
  if (seen.has('denied')) return 'denied';
  if (seen.has('alleged')) return 'alleged';
  return hasActor && seen.size ? 'alleged' : 'unclaimed';
}
