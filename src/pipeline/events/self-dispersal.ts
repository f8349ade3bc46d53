// w26 (issue 13): demonstrators who disperse of themselves ("rallied peacefully … and dispersed after submitting a memorandum",
// "the crowd dispersed peacefully") end their own protest: no force broke it up. General English: "disperse" is a verb of both
// voices; with no object after it and no passive before it, its subject did the dispersing (the demonstrators), while "police
// dispersed the crowd" and "were dispersed" tell force used on them (codebook: Protest with intervention needs an intervention).
// A pure function of the sentence's cue hits and words. Provenance: written for this project (test/probes/case26.jsonl).
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';
import { hasObjectOrAgent } from './crowd-sides.js';

/** The forms of the verb, as the DISPERSE cue reads them. */
const DISPERSE_VERB: ReadonlySet<string> = new Set(['dispersed', 'disperse', 'disperses', 'dispersing']);
/** A passive's "be" before the verb ("were dispersed"): force used on them. */
const BE: ReadonlySet<string> = new Set(['was', 'were', 'be', 'been', 'being', 'got']);

/** The concepts that read the verb as force used on a demonstration. */
const FORCE_WORDS: ReadonlySet<Concept> = new Set<Concept>(['DISPERSE', 'PROTEST_FORCE']);
export const SELF_DISPERSAL_NEEDS: ReadingNeeds = [FORCE_WORDS];

/** The hits without a "dispersed" its own demonstrators did. "Dispersed by police" keeps it (the "by" names the force). */
export function dropSelfDispersal(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (!FORCE_WORDS.has(h.concept) || h.end !== h.first + 1 || !DISPERSE_VERB.has(words[h.first])) continue;
    // Its object or its doer after "by" (crowd-sides.ts hasObjectOrAgent: "dispersed the crowd", "dispersed by police").
    if (BE.has(words[h.first - 1] ?? '') || BE.has(words[h.first - 2] ?? '') || hasObjectOrAgent(h, words)) continue;
    // "tear gas to disperse" / "in order to disperse": the force's purpose, told with no object, is still the force's.
    if (words[h.first - 1] === 'to') continue;
    out = (out ?? [...hits]).filter((x) => x !== h);
  }
  return out ?? hits;
}
