// negated-sites (world28, issue 14): a place told only in a negated clause of another incident's sentence. "No casualties were
// reported in Ziguinchor, although two people were killed during unrest in Saint-Louis and Dakar": the clause that says nothing
// happened at Ziguinchor names no site of the killing, which its own clause places. General English grammar: a negation governs
// its own clause, which a comma, a semicolon or a contrasting conjunction ends. Pure; returns `sites` itself when nothing is
// dropped, or when dropping would leave no site. Provenance: written for this project (test/probes/world28.jsonl).
import type { NonEventConcept } from '../../lexicon/non-events.js';
import type { CueHit } from './cue-matcher.js';
import type { Site } from './types.js';

/** The words that end a clause, either way. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', 'although', 'though', 'but', 'while', 'whereas', 'however']);

/** The sites not told inside a negated clause that does not hold the trigger. `from`, `to`: the sentence's tokens. */
export function outsideNegatedClauses(sites: Site[], nonHits: readonly CueHit<NonEventConcept>[], words: readonly string[], trigger: number,
  from: number, to: number): Site[] {
  if (sites.length < 2) return sites;
  let kept: Site[] | null = null;
  for (const n of nonHits) {
    if (n.concept !== 'NEGATION') continue;
    let a = n.first, b = n.end;
    while (a > from && !CLAUSE_BREAKS.has(words[a - 1])) a--;
    while (b < to && !CLAUSE_BREAKS.has(words[b])) b++;
    if (trigger >= a && trigger < b) continue;
    kept = (kept ?? sites).filter((x) => x.first < a || x.first >= b);
  }
  return kept && kept.length ? kept : sites;
}
