// The spans (claim sources, attribution clauses) that overlap each sentence in turn, for a reader that
// walks the sentences forward: each sentence looks only at its own few spans, not at every span of the
// article (an article of thousands of attributed sentences made that quadratic).
import type { Span } from '../../types.js';

/** Never written to (typed readonly); not frozen, so it keeps the map of the arrays filter returns. */
const NONE: readonly Span[] = [];

export class SpanSweep {
  private readonly byStart: Span[];
  private next = 0;
  private active: Span[] = [];

  constructor(spans: readonly Span[]) {
    // Copied by push, not spread: a spread keeps the elements kind of `spans`, which differs as the code that made
    // them is optimised or not, and each new kind threw away overlapping()'s optimised code ("wrong map").
    const byStart: Span[] = [];
    for (let i = 0; i < spans.length; i++) byStart.push(spans[i]);
    this.byStart = byStart.sort((a, b) => a.start - b.start);
  }

  /** The spans overlapping [start, end) (a.start < end && start < a.end); starts must not decrease between calls. */
  overlapping(start: number, end: number): readonly Span[] {
    while (this.next < this.byStart.length && this.byStart[this.next].start < end) this.active.push(this.byStart[this.next++]);
    // A span ending at or before this start overlaps no later sentence either.
    if (this.active.some((a) => a.end <= start)) this.active = this.active.filter((a) => a.end > start);
    // Most sentences lie under no span: one shared empty answer, no array per sentence.
    return this.active.length ? this.active.filter((a) => a.start < end && start < a.end) : NONE;
  }
}
