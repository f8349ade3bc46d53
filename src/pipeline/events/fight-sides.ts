// fight-sides (clash7, issue 13): who a fight verb's other side is when its subject names both. Two readings of general
// English that typing.ts `partiesOf` applies when the verb has no object and no other side after "with":
// - a symmetric verb ("clashed", "fought", "battled", "skirmished", "exchanged fire") whose subject is coordinated
//   inside its own phrase ("supporters of the APC and the PDP clashed", "Ukrainian and Russian forces fought", "youths of
//   Ife and Modakeke clashed") tells the conjuncts fighting each other: the subject is both sides, so the act is done to
//   the subject's own kind (a crowd's sides are rioters: Mob violence; a force's sides are armed: Armed clash). ACLED
//   codebook 2023, "Event Types and Sub-Event Types": Mob violence is rioters violently interacting with other rioters;
//   Armed clash is armed, organised groups engaging each other. "A and B clashed" with two parties by name is
//   act-agents.ts `coordinatedPartner`; this reads the coordination that names no second party ("the PDP", an adjective).
// - "fought with sticks and knives", "clashed with machetes": "with" before a weapon names the instrument, not the other
//   side (act-agents.ts `fightsAmongItself` reads any "with" as the other side).
// - people named as civilians who fight each other ("rival student groups attacked each other", "members of two rival families
//   fought", "fishermen from two villages clashed"): civilians who act violently together are rioters (codebook, actor types:
//   rioters, inter 5, are people acting violently outside an organised armed group), so the fight is a crowd's among itself.
// Pure functions of the sentence's words and cue hits; no state. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';

/** Fight verbs that two sides do to each other (general English: reciprocal with a plural subject and no object). */
const SYMMETRIC_VERBS: ReadonlySet<string> = new Set(['clashed', 'clash', 'clashes', 'fought', 'fight', 'battled', 'skirmished', 'scuffled',
  'brawled', 'exchanged', 'traded', 'feuded']);
/** Words that end the subject phrase when read back from its verb: past them stands another clause or a date. */
const SUBJECT_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'who', 'which', 'that', 'after', 'when', 'while', 'as',
  'before', 'because', 'since', 'where', 'but', 'then', 'on', 'in', 'at', 'near']);
/** How far back from the verb the subject phrase may reach ("supporters of the ruling party and the main opposition"). */
const SUBJECT_REACH = 9;
/** Weapon concepts: told after "with", they are what the sides fought with. */
const WEAPONS: ReadonlySet<Concept> = new Set(['CRUDE_WEAPON', 'HEAVY_WEAPON']);
/** Words after "with" (besides the weapon concepts) that name an instrument, not a side: general English. */
const INSTRUMENT_WORDS: ReadonlySet<string> = new Set(['machetes', 'machete', 'knives', 'knife', 'guns', 'firearms', 'rifles', 'weapons',
  'arrows', 'bows', 'spears', 'axes', 'swords', 'daggers', 'cutlasses', 'bottles', 'fists', 'pistols', 'sticks', 'stones', 'clubs']);

/** Whether the fight verb at `trigger` is a symmetric verb told as a verb: a past form ("clashed", "fought"), or a headline's
 * present ("Supporters of A and B clash in …") when no determiner, preposition or adjective before it makes it a noun. */
export function isSymmetricFight(trigger: CueHit<Concept>, words: readonly string[]): boolean {
  const w = words[trigger.first] ?? '';
  if (!SYMMETRIC_VERBS.has(w)) return false;
  return !PRESENT.has(w) || !NOUN_BEFORE.has(words[trigger.first - 1] ?? '');
}
/** Forms that are nouns as often as verbs. */
const PRESENT: ReadonlySet<string> = new Set(['clash', 'clashes', 'fight']);
/** Words before a fight word that make it a noun ("the clash", "after clashes", "heavy fighting"). */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'in', 'after', 'during', 'amid', 'following', 'heavy', 'fierce', 'deadly',
  'violent', 'armed', 'fresh', 'new', 'their', 'its', 'his', 'her', 'renewed', 'sporadic', 'communal', 'ethnic', 'inter', 'intercommunal', 'to', 'no', '']);
/** Act concepts: one told between the subject and the fight verb opens a clause of its own ("gunmen attacked the village and
 * residents fought"), so the "and" joins clauses, not the subject's sides. */
const ACT_CONCEPTS: ReadonlySet<Concept> = new Set(['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'ATTACK', 'ABDUCT', 'ARREST', 'FIRED',
  'DISPERSE', 'LOOT', 'BURN_ACT', 'DESTROY', 'PROTEST', 'PROTEST_WEAK']);
/** Party concepts: a party's name that is also an act word ("gunmen", "attackers") names the party. */
const PARTY: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force'), ...conceptsWith('crowd'),
  ...conceptsWith('civilian'), ...conceptsWith('military-target')]);
/** Words right after the verb that make it an answer to another's act ("fought back", "fought off"), not a reciprocal fight. */
const ANSWER: ReadonlySet<string> = new Set(['back', 'off']);

/** Whether "with" at `k` opens an instrument ("with sticks and knives", "with machetes"), not the other side. */
export function withInstrument(hits: readonly CueHit<Concept>[], k: number, words: readonly string[]): boolean {
  for (let j = k + 1; j < Math.min(words.length, k + 4); j++) {
    if (INSTRUMENT_WORDS.has(words[j]) || hits.some((h) => h.first === j && WEAPONS.has(h.concept))) return true;
    if (SUBJECT_BREAK.has(words[j])) return false;
  }
  return false;
}

/** Whether the symmetric fight verb at `trigger`, with the subject named at `subjectAt`, has the other side inside its
 * subject phrase: an "and" between the subject phrase's start and the verb, no object after the verb and no "with"
 * naming a side. `subjectAt` must stand in the phrase read back from the verb. */
export function subjectHoldsSides(hits: readonly CueHit<Concept>[], trigger: CueHit<Concept>, subjectAt: number, words: readonly string[]): boolean {
  if (!isSymmetricFight(trigger, words)) return false;
  // "clashed with the police": the other side is named after the verb (the patient reading decides); "with sticks" is no side.
  const next = words[trigger.end] ?? '';
  if (next === 'with' && !withInstrument(hits, trigger.end, words)) return false;
  if (next === 'against' || ANSWER.has(next)) return false;
  let and = false;
  let start = trigger.first;
  for (let k = trigger.first - 1; k >= 0 && trigger.first - k <= SUBJECT_REACH; k--) {
    if (SUBJECT_BREAK.has(words[k]) || (hits.some((h) => h.first === k && ACT_CONCEPTS.has(h.concept)) &&
      !hits.some((h) => h.first === k && PARTY.has(h.concept)))) break;
    start = k;
    if (words[k] === 'and' || words[k] === '&') and = true;
  }
  return and && subjectAt >= start && subjectAt < trigger.first;
}

/** Reciprocal words after a verb: its subject both acts and is acted on. */
const EACH_OTHER: ReadonlySet<string> = new Set(['each other', 'one another', 'among themselves', 'amongst themselves']);
/** Words by which a subject names two or more sides of one fight ("two villages", "rival families"). */
const SIDE_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'rival', 'rivals', 'both', 'neighbouring', 'neighboring', 'opposing', 'feuding']);
/** How far before the verb the civilians' name may stand ("[members of two rival] families fought"). */
const CIVILIAN_SUBJECT_REACH = 6;

/** Whether the fight verb at `trigger` tells civilians fighting each other: its nearest subject (of `subjects`, nearest first)
 * is a civilian party within a few words, no clause break between, and either a reciprocal word follows the verb ("attacked
 * each other") or the symmetric verb has no other side and its subject names sides ("two villages", "rival families") or is
 * coordinated ("residents of Kibera and Mathare clashed"). */
export function civiliansFightEachOther(hits: readonly CueHit<Concept>[], trigger: CueHit<Concept>, subjects: readonly number[],
  words: readonly string[], isCivilian: (first: number) => boolean): boolean {
  const at = subjects.find((f) => isCivilian(f)) ?? -1;
  if (at < 0 || trigger.first - at > CIVILIAN_SUBJECT_REACH) return false;
  for (let k = at; k < trigger.first; k++) if (SUBJECT_BREAK.has(words[k]) || (k > at && hits.some((h) => h.first === k && ACT_CONCEPTS.has(h.concept)))) return false;
  if (EACH_OTHER.has(`${words[trigger.end] ?? ''} ${words[trigger.end + 1] ?? ''}`)) return true;
  if (!isSymmetricFight(trigger, words)) return false;
  const next = words[trigger.end] ?? '';
  if ((next === 'with' && !withInstrument(hits, trigger.end, words)) || next === 'against' || ANSWER.has(next)) return false;
  for (let k = Math.max(0, at - CIVILIAN_SUBJECT_REACH); k < trigger.first; k++) if (SIDE_WORDS.has(words[k])) return true;
  return subjectHoldsSides(hits, trigger, at, words);
}
