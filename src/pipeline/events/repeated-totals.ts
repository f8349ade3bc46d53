// A lead's total ("killing six") told again as its parts further on (four here, two there) is one
// count: a figure that equals the sum of the tolls of two or more incidents told after it is dropped
// (tolls.ts settles each incident's toll from the figures left). An incident's part is the largest figure
// told of it in later sentences: within one incident, later details ("X was killed with her two
// children") are no split of the total, which the largest figure keeps. The incidents' later maxima are
// kept in a min-tree, updated from the last sentence back, so an article of thousands of counts costs
// n log n, not n².
import type { MentionGroup } from './group-mentions.js';
import type { Mention } from './types.js';

/** Of a total's possible parts, only the first dozen are tried: news splits a total in a few parts. */
const MAX_PARTS = 12;

/** The mentions whose dead figure is a total that later sentences split into the tolls of other incidents. */
export function repeatedTotals(incidents: MentionGroup[]): Set<Mention> {
  // Counts of some of the victims ("two children were among the dead") are no parts of such a split.
  const figs = incidents.flatMap((inc, k) => inc.counted.filter((m) => m.dead && m.dead.role !== 'part').map((m) => ({ m, value: m.dead!.best, inc: k })));
  const totals = new Set<Mention>();
  // A total and at least two parts: with fewer counts there is nothing to drop.
  if (figs.length < 3) return totals;
  const later = new Float64Array(incidents.length).fill(-Infinity);
  const tree = new MinTree(incidents.length);
  // From the last sentence back: when a sentence's figures are asked about, the tree holds each
  // incident's largest figure of later sentences.
  const bySentence = figs.map((_, i) => i).sort((a, b) => figs[b].m.sentence - figs[a].m.sentence);
  for (let k = 0; k < bySentence.length; ) {
    const s = figs[bySentence[k]].m.sentence;
    let end = k;
    while (end < bySentence.length && figs[bySentence[end]].m.sentence === s) end++;
    for (let q = k; q < end; q++) {
      const f = figs[bySentence[q]];
      const parts: number[] = [];
      for (let at = tree.firstBelow(0, f.value); at >= 0 && parts.length < MAX_PARTS; at = tree.firstBelow(at + 1, f.value)) parts.push(later[at]);
      if (hasSubsetSum(parts, f.value)) totals.add(f.m);
    }
    for (let q = k; q < end; q++) {
      const f = figs[bySentence[q]];
      // A total told again as parts is no incident's toll, so no part of an earlier total either.
      if (!totals.has(f.m) && f.value > later[f.inc]) { later[f.inc] = f.value; tree.set(f.inc, f.value); }
    }
    k = end;
  }
  return totals;
}

/** Whether two or more of the values add up to the target. */
export function hasSubsetSum(all: number[], target: number): boolean {
  // The same total told again later is no part of it.
  const values = all.filter((v) => v < target);
  if (values.length < 2) return false;
  const reach = new Map<number, number>([[0, 0]]); // sum → fewest parts
  for (const v of values.slice(0, MAX_PARTS)) {
    for (const [r, n] of [...reach]) if (r + v <= target && !(reach.get(r + v)! <= n + 1)) reach.set(r + v, n + 1);
  }
  return (reach.get(target) ?? 0) >= 2;
}

/** Values at positions 0..n-1 (absent until set), answering: the first position ≥ from holding a value below v. */
class MinTree {
  private readonly size: number;
  private readonly min: Float64Array;
  constructor(n: number) {
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.min = new Float64Array(2 * size).fill(Infinity);
  }

  set(i: number, value: number): void {
    // A value that compares below nothing (NaN) is never a part: stored as absent.
    let k = i + this.size;
    this.min[k] = Number.isNaN(value) ? Infinity : value;
    for (k >>= 1; k >= 1; k >>= 1) this.min[k] = Math.min(this.min[2 * k], this.min[2 * k + 1]);
  }

  firstBelow(from: number, v: number): number {
    return from >= this.size ? -1 : this.find(1, 0, this.size, from, v);
  }

  private find(node: number, lo: number, hi: number, from: number, v: number): number {
    if (hi <= from || !(this.min[node] < v)) return -1;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.find(2 * node, lo, mid, from, v);
    return left >= 0 ? left : this.find(2 * node + 1, mid, hi, from, v);
  }
}
