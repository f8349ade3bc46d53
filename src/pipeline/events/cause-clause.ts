// The clause that tells what came before a piece of news: "… after weeks of deadly clashes", "… following clashes with
// tribesmen", "… amid heavy fighting". Shared by movement-causes.ts (a force's move) and deal-causes.ts (a truce or deal),
// which each decide what in the clause to set aside. General English grammar; a pure function of the sentence's words and
// cue hits. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** The words that open a clause of what came before. */
export const OPENERS: ReadonlySet<string> = new Set(['after', 'following', 'amid', 'amidst']);
/** The words that close it (past its first word). */
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'and', 'but', 'while', 'whereas', 'which', 'who']);

/** How far a cause clause may open after its trigger, and how far it runs. */
export interface CauseReach { readonly open: number; readonly run: number }

/**
 * The first cause clause opened within `reach.open` words after the first hit of one of `triggers`, or after a comma anywhere
 * before the sentence's end: the token range [from, to) whose hits it holds (from is the opener itself, so a hit inside starts after it).
 * Null when no trigger fired or no clause opens.
 */
export function causeClauseAfter(
  hits: readonly CueHit<Concept>[], words: readonly string[], triggers: ReadonlySet<Concept>, reach: CauseReach, openers: ReadonlySet<string> = OPENERS,
): { readonly from: number; readonly to: number } | null {
  const t = hits.find((h) => triggers.has(h.concept));
  if (!t) return null;
  for (let k = t.end; k < words.length; k++) {
    if (words[k] === '.' || words[k] === ';') return null;
    // case28: set off by a comma ("youths set cars ablaze … for a second night on Wednesday, after an officer shot dead a
    // 17-year-old") the clause is the main clause's adjunct, however long that clause ran; unmarked, it opens within reach.
    if (!openers.has(words[k]) || (k >= t.end + reach.open && words[k - 1] !== ',')) continue;
    let end = k + 1;
    while (end < words.length && end - k <= reach.run && !(CLAUSE_END.has(words[end]) && end > k + 1)) end++;
    return { from: k, to: end };
  }
  return null;
}

/** Whether a hit starts inside a cause clause (after its opener). */
export function insideClause(h: CueHit<Concept>, c: { readonly from: number; readonly to: number }): boolean {
  return h.first > c.from && h.first < c.to;
}
