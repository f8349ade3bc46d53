// relative-clauses: what a relative clause tells about a noun is background to the sentence's news.
// "The army captured a commander who carried out the mortar attack": the capture is the news, the attack
// is what the commander is known for. General English grammar: a relative clause (who, which, whose, that)
// modifies the noun before it; its verb tells something about that noun, not the sentence's main event.
// Like a negated or background word (mentions.ts dropNegated), a cue word inside one types the sentence only
// when nothing else is left ("Gunmen who stormed the village killed five" still types from "killed").
import type { Token } from '../../types.js';
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { CueHit } from './cue-matcher.js';
import { retyped, type Typed } from './typing.js';
import type { NonEventConcept } from '../../lexicon/non-events.js';

/** Relative pronouns that open a clause about a person or group named before them. Not "which" or "that": a clause
 * about a thing is often the incident itself ("a device that exploded on Friday", "the attack, which killed three"). */
const RELATIVE = new Set(['who', 'whom', 'whose']);
/** w26: bodies news names by their purpose with a participle after them ("the mission fighting the gangs", "the coalition battling
 * Islamic State"); not "forces" or "troops", which are as often the subject of a participle that tells their act. */
const PURPOSE_BODIES: ReadonlySet<string> = new Set(['mission', 'missions', 'coalition', 'alliance', 'operation', 'contingent', 'taskforce']);
/** What closes the clause: punctuation, or the main verb's conjunction after a comma is not read here. */
const CLOSE = new Set([',', ';', ':', '.', '(', ')', '"', '“', '”', '—', '–', 'as', 'when', 'while', 'but', 'although', 'because', 'whereas']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM']);
const VERBS = new Set(['VERB', 'AUX']);

export interface TokenSpan { first: number; end: number }

/** The token spans of the relative clauses in words [from, to): from the pronoun to the next clause mark. */
export function relativeClauses(tokens: readonly Token[], words: readonly string[], from: number, to: number): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = from + 1; i < to; i++) {
    // case16: ", where fighting has killed hundreds": a clause about a place told in the present perfect is the place's state, a
    // war's course told as background (the news is the main clause's); with a past tense ("where gunmen killed five on Sunday")
    // it may be the news itself, and is not read here.
    if (words[i] === 'where' && words[i - 1] === ',') {
      const j = clauseEnd(tokens, words, i, to);
      if (perfectIn(tokens, words, i + 1, j)) (out ??= []).push({ first: i, end: j });
      i = j;
      continue;
    }
    // w26: "a peace agreement under which the fighters will lay down their weapons": the terms of a deal, a law or an order,
    // told as a clause about it, are what it provides for, not what happened.
    if (words[i] === 'under' && words[i + 1] === 'which' && (NOUNISH.has(tokens[i - 1].pos) || words[i - 1] === ',')) {
      const j = clauseEnd(tokens, words, i + 1, to);
      (out ??= []).push({ first: i, end: j });
      i = j;
      continue;
    }
    if (!RELATIVE.has(words[i])) continue;
    // After a noun ("a commander who …"), or after a comma ("the commander, who led the attack, …").
    if (!NOUNISH.has(tokens[i - 1].pos) && words[i - 1] !== ',') continue;
    // "Men who fled the town were shot": a verb told right after a noun, once the clause has its own verb, is the
    // main clause's, and ends the relative one.
    const j = relativeEnd(tokens, words, i + 1, to, false);
    (out ??= []).push({ first: i, end: j });
    i = j;
  }
  return out ?? [];
}

/** Where a relative clause that runs from `from` ends: the next clause mark, or a verb told right after a noun once the clause
 * has a verb of its own (`verb`: it has one already, a participle that opened it), which is the main clause's ("Men who fled the
 * town were shot"). A gerund after a noun is a noun of its own ("a mortar shelling"). */
function relativeEnd(tokens: readonly Token[], words: readonly string[], from: number, to: number, verb: boolean): number {
  let j = from;
  while (j < to && !CLOSE.has(words[j])) {
    if (VERBS.has(tokens[j].pos) && !words[j].endsWith('ing')) { if (verb && NOUNISH.has(tokens[j - 1].pos)) break; verb = true; }
    j++;
  }
  return j;
}

/** case16: where a "where" clause ends: the next clause mark. */
function clauseEnd(tokens: readonly Token[], words: readonly string[], i: number, to: number): number {
  let j = i + 1;
  while (j < to && !CLOSE.has(words[j])) j++;
  return j;
}
/** case16: a present perfect in words [from, to): "has / have" then, at most two words on, a participle ("has killed", "have
 * been displaced", "has so far left"). */
function perfectIn(tokens: readonly Token[], words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (words[k] !== 'has' && words[k] !== 'have') continue;
    for (let m = k + 1; m < to && m <= k + 3; m++) if (tokens[m].pos === 'VERB' || tokens[m].pos === 'AUX') return true;
  }
  return false;
}

/** Who and where a clause names stay parties of the sentence ("a commander who heads the group's unit"). */
const KEPT: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force'), ...conceptsWith('crowd'),
  ...conceptsWith('civilian'), ...conceptsWith('military-target'), ...conceptsWith('territory'),
  // "demonstrators who threw stones were arrested": what demonstrators do is their protest's own story.
  ...conceptsWith('protest-own')]);

/** The hits outside the sentence's relative clauses (parties and places are kept wherever they stand), the same
 * array when there is no clause or no hit inside one; and the clauses that set words aside (`why.type`). */
export function outsideRelatives(hits: CueHit<Concept>[], tokens: readonly Token[], words: readonly string[], from: number, to: number):
  { hits: CueHit<Concept>[]; setAside: SetAside[] } {
  const spans = relativeClauses(tokens, words, from, to);
  if (!spans.length) return { hits, setAside: [] };
  const within = (h: CueHit<Concept>, c: TokenSpan) => !KEPT.has(h.concept) && h.first >= c.first && h.first < c.end;
  // prot13: a crowd that forces disperse, with a clause about what it did ("police fired tear gas at fans who fought each
  // other", "dispersed villagers who had beaten a suspected thief"): the crowd's deed is what the dispersal answers, the
  // incident itself (codebook: Mob violence, "police dispersing them with riot-control means does not make them
  // demonstrators"), not background to it.
  const dispersal = hits.some((h) => h.concept === 'PROTEST_FORCE');
  const crowdDeed = (c: TokenSpan) => dispersal && hits.some((h) => CROWD.has(h.concept) && h.end === c.first);
  const used = spans.filter((c) => !crowdDeed(c) && hits.some((h) => within(h, c)));
  if (!used.length) return { hits, setAside: [] };
  return { hits: hits.filter((h) => !used.some((c) => within(h, c))), setAside: used.map((c) => ({ rule: RELATIVE_RULE, first: c.first, end: c.end })) };
}

const CROWD: ReadonlySet<Concept> = conceptsWith('crowd');

export interface SetAside { rule: string; first: number; end: number }

/** w26: "the multinational mission fighting the gangs", "the US-led coalition fighting Islamic State": an -ing form right after a
 * body's noun is a reduced relative clause that says what the body is for, never an act of this report (unlike a "who" clause,
 * it types nothing even when nothing else is told: "Kenya plans to deploy 600 officers to reinforce the mission fighting the
 * gangs" tells no fight). The hits without those inside such a clause; its own verb is the participle, and the next verb told
 * after a noun is the main clause's and ends it ("the coalition fighting Islamic State killed 12 civilians"). */
export function outsidePurposeClauses(hits: CueHit<Concept>[], tokens: readonly Token[], words: readonly string[], from: number, to: number): CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (let i = from + 1; i < to; i++) {
    if (!(PURPOSE_BODIES.has(words[i - 1]) || opposesState(words, i, to)) || !words[i].endsWith('ing') || tokens[i].pos !== 'VERB') continue;
    const j = relativeEnd(tokens, words, i + 1, to, true);
    out = (out ?? hits).filter((h) => h.first < i || h.first >= j);
    i = j;
  }
  return out ?? hits;
}
const RELATIVE_RULE = 'type.relative-clause-background';

/** Round 35: an armed group told by the state it fights ("Fano militia factions fighting the federal government", "rebels battling the
 * junta"): the group's epithet, as "the coalition fighting Islamic State" is (general English: a reduced relative whose object is
 * a government, a regime or a state names a durable opposition, not a day's fight). */
function opposesState(words: readonly string[], i: number, to: number): boolean {
  if (!GROUP_HEADS.has(words[i - 1]) || !FIGHTS.has(words[i])) return false;
  for (let k = i + 1; k < to && k <= i + 4; k++) if (STATE_HEADS.has(words[k])) return true;
  return false;
}
const GROUP_HEADS: ReadonlySet<string> = new Set(['faction', 'factions', 'group', 'groups', 'militia', 'militias', 'rebels', 'insurgents', 'fighters',
  'movement', 'movements', 'guerrillas', 'separatists']);
const FIGHTS: ReadonlySet<string> = new Set(['fighting', 'battling', 'waging']);
const STATE_HEADS: ReadonlySet<string> = new Set(['government', 'regime', 'junta', 'state', 'authorities']);

/** news29: how news tells a group by its habits: "armed gangs, locally called bandits, who raid villages, kidnap residents for ransom
 * and impose levies", "militants who have killed hundreds since 2019". A relative clause about a person or group whose verb is in the
 * present simple or the present perfect (a report tells its incident in the past) says what the group does or has done over time,
 * never an incident of this report: its act words type nothing, even when nothing else is told. The present verbs coordinated after
 * it (", kidnap residents … and impose levies") are its own. General English grammar (the present simple of habits). */
export function outsideHabitualRelatives(hits: CueHit<Concept>[], tokens: readonly Token[], words: readonly string[], from: number, to: number): CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (let i = from + 1; i < to; i++) {
    // (and ", which" after a name: "the al Qaeda-linked JNIM, which has besieged the town for more than a year")
    const named = words[i] === 'which' && words[i - 1] === ',' && tokens[i - 2]?.pos === 'PROPN';
    // Round 36: and ", where" with its own subject after a place ("the abandoned village of Miangalewa, where they store food seized
    // on the roads and train recruits"): what is done there as a habit is the place's state, no incident of this report.
    const place = words[i] === 'where' && words[i - 1] === ',' && PLACE_SUBJECTS.has(words[i + 1] ?? '');
    if ((words[i] !== 'who' && !named && !place) || (!NOUNISH.has(tokens[i - 1].pos) && words[i - 1] !== ',')) continue;
    let v = place ? i + 2 : i + 1;
    while (v < to && HABIT_ADVERBS.has(words[v])) v++;
    if (v >= to || !habitualVerb(tokens, words, v)) continue;
    // The clause, and the present verbs coordinated after it by a comma or "and".
    let j = v + 1;
    for (;;) {
      while (j < to && !CLOSE.has(words[j]) && !(words[j] === 'and' && presentVerb(tokens, words, j + 1))) j++;
      const next = words[j] === 'and' ? j + 1 : words[j] === ',' ? (words[j + 1] === 'and' ? j + 2 : j + 1) : -1;
      if (next < 0 || next >= to || !presentVerb(tokens, words, next)) break;
      j = next + 1;
    }
    const end = j;
    if (hits.some((h) => !KEPT.has(h.concept) && h.first > i && h.first < end)) out = (out ?? hits).filter((h) => KEPT.has(h.concept) || h.first <= i || h.first >= end);
    i = end;
  }
  return out ?? hits;
}
/** The pronouns that open a ", where" clause's own subject (a noun subject is as often a past incident's: "where gunmen killed"). */
const PLACE_SUBJECTS: ReadonlySet<string> = new Set(['they', 'he', 'she', 'it', 'we', 'people', 'residents']);
/** Adverbs of frequency between the pronoun and its verb ("who often raid", "who also kidnap"). */
const HABIT_ADVERBS: ReadonlySet<string> = new Set(['often', 'regularly', 'routinely', 'frequently', 'also', 'still', 'usually', 'repeatedly', 'mostly', 'now']);
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['NOUN', 'DET', 'ADJ', 'NUM', 'PROPN']);
/** Past forms that end in no "-ed" (and the past auxiliaries): never a present verb. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['took', 'struck', 'shot', 'fought', 'stole', 'burnt', 'drove', 'threw', 'blew', 'hit', 'set', 'beat',
  'led', 'fled', 'ran', 'came', 'went', 'made', 'held', 'kept', 'left', 'brought', 'caught', 'began', 'sought', 'told', 'said', 'slew', 'overran',
  'shook', 'tore', 'broke', 'rode', 'flew', 'wore', 'gave', 'got', 'found', 'had', 'did', 'was', 'were', 'became', 'sent', 'spent', 'built', 'lost',
  'met', 'paid', 'sold', 'stood', 'won', 'wrote', 'put', 'cut', 'spread', 'let', 'hid', 'bit', 'sank', 'swept', 'knew', 'saw', 'arose']);
/** A verb in the present: a word with no past form ("raid", "kidnaps"), not a participle or gerund. The tagger often reads a bare
 * act verb as its noun twin ("raid", "kidnap"), so a noun's tag is let pass when an object follows it (below). */
function presentVerb(tokens: readonly Token[], words: readonly string[], k: number): boolean {
  const w = words[k] ?? '', pos = tokens[k]?.pos;
  // A noun tag passes only with an object after it ("who raid villages"): a noun before a verb or an adverb is the clause's subject
  // ("who police said were involved", "which rebels then occupied").
  const nounTwin = pos === 'NOUN' && OBJECT_OPENERS.has(tokens[k + 1]?.pos ?? '');
  return (pos === 'VERB' || nounTwin) && /^[a-z]/.test(tokens[k].text) && !w.endsWith('ed') && !w.endsWith('ing') && !w.endsWith('en') && !IRREGULAR_PAST.has(w);
}
/** The relative clause's verb tells a habit or a course: the present simple ("who raid"), or the present perfect ("who have killed"). */
function habitualVerb(tokens: readonly Token[], words: readonly string[], k: number): boolean {
  if (words[k] === 'have' || words[k] === 'has') return tokens[k + 1]?.pos === 'VERB' || words[k + 1] === 'been' || tokens[k + 2]?.pos === 'VERB';
  return presentVerb(tokens, words, k);
}
const HYPOTHETICAL_RULE = 'type.hypothetical';

/** The feared or expected words ("a possible attack") that dropNegated set aside, by the hypothetical word that
 * governs them, for `why.type`; the other reasons it drops for (negation, background, plans) keep their own
 * non-event rules. */
export function setAsideBy(kept: readonly CueHit<Concept>[], all: readonly CueHit<Concept>[], nonHits: readonly CueHit<NonEventConcept>[]): SetAside[] {
  if (kept.length === all.length) return [];
  const out: SetAside[] = [];
  for (const n of nonHits) {
    if (n.concept !== 'HYPOTHETICAL') continue;
    const gone = all.filter((h) => !kept.includes(h) && h.first >= n.end && h.first - n.end < 3);
    if (gone.length) out.push({ rule: HYPOTHETICAL_RULE, first: n.first, end: Math.max(...gone.map((h) => h.end)) });
  }
  return out;
}

export function withSetAside(typed: Typed, setAside: SetAside[]): Typed {
  return setAside.length ? retyped(typed, { setAside }) : typed;
}
