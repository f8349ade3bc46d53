// dwu10 (issue 13): bodies found are no weapon found. "The corpses of thirty fighters were discovered near X, presumably killed in
// air strikes", "villagers found the bodies of two men after the shelling": the finding word's object is the dead, so it tells no
// weapon seized, found or intercepted (codebook: Disrupted weapons use is a weapon or explosive prevented from being used or
// seized; the deaths are the incident that killed them). General English: the object of "found", or the subject of its passive.
// A pure function of the sentence's words and cue hits; runs only when an INTERCEPT word is told. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

/** INTERCEPT's words of finding (not of shooting down or defusing). */
const FINDING: ReadonlySet<string> = new Set(['found', 'discovered', 'recovered', 'unearthed', 'uncovered', 'finding', 'discovering', 'recovering',
  'recovery', 'finds', 'discovers']);
/** The dead as a thing found. */
const REMAINS: ReadonlySet<string> = new Set(['body', 'bodies', 'corpse', 'corpses', 'remains', 'skeletons', 'skulls']);
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'reportedly', 'later', 'also']);
/** How far before a passive finding word its subject may stand ("the corpses of around thirty suspected militants were
 * discovered"), and how far after an active one its object. */
const SUBJECT_REACH = 10;
const OBJECT_REACH = 3;
const BREAK: ReadonlySet<string> = new Set(['.', ';', ':', 'and', 'but', 'after', 'while', 'when']);

function remainsAround(k: number, words: readonly string[]): boolean {
  for (let j = k + 1; j <= k + OBJECT_REACH && j < words.length; j++) { if (REMAINS.has(words[j])) return true; if (BREAK.has(words[j])) break; }
  if (!PASSIVE.has(words[k - 1] ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - SUBJECT_REACH); j--) { if (REMAINS.has(words[j])) return true; if (BREAK.has(words[j])) break; }
  return false;
}

/** dropFoundBodies sets aside only an INTERCEPT hit. */
export const FOUND_BODIES_NEEDS: ReadingNeeds = [['INTERCEPT']];
/** The hits left once a finding word whose object is the dead is set aside (typing.ts typeHits). */
export function dropFoundBodies(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => h.concept === 'INTERCEPT')) return hits;
  return hits.filter((h) => !(h.concept === 'INTERCEPT' && FINDING.has(words[h.first]) && remainsAround(h.end - 1, words)));
}

/** case32: what the dead bear "signs", "marks" or "traces" of ("some of the victims bore signs of torture") is what was done to
 * them before they were found, read from the bodies, no act of the day (general English: a sign of X is evidence that X
 * happened). The finding or the grave is the sentence's news; the harm word beside it is set aside. */
const SIGN_WORDS: ReadonlySet<string> = new Set(['signs', 'sign', 'marks', 'traces', 'evidence']);
const HARM_ACT: Concept = 'HARM_ACT';
/** dropSignsOnBodies reads only a harm word told beside the dead found or a grave. */
export const SIGNS_ON_BODIES_NEEDS: ReadingNeeds = [[HARM_ACT], ['REMAINS', 'MASS_GRAVE']];
/** The hits left once a harm word told as what the dead bear signs of is set aside (typing.ts typeHits). */
export function dropSignsOnBodies(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => h.concept === 'REMAINS' || h.concept === 'MASS_GRAVE')) return hits;
  const sign = (h: CueHit<Concept>): boolean => h.concept === HARM_ACT && words[h.first - 1] === 'of' && SIGN_WORDS.has(words[h.first - 2] ?? '');
  return hits.some(sign) ? hits.filter((h) => !sign(h)) : hits;
}
