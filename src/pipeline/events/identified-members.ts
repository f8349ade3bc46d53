// identified-members (clash10, issue 13): a victim told first as a person and then identified as a member of a force or an
// armed group in the same phrase ("a man, a member of the Taliban", "a man affiliated with the Houthis", "a young man believed
// to be a member of a rival cartel", "a person who worked for the SDF"). ACLED's codebook (2023) decides Armed clash against
// Attack by the target's kind: killing an armed actor's member is a Battle even when he does not fight back, so the person
// word (a CIVILIAN hit) is set aside and the force named after it is what the act was done to. A former member is a civilian
// (target-kind.ts reads "former" first, so no force is left to name). Pure function over the sentence's cue hits; it returns
// `hits` itself when nothing applies (most sentences). Provenance: written for this project from general English usage.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { ReadingNeeds } from './reading-needs.js';

/** Person words that a report may identify further ("a man", "two people"). */
const PERSONS: ReadonlySet<string> = new Set(['man', 'men', 'person', 'persons', 'people', 'woman', 'women', 'individual', 'individuals', 'youth', 'victim', 'victims']);
/** Words that open the identification, as word sequences (an optional comma before them is skipped). */
const IDENTIFIERS: ReadonlyArray<readonly string[]> = [
  ['a', 'member', 'of'], ['an', 'element', 'of'], ['members', 'of'], ['a', 'fighter', 'of'], ['affiliated', 'with'], ['affiliated', 'to'],
  ['belonging', 'to'], ['loyal', 'to'], ['working', 'for'], ['who', 'worked', 'for'], ['serving', 'in'], ['serving', 'with'],
  ['who', 'served', 'in'], ['who', 'was', 'a'], ['who', 'were'], ['believed', 'to', 'be'], ['identified', 'as'], ['said', 'to', 'be'],
  ['suspected', 'to', 'be'], ['reportedly', 'a'],
];
/** How many words may stand between the identifier and the force's word ("a member of [the regime's] Military Security"). */
const FORCE_REACH = 5;
const FORCES: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force')]);

/** identifiedMembers sets aside only a CIVILIAN hit, with a force's hit after it. */
export const IDENTIFIED_MEMBERS_NEEDS: ReadingNeeds = [['CIVILIAN'], FORCES];
/** The hits with a person word identified as a force's or armed group's member set aside. */
export function identifiedMembers(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (h.concept !== 'CIVILIAN' || !PERSONS.has(words[h.end - 1] ?? '')) continue;
    let k = h.end;
    if (words[k] === ',') k++;
    const id = IDENTIFIERS.find((seq) => seq.every((w, i) => words[k + i] === w));
    if (!id) continue;
    const from = k + id.length;
    if (!hits.some((o) => FORCES.has(o.concept) && o.first >= from && o.first - from <= FORCE_REACH && !words.slice(from, o.first).includes(','))) continue;
    out = (out ?? [...hits]).filter((o) => o !== h);
  }
  return out ?? hits;
}
