// clauses: a sentence that tells two incidents in coordinated clauses, each with its own count and its
// own trigger or site ("six fighters were killed near the base and two civilians died when a shell hit
// a house in X"), is read clause by clause, so each count goes to its own clause's incident instead of
// the two being summed into one. Counts inside one noun phrase ("two soldiers and a civilian were
// killed") share a casualty word and are one figure already (counting.ts), so they are never split.
import type { Token } from '../../types.js';
import type { CountFigure } from './counting.js';

/** Words that join two clauses ("…, and two died …", "…; three were hurt …"). */
const COORDINATORS = new Set(['and', ';', 'while', 'whereas', 'but']);
/** What may stand between the coordinator and the count that opens the next clause: "and the other two". */
const LEAD_IN = new Set(['DET', 'ADJ']);
/** A locative phrase right after a casualty word gives its clause a site of its own: "killed near the base". */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'on', 'around']);
const LOCATIVE_REACH = 3;

export interface Clause { from: number; to: number }

/** The clauses of tokens [from, to) that each carry their own casualty count and their own anchor (an
 * incident word, or a locative phrase after the casualty word). A single clause when the counts are
 * not so split, or when one part has no anchor of its own ("two soldiers were killed and three
 * civilians died in the shelling": both counts belong to the shelling). */
export function splitClauses(tokens: readonly Token[], words: readonly string[], from: number, to: number,
  figures: readonly CountFigure[], anchors: readonly number[]): Clause[] {
  const whole = [{ from, to }];
  const figs = [...figures].sort((a, b) => a.at - b.at);
  const cuts: number[] = [];
  for (let i = 1; i < figs.length; i++) {
    const f = figs[i - 1], g = figs[i];
    // Only a count that opens its clause ("and two civilians died") starts a new one.
    if (g.kind !== f.kind || g.at > g.cue || Math.max(f.at, f.cue) >= g.at) continue;
    let k = g.at - 1;
    while (k > f.cue && k >= g.at - 2 && LEAD_IN.has(tokens[k].pos)) k--;
    if (k > Math.max(f.at, f.cue) && COORDINATORS.has(words[k])) cuts.push(k);
  }
  if (!cuts.length) return whole;
  const clauses: Clause[] = [];
  let start = from;
  for (const c of cuts) { clauses.push({ from: start, to: c }); start = c; }
  clauses.push({ from: start, to });
  const anchored = (c: Clause): boolean => anchors.some((a) => a >= c.from && a < c.to) ||
    figs.some((f) => f.at >= c.from && f.cue < c.to && f.cue >= c.from &&
      words.slice(f.cue + 1, Math.min(c.to, f.cue + 1 + LOCATIVE_REACH)).some((w) => LOCATIVE.has(w)));
  return clauses.every(anchored) ? clauses : whole;
}
