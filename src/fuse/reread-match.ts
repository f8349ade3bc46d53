// Which event of an article's new reading replaces which event of its old one (sitrep reread): the new
// reading of the same sentences is the same report of the same incident, whose id analysts have bookmarked,
// linked and exported, so it keeps that incident (src/fuse/reread.ts). Pure: readings in, pairs out.
//
// The rule. The article's text is the one stored, so offsets compare across readings. A new event and an
// old one are the same report when
//   (a) their evidence shares a sentence (a span of one overlaps a span of the other), or
//   (b) short of that, they could be one incident by fusion's own test (match.ts matchScore with the
//       place optional, as for copies of one story: same event type, overlapping dates — an undated event
//       is dated by the article's publication week, the same for both readings; an article with no date
//       at all dates neither —, compatible parties, and places that can be one or a missing place).
// Pairs are taken best first, each event at most once: most shared evidence spans, then the closer
// fusion score (a pair only (a) allows, with type or place now read otherwise, comes after any that
// fusion also finds), then the same event type, then the same local id (the reader numbers an
// article's events in order, so an unchanged reading keeps them), then reading order.
import type { Span } from '../types.js';
import type { MemberEvent } from '../store/store.js';
import { eventFootprint } from './footprint.js';
import { matchScore, type Footprint } from './match.js';

/** One event of either reading, as pairing reads it: `event` (its evidence, type, place, date, parties) and the article's date. */
export type Reading = Pick<MemberEvent, 'localId' | 'event' | 'published'>;

export interface ReadingPair { next: number; old: number; shared: number; score: number | null }

/**
 * Fusion's test of one story's copies (matchScore, place optional), where two readings of an article
 * that has no date at all (none in its text, no publication date) are alike in that: fusion cannot date
 * either, so the date tells them neither apart nor together.
 */
export function rereadScore(a: Footprint, b: Footprint): number | null {
  if (a.dayLo == null && b.dayLo == null) return matchScore({ ...a, dayLo: 0, dayHi: 0 }, { ...b, dayLo: 0, dayHi: 0 }, true);
  return matchScore(a, b, true);
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Evidence spans of `a` that overlap one of `b`'s. */
export function sharedEvidence(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) if (b.some((y) => overlaps(x, y))) n++;
  return n;
}

/** Each new event's old counterpart (indexes into `next` and `old`), one-to-one, by the rule above. */
export function pairReadings(next: readonly Reading[], old: readonly Reading[]): ReadingPair[] {
  const candidates: (ReadingPair & { sameType: boolean; sameId: boolean })[] = [];
  for (let i = 0; i < next.length; i++) {
    const fp = eventFootprint(next[i] as MemberEvent);
    for (let j = 0; j < old.length; j++) {
      const shared = sharedEvidence(next[i].event.evidence ?? [], old[j].event.evidence ?? []);
      const score = rereadScore(fp, eventFootprint(old[j] as MemberEvent));
      if (!shared && score == null) continue;
      candidates.push({ next: i, old: j, shared, score, sameType: next[i].event.eventType === old[j].event.eventType, sameId: next[i].localId === old[j].localId });
    }
  }
  candidates.sort((a, b) => b.shared - a.shared || (a.score ?? Infinity) - (b.score ?? Infinity) || Number(b.sameType) - Number(a.sameType)
    || Number(b.sameId) - Number(a.sameId) || a.next - b.next || a.old - b.old);
  const usedNext = new Set<number>();
  const usedOld = new Set<number>();
  const out: ReadingPair[] = [];
  for (const c of candidates) {
    if (usedNext.has(c.next) || usedOld.has(c.old)) continue;
    usedNext.add(c.next);
    usedOld.add(c.old);
    out.push({ next: c.next, old: c.old, shared: c.shared, score: c.score });
  }
  return out.sort((a, b) => a.next - b.next);
}
