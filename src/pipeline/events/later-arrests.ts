// protest12 (issue 13): an arrest told beside a demonstration, or in the sentence after it, but dated to a later day or to
// after the protest was over ("Two of them were detained the next day at their homes", "the protesters were detained after
// the protest had ended"): no physical attempt to disperse or suppress the protest as it happened (ACLED codebook 2023:
// Protest with intervention), so the protest stays Peaceful and the arrest is its own event (Arrests). The arrest's DISPERSE
// hits in that clause are set aside; its ARREST hits stay, for the Arrests rules (which stand aside when a protest word is in
// the sentence). Times in lexicon/protest-readings.ts ARREST_ANOTHER_TIME. A pure hit reading (typing.ts HIT_READINGS); it
// returns `hits` itself when nothing applies. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { ARREST_ANOTHER_TIME, PROTEST_OVER } from '../../lexicon/protest-readings.js';
import type { ReadingNeeds } from './reading-needs.js';

const PROTEST_TOLD: ReadonlySet<Concept> = new Set<Concept>(['PROTEST', 'PROTEST_WEAK', 'STORY_PROTEST']);
/** Nouns of a demonstration (WordNet 3.1: protest, demonstration, rally, march, sit-in, vigil, gathering). */
const PROTEST_NOUNS: ReadonlySet<string> = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'sit', 'vigil',
  'gathering', 'strike', 'picket']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'this', 'that']);
/** Arrest verbs among DISPERSE's words (tear gas or a baton charge is no arrest, and stays). */
const ARREST_VERBS: ReadonlySet<string> = new Set(['arrested', 'detained', 'arresting', 'detaining', 'rounded', 'custody']);
const CLAUSE_BREAK: ReadonlySet<string> = new Set([';', ':', '.', '(', ')', 'but', 'while', 'whereas']);
/** How far from its arrest verb the clause's time may stand. */
const REACH = 10;
/** Forms that may stand between "after the <protest noun>" and the verb that ends it ("after the rally had ended"). */
const AUX: ReadonlySet<string> = new Set(['was', 'had', 'has', 'were', 'been']);

/** Whether the words at `k` tell another time: one of ARREST_ANOTHER_TIME's phrases, or "after the <protest noun> (was|had) over|ended". */
function anotherTime(k: number, words: readonly string[]): number {
  for (const n of [2, 3, 4]) if (ARREST_ANOTHER_TIME.words.has(words.slice(k, k + n).join(' '))) return n;
  // Read on the words: the cause-clause reading (protest-causes.ts) has already set aside a protest word after "after".
  if (words[k] === 'after' && DETERMINERS.has(words[k + 1]) && PROTEST_NOUNS.has(words[k + 2])) {
    let v = k + 3;
    while (AUX.has(words[v] ?? '')) v++;
    if (PROTEST_OVER.has(words[v] ?? '') && v - (k + 3) <= 2) return v + 1 - k;
  }
  return 0;
}

/** dropLaterArrests reads only a demonstration's sentence, and sets aside only DISPERSE hits. */
export const LATER_ARRESTS_NEEDS: ReadingNeeds = [PROTEST_TOLD, ['DISPERSE']];
/** The sentence's hits without the DISPERSE hits of an arrest dated to another time than its protest's. */
export function dropLaterArrests(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => PROTEST_TOLD.has(h.concept))) return hits;
  const arrests = hits.filter((h) => h.concept === 'DISPERSE' && ARREST_VERBS.has(words[h.first]));
  if (!arrests.length) return hits;
  const drop: CueHit<Concept>[] = [];
  for (const a of arrests) {
    let from = a.first;
    while (from > 0 && a.first - from < REACH && !CLAUSE_BREAK.has(words[from - 1])) from--;
    let to = a.end;
    while (to < words.length && to - a.end < REACH && !CLAUSE_BREAK.has(words[to])) to++;
    for (let k = from; k < to; k++) if (anotherTime(k, words)) { drop.push(a); break; }
  }
  return drop.length ? hits.filter((h) => !drop.includes(h)) : hits;
}
