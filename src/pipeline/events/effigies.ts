// case9p (issue 13): demonstrators who burn an effigy ("burnt an effigy of the chief minister", "effigies of the minister
// were set on fire") destroy nothing of anyone's: a symbol they brought, part of a peaceful protest, not the violence or
// destruction that makes a violent demonstration (ACLED codebook 2023: Violent demonstration is demonstrators engaging in
// violence or destructive activity — vandalism, property destruction, barricades, burning tyres; an effigy is their own
// banner). The burning word next to the effigy (before it, as its verb, or after it, as its passive) is set aside. A pure
// hit reading (typing.ts HIT_READINGS), reading only the words around the sentence's RIOT_WEAK hits. Provenance: written for
// this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

const EFFIGY: ReadonlySet<string> = new Set(['effigy', 'effigies']);
/** How far the effigy may stand from its burning word ("burnt an effigy", "effigies of the minister were burnt"). */
const BEFORE = 3;
const AFTER = 7;
const BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'while', 'before', 'after']);

/** dropEffigyBurning sets aside only a RIOT_WEAK hit. */
export const EFFIGY_NEEDS: ReadingNeeds = [['RIOT_WEAK']];
/** The sentence's hits without the RIOT_WEAK burning told of an effigy. */
export function dropEffigyBurning(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const burnsEffigy = (h: CueHit<Concept>): boolean => {
    if (h.concept !== 'RIOT_WEAK') return false;
    for (let k = h.end; k < words.length && k - h.end < BEFORE; k++) { if (EFFIGY.has(words[k])) return true; if (BREAKS.has(words[k])) break; }
    for (let k = h.first - 1; k >= 0 && h.first - k <= AFTER; k--) { if (EFFIGY.has(words[k])) return true; if (BREAKS.has(words[k])) break; }
    return false;
  };
  return hits.some(burnsEffigy) ? hits.filter((h) => !burnsEffigy(h)) : hits;
}
