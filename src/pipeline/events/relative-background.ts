// relative-background (terr17, issue 13): a relative clause set off by commas (", which fell to the rebels last year,", ", which
// had been held by the group since 2022,") describes the noun before it; what it tells is that place's background, not the
// report's incident, and its time words ("since", "last year") date that background, not the main verb (general English: a
// non-restrictive relative clause adds information about its antecedent and is no part of the main clause's predicate).
// Codebook (ACLED 2023): each event is coded when it occurs; a place taken earlier is the background of the strike, attack or
// retaking the main clause tells. Provenance: written for this project, from invented reports (test/probes/terr17.jsonl).
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { CueHit } from './cue-matcher.js';
import { TAKINGS } from './strike-background.js';
import type { ReadingNeeds } from './reading-needs.js';

/** The pronouns that open a relative clause after a comma. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'where', 'whose']);
/** Words that end a sentence or clause: no relative clause spans them. */
const STOPS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
/** How far back from a word its clause's ", which" may stand, and how far forward its closing comma. */
export const RELATIVE_REACH = 12;

/** The closing comma of the ", which … ," clause that holds words [first, end); -1 when they stand in none. */
export function relativeClauseClose(first: number, end: number, words: readonly string[]): number {
  let open = -1;
  for (let k = first - 1; k >= 1 && first - k <= RELATIVE_REACH; k--) {
    const w = words[k];
    if (STOPS.has(w) || w === ',') return -1;
    if (RELATIVES.has(w)) { if (words[k - 1] === ',') open = k; break; }
  }
  if (open < 0) return -1;
  for (let k = end; k < words.length && k - end <= RELATIVE_REACH; k++) {
    const w = words[k];
    if (STOPS.has(w)) return -1;
    if (w === ',') return k;
  }
  return -1;
}

/** The incident words a main clause tells after the relative clause (a strike, shelling, an attack, a fight, a killing, a taking). */
const MAIN_ACTS: ReadonlySet<Concept> = new Set([...conceptsWith('incident'), ...TAKINGS]);
/** The takings a relative clause can tell (strike-background.ts TAKINGS, and "fell to"'s noun). */
const BACKGROUND_TAKINGS: ReadonlySet<Concept> = new Set([...TAKINGS, 'FALL_NOUN']);

/** dropTakingInRelative sets aside only a taking, with a main act's hit told after it. */
export const RELATIVE_BACKGROUND_NEEDS: ReadingNeeds = [BACKGROUND_TAKINGS, MAIN_ACTS];
/** The hits left once a taking told in a ", which … ," clause, with another act told after the clause, is set aside (typing.ts
 * typeHits): "Kessa, which fell to the rebels last year, was shelled by the army". */
export function dropTakingInRelative(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => BACKGROUND_TAKINGS.has(h.concept))) return hits;
  const drop = new Set<CueHit<Concept>>();
  for (const h of hits) {
    if (!BACKGROUND_TAKINGS.has(h.concept)) continue;
    const close = relativeClauseClose(h.first, h.end, words);
    if (close >= 0 && hits.some((m) => m.first > close && MAIN_ACTS.has(m.concept))) drop.add(h);
  }
  return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
}
