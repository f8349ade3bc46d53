// claim linking: a claim backs or disputes the incidents whose evidence sentences its content (or its
// cue) falls in. Each event lists its claims and each claim its events.
import type { Claim, ConflictEvent, Span } from '../../types.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function linkClaims(events: ConflictEvent[], claims: readonly Claim[]): Claim[] {
  const linked = claims.map((c) => ({ ...c, events: [...c.events] }));
  for (const e of events) {
    for (const c of linked) {
      const hit = e.evidence.some((s) => overlaps(s, c.content) || overlaps(s, c.cue));
      if (!hit) continue;
      if (!e.claims.includes(c.id)) e.claims.push(c.id);
      if (!c.events.includes(e.id)) c.events.push(e.id);
    }
  }
  return linked;
}
