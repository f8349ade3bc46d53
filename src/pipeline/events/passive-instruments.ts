// case9p (issue 13): the instrument of a passive act whose doer is a state force is the force's weapon, not the victims'
// violence. "Farmers demonstrating against a road were shot and beaten with sticks and stones by armed police": the sticks
// and stones are what the police beat them with, so the demonstrators threw nothing (ACLED codebook 2023: Violent
// demonstration is the demonstrators' own violence; peaceful demonstrators met with violence that may seriously injure
// them are Excessive force against protesters). General English: in "X were VERBed with N by Y", N is Y's instrument.
// A pure hit reading (typing.ts HIT_READINGS): it returns `hits` itself when nothing applies; it reads only around the
// sentence's RIOT_WEAK and STONING hits. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { PASSIVE_PAST } from '../../lexicon/voice.js';
import type { ReadingNeeds } from './reading-needs.js';

const STATE_FORCE: ReadonlySet<Concept> = conceptsWith('state-force');
const INSTRUMENTS: ReadonlySet<Concept> = new Set<Concept>(['RIOT_WEAK', 'STONING']);
/** How far "with" may stand before the instrument, the passive's "were" before "with", and "by" after it. */
const WITH_REACH = 4;
const PASSIVE_REACH = 4;
const BY_REACH = 6;
/** How far the force's word may stand after "by" ("by armed police", "by members of the police"). */
const AGENT_REACH = 4;
const BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'and', 'but', 'while', 'who', 'which', 'when']);
/** Words that may stand inside the instrument phrase although they are breaks elsewhere ("sticks and stones"). */
const LIST_WORDS: ReadonlySet<string> = new Set([',', 'and']);

/** dropForceInstruments sets aside only an instrument's hit, with a state force's after it. */
export const FORCE_INSTRUMENTS_NEEDS: ReadingNeeds = [INSTRUMENTS, STATE_FORCE];
/** The sentence's RIOT_WEAK and STONING hits told as a state force's instrument in a passive, set aside. */
export function dropForceInstruments(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const drop = new Set<CueHit<Concept>>();
  for (const h of hits) {
    if (!INSTRUMENTS.has(h.concept)) continue;
    const w = withBefore(h.first, words);
    if (w < 0 || !passiveBefore(w, words)) continue;
    const by = byAfter(h.end, words);
    if (by < 0) continue;
    if (hits.some((f) => STATE_FORCE.has(f.concept) && f.first > by && f.first - by <= AGENT_REACH)) drop.add(h);
  }
  return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
}

/** "with" just before the instrument (its list may run: "with sticks, stones and iron rods"), or -1. */
function withBefore(at: number, words: readonly string[]): number {
  for (let k = at - 1; k >= 0 && at - k <= WITH_REACH; k--) {
    if (words[k] === 'with') return k;
    if (BREAKS.has(words[k]) && !LIST_WORDS.has(words[k])) return -1;
  }
  return -1;
}
/** A past passive ("were beaten", "was shot and beaten") before "with", with no clause break between. */
function passiveBefore(at: number, words: readonly string[]): boolean {
  for (let k = at - 1; k >= 0 && at - k <= PASSIVE_REACH + 2; k--) {
    if (PASSIVE_PAST.has(words[k])) return true;
    if (BREAKS.has(words[k]) && words[k] !== 'and') return false;
  }
  return false;
}
/** "by" after the instrument phrase, within its list, or -1. */
function byAfter(at: number, words: readonly string[]): number {
  for (let k = at; k < words.length && k - at <= BY_REACH; k++) {
    if (words[k] === 'by') return k;
    if (BREAKS.has(words[k]) && !LIST_WORDS.has(words[k])) return -1;
  }
  return -1;
}
