// case9p (issue 13): demonstrators told as the subject of a harming verb ("protesters assaulted a police officer",
// "demonstrators beat two journalists", "marchers injured three policemen") do the violence themselves: the verb is read
// as their violence too (a RIOT_WEAK hit at the verb), so the demonstration is a Violent demonstration and the rules of
// force used on demonstrators, which stand aside when the demonstrators are violent, do not read it as Excessive force
// (ACLED codebook 2023: Violent demonstration is demonstrators engaging in violence; Excessive force against protesters is
// violence against peaceful demonstrators). A passive ("protesters were beaten") or a verb followed by "by" tells harm done
// to them, and is left. A pure hit reading (typing.ts HIT_READINGS), reading only the words right after the sentence's
// PROTEST hits.
// The other way round, a demonstration told as the object of an attacking verb ("supporters of the ruling party attacked a
// peaceful demonstration", "thugs assaulted the marchers") is force used on the demonstrators, whoever uses it: the verb is
// no violence of theirs (its RIOT_WEAK hit is set aside) and is read as an attempt to suppress the protest (a DISPERSE hit),
// so the protest is one met with intervention, or with excessive force when deaths or serious injuries are told (codebook:
// Protest with intervention "should cover any instance where armed groups or rioters interact with peaceful protesters
// without resulting in serious/lethal injuries"). Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { PASSIVE_PAST } from '../../lexicon/voice.js';
import { ATTACKED_DEMONSTRATORS, SUPPRESSING_DEMONSTRATORS } from '../../lexicon/protest-readings.js';
import type { ReadingNeeds } from './reading-needs.js';

/** Demonstrators named as people (general English agent nouns of the protest verbs; WordNet: demonstrator, protester, marcher). */
const DEMONSTRATORS: ReadonlySet<string> = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'agitators', 'picketers', 'strikers']);
/** Adverbs that may stand between the subject and its verb ("protesters also beat", "demonstrators allegedly assaulted"). */
const ADVERBS: ReadonlySet<string> = new Set(['also', 'allegedly', 'reportedly', 'then', 'later', 'reportedly', 'further', 'even']);
const HARMING: ReadonlySet<Concept> = new Set<Concept>(['HARM_ACT', 'HARM', 'LETHAL_FORCE', 'KILL']);
/** Transitive past forms that can be active ("assaulted", "beat", "injured"); never "beaten" or "died". The verb must take
 * its object right after it, as an active verb does ("injured three policemen"; "protesters injured in the clashes" is a
 * reduced passive). */
const ACTIVE_HARM: ReadonlySet<string> = new Set(['assaulted', 'beat', 'injured', 'wounded', 'killed', 'stabbed', 'hacked', 'hurt', 'lynched',
  'shot', 'manhandled', 'thrashed', 'roughed', 'lynch', 'assault', 'injure', 'kill']);

/** demonstratorsHarm reads only a PROTEST hit before a harming verb's. */
export const DEMONSTRATORS_HARM_NEEDS: ReadingNeeds = [['PROTEST'], HARMING];
/** The sentence's hits with a RIOT_WEAK hit over each harming verb whose subject is the demonstrators. */
export function demonstratorsHarm(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const p of hits) {
    if (p.concept !== 'PROTEST' || !DEMONSTRATORS.has(words[p.first]) || p.end !== p.first + 1) continue;
    let k = placeAfter(p.end, hits, words);
    while (ADVERBS.has(words[k] ?? '') && k - p.end < 2) k++;
    if (PASSIVE_PAST.has(words[k] ?? '')) continue;
    const v = hits.find((h) => h.first === k && HARMING.has(h.concept));
    if (!v || words[v.end] === 'by' || words[v.end + 1] === 'by') continue;
    // protest12: a phrasal verb's particle before its object ("beat up two journalists", "roughed up a reporter").
    const o = PARTICLES.has(words[v.end] ?? '') ? v.end + 1 : v.end;
    if (!ACTIVE_HARM.has(words[k]) || (!OBJECT_OPENERS.has(words[o] ?? '') && !/^\d/.test(words[o] ?? ''))) continue;
    out ??= [...hits];
    out.push({ concept: 'RIOT_WEAK', first: v.first, end: v.end });
  }
  return out ? out.sort((a, b) => a.first - b.first || b.end - a.end) : hits;
}
/** protest12: a place or occasion named between the demonstrators and their verb ("protesters in Kolda assaulted a police
 * officer", "demonstrators at the rally beat two journalists"): a preposition and at most PLACE_REACH words with no verb of
 * their own (no auxiliary, relative pronoun or clause break), up to a harming verb. */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'from']);
const NOT_IN_PLACE: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'who', 'which', 'that', 'was', 'were', 'is', 'are', 'been', 'being', 'had',
  'has', 'have', 'got', 'get', 'by']);
const PLACE_REACH = 4;
/** The index of the harming verb after a place phrase that opens at `k`, or `k` itself. */
function placeAfter(k: number, hits: readonly CueHit<Concept>[], words: readonly string[]): number {
  if (!PLACE_PREPS.has(words[k] ?? '')) return k;
  for (let j = k + 1; j < words.length && j - k <= PLACE_REACH + 1; j++) {
    if (NOT_IN_PLACE.has(words[j])) return k;
    if (j > k + 1 && hits.some((h) => h.first === j && HARMING.has(h.concept))) return j;
  }
  return k;
}
/** protest12: the particles of phrasal harming verbs (WordNet: beat up, rough up). */
const PARTICLES: ReadonlySet<string> = new Set(['up']);
/** Words that open an active verb's object ("injured three policemen", "killed a guard"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'dozens',
  'police', 'policemen', 'officers', 'soldiers', 'journalists', 'his', 'their', 'at', 'one']);

/** Verbs that attack a demonstration told as their object. */
const ATTACKING: ReadonlySet<string> = new Set(['attacked', 'attack', 'attacks', 'attacking', 'assaulted', 'assaulting', 'disrupted', 'disrupting',
  'ambushed', 'beat', 'beating']);
/** Words that may open the object before the demonstration's word ("a peaceful demonstration", "a group of protesters"). */
const OBJECT_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'their', 'peaceful', 'group', 'crowd', 'of', 'some', 'several',
  'dozens', 'hundreds', 'unarmed', 'student', 'students', 'opposition']);
const OBJECT_REACH = 4;

/** attacksOnDemonstrators reads only around a PROTEST hit (each of its three readings). */
export const ATTACKS_ON_DEMONSTRATORS_NEEDS: ReadingNeeds = [['PROTEST']];
/** The sentence's hits with each attacking verb whose object is the demonstration read as force used on it. */
export function attacksOnDemonstrators(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const v of hits) {
    if (!ATTACKING.has(words[v.first]) || (out ?? hits).some((h) => h.first === v.first && h.concept === 'DISPERSE')) continue;
    let k = v.first + 1;
    while (k < words.length && k - v.first <= OBJECT_REACH && OBJECT_FILLERS.has(words[k])) k++;
    if (!hits.some((h) => h.first === k && h.concept === 'PROTEST')) continue;
    out = (out ?? [...hits]).filter((h) => !(h.first === v.first && h.concept === 'RIOT_WEAK'));
    out.push({ concept: 'DISPERSE', first: v.first, end: v.first + 1 });
  }
  // prot14: the same with a verb of pushing, handling roughly, foiling or clearing, which may be no cue of its own ("police
  // manhandled protesting students", "police foiled a protest march"; lexicon/protest-readings.ts SUPPRESSING_DEMONSTRATORS).
  // Only the words that could reach a demonstration's word (at most OBJECT_REACH + 2 before it), not the whole text at each call.
  let from = words.length, to = 0;
  for (const h of hits) if (h.concept === 'PROTEST') { from = Math.min(from, h.first - OBJECT_REACH - 2); to = Math.max(to, h.first); }
  for (let at = Math.max(0, from); at < to; at++) {
    if (!SUPPRESSING_DEMONSTRATORS.words.has(words[at]) || (out ?? hits).some((h) => h.first === at && h.concept === 'DISPERSE')) continue;
    let k = at + 1;
    if (PARTICLES.has(words[k] ?? '')) k++;
    while (k < words.length && k - at <= OBJECT_REACH && OBJECT_FILLERS.has(words[k])) k++;
    if (!hits.some((h) => h.first === k && h.concept === 'PROTEST')) continue;
    out = (out ?? [...hits]).filter((h) => !(h.first === at && h.concept === 'RIOT_WEAK'));
    out.push({ concept: 'DISPERSE', first: at, end: at + 1 });
  }
  // prot13: the same told in the passive, the demonstrators its subject ("demonstrators in Dorno were attacked by police",
  // "the marchers were assaulted by party supporters"): the verb is what was done to them, no violence of theirs.
  for (const p of hits) {
    if (p.concept !== 'PROTEST' || !DEMONSTRATORS.has(words[p.first]) || p.end !== p.first + 1) continue;
    let k = passiveAfterPlace(p.end, words);
    if (!BE_PAST.has(words[k] ?? '')) continue;
    k++;
    while (ADVERBS.has(words[k] ?? '') && k - p.end < 8) k++;
    if (!ATTACKED_DEMONSTRATORS.words.has(words[k] ?? '')) continue;
    const at = k;
    if ((out ?? hits).some((h) => h.first === at && h.concept === 'DISPERSE')) continue;
    out = (out ?? [...hits]).filter((h) => !(h.first === at && h.concept === 'RIOT_WEAK'));
    out.push({ concept: 'DISPERSE', first: at, end: at + 1 });
  }
  return out ? out.sort((a, b) => a.first - b.first || b.end - a.end) : hits;
}
/** prot13: the past of "be" that makes a passive ("were attacked"). */
const BE_PAST: ReadonlySet<string> = new Set(['was', 'were']);
/** prot13: the index after a place phrase ("in Dorno", "at the rally") that opens at `k`, or `k` itself (PLACE_REACH words
 * with no verb of their own). */
function passiveAfterPlace(k: number, words: readonly string[]): number {
  if (!PLACE_PREPS.has(words[k] ?? '')) return k;
  for (let j = k + 1; j < words.length && j - k <= PLACE_REACH + 1; j++) {
    if (BE_PAST.has(words[j])) return j;
    if (NOT_IN_PLACE.has(words[j])) return k;
  }
  return k;
}
