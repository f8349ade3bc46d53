// roles: who acted (actor1) and who was acted on (actor2) around an incident's trigger, read from the
// sentence's syntax rather than word order alone. The agent of the event's verb is actor1 whatever the
// voice: the subject of an active verb ("gunmen killed"), the agent of a passive ("were stoned by X",
// "came under attack from X", "blamed on X"), the name standing on the trigger ("Israeli airstrikes",
// "X's attack on Y", "an attack by X on Y"); the first side of "fighting between X and Y" or of
// "X clashed with Y". Targets and victims are actor2: the object of the verb or of "on / against / at",
// the subject of a passive ("five soldiers were killed"), whoever "died" or "came under fire".
// Rule ids name each construction (`why.actor1`, `why.actor2`).
import type { Token } from '../../types.js';
import { ATTRIBUTION_REACH, inAside, pastAside, isAnd, JOINT_ACCORD, markerOf, nearBefore, onlyModifiers, PASSIVE_AUX, RECIPROCAL, sentenceStart, SPEECH, voiceOf, type Marker, type Voice } from './actor-syntax.js';
import type { ActorMention } from './types.js';
import { formerBefore } from './target-kind.js';
import { extend } from '../extend.js';
import { isStateForceName } from '../../lexicon/actors.js';

export interface Roles {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  /** Parties acting with actor1 ("accompanied by Russian forces", "X and Y attacked"). */
  assoc1: ActorMention[];
}

/** Unnamed parties that can stand as an adjective on the trigger ("police raid", "army shelling"). */
const ACTING_KINDS = new Set(['military', 'police', 'armed', 'islamist', 'rebels', 'gang', 'communal', 'coalition', 'settlers']);
const VICTIM_KINDS = new Set(['civilians']);

/** The constructions that choose actor1, in precedence order, and whether the first or the last mention
 * that fits wins. One pass over the mentions fills each; the first filled decides. */
const A1_RULES: ReadonlyArray<[string, 'first' | 'last']> = [
  ['actor.trigger-in-name', 'first'], // 0 "Russian warplanes bombed"
  ['actor.between-sides', 'first'], // 1 "fighting between X and Y"
  ['actor.possessive-agent', 'first'], // 2 "X's attack on Y"
  ['actor.modifier-of-trigger', 'last'], // 3 "Israeli airstrikes", "a Taliban attack"
  ['actor.passive-by', 'first'], // 4 "an attack by X on Y", "were stoned by X", "came under fire from X"
  ['actor.passive-by', 'first'], // 5 the same, before the trigger
  ['actor.agent-active-subject', 'last'], // 6 "gunmen killed …"
  ['actor.claimed-responsibility', 'first'], // 7 "X claimed responsibility"
  ['actor.modifier-of-trigger', 'last'], // 8 an unnamed party on the trigger: "police raid"
  ['actor.agent-active-subject', 'first'], // 9 "During the protest, HTS opened fire"
  ['actor.modifier-of-event-word', 'first'], // 10 "three were killed in an Israeli strike"
  ['actor.nearest-before', 'last'], // 11 whoever is named before the trigger and does not suffer it
];
const A2_RULES: ReadonlyArray<[string, 'first' | 'last']> = [
  ['actor.clash-with', 'first'], // 0 "X clashed with Y"
  ['actor.target-object', 'first'], // 1 after the trigger: "attacked Y", "an attack on Y"
  ['actor.passive-subject-victim', 'last'], // 2 before the trigger: "five soldiers were killed"
  ['actor.passive-subject-victim', 'first'], // 3 anywhere
  ['actor.target-object', 'first'], // 4 anywhere
  ['actor.after-trigger', 'first'], // 5 any party named after the trigger that does not act
  ['actor.victims-named', 'first'], // 6 civilians named anywhere
];

/** Pronouns by which a speaker tells of itself ("the army said it had recaptured the town"). */
const SELF: ReadonlySet<string> = new Set(['it', 'they', 'we']);
export const OWN_POSSESSIVE: ReadonlySet<string> = new Set(['its', 'their', 'our']);
/** The nouns that name a side's own armed men or weapons after its possessive ("its fighters", "their troops", "our jets"). */
export const OWN_FORCES: ReadonlySet<string> = new Set(['forces', 'force', 'fighters', 'troops', 'soldiers', 'men', 'militants', 'units', 'unit',
  'combatants', 'personnel', 'mujahideen', 'gunmen', 'members', 'jets', 'warplanes', 'aircraft', 'drones', 'artillery', 'officers',
  'commandos', 'operatives', 'cadres', 'militiamen', 'brigades', 'battalions',
  // fix16: a body's own armed wing ("the X Council said its militia had killed …").
  'militia', 'militias',
  // world23: a service told by its one name ("said its navy intercepted …").
  'navy']);
/** world23: a force's kind told before its noun ("said its air force struck", "its special forces", "their security forces"):
 * general English compounds of an armed body's noun. */
const OWN_FORCE_KINDS: ReadonlySet<string> = new Set(['air', 'special', 'security', 'armed', 'naval', 'ground', 'own', 'elite', 'regular']);
/** How many words after a possessive at `i` name the speaker's own forces (OWN_FORCES, or a kind then one: "its air force"),
 * or 0. */
export function ownForcesAfter(words: readonly string[], i: number): number {
  if (OWN_FORCES.has(words[i + 1] ?? '')) return 1;
  return OWN_FORCE_KINDS.has(words[i + 1] ?? '') && OWN_FORCES.has(words[i + 2] ?? '') ? 2 : 0;
}

/** world23: an accord's verb at the trigger or between the second subject and it ("signed an agreement", "agreed on a ceasefire"). */
function jointAccord(words: readonly string[], from: number, t: number): boolean {
  for (let k = Math.max(from, t - 3); k <= t; k++) if (JOINT_ACCORD.has(words[k])) return true;
  return false;
}

/** world8: when the speaker spoke, as wires put it between the speech verb and its content ("the army said Tuesday it had
 * retaken the town"). */
const SAID_WHEN = /^(?:on|late|early|earlier|today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;
/** world14: verbs of a side's own violent act, whose subject is its doer (general English; not "repelled", "suffered"). */
const OWN_ACT_VERB = /^(?:killed|kill|struck|hit|attacked|targeted|bombed|shelled|shot|destroyed|eliminated|neutralised|neutralized|raided|ambushed|captured|seized|recaptured|retook|retaken|took|taken|stormed|arrested|detained)$/;
function clauseBreak(words: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (words[k] === ',' || words[k] === ';' || words[k] === 'and' || words[k] === 'but' || words[k] === 'after' || words[k] === 'when') return true;
  return false;
}
/** Words between the pronoun and its verb: "said it had also recaptured". */
const SELF_AUX: ReadonlySet<string> = new Set(['had', 'has', 'have', 'also', 'successfully', 'later', 'then', 'now']);
/** Whether the speaker named at tokens [.., end) tells the act at `t` as its own: "X said (that) it/they (had) <t>".
 * General English: the pronoun subject of a reported clause most often refers back to the reporting subject. */
function speaksOfOwnAct(tokens: readonly Token[], words: readonly string[], end: number, t: number): boolean {
  const said = saidOfItself(tokens, words, end, t, false);
  if (!said) return false;
  let i = said.at;
  const own = said.own;
  // world23: "said its air force struck": the speaker's forces are the incident's word themselves.
  if (own && t > i && t <= i + own) return true;
  if (own) i += own;
  for (i++; i < t && SELF_AUX.has(words[i]); i++);
  if (i === t) return true;
  // world14: "said it killed seven militants in a raid": the pronoun's own act verb, the incident's word later in its clause.
  if (tokens[i].pos === 'VERB' && OWN_ACT_VERB.test(words[i]) && t - i <= 8 && !clauseBreak(words, i + 1, t)) return true;
  // "said it had taken full control of", "said they carried out an attack": a light verb whose object is the act.
  if (tokens[i].pos !== 'VERB' || WARDED_OFF.has(words[i]) || t - i > 3) return false;
  for (let k = i + 1; k < t; k++) if (!LIGHT_OBJECT.has(tokens[k].pos) && words[k] !== 'out') return false;
  return true;
}
/** After a speaker ending at `end`: its verb of saying (past adverbs), the day it spoke and "that" passed, the speaker told again as
 * the subject of what it said, by a pronoun ("said it …", "they", "we") or by its possessive and its own forces ("said its fighters
 * …", fix15: the group whose forces acted is the actor, whoever speaks for it): where that subject stands (`at`) and how many words
 * the own forces take (`own`, 0 for a pronoun); null otherwise. `farThat` (round 31): the content's "that" may come a few words on
 * ("said on its Andalus radio that it …"). General English: the pronoun subject of a reported clause most often refers back to
 * the reporting subject. */
function saidOfItself(tokens: readonly Token[], words: readonly string[], end: number, limit: number, farThat: boolean): { at: number; own: number } | null {
  let i = end;
  while (i < limit && tokens[i].pos === 'ADV') i++;
  if (!SPEECH.has(words[i]) || words[i] === 'according') return null;
  i++;
  if (farThat) {
    for (let k = i; k < limit && k <= i + OWN_WORD_REACH && tokens[k].sentence === tokens[i - 1].sentence; k++) if (words[k] === 'that') { i = k; break; }
  }
  while (i < limit && SAID_WHEN.test(words[i])) i++;
  if (words[i] === 'that') i++;
  const own = OWN_POSSESSIVE.has(words[i]) ? ownForcesAfter(words, i) : 0;
  if (!own && !SELF.has(words[i])) return null;
  return { at: i, own };
}

/** Verbs whose object is an act done to the speaker, not by it ("said it had repelled an attack"). */
const WARDED_OFF: ReadonlySet<string> = new Set(['repelled', 'repulsed', 'foiled', 'thwarted', 'prevented', 'averted', 'survived', 'suffered',
  'faced', 'condemned', 'denied', 'rejected', 'blamed', 'feared', 'expected']);
/** What may stand between a light verb and its act noun, beside the particle "out": "carried out [a deadly] attack". */
const LIGHT_OBJECT: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/** fix16: words that open a subordinate clause of its own time, cause or noun (general English subordinators and relatives;
 * not "while", whose clause often tells the same incident: "one was shot dead while another was wounded in an attack by X"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'since', 'until', 'because', 'which', 'who']);
function subordinateBetween(words: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (SUBORDINATORS.has(words[k])) return true;
  return false;
}

/** The things a party's name may stand before as their owner: vehicles and posts (general English noun compounds, "police
 * vehicle", "army base"). Not aircraft or weapons, whose owner fires them ("an army helicopter fired"). */
const OWNED_THINGS: ReadonlySet<string> = new Set(['vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'van', 'vans', 'mobile', 'bus', 'buses',
  'convoy', 'convoys', 'post', 'posts', 'outpost', 'outposts', 'station', 'stations', 'base', 'bases', 'checkpoint', 'checkpoints', 'camp',
  'camps', 'barracks', 'headquarters', 'compound', 'office', 'offices', 'building', 'buildings']);
/** The force nouns that may stand between a name and the thing ("a Taliban [police] vehicle"). */
const FORCE_MODIFIERS: ReadonlySet<string> = new Set(['police', 'army', 'military', 'security', 'border', 'patrol']);
/** Whether mention `m` is a noun modifier of a thing it owns. */
function ownsThing(m: ActorMention, words: readonly string[]): boolean {
  const next = words[m.tokEnd] ?? '';
  return OWNED_THINGS.has(next) || (FORCE_MODIFIERS.has(next) && OWNED_THINGS.has(words[m.tokEnd + 1] ?? ''));
}

/** Round 45: the subject pronouns, and how many words before the verb one may stand ("they had reportedly signed"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'he', 'she', 'we']);
const PRONOUN_SUBJECT_REACH = 3;
function pronounSubjectBetween(words: readonly string[], from: number, t: number): boolean {
  for (let k = Math.max(from, t - PRONOUN_SUBJECT_REACH); k < t; k++) if (SUBJECT_PRONOUNS.has(words[k])) return true;
  return false;
}

function take(c: Int8Array, rules: typeof A1_RULES, r: number, k: number): void {
  if (c[r] < 0 || rules[r][1] === 'last') c[r] = k;
}

function head(mentions: readonly ActorMention[], words: readonly string[], acts: Uint8Array, k: number): number {
  while (k > 0 && acts[k - 1] && isAnd(words, mentions[k - 1].tokEnd, mentions[k].tokFirst)) k--;
  return k;
}

/** actor1, actor2 and associated actors for a trigger at tokens [t, tEnd) among a sentence's mentions. */
export function assignRoles(all: readonly ActorMention[], tokens: readonly Token[], words: readonly string[], t: number, tEnd = t + 1,
  inSources: (m: ActorMention) => boolean = () => false): Roles {
  // Whoever reports the incident ("police said", "a military source") is not a party to it.
  let mentions = all;
  for (const m of all) if (inSources(m)) { mentions = all.filter((x) => !inSources(x)); break; }
  const n = mentions.length;
  if (!n) return { actor1: null, actor2: null, assoc1: [] };
  const from = sentenceStart(tokens, mentions[0].tokFirst);
  const marker: Marker[] = new Array(n);
  const voice: Voice[] = new Array(n);
  let ownAct = -1;
  for (let k = 0; k < n; k++) {
    const m = mentions[k];
    marker[k] = inAside(m, tokens, words, from) ? 'assoc' : markerOf(m, tokens, words, from);
    // "attacked soldiers and police", "between X and Y": a coordinated mention takes the marker of the one before it.
    if (marker[k] === 'and') marker[k] = k === 0 ? null : marker[k - 1] === 'between' ? 'between2' : marker[k - 1] === 'and' ? null : marker[k - 1];
    // Round 41: "a clash between military forces, police officers, and FARC dissidents": a list's comma after the first side goes on
    // with the sides (the last is the other side, as of "between X, Y and Z").
    else if (marker[k] === null && k > 0 && (marker[k - 1] === 'between' || marker[k - 1] === 'between2') && words[m.tokFirst - 1] === ',' &&
      mentions[k - 1].tokEnd === m.tokFirst - 1) marker[k] = 'between2';
    // world13: "pitted X against Y": the side after "against" is the other side, not a target.
    if (marker[k] === 'target' && k > 0 && marker[k - 1] === 'between' && words[mentions[k].tokFirst - 1] === 'against' && words[mentions[k - 1].tokFirst - 1] !== 'between') marker[k] = 'between2';
    voice[k] = marker[k] === 'assoc' ? null : voiceOf(m, tokens, words);
    // world13: "a leader who had been red-tagged by the military was shot dead": the agent of a relative clause's passive
    // is not the subject of the passive after it (the victim is the noun the clause describes).
    if (voice[k] === 'passive' && marker[k] === 'agent') voice[k] = null;
    if (voice[k] === 'speaker' && m.tokEnd <= t && speaksOfOwnAct(tokens, words, m.tokEnd, t)) { voice[k] = 'active'; ownAct = k; }
  }
  // "X and Y attacked": the first of coordinated subjects acts, the others with it. Round 41: and "soldiers and assailants killed in
  // attack on …", "the army and police were attacked": coordinated subjects share their verb, whose victims they are alike.
  for (let k = n - 2; k >= 0; k--) {
    const shared = voice[k + 1];
    if (!voice[k] && marker[k + 1] === null && (shared === 'active' || shared === 'victim' || shared === 'passive') && isAnd(words, mentions[k].tokEnd, mentions[k + 1].tokFirst)) voice[k] = shared;
  }
  // Who suffers the incident, and who can act in it (not a victim, a speaker, a target or an associate).
  const suffers = new Uint8Array(n), acts = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    suffers[k] = voice[k] === 'passive' || voice[k] === 'victim' ? 1 : 0;
    acts[k] = !suffers[k] && voice[k] !== 'speaker' && marker[k] !== 'target' && marker[k] !== 'object' && marker[k] !== 'assoc' && marker[k] !== 'with' ? 1 : 0;
    // fix16: "X said its militia had killed …": the unnamed men told by the speaker's possessive are its own, no second actor.
    if (ownAct >= 0 && k > ownAct && mentions[k].generic && mentions[k].tokEnd <= t && OWN_POSSESSIVE.has(words[mentions[k].tokFirst - 1] ?? '')) acts[k] = 0;
  }

  // One pass: for each construction, the mention it chooses.
  const c1 = new Int8Array(A1_RULES.length).fill(-1);
  let agentAfter = -1, with_ = -1, anySufferer = false;
  // A name stands on a noun trigger ("Israeli airstrikes"); before a verb ("AA clashed") it is the subject.
  const nominal = tokens[t].pos === 'NOUN' || tokens[t].pos === 'PROPN' || tokens[t].pos === 'ADJ';
  for (let k = 0; k < n; k++) {
    const m = mentions[k], mk = marker[k], before = m.tokEnd <= t, after = m.tokFirst >= tEnd, act = acts[k];
    const victimKind = VICTIM_KINDS.has(m.generic ?? '');
    if (mk === 'agent' && after && agentAfter < 0) agentAfter = k;
    if (mk === 'with' && after && with_ < 0 && !suffers[k]) with_ = k;
    if (suffers[k]) anySufferer = true;
    if (m.tokFirst <= t && m.tokEnd > t && !victimKind) take(c1, A1_RULES, 0, k);
    if (mk === 'between' && m.tokFirst > t && m.tokFirst - tEnd <= 8) take(c1, A1_RULES, 1, k);
    // fix16: an agent told after the trigger, past a clause opened by "after / when / since …", is that clause's ("recaptured the
    // town, a month after it fell to rebels"): no agent of this act.
    if (mk === 'agent' && after && subordinateBetween(words, tEnd, m.tokFirst)) continue;
    if (!act) { if (mk === 'agent') take(c1, A1_RULES, after ? 4 : 5, k); if (voice[k] === 'claim') take(c1, A1_RULES, 7, k); continue; }
    if (words[m.tokEnd] === "'s" && m.tokEnd < t && t - m.tokEnd <= 3) take(c1, A1_RULES, 2, k);
    const onTrigger = nominal && before && t - m.tokEnd <= 2 && onlyModifiers(tokens, m.tokEnd, t);
    if (onTrigger && (m.modifier || !m.generic)) take(c1, A1_RULES, 3, k);
    if (mk === 'agent') take(c1, A1_RULES, after ? 4 : 5, k);
    if (before && voice[k] === 'active') take(c1, A1_RULES, 6, k);
    if (voice[k] === 'claim') take(c1, A1_RULES, 7, k);
    if (onTrigger && ACTING_KINDS.has(m.generic ?? '')) take(c1, A1_RULES, 8, k);
    if (after && voice[k] === 'active') take(c1, A1_RULES, 9, k);
    // news28, world28: a party that names whose thing it is ("a Taliban police vehicle", "the police mobile", "an army base") owns
    // what was hit, and is no doer by being named (only a verb or an agent phrase makes it one, above).
    if (ownsThing(m, words)) continue;
    if (m.modifier && !victimKind) take(c1, A1_RULES, 10, k);
    // Round 45: not one named before the act's own subject pronoun ("In front of administrators and police, they signed a peace
    // agreement"): the pronoun right before the verb is its subject, and the party named before it is no doer of it.
    if (before && !victimKind && m.generic !== 'person' && !pronounSubjectBetween(words, m.tokEnd, t)) take(c1, A1_RULES, 11, k);
  }
  // "Warplanes operated by Russian forces": an unnamed weapon belongs to the agent named after it.
  if (c1[0] >= 0 && mentions[c1[0]].generic && !mentions[c1[0]].country && agentAfter >= 0) c1[0] = -1;
  // Of coordinated parties ("Taliban gunmen and suicide bombers attacked"), the first named leads.
  for (const r of [0, 3, 6]) if (c1[r] >= 0) c1[r] = head(mentions, words, acts, c1[r]);
  let a1 = -1, rule1 = '';
  for (let r = 0; r < c1.length && a1 < 0; r++) if (c1[r] >= 0) { a1 = c1[r]; rule1 = A1_RULES[r][0]; }
  if (a1 >= 0 && a1 === ownAct) rule1 = 'actor.speaker-of-own-act';
  // "stoned by a mob": the trigger word names the agent of a passive.
  if (a1 >= 0 && a1 === c1[0] && marker[a1] === 'agent') rule1 = 'actor.passive-by';
  // "12 militants were killed in clashes with army forces": the side they fought acted on them.
  if (a1 < 0 && with_ >= 0 && anySufferer) { a1 = with_; rule1 = 'actor.clash-with'; }
  // Round 41: "Nine soldiers and five attackers were killed": the dead told by an attacker's noun (an agent noun of the attack) are
  // of the side that attacked, the others of the side attacked.
  if (a1 < 0 && anySufferer) {
    let attackers = -1, others = false;
    for (let k = 0; k < n; k++) {
      if (!suffers[k]) continue;
      if (ATTACKER_NOUNS.has(words[mentions[k].tokEnd - 1])) { if (attackers < 0) attackers = k; } else others = true;
    }
    if (attackers >= 0 && others) { a1 = attackers; rule1 = ATTACKERS_AMONG_DEAD_RULE; }
  }
  // Round 41: "one French soldier and two suspected ISGS fighters were killed in fighting": the dead of two armed sides told together
  // with no doer named are the two sides of a fight told by a reciprocal word, the first named first (of an ambush or an attack, the
  // doer may be named later: "… were killed when fighters ambushed a convoy").
  let bothSides = -1;
  if (a1 < 0 && (RECIPROCAL.has(words[t]) || FIGHT_NOUNS.has(words[t]))) {
    for (let k = 0; k + 1 < n && bothSides < 0; k++) {
      if (suffers[k] && suffers[k + 1] && armedSide(mentions[k]) && armedSide(mentions[k + 1]) && stateSide(mentions[k]) !== stateSide(mentions[k + 1]) &&
        isAnd(words, mentions[k].tokEnd, mentions[k + 1].tokFirst)) bothSides = k;
    }
    if (bothSides >= 0) { a1 = bothSides; rule1 = BOTH_SIDES_DEAD_RULE; }
  }

  let a2 = -1, rule2 = '';
  if (bothSides >= 0) { a2 = bothSides + 1; rule2 = BOTH_SIDES_DEAD_RULE; }
  if (a1 >= 0 && a1 === c1[1]) {
    // "between X and Y": the second side.
    // (of "between X, Y and Z", the last: "a clash between the army, the police and the rebels").
    for (let k = a1 + 1; k < n; k++) if (marker[k] === 'between2') { a2 = k; rule2 = 'actor.between-sides'; }
  }
  // "the army and the rebels clashed": the two sides of a reciprocal verb (world23: or of an accord, "X and Y signed a deal").
  if (a2 < 0 && a1 >= 0 && a1 + 1 < n && (RECIPROCAL.has(words[t]) || jointAccord(words, mentions[a1 + 1].tokEnd, t)) && mentions[a1 + 1].tokEnd <= t && isAnd(words, mentions[a1].tokEnd, mentions[a1 + 1].tokFirst)) {
    a2 = a1 + 1;
    rule2 = 'actor.between-sides';
  }
  if (a2 < 0) {
    const c2 = new Int8Array(A2_RULES.length).fill(-1);
    for (let k = 0; k < n; k++) {
      if (k === a1) continue;
      const m = mentions[k], mk = marker[k], targetish = mk === 'target' || mk === 'object';
      if (mk === 'with' && !suffers[k]) take(c2, A2_RULES, 0, k);
      if (targetish && m.tokFirst >= tEnd) take(c2, A2_RULES, 1, k);
      if (suffers[k] && m.tokEnd <= t) take(c2, A2_RULES, 2, k);
      if (suffers[k]) take(c2, A2_RULES, 3, k);
      if (targetish) take(c2, A2_RULES, 4, k);
      if (m.tokFirst >= tEnd && mk !== 'agent' && mk !== 'assoc' && voice[k] !== 'speaker' && voice[k] !== 'active') take(c2, A2_RULES, 5, k);
      if (VICTIM_KINDS.has(m.generic ?? '')) take(c2, A2_RULES, 6, k);
    }
    for (let r = 0; r < c2.length && a2 < 0; r++) if (c2[r] >= 0) { a2 = c2[r]; rule2 = A2_RULES[r][0]; }
  }

  const assoc1: ActorMention[] = [];
  if (a1 >= 0) for (let k = 0; k < n; k++) if (k !== a1 && k !== a2 && (marker[k] === 'assoc' || (voice[k] === 'active' && voice[a1] === 'active' && isAnd(words, mentions[a1].tokEnd, mentions[k].tokFirst)))) assoc1.push(mentions[k]);
  const actor1: ActorMention | null = a1 >= 0 ? extend(mentions[a1], { role: rule1 }) : null;
  if (actor1 && assoc1.length) actor1.assoc = assoc1;
  return { actor1, actor2: a2 >= 0 ? formerAsCivilian(extend(mentions[a2], { role: rule2 }), words, from) : null, assoc1 };
}

/** Round 41: the rule id of attackers told among the dead beside those they attacked (docs/extraction.md). */
export const ATTACKERS_AMONG_DEAD_RULE = 'actor.attackers-among-dead';
/** Round 41: the rule id of two armed sides told only by their dead, coordinated (docs/extraction.md). */
export const BOTH_SIDES_DEAD_RULE = 'actor.dead-of-both-sides';
/** Nouns of a fight between two sides (general English), beside the reciprocal verbs. */
const FIGHT_NOUNS: ReadonlySet<string> = new Set(['battle', 'battles', 'gunfight', 'gunfights', 'firefight', 'firefights', 'skirmish', 'skirmishes', 'combat', 'exchange']);
/** fix16: the rule id of a force's former member acted on, read as a civilian (docs/extraction.md). */
export const FORMER_RULE = 'actor.former-member-civilian';
/** The unnamed parties that bear arms: a state's forces and armed groups. */
const FORCE_KINDS: ReadonlySet<string> = new Set(['military', 'police', 'armed', 'islamist', 'rebels', 'gang', 'communal']);
const stateSide = (m: ActorMention): boolean => m.generic ? m.generic === 'military' || m.generic === 'police' : m.inter === 1 || isStateForceName(m.name);
/** Round 41: a party that bears arms: a state's force, an armed group named or unnamed. */
const armedSide = (m: ActorMention): boolean => m.generic ? FORCE_KINDS.has(m.generic) : stateSide(m) || (m.inter !== undefined && m.inter >= 2 && m.inter <= 4);
/** fix16: "a former military officer was shot dead", "the bodies of former FARC members": people who have left a force or group
 * and are acted on are civilians (codebook: civilians are people not taking part in the fighting; target-kind.ts formerBefore, as
 * typing reads them). Only the party acted on: a group named beside its former leader ("former IRA leader X") still acts. */
function formerAsCivilian(m: ActorMention, words: readonly string[], from: number): ActorMention {
  if (!(m.inter !== undefined || FORCE_KINDS.has(m.generic ?? ''))) return m;
  const f = formerBefore(m.tokFirst, words);
  if (f < from) return m;
  return extend(m, { name: '', country: null, inter: undefined, perCountry: undefined, generic: 'civilians', rule: FORMER_RULE, label: undefined, style: undefined });
}

/** Verbs whose agent is the perpetrator: "planted by X", "carried out by X", "claimed by X". */
const PERPETRATED = new Set(['planted', 'carried', 'perpetrated', 'committed', 'claimed', 'orchestrated', 'conducted', 'launched', 'fired', 'executed', 'staged',
  'masterminded', 'attributed', 'blamed', 'led', 'mounted', 'detonated', 'laid', 'placed', 'targeted', 'attacked', 'killed', 'abducted', 'kidnapped', 'ambushed', 'shot']);
const SUSPECT = new Set(['suspected', 'believed', 'thought', 'blamed', 'accused', 'alleged']);
/** Verbs of naming who someone is (WordNet 3.1 "identify" v.1 "recognize as being"). */
const IDENTIFIED: ReadonlySet<string> = new Set(['identified', 'identifies', 'identify', 'recognised', 'recognized', 'described']);
/** Nouns for the unnamed doers of an attack (general English agent nouns of attack, killing and abduction). */
const ATTACKER_NOUNS: ReadonlySet<string> = new Set(['attackers', 'attacker', 'assailants', 'assailant', 'gunmen', 'gunman', 'raiders', 'perpetrators', 'perpetrator',
  'killers', 'killer', 'abductors', 'kidnappers', 'bombers', 'bomber', 'culprits']);
/** Whether the words before `k` are "the attackers were (suspected | believed to be | thought to be | alleged to be)". */
function attackersWere(words: readonly string[], k: number, from: number): boolean {
  let j = k - 1;
  if (words[j] === 'be' && words[j - 1] === 'to' && SUSPECT.has(words[j - 2])) j -= 3;
  else if (words[j] === 'suspected' || words[j] === 'alleged' || words[j] === 'probably' || words[j] === 'likely') j--;
  if (words[j] !== 'were' && words[j] !== 'was') return false;
  return j - 1 >= from && ATTACKER_NOUNS.has(words[j - 1]);
}
/** Verbs that take the party they hold responsible as their object: "blamed X for", "accused X of"; round 31: "police suspect X
 * carried out the attack" (the present tense only: "suspected" before a name is mostly its adjective, "arrested suspected X"). */
const ACCUSING = new Set(['blamed', 'blame', 'blames', 'blaming', 'accused', 'accuse', 'accuses', 'accusing', 'suspect', 'suspects']);
/** Round 31: words after a group's "it" / "its fighters" that own a deed told before ("X said it was behind the attack", "… that
 * its fighters had carried out the bombing"), beside the act verbs of OWN_ACT_VERB. */
const OWN_DEED: ReadonlySet<string> = new Set(['behind', 'responsible', 'carried', 'conducted', 'staged', 'planted', 'detonated', 'abducted', 'kidnapped',
  'executed', 'launched']);
/** Round 31: how the attackers are told as a group's people: "(believed|thought|suspected|said) (by police) to belong to X",
 * "… to be members of X". */
const SUPPOSED = new Set(['believed', 'thought', 'suspected', 'said', 'alleged', 'reported']);
const MEMBERSHIP = new Set(['members', 'member', 'fighters', 'militants', 'part']);
/** How many words a group's own statement may take before it names itself ("said on its Andalus radio that it …"). */
const OWN_WORD_REACH = 8;

/** In a sentence told around an incident, the party named as its perpetrator: "X claimed responsibility",
 * "the device was planted by X", "X are the suspected attackers", "X is believed to be behind it". */
export function perpetratorIn(mentions: readonly ActorMention[], tokens: readonly Token[], words: readonly string[]): ActorMention | null {
  if (!mentions.length) return null;
  const from = sentenceStart(tokens, mentions[0].tokFirst);
  // Round 32: "the attackers were suspected Fulani herdsmen", "the gunmen were believed to be X": a copula that names who the
  // attackers were (general English: "the attackers were X" identifies them), before the attackers' own noun is read as one.
  for (const m of mentions) if (m.generic !== 'person' && attackersWere(words, m.tokFirst, from)) return extend(m, { role: 'actor.suspected-perpetrator' });
  for (const m of mentions) {
    // People named by no side ("34 people", "two men") are perpetrators only when said to be involved in it or suspected of it.
    const person = m.generic === 'person';
    // Round 32: a people's armed men ("Fulani herdsmen", ACLED's "Fulani Ethnic Militia") are named by who they are, as a group is.
    if (m.generic && !person && m.generic !== 'armed' && m.generic !== 'islamist' && m.generic !== 'gang' && m.generic !== 'military' && m.generic !== 'police' &&
      m.generic !== 'communal') continue;
    if (!person && voiceOf(m, tokens, words) === 'claim') return extend(m, { role: 'actor.claimed-responsibility' });
    // Round 31: "Al Shabaab said it was behind the attack": a claim of responsibility in other words.
    if (!m.generic && ownWord(tokens, words, m.tokEnd)) return extend(m, { role: 'actor.claimed-responsibility' });
    // Round 31: "gunmen believed by police to belong to the X gang", "thought to be members of X".
    if (!person && supposedMembers(words, m.tokFirst)) return extend(m, { role: 'actor.suspected-perpetrator' });
    if (!person && markerOf(m, tokens, words, from) === 'agent') {
      let g = m.tokFirst - 1;
      while (g > from && words[g] !== 'by' && words[g] !== 'to' && words[g] !== 'on') g--;
      for (let k = g - 1; k >= Math.max(from, g - 4); k--) if (PERPETRATED.has(words[k])) return extend(m, { role: 'actor.perpetrator-named-after' });
      if (words[g] !== 'by' && (nearBefore(words, g, 'attributed', ATTRIBUTION_REACH) || nearBefore(words, g, 'blamed', ATTRIBUTION_REACH))) return extend(m, { role: 'actor.perpetrator-named-after' });
    }
    // "Local sources blamed X for the strike", "residents accused X of the killing": the object of a verb of blame
    // that then names the deed.
    if (!person && ACCUSING.has(words[m.tokFirst - 1] === 'the' ? words[m.tokFirst - 2] : words[m.tokFirst - 1]) &&
      (words[m.tokEnd] === 'for' || words[m.tokEnd] === 'of')) return extend(m, { role: 'actor.blamed-for' });
    // world31: "Residents blamed fighters of the al Qaeda-linked JNIM, which …": the group named at the end of the blamed noun
    // phrase, the blame's object closing its clause (the deed told in the sentence before).
    // Not when the group is told to deny it ("blamed the SDF, which denied any involvement"): the blame stays disputed.
    // Round 31: or a relative clause on the group that tells no denial ("blamed Islamic State remnants who hide in the farmland"), or
    // the deed after it ("police suspect militants of X carried out the attack").
    if (!person && !m.generic && blamedObject(tokens, words, m.tokFirst, from) && blameEnds(tokens, words, m.tokEnd)) return extend(m, { role: 'actor.blamed-for' });
    // "X are the suspected attackers", "X is believed to be behind the attack", "X were involved in the attack"
    // w26: past a clause set off by commas after the name ("X, who have increasingly used homemade bombs, were blamed").
    const past = pastAside(tokens, words, m.tokEnd);
    for (let i = past; i < Math.min(tokens.length, past + 4); i++) {
      if (SUSPECT.has(words[i]) && (PASSIVE_AUX.has(words[i - 1]) || words[i - 1] === 'the')) return extend(m, { role: 'actor.suspected-perpetrator' });
      if ((words[i] === 'involved' || words[i] === 'responsible' || words[i] === 'behind') && PASSIVE_AUX.has(words[i - 1])) return extend(m, { role: 'actor.suspected-perpetrator' });
      if (!PASSIVE_AUX.has(words[i]) && words[i] !== 'the' && tokens[i].pos !== 'ADV') break;
    }
  }
  return null;
}


/** Whether a verb of saying at `end` (past adverbs) is followed by the speaker's own deed told of itself, as speaksOfOwnAct reads
 * its pronoun, in a sentence that need not hold the deed's word: "said (on its radio) (that) it was behind the attack", "said its
 * fighters had targeted soldiers". */
function ownWord(tokens: readonly Token[], words: readonly string[], end: number): boolean {
  let v = end;
  while (v < tokens.length && tokens[v].pos === 'ADV') v++;
  // Not a verb of saying that tells another's deed or an act warded off ("accused", "denied", "condemned").
  if (words[v] === 'accused' || WARDED_OFF.has(words[v] ?? '')) return false;
  const said = saidOfItself(tokens, words, end, tokens.length, true);
  if (!said) return false;
  const s = tokens[said.at].sentence;
  let i = said.at + said.own + 1;
  for (const stop = i + OWN_WORD_REACH; i < tokens.length && i <= stop && tokens[i].sentence === s; i++) {
    if (words[i] === 'not' || words[i] === 'never' || words[i] === "n't") return false;
    if (OWN_DEED.has(words[i]) || OWN_ACT_VERB.test(words[i])) return true;
  }
  return false;
}

/** Whether the mention at `first` is told as the group the attackers belong to: "believed (by police) to belong to (the) X",
 * "thought to be members of X". */
function supposedMembers(words: readonly string[], first: number): boolean {
  let g = first - 1;
  if (words[g] === 'the') g--;
  // Round 32: "the kidnappers, whom they identified as members of the 400 Mawozo gang", "gunmen identified as X fighters": who
  // the doers were, as witnesses or police name them.
  if (words[g] === 'of' && MEMBERSHIP.has(words[g - 1]) && words[g - 2] === 'as' && IDENTIFIED.has(words[g - 3])) return true;
  if (words[g] === 'as' && IDENTIFIED.has(words[g - 1])) return true;
  let to: number;
  if (words[g] === 'to' && words[g - 1] === 'belong') to = g - 2;
  else if (words[g] === 'of' && MEMBERSHIP.has(words[g - 1]) && words[g - 2] === 'be') to = g - 3;
  else return false;
  if (words[to] !== 'to') return false;
  // "believed to …", "believed by police to …"
  for (let k = to - 1; k >= 0 && k >= to - 4; k--) if (SUPPOSED.has(words[k])) return true;
  return false;
}

/** Whether a blamed group's noun phrase, from `end` (past a noun or two the group names: "Islamic State remnants"), closes the blame:
 * a comma, full stop or "for"; round 31: a relative clause that tells no denial ("blamed X, which denied …" stays disputed), or
 * the deed told after it ("police suspect X carried out the attack", "… X was behind it"). */
function blameEnds(tokens: readonly Token[], words: readonly string[], end: number): boolean {
  let k = end;
  while (k < end + 2 && tokens[k]?.pos === 'NOUN' && !PERPETRATED.has(words[k])) k++;
  const w = words[k] ?? '';
  if (w === ',' || w === '.' || w === 'for') return !(RELATIVE_OPENERS.has(words[k + 1] ?? '') && /^(den|rej)/.test(words[k + 2] ?? ''));
  if (RELATIVE_OPENERS.has(w)) return !/^(den|rej)/.test(words[k + 1] ?? '');
  return PERPETRATED.has(w) || (PASSIVE_AUX.has(w) && (words[k + 1] === 'behind' || words[k + 1] === 'responsible'));
}

/** How far before a named group the verb of blame may stand, past the noun phrase the group ends ("blamed fighters of the al
 * Qaeda-linked JNIM"). */
const BLAME_REACH = 9;
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who']);
const BLAMED_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PUNCT', 'NUM']);
/** Whether a verb of blame stands before the mention at `first`, with only the words of one noun phrase between. */
function blamedObject(tokens: readonly Token[], words: readonly string[], first: number, from: number): boolean {
  for (let k = first - 1; k >= from && k >= first - BLAME_REACH; k--) {
    if (ACCUSING.has(words[k])) return true;
    // (a hyphenated participle is an adjective: "al Qaeda-linked")
    if ((!BLAMED_PHRASE.has(tokens[k].pos) && words[k - 1] !== '-') || words[k] === ',' || words[k] === '.') return false;
  }
  return false;
}

/** How an unnamed armed side may be told: generic men of an armed group ("militants", "fighters", "rebels", "jihadists"); the
 * kinds actors.ts `loose` merges with a group named beside them. */
const UNNAMED_ARMED: ReadonlySet<string> = new Set(['armed', 'islamist', 'rebels']);
/** Words by which a report says it does not know who a side is. */
const UNKNOWN_SIDE = /\b(?:unidentified|unknown|unnamed|anonymous)\b/i;
/** world22 (actor.group-named-in-sentence): "troops destroyed an al-Shabaab camp, killing five militants": an unnamed armed side
 * ("militants", "fighters", "gunmen") in a sentence that names one non-state armed group (ACLED inter 2-4), which is not the other
 * side and not a source, is that group's men: ACLED names the group the report names. Two groups named, or none, leave it as it is. */
export function namedGroupSide(side: ActorMention | null, other: ActorMention | null, actors: readonly ActorMention[],
  inSources: (m: ActorMention) => boolean, words?: readonly string[]): ActorMention | null {
  if (!side || !side.generic || !UNNAMED_ARMED.has(side.generic)) return side;
  // Round 41: a side the report itself calls unknown ("an IED planted by unidentified armed men") stays so.
  if (UNKNOWN_SIDE.test(side.text ?? '')) return side;
  let group: ActorMention | null = null;
  for (const a of actors) {
    if (a.generic || !a.rule.startsWith('group.') || a.inter === undefined || a.inter < 2 || a.inter > 4 || inSources(a)) continue;
    if (other && other.name === a.name) return side;
    // Round 41 (actor 1): a group told with the other side ("against the positions of the FDS and the VDP") is on that side.
    if (words && other && other.tokEnd != null && a.tokFirst != null && (isAnd(words, other.tokEnd, a.tokFirst) || isAnd(words, a.tokEnd, other.tokFirst))) return side;
    if (group && group.name !== a.name) return side;
    group = a;
  }
  return group ? extend(group, { role: 'actor.group-named-in-sentence' }) : side;
}
