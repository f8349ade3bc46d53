// late-forces (round 44, issue 13): a force told as arriving after the act did not do it. Reports of mob justice tell the police
// by the time they came: "was beaten and set ablaze before officers reached the scene", "until police arrived", "by the time
// soldiers got there". General English: a clause of time opened by "before", "until" or "by the time" whose verb is one of
// arriving (WordNet 3.1 "arrive" v.1, "reach" v.1, "get" v.5 "reach a destination") tells when the force came, not what it did;
// its word is set aside for typing, so the suspect a crowd beat is mob justice (codebook: Mob violence), not a force's attack.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';
import { withoutHits } from './hit-filter.js';

/** The words that open a clause of time the force's coming is told in ("before", "until", "till"; "by the time" ends in "time"). */
const OPENERS: ReadonlySet<string> = new Set(['before', 'until', 'till', 'time']);
/** Verbs of arriving (and "could", as in "before police could intervene"). */
const ARRIVING: ReadonlySet<string> = new Set(['arrived', 'arrive', 'arrives', 'reached', 'reach', 'got', 'came', 'come', 'could', 'turned']);
/** How many words may stand between the opener and the force ("before [the local] police"), and between the force and its verb. */
const OPENER_REACH = 3;
const VERB_REACH = 2;

/** dropLateForces sets aside only state forces' words. */
export const LATE_FORCES_NEEDS: ReadingNeeds = [['STATE_FORCE']];

/** The hits without a state force told only as coming after the act (the same array when there is none). */
export function dropLateForces(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return withoutHits(hits, (h) => h.concept === 'STATE_FORCE' && late(h, words));
}

function late(h: CueHit<Concept>, words: readonly string[]): boolean {
  let opened = false;
  for (let k = h.first - 1; k >= 0 && h.first - k <= OPENER_REACH; k--) {
    const w = words[k];
    if (OPENERS.has(w) && (w !== 'time' || (words[k - 1] === 'the' && words[k - 2] === 'by'))) { opened = true; break; }
    if (w === ',' || w === '.' || w === ';' || w === 'and') return false;
  }
  if (!opened) return false;
  for (let k = h.end; k < words.length && k - h.end < VERB_REACH; k++) if (ARRIVING.has(words[k])) return true;
  return false;
}
