// claim linking: a claim backs or disputes the incidents whose evidence sentences its content (or its
// cue) falls in. Each event lists its claims and each claim its events.
import type { Claim, ConflictEvent, SourceKind, Span } from '../../types.js';
import { isStateForceName } from '../../lexicon/actors.js';
import { extend } from '../extend.js';

export function linkClaims(events: ConflictEvent[], claims: readonly Claim[]): Claim[] {
  // By push, not `map`: a mapped array's elements kind differs as `map` is optimised or not, and each new kind
  // threw linkClaims' optimised code away ("wrong map").
  const linked: Claim[] = [];
  for (const c of claims) linked.push(extend(c, { events: [...c.events] }));
  for (const e of events) {
    const evidence = byEnd(e.evidence);
    const mine = new Set(e.claims);
    for (const c of linked) {
      if (!overlapsAny(evidence, c.content) && !overlapsAny(evidence, c.cue)) continue;
      if (!mine.has(c.id)) (mine.add(c.id), e.claims.push(c.id));
      if (!c.events.includes(e.id)) c.events.push(e.id);
    }
  }
  linkResponsibility(events, linked);
  return linked;
}

/** probe5 (claim.responsibility-of-story): a claim of responsibility or a denial told in a sentence of its own
 * ("Al-Shabaab claimed responsibility in a statement", "The group did not claim the attack", "The EMC denied
 * involvement") is about the incident the story has just told: the latest event whose evidence ends before its cue.
 * A claimant that is no state, claiming responsibility, claims no act of the state's forces ("security forces killed the
 * last attackers. Al-Shabaab claimed responsibility"): the latest event not done by a state force, when there is one. */
const OWNING = /^(?:claim|admit|took|take|taking|accept)/i;
const STATE_SOURCES: ReadonlySet<SourceKind> = new Set(['government', 'military', 'state_media']);
/** A claim of responsibility in so many words ("claimed responsibility", "claimed credit"), not "claimed" as "said". */
const RESPONSIBILITY = /\b(?:responsibility|credit)\b/i;
function linkResponsibility(events: ConflictEvent[], linked: Claim[]): void {
  if (!events.length) return;
  for (const c of linked) {
    if (c.events.length || !(c.stance === 'denies' || OWNING.test(c.cue.text))) continue;
    const stateClaimant = STATE_SOURCES.has(c.source.kind) || !RESPONSIBILITY.test(c.cue.text);
    let best: ConflictEvent | null = null, bestEnd = -1, other: ConflictEvent | null = null, otherEnd = -1;
    for (const e of events) {
      const byState = !stateClaimant && !!e.actor1 && isStateForceName(e.actor1.name);
      for (const s of e.evidence) {
        if (s.end > c.cue.start) continue;
        if (s.end > bestEnd) (best = e), (bestEnd = s.end);
        if (!byState && s.end > otherEnd) (other = e), (otherEnd = s.end);
      }
    }
    best = other ?? best;
    if (!best) continue;
    best.claims.push(c.id);
    c.events.push(best.id);
  }
}

/** An event's evidence sentences, which never overlap one another, in text order. */
const byEnd = (spans: readonly Span[]): Span[] => [...spans].sort((a, b) => a.end - b.end);

/** Whether any of the (disjoint, sorted) spans overlaps s: a binary search, since an article may hold
 * thousands of claims and an incident thousands of evidence sentences. */
function overlapsAny(sorted: readonly Span[], s: Span): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].end > s.start) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length && sorted[lo].start < s.end;
}
