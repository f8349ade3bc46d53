// side-claims (dwu13): one sentence that tells two sides' claims, each of its own act, in clauses joined by a semicolon
// or ", while" / ", whereas": "Russia said it downed 20 Ukrainian drones over Belgorod; Ukraine said it shot down 30
// Russian drones over Kharkiv". Each clause is its own incident (ACLED codes each interception, strike or clash as an
// event at its own place, with its own actors), so each is read on its own words: its trigger, its parties, its sites.
// The split holds only when each clause has a reporting verb (the claim) and a trigger that types on its own words;
// a sentence that tells one incident and a comment on it ("…; no casualties were reported") is left whole.
import type { Token } from '../../types.js';
import { REPORTING } from '../../lexicon/counting.js';
import type { Clause } from './clauses.js';

const CONTRASTS = new Set(['while', 'whereas']);

/** The clauses of tokens [from, to) told as two sides' claims, or null when the sentence is not so split. */
export function sideClauses(tokens: readonly Token[], words: readonly string[], from: number, to: number): Clause[] | null {
  const cuts: number[] = [];
  for (let k = from + 1; k < to - 1; k++) {
    if (words[k] === ';' || (CONTRASTS.has(words[k]) && words[k - 1] === ',')) cuts.push(k);
  }
  if (cuts.length !== 1) return null;
  const k = cuts[0];
  const parts: Clause[] = [{ from, to: words[k] === ';' ? k : k - 1 }, { from: k + 1, to }];
  const reports = (c: Clause) => { for (let i = c.from; i < c.to; i++) if (REPORTING.has(words[i]) && tokens[i].pos === 'VERB') return true; return false; };
  return parts.every(reports) ? parts : null;
}
