import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';

// fell-to (terr17, issue 13): a place that "fell to" a side, or "the fall of" a place "to" a side, was taken by the side
// named after "to" (general English: "fall to" is to pass into the possession or control of; WordNet 3.1 fall.v "pass
// suddenly and passively into a state", the sense "the city fell to the enemy"). Codebook (ACLED 2023, Battles): who
// ends up holding the place decides Government regains territory (state forces or their affiliates) vs Non-state actor
// overtakes territory; the place, the grammatical subject of "fell" or the object of "fall of", takes nothing.
// typing.ts partiesOf reads the party right after that "to" as the agent. Provenance: written for this project.

/** Words that open a clause of what came before: "two weeks after it fell to insurgents", "since the fall of Kessa to the rebels"
 * tells an earlier change of hands behind the main clause's act, whose subject stays its doer. */
const EARLIER: ReadonlySet<string> = new Set(['after', 'since', 'before', 'when', 'until', 'once']);
/** How far before "fell" / "fall" such a word may stand ("after it", "since the"). */
const EARLIER_REACH = 3;
/** The forms of "fall" whose "to" names the side that took the place. */
const FALL_FORMS: ReadonlySet<string> = new Set(['fell', 'fallen', 'falls', 'fall', 'falling']);
/** Words that end the "of" phrase of "the fall of …" before its "to": the clause goes on with something else. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', 'and', 'but', 'after', 'as', 'when', 'which', 'who', 'that', 'has', 'have', 'had', 'was', 'were', 'is', 'forced', 'left', 'led']);
/** How far after "fall of" its "to" may stand ("the fall of the strategic town of Kessa in North Kivu to …"). */
const OF_REACH = 12;
/** How far after "to" the side may start ("to the M23 rebel group", "to Islamic State fighters"). */
export const TO_SIDE_REACH = 3;

/** Where the "to" that names the taker stands, for a trigger told by "fell to" or "the fall of … to"; -1 when none. */
export function fallToAt(first: number, end: number, words: readonly string[]): number {
  if (!FALL_FORMS.has(words[first] ?? '')) return -1;
  for (let k = first - 1; k >= 0 && first - k <= EARLIER_REACH; k--) if (EARLIER.has(words[k])) return -1;
  if (words[end - 1] === 'to' && end - first === 2) return end - 1;
  if (words[first + 1] !== 'of') return -1;
  for (let k = first + 2; k < words.length && k - first <= OF_REACH; k++) {
    const w = words[k];
    if (w === 'to') return k;
    if (PHRASE_ENDS.has(w)) return -1;
  }
  return -1;
}

/** The concept of a place's fall told as a noun ("the fall of"). */
const FALL_NOUN: Concept = 'FALL_NOUN';
/** dropFallWithoutTaker sets aside only a FALL_NOUN hit. */
export const FALL_NEEDS: ReadingNeeds = [[FALL_NOUN]];
/** The sides that can take a place (concept-roles.ts 'state-force', 'nonstate-force'), given by the caller. */
export function dropFallWithoutTaker(hits: readonly CueHit<Concept>[], words: readonly string[], isSide: (first: number) => boolean): readonly CueHit<Concept>[] {
  if (!hits.some((h) => h.concept === FALL_NOUN)) return hits;
  return hits.filter((h) => {
    if (h.concept !== FALL_NOUN) return true;
    const to = fallToAt(h.first, h.end, words);
    if (to < 0) return false;
    for (let f = to + 1; f <= to + TO_SIDE_REACH && f < words.length; f++) if (isSide(f)) return true;
    return false;
  });
}

/** Round 34: the concepts "fell to" is read as a taking by. */
const TAKING: ReadonlySet<Concept> = new Set<Concept>(['OVERTAKE', 'TAKE_TERRITORY']);
/** dropFallToQuantity reads only a taking's hit. */
export const FALL_TO_QUANTITY_NEEDS: ReadingNeeds = [[...TAKING]];
/** Words of degree a quantity may open with ("fell to about 90", "dropped to under 100"). */
const DEGREE: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'almost', 'just', 'under', 'below', 'some', 'roughly', 'approximately',
  'only', 'less', 'fewer', 'than', 'an', 'estimated', 'a', 'its', 'their', 'record']);
/** Nouns of a level a quantity falls to ("a record low", "its lowest level"). */
const LEVEL: ReadonlySet<string> = new Set(['low', 'lowest', 'level', 'levels', 'zero', 'percent', '%']);
/**
 * Round 34 (issue 13): "massacres fell to 94", "the number of attacks fell to 94 last year", "the toll fell to a record low": "fall to" a
 * number or a level is a quantity's decrease (general English: WordNet 3.1 fall.v "decrease in size, extent, or range"), no place
 * passing to a side. The taking's hit is set aside unless a side stands within reach after the number ("fell to 200 fighters of the
 * group", given by the caller's `isSide`).
 */
export function dropFallToQuantity(hits: readonly CueHit<Concept>[], words: readonly string[], isSide: (first: number) => boolean): readonly CueHit<Concept>[] {
  let drop: Set<CueHit<Concept>> | null = null;
  for (const h of hits) {
    if (!TAKING.has(h.concept) || words[h.end - 1] !== 'to' || !FALL_FORMS.has(words[h.first])) continue;
    let k = h.end;
    while (k < words.length && k - h.end < 3 && DEGREE.has(words[k]) && !LEVEL.has(words[k])) k++;
    const w = words[k] ?? '';
    const quantity = /^\d/.test(w) || w in NUMBER_WORDS || LEVEL.has(w);
    if (!quantity) continue;
    let side = false;
    for (let f = k + 1; f <= k + TO_SIDE_REACH && f < words.length && !side; f++) side = isSide(f);
    if (!side) (drop ??= new Set()).add(h);
  }
  return drop ? hits.filter((h) => !drop!.has(h)) : hits;
}
