// got-through (round 44, issue 13): a barrage only partly stopped hit its targets. Codebook: Disrupted weapons use is an attack
// prevented (a missile or drone intercepted, a bomb defused); when some of the weapons got through and struck, the attack took
// place and is typed by its weapon (Shelling/artillery/missile attack, Air/drone strike). General English tells the part that
// got through as the subject of a clause of contrast after the interception, a quantity of the weapons: "air defences shot
// down three, but two struck grain terminals", "intercepted four and the rest hit an industrial area". Debris that falls is
// still the intercepted weapon's ("shot down 12 drones, but debris damaged two houses" stays disrupted): only a quantity, a
// remainder or "others" as the subject. The sentence's interception words are then set aside.
import type { Concept } from '../../lexicon/event-cues.js';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

const STOPPING: ReadonlySet<Concept> = new Set<Concept>(['INTERCEPT', 'AIR_INTERCEPT']);
/** Words that open a clause of contrast or addition after the interception. */
const CONTRAST: ReadonlySet<string> = new Set(['but', 'while', 'although', 'though', 'yet', 'however', 'and', ';']);
/** A remainder as the subject: "the rest", "the others", "the remaining ones", "others", "some". */
const REMAINDER: ReadonlySet<string> = new Set(['rest', 'others', 'other', 'remaining', 'remainder', 'some', 'several', 'one', 'another']);
/** Verbs of a weapon reaching its target (general English; WordNet "hit" v.1, "strike" v.1, "land" v.4, "slam" v.2). */
const REACHED: ReadonlySet<string> = new Set(['struck', 'hit', 'hits', 'strike', 'landed', 'slammed', 'smashed', 'crashed', 'exploded',
  'detonated', 'impacted', 'reached']);
/** How many words may stand between the connective and the reaching verb ("but [the remaining two] struck"). */
const SUBJECT_REACH = 4;

/** gotThrough sets aside only interception hits, in a sentence that tells one. */
export const GOT_THROUGH_NEEDS: ReadingNeeds = [STOPPING];

/** The hits without the interception words when the sentence tells part of the weapons reaching their target after it. */
export function gotThrough(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let last = -1;
  for (const h of hits) if (STOPPING.has(h.concept) && h.end > last) last = h.end;
  if (last < 0) return hits;
  for (let k = last; k < words.length - 1 && words[k] !== '.'; k++) {
    if (!CONTRAST.has(words[k])) continue;
    if (reachedAfter(k + 1, words)) return hits.filter((h) => !STOPPING.has(h.concept));
  }
  return hits;
}

/** Whether a quantity or remainder subject and a reaching verb follow `from` ("two struck", "the rest hit", "others landed"). */
function reachedAfter(from: number, words: readonly string[]): boolean {
  let counted = false;
  for (let k = from; k < words.length && k - from <= SUBJECT_REACH; k++) {
    const w = words[k];
    if (REACHED.has(w)) return counted;
    if (w === 'the' || w === 'of' || w === 'them') continue;
    if (/^\d+$/.test(w) || Object.hasOwn(NUMBER_WORDS, w) || REMAINDER.has(w)) { counted = true; continue; }
    // The weapon's own noun after the quantity ("two missiles struck") or a plain adverb ("two still struck").
    if (counted) continue;
    return false;
  }
  return false;
}
