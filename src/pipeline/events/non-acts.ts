// case5: cue words that name no act of the sentence, set aside before it is typed:
//  - a participle used as an adjective ("the detained men", "the occupied territories", "of abducted girls"): after a
//    determiner, "of" or a hyphen ("IS-occupied") and before the noun it describes, it tells a state, not what was done in this incident;
//  - an injury's participle as a noun after "the" ("took the wounded to hospital"): the people hurt, not a wounding (harmedAsNoun);
// (An agent noun, "kidnappers", "abductors", names people, not an abduction: ABDUCT lists the verb's own forms and the
// KIDNAPPERS concept reads those nouns as a party, lexicon/event-cues.ts.)
// General English grammar; the concepts are those whose past participle often stands before a noun in news.
import type { Concept } from '../../lexicon/event-cues.js';
import type { Token } from '../../types.js';
import type { CueHit } from './cue-matcher.js';
import { SPEECH } from './actor-syntax.js';
import { PASSIVE_AUXILIARIES } from '../../lexicon/voice.js';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';

/** Acts whose participle may describe a noun. */
const STATE_PARTICIPLES: ReadonlySet<Concept> = new Set<Concept>(['DISPERSE', 'ARREST', 'ARREST_WEAK', 'ABDUCT', 'TAKE_TERRITORY', 'OVERTAKE_WEAK', 'REGAIN', 'OCCUPY',
  // news28: "the besieged city of Taiz", "the deployed troops": a place under siege, forces in place, no siege laid or
  // deployment made in this sentence.
  'SIEGE', 'DEPLOY',
  // world29: "compensation for flood-damaged crops", "the torched building": a thing in a state, no riot of this sentence.
  'RIOT_WEAK',
  // Round 39: "allow displaced residents to return", "the displaced families": people in a state after a flight, no flight told.
  'DISPLACE']);
/** Words after which a participle describes the noun that follows it. */
const BEFORE_ATTRIBUTE = new Set(['-', 'the', 'a', 'an', 'of', 'their', 'his', 'her', 'its', 'our', 'these', 'those', 'for', 'with', 'two', 'three', 'several', 'other', 'all',
  // Round 43: the other prepositions, as "of", "for" and "with" are (a headline's "opens headquarters in captured Ann base", "fighters
  // from occupied areas"): between a preposition and a noun a participle can only describe the noun.
  'in', 'at', 'from', 'into', 'inside', 'near', 'on']);
const NOUNS = new Set(['NOUN', 'PROPN']);
/** A count in figures ("18", "1,200"). */
const CARDINAL = /^\d[\d,]*$/;

/** Round 31: a participle right after a verb of saying and its comma goes on with the speaker's own words ("…, a police spokesperson
 * said, urging the public not to take the law into their own hands"; "officials said, calling for calm"): general English, the
 * participle's subject is the speaker. Its word tells no act of the incident (no protest's demand, no call to arms). */
function spokenOn(words: readonly string[], at: number): boolean {
  return words[at].endsWith('ing') && words[at - 1] === ',' && SPEECH.has(words[at - 2] ?? '');
}

export function dropNonActs(hits: CueHit<Concept>[], tokens: readonly Token[], words: readonly string[]): CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!nonAct(h, tokens, words, hits)) { out?.push(h); continue; }
    out ??= hits.slice(0, i);
  }
  return out ?? hits;
}

function nonAct(h: CueHit<Concept>, tokens: readonly Token[], words: readonly string[], hits: readonly CueHit<Concept>[]): boolean {
  if (spokenOn(words, h.first)) return true;
  if (CARRIED_WEAPONS.has(h.concept) && carriedBefore(h, hits, tokens, words) && !hits.some((o) => o.concept === 'HAND_THROW')) return true;
  if (h.end - h.first !== 1) return false;
  const w = words[h.first];
  if (h.concept === 'KILL' && deadAsNoun(tokens, words, h.first)) return true;
  // Round 31: "mothers of the disappeared", "families of the disappeared": the people taken, named as a noun (WordNet 3.1
  // "disappeared" n.1, people who have vanished and are presumed dead), no disappearance of this sentence.
  if (h.concept === 'ABDUCT' && words[h.first] === 'disappeared' && words[h.first - 1] === 'the' && !NOUNS.has(tokens[h.end]?.pos ?? '')) return true;
  if (h.concept === 'HARM' && harmedAsNoun(tokens, words, h.first)) return true;
  // Round 36: "building" as the noun ("set the administrative post building alight", "the building was hit"), not the gerund of
  // building a base: after a determiner or a noun phrase's word, with no object opening after it (general English: the noun and
  // the verb "build" share the form; the verb takes its object right after it: "building a new base").
  if (h.concept === 'ESTABLISH' && w === 'building' && NOUN_PHRASE_WORD.has(tokens[h.first - 1]?.pos ?? '') && !OBJECT_OPENERS.has(words[h.end] ?? '') &&
    !hits.some((o) => o.first === h.end && BASE_WORDS.has(o.concept))) return true;
  if (STATE_PARTICIPLES.has(h.concept) && w.endsWith('ed') && reducedRelative(tokens, words, h.first)) return true;
  if (!(w.endsWith('ed') || w === 'slain') || !(BEFORE_ATTRIBUTE.has(words[h.first - 1] ?? '') || afterVerbOrParticle(tokens, h.first) ||
    // Round 43: a count in figures, as "two" and "three" are ("released 18 detained lay workers").
    // Round 44: and every count in words (lexicon/numbers.ts), not only those listed above ("released four kidnapped soldiers").
    CARDINAL.test(words[h.first - 1] ?? '') || Object.hasOwn(NUMBER_WORDS, words[h.first - 1] ?? '')) ||
    !NOUNS.has(tokens[h.end]?.pos ?? '')) return false;
  // …but a flight told after a gerund or a sentence's first word is the act of its subject ("Fighting displaced residents", "heavy
  // shelling displaced families"): a noun of fighting the tagger reads as a verb.
  if (h.concept === 'DISPLACE' && !BEFORE_ATTRIBUTE.has(words[h.first - 1] ?? '') && (/ing$/.test(words[h.first - 1] ?? '') || /^[A-Z]/.test(tokens[h.first - 1]?.text ?? ''))) return false;
  if (STATE_PARTICIPLES.has(h.concept)) return true;
  // clash10: a killing's participle that describes a noun ("relatives of a murdered boy", "the slain officer's brother") tells an
  // earlier death, not the act, when the sentence tells a violent act of its own after it ("relatives of a murdered boy killed the
  // suspect": the relatives' act, Mob violence); alone it still tells the incident ("the bodies of two murdered men were found").
  return h.concept === 'KILL' && hits.some((o) => LATER_ACTS.has(o.concept) && o.first > h.first);
}
/** Round 42: a participle right after a preposition's object is a reduced relative clause that describes it ("rallied … ahead of a
 * hearing for three people arrested at a blockade in 2021", "marched … demanding the release of activists detained last week"):
 * English grammar, with no auxiliary the participle is no finite verb once its clause has one before the preposition, and the
 * noun it follows, the object of "for" or "of", is no subject. It tells the people's state, an earlier act, not what this sentence
 * reports. With no finite verb before, the participle is the main verb of a subject that ends in an of-phrase ("Hundreds of farmers
 * stormed the assembly", "protesters demanding the resignation of the governor stormed the building"). */
const RELATIVE_HEADS_AFTER: ReadonlySet<string> = new Set(['for', 'of']);
const HEAD_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);
const HEAD_REACH = 4;
function reducedRelative(tokens: readonly Token[], words: readonly string[], at: number): boolean {
  if (tokens[at - 1]?.pos !== 'NOUN') return false;
  for (let k = at - 2; k >= 0 && at - k <= HEAD_REACH; k--) {
    if (RELATIVE_HEADS_AFTER.has(words[k])) return finiteBefore(tokens, words, k);
    if (!HEAD_PHRASE_POS.has(tokens[k].pos ?? '')) return false;
  }
  return false;
}
/** A past-tense verb of the sentence before word `k` ("rallied", "marched"), not a gerund or a participle after an auxiliary. */
function finiteBefore(tokens: readonly Token[], words: readonly string[], k: number): boolean {
  const sentence = tokens[k].sentence;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === sentence; j--) {
    if (tokens[j].pos === 'VERB' && words[j].endsWith('ed') && !AUXILIARIES.has(words[j - 1] ?? '')) return true;
  }
  return false;
}
/** Round 36: a participle right after a verb or its particle is its object's adjective ("to hand over abducted women and children",
 * "to free kidnapped pupils"): English grammar, a verb's object follows it, and a finite verb would follow its subject (a noun or
 * pronoun: "gunmen abducted women") or an auxiliary ("were abducted"). Only the state participles read this way (above). */
const afterVerbOrParticle = (tokens: readonly Token[], at: number): boolean => {
  const prev = tokens[at - 1];
  const w = prev?.text.toLowerCase() ?? '';
  return !!prev && ((prev.pos === 'VERB' && !AUXILIARIES.has(w)) || (prev.pos === 'ADP' && PARTICLES_OF_VERBS.has(w))) && !/^[A-Z]/.test(tokens[at].text);
};
/** The auxiliaries the tagger may read as verbs: a participle after one is a passive (lexicon/voice.ts) or a perfect ("claimed to
 * have seized"). */
const AUXILIARIES: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES, 'be', 'getting', 'have', 'has', 'had', 'having']);
/** The particles of phrasal verbs that take an object after them ("hand over", "bring back", "set free"). */
const PARTICLES_OF_VERBS: ReadonlySet<string> = new Set(['over', 'back', 'free', 'up', 'out', 'off', 'down']);

/** What stands before a noun in its phrase (a determiner, an adjective, a noun of a compound, a number). */
const NOUN_PHRASE_WORD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** The words that open a verb's object ("building a base", "building new posts", "building their camp"; a base word itself,
 * "building bases", "building military posts", is read from the hits). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'new', 'its', 'their', 'his', 'her', 'our', 'several', 'more', 'two',
  'three', 'four', 'five', 'some', 'many', 'dozens', 'fortified', 'permanent', 'temporary', 'makeshift', 'military', 'forward']);
const BASE_WORDS: ReadonlySet<Concept> = new Set<Concept>(['BASE', 'BASE_MORE']);

/** Round 38: weapons told as what the doers carried ("Militants armed with rifles and hand grenades attacked a police station",
 * "gunmen equipped with explosives"): the object of "armed / equipped with" describes the men, it is no use of the weapon (general
 * English: "armed with" n.p. names their equipment); the act is the sentence's verb. The list of the noun phrase after the
 * carrying phrase only: nouns, adjectives, numbers, "and" and commas, no verb between. Not when the sentence tells a throw ("armed
 * with grenades, they threw one into the bar"): the weapon carried is then the one used. */
const CARRIED_WEAPONS: ReadonlySet<Concept> = new Set<Concept>(['GRENADE', 'EXPLOSIVE', 'SHELL_WEAK']);
const CARRIED_LIST_REACH = 8;
const LIST_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ', 'PUNCT', 'DET']);
const EQUIPPED: ReadonlySet<string> = new Set(['armed', 'equipped']);
function carriedBefore(h: CueHit<Concept>, hits: readonly CueHit<Concept>[], tokens: readonly Token[], words: readonly string[]): boolean {
  for (const o of hits) {
    // People's equipment only: a vehicle or drone "packed / loaded with explosives" is the bomb itself.
    if (o.concept !== 'CARRY_WITH' || !EQUIPPED.has(words[o.first]) || o.end > h.first || h.first - o.end > CARRIED_LIST_REACH) continue;
    let k = o.end;
    while (k < h.first && LIST_POS.has(tokens[k].pos) && tokens[k].text !== '.' && tokens[k].text !== ';') k++;
    if (k === h.first) return true;
  }
  return false;
}

/** clash10: the violent acts whose telling after a killing's participle makes that participle an earlier death. */
const LATER_ACTS: ReadonlySet<Concept> = new Set<Concept>(['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'BURN_ACT', 'BURN_PERSON', 'STONING', 'LOOT']);

/** An injury's participle as the head of a noun phrase after "the" ("took the wounded to hospital", "the seriously injured were
 * flown out"): English grammar's "the" and an adjective for the people it describes, those hurt in an incident told before, not a
 * wounding of this sentence (a count before it is read by the tolls: "the 12 wounded"). */
function harmedAsNoun(tokens: readonly Token[], words: readonly string[], at: number): boolean {
  if (!words[at].endsWith('ed') || NOUNS.has(tokens[at + 1]?.pos ?? '')) return false;
  return words[beforeAdverbs(tokens, at)] === 'the';
}

/** The index of the word before `at` past the adverbs between ("the seriously wounded", "the 12 initially killed"). */
function beforeAdverbs(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return k;
}

/** A killing's participle as the head of a noun phrase: "two of the 12 initially killed were police officers", "the seven
 * killed and the injured": the dead counted, told after the act (English grammar: "the" and a number before the participle,
 * adverbs between, and no noun after it), not a killing of this sentence. */
function deadAsNoun(tokens: readonly Token[], words: readonly string[], at: number): boolean {
  if (!words[at].endsWith('ed') || NOUNS.has(tokens[at + 1]?.pos ?? '')) return false;
  const k = beforeAdverbs(tokens, at);
  return k >= 1 && tokens[k].pos === 'NUM' && words[k - 1] === 'the';
}
