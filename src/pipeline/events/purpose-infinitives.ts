// dwu10 (issue 13): a fight told as the aim of something else is no fight. "The militants formed a new alliance to fight the
// government", "troops were sent to attack the rebels' positions", "an operation to storm the camp": the infinitive after a noun or
// a verb of moving, making or sending tells a purpose, not an act of the day (codebook: Change to group/activity covers a group's
// creation, alliances and troop movements; Battles need the sides to engage). Verbs that tell the act itself begin, go on with it or
// are forced into it ("began to fight", "continued to attack", "were forced to fight") keep it. General English grammar;
// provenance: written for this project. A pure function of the cue hits and the words before them.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

/** The fight concepts whose bare verb may follow "to". */
const FIGHT: ReadonlySet<Concept> = new Set<Concept>(['CLASH', 'CLASH_WEAK', 'ATTACK']);
/** The bare verbs of fighting ("to fight", "to attack"), not nouns or participles ("to the fighting", "to fighting"). */
const BARE: ReadonlySet<string> = new Set(['fight', 'attack', 'battle', 'clash', 'confront', 'combat', 'storm', 'raid', 'assault', 'ambush', 'engage']);
/** Words before "to" that tell the fight itself: it began, went on, resumed, or the side was made to fight. */
const ACTUAL: ReadonlySet<string> = new Set(['began', 'begin', 'begun', 'begins', 'started', 'start', 'starts', 'continued', 'continue', 'continues',
  'resumed', 'resume', 'forced', 'went', 'came', 'managed', 'proceeded', 'used']);

/** w27: verbs whose object is a fight they mean to end ("signed a deal to end months of tribal fighting", "talks aimed at halting
 * clashes over land"): the fight is the aim's object, told of the past or of what goes on, not the act the sentence reports. */
const ENDING: ReadonlySet<string> = new Set(['end', 'ending', 'stop', 'stopping', 'halt', 'halting', 'prevent', 'preventing', 'resolve', 'resolving',
  'defuse', 'defusing', 'de-escalate', 'curb', 'curbing', 'quell', 'quelling']);
const AIM_BEFORE_GERUND: ReadonlySet<string> = new Set(['at', 'for', 'of', 'on', 'toward', 'towards']);
/** How many words may stand between the ending verb and the fight word ("to end [months of tribal] fighting"). */
const ENDING_REACH = 4;
/** Words that close the ending verb's object before the fight word: a clause or a list goes on. */
const OBJECT_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'or', 'after', 'before', 'when', 'as', 'while', 'which', 'who']);

/** dropPurposeInfinitives sets aside only a fight hit. */
export const PURPOSE_NEEDS: ReadingNeeds = [FIGHT];
/** The hits left once a fight verb told as a purpose ("to fight the government"), or a fight told as what a purpose would end
 * ("to end months of fighting"), is set aside (typing.ts typeHits). */
export function dropPurposeInfinitives(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const purpose = (h: CueHit<Concept>): boolean => FIGHT.has(h.concept) && ((h.end - h.first === 1 && BARE.has(words[h.first]) &&
    words[h.first - 1] === 'to' && !ACTUAL.has(words[h.first - 2] ?? '')) || endedBy(h.first, words));
  return hits.some(purpose) ? hits.filter((h) => !purpose(h)) : hits;
}

/** A definite object is the incident told ("called on all sides to stop the fighting"): a claim about it, which links to it. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'these', 'those', 'that']);
/** Whether the fight word at `at` is the object of a verb of ending told as an aim: "to end …", "aimed at ending …". */
function endedBy(at: number, words: readonly string[]): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 1 - ENDING_REACH); k--) {
    const w = words[k];
    if (DEFINITE.has(w)) return false;
    // "to end", or the gerund after a word of aiming ("aimed at ending", "hopes of halting"): "…, ending the siege" tells a result.
    if (ENDING.has(w)) return w.endsWith('ing') ? AIM_BEFORE_GERUND.has(words[k - 1] ?? '') : words[k - 1] === 'to';
    if (OBJECT_BREAK.has(w)) return false;
  }
  return false;
}

/** news33: harm told as what an act was meant to avoid ("withdrew to avoid civilian casualties", "in order to prevent
 * bloodshed", "with a view to minimising casualties"): no one was harmed by it (general English: the object of avoid, prevent,
 * minimise or spare is what did not happen). The harm word within AVOIDED_REACH words of such a verb told as an aim ("to avoid", "of avoiding") is set aside. */
const AVOIDING: ReadonlySet<string> = new Set(['avoid', 'avoiding', 'prevent', 'preventing', 'minimise', 'minimize', 'minimising', 'minimizing',
  'limit', 'limiting', 'reduce', 'reducing', 'spare', 'sparing', 'avert', 'averting']);
const HARMED: ReadonlySet<Concept> = new Set<Concept>(['KILL', 'KILL_PLAIN', 'HARM', 'DEADLY', 'LETHAL_FORCE']);
const AVOIDED_REACH = 3;
export const AVOIDED_NEEDS: ReadingNeeds = [HARMED];
export function dropAvoidedHarm(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const avoided = (h: CueHit<Concept>): boolean => {
    if (!HARMED.has(h.concept)) return false;
    for (let k = h.first - 1; k >= Math.max(0, h.first - AVOIDED_REACH); k--) {
      const w = words[k];
      if (AVOIDING.has(w)) return w.endsWith('ing') ? AIM_BEFORE_GERUND.has(words[k - 1] ?? '') || words[k - 1] === 'to' : words[k - 1] === 'to';
      if (OBJECT_BREAK.has(w) || DEFINITE.has(w)) return false;
    }
    return false;
  };
  return hits.some(avoided) ? hits.filter((h) => !avoided(h)) : hits;
}

/** news33: a handover told in the infinitive or with a modal ("Yerevan agrees to hand over border villages", "under which Armenia
 * will hand over four villages") is what is agreed or due, not done (codebook: Non-violent transfer of territory is a place
 * acquired; the deal is an Agreement). Not after a verb that tells the act itself ("began to hand over"). */
const HANDING: ReadonlySet<Concept> = new Set<Concept>(['HANDOVER']);
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'must', 'could', 'may', 'might']);
export const HANDOVER_AIM_NEEDS: ReadingNeeds = [[...HANDING, 'TRANSFER']];
export function dropHandoverAims(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const aim = (h: CueHit<Concept>): boolean => (HANDING.has(h.concept) || (h.concept === 'TRANSFER' && words[h.first].startsWith('hand'))) &&
    ((words[h.first - 1] === 'to' && !ACTUAL.has(words[h.first - 2] ?? '')) || MODALS.has(words[h.first - 1] ?? ''));
  return hits.some(aim) ? hits.filter((h) => !aim(h)) : hits;
}
