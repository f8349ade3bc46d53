// act-agents: who acts is read from the verb and what stands around it, not from armed words anywhere in the
// sentence (issue 13, ACLED part: an organised armed group attacking civilians is an Attack, two armed sides
// fighting a Battle, a crowd acting violently a Riot, state forces using force on protesters a Protest). These
// helpers refine typing.ts `partiesOf`; kept apart so the typing files stay easy to merge.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';

/** Words that do something to someone: a party told right after one is its object. */
// case7: and the verbs of taking ground and driving a side out ("dislodged bandits from their camps and taken over the
// area": the bandits took nothing).
// dwu10: and the verbs of seizing ground and of repelling ("overran a police station ... and took control of the town",
// "repelled a rebel attack and gained control": the police and the rebels took nothing).
const ACTS: ReadonlySet<Concept> = new Set(['KILL', 'HARM', 'HARM_ACT', 'CLASH_WEAK', 'ATTACK', 'ABDUCT', 'ARREST', 'FIRED', 'DISPERSE',
  'EXPEL', 'REGAIN', 'ARREST_WEAK', 'OVERTAKE', 'OCCUPY', 'REPEL',
  // prot15b: and the verbs of chasing people off ("chased away students who had gathered": the students chased no one).
  'DRIVE_OFF',
  // case33: and stoning ("threw rocks at gendarmes, built burning barricades": the gendarmes built nothing).
  'STONING']);
/** How many words (a count, a determiner, an adjective) may stand between an act and its object. */
const OBJECT_GAP = 3;
/** Words that end the object phrase: past them a party may be the subject of a new clause. */
const OBJECT_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'who', 'which', 'that', 'then', 'after', 'before',
  'when', 'while', 'as', 'because', 'since', 'until', 'once']);

const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

/** Whether the party named at word `f` is the object of an act told just before it ("Gunmen killed two residents
 * and wounded three villagers": the residents did not wound anyone). English is subject-verb-object: a noun phrase
 * right after a transitive act word, in the same clause, is what the act was done to, so it cannot be the
 * subject of a later verb of the same clause. */
export function objectOfEarlierAct(hits: readonly CueHit<Concept>[], f: number, words: readonly string[]): boolean {
  // "fired tear gas at youths who had broken into the hall": the object of one act is the subject of a relative
  // clause's ("who", "which", "that" right after its name).
  let end = f + 1;
  for (const h of hits) if (h.first === f && h.end > end) end = h.end;
  if (RELATIVE.has(words[end] ?? '')) return false;
  for (const h of hits) {
    if (!ACTS.has(h.concept) || h.end > f || f - h.end > OBJECT_GAP) continue;
    let open = true;
    for (let k = h.end; k < f && open; k++) if (OBJECT_BREAK.has(words[k])) open = false;
    // "was attacked by residents": the party after "by" is the agent of that passive, not its object.
    if (open && words[f - 1] !== 'by') return true;
  }
  return false;
}

/** Past forms of acts that do not end in "-ed". */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['threw', 'burnt', 'broke', 'tore', 'set', 'hit', 'fought', 'shot', 'beat', 'stole', 'took']);

/** Whether the words at `at` are a finite act verb ("threw", "torched", "set fire"), whose subject can be read; a
 * noun or a participle told of the scene ("burning tyres", "the clashes", "stones") has no subject to read. */
export function finiteAct(at: CueHit<Concept>, words: readonly string[]): boolean {
  const w = words[at.first] ?? '';
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/** A party word followed by one of these names a place or a thing of the party ("the police station", "an army
 * truck"), not the party acting. */
const HOLDING_NOUNS: ReadonlySet<string> = new Set(['station', 'stations', 'headquarters', 'post', 'posts', 'base', 'bases', 'camp', 'camps',
  'barracks', 'building', 'buildings', 'compound', 'office', 'offices', 'academy', 'hospital', 'vehicle', 'vehicles', 'car', 'cars',
  'truck', 'trucks', 'checkpoint', 'checkpoints', 'cell', 'cells', 'custody', 'premises', 'residence', 'quarters', 'facility']);
const PASSIVE_WINDOW = 8;
/** Words that open a new clause: a party before them is no subject of a verb after them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([';', 'as', 'when', 'while', 'after', 'because', 'before', 'since', 'until', 'whereas']);
/** Words naming the demonstration or its people ("protesters", "the protest"): told as the act's subject, they act. */
const DEMONSTRATORS: ReadonlySet<Concept> = new Set(['PROTEST', 'RIOT']);

/** gap7: the act a participle clause after a comma hangs on ("police fired at a crowd of mourners, killing two": the firing),
 * whose subject is the participle's (general English grammar); null when `at` is no such participle or no act precedes it. */
export function participleHead(hits: readonly CueHit<Concept>[], at: CueHit<Concept>, words: readonly string[]): CueHit<Concept> | null {
  if (words[at.first - 1] !== ',' || !(words[at.first] ?? '').endsWith('ing')) return null;
  let main: CueHit<Concept> | null = null;
  for (const h of hits) if (ACTS.has(h.concept) && h.end < at.first && (!main || h.first > main.first)) main = h;
  return main;
}

/** The distinct words the hits start at, in order: an insertion into a short sorted array (a sentence's hits are few, and
 * mostly in order), no Set or sort per call. */
export function hitStarts(hits: readonly CueHit<Concept>[]): number[] {
  const out: number[] = [];
  for (const h of hits) {
    const f = h.first;
    let i = out.length;
    while (i > 0 && out[i - 1] > f) i--;
    if (i > 0 && out[i - 1] === f) continue;
    if (i === out.length) out.push(f); else out.splice(i, 0, f);
  }
  return out;
}

/** Who does the act told at `at`, read strictly: the agent after "by" of a passive, else the nearest party named
 * before the act in the sentence that is neither an earlier act's object nor a place of the party ("the police
 * station"); never a party named after an active verb (its object), 'unknown' when none. Unlike `partiesOf`, which
 * falls back to a party after a noun trigger ("clashes between X and Y"), this reads the subject of a verb the rule
 * asks about ("They clashed with police who fired tear gas": the demonstrators clashed, not the police). */
export function actAgent<P extends string>(hits: readonly CueHit<Concept>[], at: CueHit<Concept>, words: readonly string[],
  passive: boolean, partyAt: (first: number) => P | null): P | 'unknown' {
  const starts = hitStarts(hits);
  if (passive) {
    // Only as far as a "by" may stand: `words` are the whole article's.
    let byAt = -1;
    for (let k = at.end; k < words.length && k - at.end <= PASSIVE_WINDOW; k++) if (words[k] === 'by') { byAt = k; break; }
    if (byAt < 0) return 'unknown';
    for (const f of starts) if (f > byAt) { const p = partyAt(f); if (p) return p; }
    return 'unknown';
  }
  // The subject stands in the act's own clause: "police fired tear gas at demonstrators as a protest descended into
  // violence" (the protest turned violent, not the police); demonstrators named nearer are the ones who act.
  // gap7: a participle clause after a comma ("police fired at a crowd of mourners, killing two") has the subject of the verb
  // it follows (general English grammar), not the object named nearest before it: read that verb's doer.
  const main = participleHead(hits, at, words);
  if (main) return actAgent(hits, main, words, false, partyAt);
  let from = 0;
  for (let k = at.first - 1; k >= 0; k--) if (CLAUSE_OPENERS.has(words[k])) { from = k + 1; break; }
  const aside = appositiveBefore(words, at.first, from);
  for (let i = starts.length - 1; i >= 0; i--) {
    const f = starts[i];
    if (f >= at.first) continue;
    if (f < from) break;
    // Round 33: not inside an appositive set off before the verb ("Members of the Imbonerakure, the youth wing of the ruling
    // party, beat …"): the subject is the noun phrase it describes.
    if (aside >= 0 && f > aside) continue;
    if (hits.some((h) => h.first === f && DEMONSTRATORS.has(h.concept))) return 'unknown';
    const p = partyAt(f);
    if (!p || objectOfEarlierAct(hits, f, words) || ofComplement(hits, f, words)) continue;
    let end = -Infinity;
    for (const h of hits) if (h.first === f && h.end > end) end = h.end;
    if (HOLDING_NOUNS.has(words[end] ?? '')) continue;
    return p;
  }
  return 'unknown';
}

/** Words that open an appositive noun phrase ("the youth wing of …", "a group linked to …", "its armed wing"). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);
/** How long an appositive may run (its words between the two commas). */
const APPOSITIVE_REACH = 12;
/** Round 33: the comma that opens an appositive closed by a comma right before the verb at `verb` ("X, the youth wing of the ruling
 * party, beat …"): general English, a noun phrase set off by commas after a noun describes it, and the verb's subject is the noun
 * before it. -1 when there is none, or when nothing stands before it in the clause to be its subject. */
function appositiveBefore(words: readonly string[], verb: number, from: number): number {
  if (words[verb - 1] !== ',') return -1;
  for (let k = verb - 2; k > from && verb - k <= APPOSITIVE_REACH; k--) {
    if (words[k] === '.' || words[k] === ';' || words[k] === ':') return -1;
    if (words[k] === ',') return APPOSITIVE_OPENERS.has(words[k + 1]) && k - 1 >= from ? k : -1;
  }
  return -1;
}

const CROWD_PARTY = conceptsWith('crowd');
/** terr11: an armed side named by its head before "of" too, when the party after it is of the other armed kind ("rebels of the
 * junta's rival alliance seized the town": the rebels seize it, the junta only completes their name); "gangs of youths" are
 * read by the youths still. */
const STATE_PARTY = conceptsWith('state-force');
const NONSTATE_PARTY = conceptsWith('nonstate-force');
const armedKind = (c: Concept): 'state' | 'nonstate' | null => STATE_PARTY.has(c) ? 'state' : NONSTATE_PARTY.has(c) ? 'nonstate' : null;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Whether the party named at `f` only completes a crowd's name ("supporters of the opposition", "members of the
 * militia's political wing" read by their head): the people who act are the crowd named before "of", so the
 * party after it is no agent. "A group of gunmen" is read by the gunmen: "group of" holds its "of" and is no head here. */
export function ofComplement(hits: readonly CueHit<Concept>[], f: number, words: readonly string[]): boolean {
  const of = words[f - 1] === 'of' ? f - 1 : words[f - 2] === 'of' && DETERMINERS.has(words[f - 1]) ? f - 2 : -1;
  if (of <= 0) return false;
  if (hits.some((h) => h.end === of && CROWD_PARTY.has(h.concept))) return true;
  const kinds = new Set(hits.filter((h) => h.first === f).map((h) => armedKind(h.concept)));
  kinds.delete(null);
  return kinds.size === 1 && hits.some((h) => h.end === of && !kinds.has(armedKind(h.concept)) && armedKind(h.concept) !== null);
}

/** dwu10: the fight words whose "with" / "against" names the other side ("a gunfight with officers", "clashes with the army"). */
const FIGHTS: ReadonlySet<Concept> = new Set(['CLASH', 'CLASH_WEAK', 'GUNFIGHT']);
/** dwu10: whether the party named at `f` is the other side of a fight told just before it ("Insurgents overran a police station
 * after a gunfight with officers and took control of the town": the officers took nothing). General English: the object of
 * "with" after a fight noun or verb is the opponent, a prepositional object, so it is no subject of a later verb; a relative
 * clause after it ("clashes with rebels, who later took the town") still makes it one. */
export function opponentOfFight(hits: readonly CueHit<Concept>[], f: number, words: readonly string[]): boolean {
  let end = f + 1;
  for (const h of hits) if (h.first === f && h.end > end) end = h.end;
  if (RELATIVE.has(words[end] ?? '') || RELATIVE.has(words[end + 1] ?? '')) return false;
  const w = words[f - 1] === 'with' || words[f - 1] === 'against' ? f - 1
    : (words[f - 2] === 'with' || words[f - 2] === 'against') && DETERMINERS.has(words[f - 1]) ? f - 2 : modifiedOpponent(words, f);
  return w > 0 && hits.some((h) => h.end === w && FIGHTS.has(h.concept));
}

/** case10x: "clashed with government troops", "fighting with the Afghan army": up to OPPONENT_MODIFIERS words (a determiner, an
 * adjective, a demonym) between "with"/"against" and the party's own head word; the position of "with", or -1. General
 * English: a noun phrase's modifiers stand before its head, and none of them is a conjunction, a comma or a verb of its own. */
const OPPONENT_MODIFIERS = 3;
const NOT_MODIFIER: ReadonlySet<string> = new Set(['and', 'or', 'but', ',', ';', ':', 'who', 'which', 'that', 'as', 'after', 'before', 'when', 'then']);
function modifiedOpponent(words: readonly string[], f: number): number {
  for (let k = f - 1; k >= Math.max(0, f - OPPONENT_MODIFIERS - 1); k--) {
    const w = words[k];
    if (w === 'with' || w === 'against') return k < f - 1 ? k : -1;
    if (NOT_MODIFIER.has(w) || !/^[a-z][a-z-]*$/i.test(w)) return -1;
  }
  return -1;
}

/** Verbs that two sides do to each other: "A and B clashed" tells A clashing with B. */
const SYMMETRIC: ReadonlySet<Concept> = new Set(['CLASH', 'CLASH_WEAK']);
/** The other side of a coordinated subject of a fight verb ("Awami League and BNP activists clashed", "the militia and
 * party supporters fought"): the start of the party joined by "and" to the subject named at `agentAt`, or -1. General
 * English: a symmetric verb with a plural coordinated subject and no object tells the conjuncts acting on each other. */
export function coordinatedPartner(hits: readonly CueHit<Concept>[], trigger: CueHit<Concept>, agentAt: number, words: readonly string[],
  isParty: (first: number) => boolean): number {
  if (!SYMMETRIC.has(trigger.concept) || !finiteAct(trigger, words)) return -1;
  // Back over the words naming the subject ("BNP activists"): party words standing together.
  let start = agentAt;
  while (start > 0 && hits.some((h) => h.end === start && isParty(h.first))) start = hits.find((h) => h.end === start && isParty(h.first))!.first;
  if (words[start - 1] !== 'and') return -1;
  let best = -1;
  for (const h of hits) if (h.end === start - 1 && isParty(h.first) && (best < 0 || h.first < best)) best = h.first;
  return best;
}

/** (acled5) Prepositions that place a thing where it was ("a minibus near a military checkpoint", "a car that failed to
 * stop at a roadblock", "a shepherd near an army post"): told after the object's own head, the party they introduce is
 * where the object stood, not what the act was done to. */
const PLACING: ReadonlySet<string> = new Set(['near', 'at', 'outside', 'beside', 'behind', 'close', 'next', 'in', 'inside', 'around',
  'along', 'on', 'opposite', 'past']);
/** recall10: the verbs of firing a weapon, whose object may be the weapon itself ("fired rifles at …"). General English. */
const FIRING_VERBS: ReadonlySet<string> = new Set(['fired', 'firing', 'fires', 'fire']);
/** recall10: small arms and their shots told as what was fired (general lexical knowledge: WordNet's firearm, gun, round and
 * shot, with their plurals and usual modifiers). Heavy weapons (rockets, shells, mortars) are read by the shelling cues. */
const FIRED_WEAPONS: ReadonlySet<string> = new Set(['gun', 'guns', 'machine', 'machinegun', 'machineguns', 'machine-guns', 'submachine',
  'rifle', 'rifles', 'assault', 'automatic', 'semi-automatic', 'small', 'arms', 'firearm', 'firearms', 'pistol', 'pistols', 'revolver',
  'revolvers', 'shotgun', 'shotguns', 'weapon', 'weapons', 'shot', 'shots', 'round', 'rounds', 'bullet', 'bullets', 'volley', 'volleys',
  'heavy', 'light', 'several', 'many', 'multiple', 'warning', '-']);
/** Words that open an object phrase without naming its head ("opened fire on the two …"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'on', 'at', 'upon', 'into', 'to',
  'some', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'scores', 'of', 'at least', 'least',
  'fire', 'up', 'down', 'and', ',', '"', 'one', 'many', 'more', 'other', 'another', 'local', 'unarmed', 'young', 'elderly']);

/** (acled5) Where the object of the act told at `trigger` ends: the first placing preposition after a word of the
 * object's own ("opened fire on a minibus | near a military checkpoint"), else `Infinity`. A party named past it is no
 * patient of the act (codebook: Battles vs Violence against civilians is decided by who the act targets, and
 * an armed post near the victims does not make them armed). General English: a prepositional phrase after a noun modifies
 * it; the verb's own preposition ("fired at", "opened fire on") stands before the object and opens it. */
const startsWithDigit = (w: string): boolean => { const c = w.charCodeAt(0); return c >= 48 && c <= 57; };
export function objectEnd(trigger: CueHit<Concept>, words: readonly string[], window = 8): number {
  let head = false, instrument = false;
  for (let k = trigger.end; k < words.length && k - trigger.end <= window; k++) {
    const w = words[k];
    // "fired with unspecified weapons on the positions of …": an instrument told first; the object comes after it.
    if (w === 'with' && !head) { instrument = true; continue; }
    // recall10: "fired machine guns at an army post": the weapon a firing verb takes as its object is its instrument; the
    // object is what the weapon was fired at.
    if (!head && FIRING_VERBS.has(words[trigger.end - 1] ?? '') && FIRED_WEAPONS.has(w)) { instrument = true; continue; }
    if (instrument) { if (PLACING.has(w)) instrument = false; continue; }
    if (head && PLACING.has(w)) return k;
    if (w === '.' || w === ';') return Infinity;
    // "beaten and spat at police officers": a second verb joined to the trigger, whose object follows it.
    if (!head && words[k - 1] === 'and' && w.endsWith('ed')) continue;
    // A digit's code, not a regular expression per word: read for every trigger's object (typing.ts partiesOf).
    if (!OBJECT_OPENERS.has(w) && !startsWithDigit(w)) head = true;
  }
  return Infinity;
}

/** (acled5) Words after a fight verb that name its other side or its cause, not an object: "clashed over land", "clashed
 * with sticks" still tell no other side. */
const NO_OTHER_SIDE: ReadonlySet<string> = new Set(['with']);
/** (acled5) Whether a fight verb told finitely with no other side ("a group of people clashed", "rival students fought
 * in the market") tells its plural subject fighting among itself. General English: a symmetric verb ("clash", "fight")
 * with a plural subject and no "with" phrase is reciprocal; codebook: rioters who violently interact with other rioters
 * are mob violence. "clashed with …" names the other side, whoever it is, and is left to the patient reading. */
export function fightsAmongItself(trigger: CueHit<Concept>, words: readonly string[], instrumentAt?: (k: number) => boolean): boolean {
  if ((trigger.concept !== 'CLASH' && words[trigger.first] !== 'fought') || !finiteAct(trigger, words)) return false;
  // (clash7) "fought with sticks and knives": "with" before a weapon names the instrument, not the other side (fight-sides.ts).
  for (let k = trigger.end; k < Math.min(words.length, trigger.end + 2); k++) if (NO_OTHER_SIDE.has(words[k]) && !instrumentAt?.(k)) return false;
  // The subject names sides of its own ("two groups", "rival students", "a group of people"): a plural subject alone
  // ("students clashed") more often tells demonstrators meeting a force named elsewhere.
  for (let k = trigger.first - 1; k >= 0 && trigger.first - k <= SIDES_REACH; k--) {
    if (OBJECT_BREAK.has(words[k]) && words[k] !== 'and') break;
    if (SIDES.has(words[k])) return true;
  }
  return false;
}
const SIDES_REACH = 7;
/** Words by which a subject names two or more sides of one fight. */
const SIDES: ReadonlySet<string> = new Set(['two', 'three', 'rival', 'rivals', 'both', 'group', 'groups', 'sides', 'factions', 'camps', 'several']);

const FIGHT_WORDS: ReadonlySet<string> = new Set(['fought', 'battled', 'scuffled', 'brawled', 'skirmished']);
/** prot15b: words that open a new clause after a fight verb's own ("clashed with rivals before police fired tear gas"). */
const NEXT_CLAUSE: ReadonlySet<string> = new Set(['before', 'until', 'then', 'when', 'while', ';']);
/** prot15b: finite verb forms that tell a new predicate after "and" ("and were tear-gassed", "and police fired"). */
const FINITE_AFTER_AND: ReadonlySet<string> = new Set(['were', 'was', 'had', 'have', 'has', 'then', 'later', 'also']);
const finiteWord = (w: string): boolean => FINITE_AFTER_AND.has(w) || (w.length > 3 && w.endsWith('ed')) || IRREGULAR_PAST.has(w);
/**
 * prot15b: where the clause of a fight verb ends, the first word past it, or Infinity. "Villagers clashed over farmland and
 * police fired tear gas to disperse them", "protesters clashed in the square and were tear-gassed by police": the force named
 * in the later clause acts on the fighters, it is not the side they fought (general English: a clause opened by "before",
 * "until", "when" or by "and" with a verb of its own has its own subject and object). "clashed with police and soldiers" keeps
 * both conjuncts (no verb after them).
 */
export function fightClauseEnd(hits: readonly CueHit<Concept>[], trigger: CueHit<Concept>, words: readonly string[],
  isParty: (first: number) => boolean): number {
  // Fight verbs only: "neighbours attacked two suspected thieves and handed them over to police" is CLASH_WEAK's one-sided act,
  // whose patient reading is left as it was.
  if (!(trigger.concept === 'CLASH' || (trigger.concept === 'CLASH_WEAK' && FIGHT_WORDS.has(words[trigger.first] ?? ''))) || !finiteAct(trigger, words)) return Infinity;
  for (let k = trigger.end; k < words.length && k - trigger.end <= 16; k++) {
    const w = words[k];
    if (w === '.') return Infinity;
    if (NEXT_CLAUSE.has(w)) return k;
    // "attacked and burned the house": a verb joined right after the trigger shares its object; no clause ends there.
    if (w !== 'and' || k === trigger.end) continue;
    let n = k + 1;
    if (finiteWord(words[n] ?? '')) return k;
    if (DETERMINERS.has(words[n] ?? '')) n++;
    let end = -1;
    for (const h of hits) if (h.first === n && isParty(h.first) && h.end > end) end = h.end;
    if (end > 0 && finiteWord(words[end] ?? '')) return k;
  }
  return Infinity;
}

/** w26: the words that tie a noun to the side it stands with or against ("youths loyal to the opposition", "fighters allied
 * with the army", "men supporting the ruling party", "protesters opposed to the junta"): the side after them only describes the
 * noun before. */
const SIDE_TIES: ReadonlySet<string> = new Set(['loyal to', 'allied to', 'allied with', 'aligned with', 'affiliated with', 'affiliated to',
  'close to', 'linked to', 'opposed to', 'supporting', 'backing']);
/** Whether the party named at `f` is the complement of such a tie after another party ("Youths loyal to the opposition hurled
 * stones": the youths threw them). General English: a post-modifier's object is no subject of the clause's verb. */
export function tieComplement(hits: readonly CueHit<Concept>[], f: number, words: readonly string[]): boolean {
  const at = DETERMINERS.has(words[f - 1] ?? '') ? f - 1 : f;
  const two = `${words[at - 2] ?? ''} ${words[at - 1] ?? ''}`;
  const tie = SIDE_TIES.has(two) ? at - 2 : SIDE_TIES.has(words[at - 1] ?? '') ? at - 1 : -1;
  if (tie < 1) return false;
  // The noun the tie describes: a party whose words end right before it.
  return hits.some((h) => h.end === tie && h.first < tie);
}
