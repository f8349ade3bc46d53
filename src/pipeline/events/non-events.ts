// non-events: sentences that mention violence without reporting one incident — disasters and
// accidents, epidemics, drills, plans and threats, policies, tallies of many past incidents, ordinary
// crime, negated reports. ACLED codes none of these (codebook: no accidents, no planned or threatened
// events). The rules are data (lexicon/non-events.ts); this file only evaluates them, and names the
// rule that held (`NonEventVerdict.rule`), so that `explainSentences` can say why a sentence is no event.
import { calledOn } from './called-on.js';
import { announcedWould } from './announced-change.js';
import { CEREMONY_RULES, CEREMONY_STORY, DISASTER_STORY, NON_EVENT_RULES, pastWarKeeps, PLAY_RULES, PLAY_STORY, type NonEventConcept, type NonEventReason, type NonEventRule } from '../../lexicon/non-events.js';
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { CueHit } from './cue-matcher.js';
import { coordinatedClause } from './coordinated-clause.js';
import { relativeClauseClose, RELATIVE_REACH } from './relative-background.js';
import { onReliefFlight } from './relief-aircraft.js';
import type { Typed } from './typing.js';
import { CLEAR_READING } from './clear-reading.js';
import type { EventType, Token } from '../../types.js';

export type { NonEventReason };

/** Cue concepts that mark organised political violence or protest: with one of these a fire or blast is not an accident. */
const POLITICAL = conceptsWith('political');
/** Incident nouns that a count turns into a tally. */
const TALLIED = conceptsWith('tallied');
/** Forces and armed groups: a lead where they fight or fire tells of organised violence. */
const FORCES: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force')]);
/** Hazards: the concepts of the disaster and accident rules. */
const HAZARDS: ReadonlySet<NonEventConcept> = new Set(NON_EVENT_RULES.filter((r) => r.hazard).map((r) => r.concept));
/** The rules of each concept, in order. */
const RULES_OF = new Map<NonEventConcept, NonEventRule[]>();
for (const r of NON_EVENT_RULES) RULES_OF.set(r.concept, [...(RULES_OF.get(r.concept) ?? []), r]);
/** The concepts of the ceremony rules (CEREMONY_RULES). */
const CEREMONY_CONCEPTS: ReadonlySet<NonEventConcept> = new Set(NON_EVENT_RULES.filter((r) => CEREMONY_RULES.has(r.id)).map((r) => r.concept));
/** The concepts of the play rules (PLAY_RULES). */
const PLAY_CONCEPTS: ReadonlySet<NonEventConcept> = new Set(NON_EVENT_RULES.filter((r) => PLAY_RULES.has(r.id)).map((r) => r.concept));

/** Why a sentence is no event: the rule that held (its id names a row of lexicon/non-events.ts) and its reason. */
export interface NonEventVerdict {
  rule: string;
  reason: NonEventReason;
}

/** What the whole article says: a disaster story makes its blasts and deaths accidents too. */
export interface DocContext {
  disaster: boolean;
  armed: boolean;
  /** Round 42: the lead tells a game or a market in words of war (isPlay). */
  play: boolean;
  /** Round 42: the article names a force or an armed group anywhere (namesForce): a story of play's words of war ("bombardment")
   * make no armed story, its parties do. */
  forces: boolean;
  /** Round 42: the lead tells a ceremonial parade (isCeremony). */
  ceremony: boolean;
}

/** Round 42: whether the article names a force or an armed group (police, troops, gunmen, militants). */
export const namesForce = (hits: readonly CueHit<Concept>[]): boolean => hits.some((h) => FORCES.has(h.concept));

export const isArmed = (hits: readonly CueHit<Concept>[]): boolean => hits.some((h) => POLITICAL.has(h.concept));
const FIGHTING: ReadonlySet<EventType> = new Set(['Battles', 'Explosions/Remote violence']);
/** A crowd's own events: the demonstration and its riot, one family (a story of play keeps them: fans who riot do riot). */
export const PROTEST_FAMILY: ReadonlySet<EventType> = new Set(['Protests', 'Riots']);
/** As sure as a clear lead (index.ts): a generic word alone does not make a story armed. */
const ARMED_LEAD_SCORE = CLEAR_READING;
/** A lead that reports forces fighting or firing ("Russian forces clashed with Ukrainian troops …",
 * "rockets fired by the army hit …") and names no hazard itself makes the story armed: the fire crews
 * and blaze told after it are its aftermath, not a disaster story. */
export function armedLead(typed: Typed | null, hits: readonly CueHit<Concept>[], nonHits: readonly CueHit<NonEventConcept>[], tokens?: readonly Token[]): boolean {
  // Round 38: so does one that reports weapons fired and intercepted ("air defences shot down 12 Russian drones over Odesa"): the
  // falling debris and damage told after are its aftermath (codebook: Disrupted weapons use is remote violence stopped).
  // Round 42: a weapon stopped in the air is stopped by a force's air defence whether or not the lead names the force ("air defence
  // units shot down 14 drones, the Defence Ministry said"): the interception is the armed party's act (codebook: Disrupted weapons use).
  return !!typed && typed.score >= ARMED_LEAD_SCORE && (FIGHTING.has(typed.eventType) || typed.subEventType === 'Disrupted weapons use') &&
    hits.some((h) => FORCES.has(h.concept) || (h.concept === 'AIR_INTERCEPT' && typed.subEventType === 'Disrupted weapons use')) &&
    !nonHits.some((h) => HAZARDS.has(h.concept) && !(tokens && aftermathOf(h, typed.trigger, tokens)));
}
/** Round 43: a hazard told before "after", "following" or "when" and the armed act's word ("Fire broke out at the refinery after
 * Ukrainian forces struck it with drones"): general English, the clause after the conjunction tells what happened first, so the fire
 * is the strike's aftermath, not a hazard of its own. */
function aftermathOf(h: CueHit<NonEventConcept>, trigger: { first: number }, tokens: readonly Token[]): boolean {
  if (h.end > trigger.first) return false;
  for (let k = h.end; k < trigger.first; k++) if (AFTERMATH_MARKERS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}
const AFTERMATH_MARKERS: ReadonlySet<string> = new Set(['after', 'following', 'when']);
/** Round 42: a story of a ceremony tells a holiday's or anniversary's parade in its lead: a lead sentence that names one, with no
 * protester or dissent told in it. */
export function isCeremony(lead: readonly LeadSentence[]): boolean {
  return lead.some((s) => s.nonHits.some((h) => CEREMONY_CONCEPTS.has(h.concept)) && !s.nonHits.some((h) => h.concept === 'DISSENT'));
}
/** Round 42: a story of play tells a game or a market in its lead: a lead sentence with a word of play ("striker", "derby", "price
 * war", "stocks") that types as no incident, or whose reading one of the play rules sets aside (nonevent.sport, war-metaphor,
 * market-metaphor). */
export function isPlay(lead: readonly LeadSentence[], tokens?: readonly Token[]): boolean {
  // Only a lead sentence with a word of play is typed for it (most articles have none).
  return lead.some((s) => s.nonHits.some((h) => PLAY_CONCEPTS.has(h.concept)) &&
    (!s.typed || PLAY_RULES.has(whyNotAnEvent(s.typed, s.hits, s.nonHits, undefined, tokens)?.rule ?? '')));
}
/** One sentence of the lead: its incident reading (if any), its cue hits and its non-event hits. */
export interface LeadSentence {
  typed: Typed | null;
  hits: readonly CueHit<Concept>[];
  nonHits: readonly CueHit<NonEventConcept>[];
}
/** A disaster story tells a disaster in its lead (a lead sentence with a hazard whose own incident word,
 * if any, the hazard governs) or tells one often; one word in passing ("as he reported on a market
 * fire", "fireworks") does not make one. */
export function isDisaster(nonHits: readonly CueHit<NonEventConcept>[], lead: readonly LeadSentence[], tokens?: readonly Token[]): boolean {
  if (nonHits.filter((h) => HAZARDS.has(h.concept) && !remembered(h, nonHits, tokens)).length >= DISASTER_MENTIONS) return true;
  return lead.some((s) => s.nonHits.some((h) => HAZARDS.has(h.concept) && !remembered(h, s.nonHits, tokens)) && !struckSite(s) &&
    (!s.typed || whyNotAnEvent(s.typed, s.hits, s.nonHits, undefined, tokens)?.reason === 'disaster'));
}
const DISASTER_MENTIONS = 3;
/** world35: a disaster told as what is remembered ("a commemorative walk marking four months since the collapse of the station
 * canopy"): a HISTORY word before it in its clause makes it the occasion's past, no disaster of the story (general English: a
 * commemoration or anniversary names an earlier event). */
function remembered(h: CueHit<NonEventConcept>, nonHits: readonly CueHit<NonEventConcept>[], tokens?: readonly Token[]): boolean {
  if (!tokens) return false;
  return nonHits.some((n) => n.concept === 'HISTORY' && n.end <= h.first && h.first - n.end <= REMEMBERED_REACH && !clauseMarkIn(n.end, h.first, tokens));
}
const REMEMBERED_REACH = 12;
const clauseMarkIn = (from: number, to: number, tokens: readonly Token[]): boolean => {
  for (let k = from; k < to; k++) { const w = tokens[k].text; if (w === ',' || w === ';' || w === ':' || w === '.') return true; }
  return false;
};

/** lead8: a lead whose hazard words all stand as the object of a strike verb ("Ukraine hit an oil refinery", "drones struck a
 * fuel depot") tells a plant or depot struck, not an accident there (codebook: an accident is no event unless someone set it
 * off against someone). A hazard before the verb is its subject ("a fire hit the factory"): an accident still. */
function struckSite(s: LeadSentence): boolean {
  const hazards = s.nonHits.filter((h) => HAZARDS.has(h.concept));
  return s.hits.some((v) => v.concept === 'STRIKE_VERB' && hazards.every((h) => h.first >= v.end && h.first - v.end <= STRUCK_OBJECT_REACH));
}
/** How far after a strike verb its object's head may stand ("hit an oil refinery", "struck a large fuel depot"). */
const STRUCK_OBJECT_REACH = 4;

/** Round 42: the hazard is the subject of the incident's verb ("a blizzard with gusts above 180 km/h bombarded the base", "floods
 * destroyed the camp"): general English, a noun phrase before a verb in its clause, itself no verb's or preposition's object, with
 * no other verb or party between, is its subject, so the words of attack are the weather's, and their political sense ("bombarded"
 * is a shelling word) names no political actor. */
const HAZARD_SUBJECT_REACH = 8;
function hazardActs(n: CueHit<NonEventConcept>, t: { first: number }, hits: readonly CueHit<Concept>[], tokens: readonly Token[]): boolean {
  if (n.end > t.first || t.first - n.end > HAZARD_SUBJECT_REACH || tokens[t.first].pos !== 'VERB' || clauseMarkIn(n.end, t.first, tokens)) return false;
  // No verb or conjunction between: "gunmen stormed a coal mine and killed 20 miners", "rebels storm and take over a camp" tell the
  // hazard's word as an object or another verb, and the trigger's subject is told before it.
  // Round 44: but a participle right after the hazard with its "by" ("floods triggered by days of rain killed 14") is the hazard's
  // own modifier (general English: a reduced relative clause), no verb of the clause.
  const reduced = tokens[n.end]?.pos === 'VERB' && tokens[n.end + 1]?.text.toLowerCase() === 'by' ? n.end : -1;
  for (let k = n.end; k < t.first; k++) if (k !== reduced && (tokens[k].pos === 'VERB' || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'AUX')) return false;
  // Nor a hazard that is a verb's object ("stormed a quarry", "hit the mine"): the word before its phrase is no verb.
  let k = n.first - 1;
  while (k >= 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k--;
  if (k >= 0 && (tokens[k].pos === 'VERB' || (tokens[k].pos === 'ADP' && tokens[k].text.toLowerCase() !== 'as'))) return false;
  return !hits.some((h) => h.first >= n.end && h.first < t.first && (FORCES.has(h.concept) || POLITICAL.has(h.concept)));
}

/** Whether the non-event word `n` governs the incident read from `typed` under rule `r`. */
function holds(r: NonEventRule, n: CueHit<NonEventConcept>, typed: Typed, political: boolean, nonHits: readonly CueHit<NonEventConcept>[],
  hits: readonly CueHit<Concept>[], tokens?: readonly Token[], parties?: readonly CueHit<Concept>[]): boolean {
  if (r.unlessArmedParty && (parties ?? hits).some((h) => ARMED_PARTIES.has(h.concept))) return false;
  if (r.unlessArmedActDuring && tokens && objectOfDuring(n, tokens) && (parties ?? hits).some((h, _, all) => ARMED_PARTIES.has(h.concept) && !insideLonger(h, all))) return false;
  if (r.unlessInParticipleAdjunct && tokens && inParticipleAdjunct(n, tokens)) return false;
  if (r.unlessViolentMeans && tokens && violentMeans(typed.trigger, tokens)) return false;
  // …and a trigger that is the verb of a "that" clause about the phrase the word opens is that phrase's act, told as a verb.
  const viaRelative = !!r.throughRelative && !!tokens && relativeOfPhrase(n, typed.trigger.first, tokens);
  if (r.nominal && !viaRelative && (!tokens || !toldAsNoun(typed.trigger, tokens))) return false;
  if (r.unlessOwnSetting && tokens && ownSetting(typed.trigger, tokens)) return false;
  if (r.unlessPolitical && political && !(r.hazard && tokens && hazardActs(n, typed.trigger, hits, tokens))) return false;
  if (pastWarKeeps(typed.rule, r.reason)) return false;
  if (r.unlessForceActs && forceActs(hits, typed.trigger.first)) return false;
  if (r.with && !nonHits.some((h) => h.concept === r.with)) return false;
  if (r.unless && toldHit(r.unless, nonHits)) return false;
  if (r.keep?.includes(typed.eventType)) return false;
  if (r.only && !r.only.includes(typed.eventType)) return false;
  if (r.triggers && !r.triggers.includes(typed.trigger.concept)) return false;
  if (r.called && !(tokens && calledOn(n.end, typed.trigger.first, tokens))) return false;
  // world37: an activity change a side announced it would make is the announcement's news (announced-change.ts).
  if (r.reason === 'irrealis' && typed.trigger.concept === 'ACTIVITY_CHANGE' && tokens && announcedWould(n.first, (k) => tokens[k]?.text.toLowerCase())) return false;
  const t = typed.trigger.first;
  switch (r.scope.kind) {
    case 'sentence': return true;
    // (or, where the rule says so, holding it: "the death sentences" holds the incident word "death")
    case 'before': return viaRelative || (n.first < t || (!!r.scope.holding && n.first === t)) && t - n.end < r.scope.window &&
      !(r.scope.clause && tokens && clauseBreak(n.end, r.scope.clause === 'adjacent' ? n.end + 1 : t, tokens));
    // "hundreds of airstrikes" is a tally; "dozens of rockets" or "hundreds of protesters" is one incident.
    case 'count-before': return n.end <= t && t - n.end <= r.scope.window && TALLIED.has(typed.trigger.concept) &&
      !(r.scope.unlessDoers && tokens && countsDoers(n.end, typed.trigger, tokens)) && !(tokens && oneOperation(n, hits, tokens));
    // "Since the war began, ..." / "has on occasion admitted to ...": the whole clause is habitual.
    // terr17: …nor a pattern word inside a ", which … ," clause closed before the trigger ("Kessa, which the group had held since
    // 2022, was retaken"): it dates the place's background (relative-background.ts).
    // Round 39: …nor a war's course told in a restrictive relative clause before the main verb that is the trigger ("two clans that had
    // been fighting for three years signed a peace agreement"): the clause tells the noun's past, the verb after it the news. (Not a
    // trigger noun inside the clause: "the group, which has carried out a string of bombings".)
    case 'near': return (n.first < t && !(r.scope.ownClause && tokens && (coordinatedClause(n.end, t, tokens) || relativeBefore(n, t, tokens) ||
      (n.concept === 'ONGOING' && t >= n.end && tokens[t].pos === 'VERB' && RELATIVE_OPENERS.has(tokens[n.first - 1]?.text.toLowerCase() ?? ''))))) ||
      (n.first >= t && n.first - t <= r.scope.window && !(r.scope.ownClause && tokens && clauseAfter(typed.trigger.end, n.first, tokens)));
    case 'around': return Math.abs(n.first - t) <= r.scope.window || Math.abs(n.end - 1 - t) <= r.scope.window ||
      (!!r.hazard && (DEFAULT_READINGS.has(typed.rule) || (!!tokens && (participleOutcome(n, t, tokens) || causeOf(n, nonHits) ||
        whenClause(n, t, tokens)))));
  }
}

/** Round 36: the trigger at `t` is the verb right after the "that" or "which" of a clause about the noun phrase `n` opens, the phrase
 * running at most PHRASE_REACH words with no clause break ("a 2018 grenade attack on a bus stand that killed three"). */
function relativeOfPhrase(n: { first: number; end: number }, t: number, tokens: readonly Token[]): boolean {
  const rel = tokens[t - 1]?.text.toLowerCase();
  if (rel !== 'that' && rel !== 'which') return false;
  if (t - 1 <= n.end || t - 1 - n.end > PHRASE_REACH) return false;
  for (let k = n.end; k < t - 1; k++) {
    const w = tokens[k].text;
    // (Not a verb's tag: the tagger reads nouns of places as verbs, "a bus stand"; a finite verb would come with its own subject.)
    if (w === ',' || w === ';' || w === '.' || w === 'and' || w === 'but' || tokens[k].pos === 'AUX') return false;
  }
  return true;
}
const PHRASE_REACH = 8;

/** A hit read inside a longer one of another concept ("fighter" in "fighter jet"): part of that phrase, no party of its own. */
const insideLonger = (h: CueHit<Concept>, all: readonly CueHit<Concept>[]): boolean =>
  all.some((g) => g.concept !== h.concept && g.first <= h.first && g.end >= h.end && g.end - g.first > h.end - h.first);

/** Round 36: a death or wound told by its violent means ("two polio workers were shot dead", "hacked to death"; WordNet 3.1 "shoot"
 * v.2, "stab" v.1, "hack" v.1, "behead" v.1): the trigger's words or the word before it. */
function violentMeans(t: { first: number; end: number }, tokens: readonly Token[]): boolean {
  for (let k = Math.max(0, t.first - 1); k < t.end; k++) if (VIOLENT_MEANS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}
const VIOLENT_MEANS: ReadonlySet<string> = new Set(['shot', 'gunned', 'stabbed', 'hacked', 'beheaded', 'bludgeoned', 'strangled', 'lynched',
  'macheted', 'butchered', 'slaughtered', 'executed', 'tortured', 'beaten', 'shooting', 'stabbing', 'gunfire', 'gunshot', 'gunshots']);

/** Round 36: the word is the head of "during"'s object ("during an area domination exercise": "during" at most DURING_REACH words
 * before it, no clause break between). */
function objectOfDuring(n: { first: number }, tokens: readonly Token[]): boolean {
  for (let k = n.first - 1; k >= 0 && n.first - k <= DURING_REACH; k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'during' || w === 'amid') return true;
    if (w === ',' || w === ';' || w === '.' || tokens[k].pos === 'VERB') return false;
  }
  return false;
}
const DURING_REACH = 5;
/** Round 36: the word opens a participle's adjunct: a past participle, then "in", "during" or "since" ("people killed in the 2019
 * protests", "those wounded during the 2020 war"): English grammar, a reduced relative clause whose adjunct dates it alone. */
function inParticipleAdjunct(n: { first: number }, tokens: readonly Token[]): boolean {
  const prep = tokens[n.first - 1]?.text.toLowerCase();
  const verb = tokens[n.first - 2]?.text.toLowerCase() ?? '';
  return (prep === 'in' || prep === 'during' || prep === 'since') && (verb.endsWith('ed') || verb === 'slain' || verb === 'hurt');
}

/** bg21: a clause of its own between the trigger and a pattern word after it: a pronoun or relative word as its subject, then its
 * verb ("released 20 soldiers they had been holding since March", "killed two men who had protested since May"). English grammar:
 * the span belongs to that clause's verb, not to the trigger's act. */
function clauseAfter(from: number, to: number, tokens: readonly Token[]): boolean {
  for (let i = from; i + 1 < to; i++) {
    const subject = tokens[i].pos === 'PRON' || RELATIVE_WORDS.has(tokens[i].text.toLowerCase());
    if (subject && (tokens[i + 1].pos === 'AUX' || tokens[i + 1].pos === 'VERB')) return true;
  }
  // Round 35: a passive participle with its agent after a noun (the trigger's own, or one after it) is a reduced relative clause of
  // that noun ("a vigil for the protesters killed by security forces in 2019": the year is the killing's).
  for (let i = Math.max(0, from - 1); i + 2 < to; i++) {
    if (tokens[i].pos === 'NOUN' && tokens[i + 1].pos === 'VERB' && tokens[i + 2].text.toLowerCase() === 'by') return true;
  }
  return false;
}
const RELATIVE_WORDS = new Set(['who', 'which', 'that']);

/** world35: "carried out a series of air strikes on the port": a sequence told as what a side conducted, with the indefinite
 * article, is one operation (codebook: an event is one interaction at one place and day; "hundreds of airstrikes" still tallies
 * many). General English: "conduct a series of raids" is one act of conducting. */
function oneOperation(n: CueHit<NonEventConcept>, hits: readonly CueHit<Concept>[], tokens: readonly Token[]): boolean {
  if (n.first < 1 || tokens[n.first - 1].text.toLowerCase() !== 'a' || !SEQUENCES.has(tokens[n.first].text.toLowerCase())) return false;
  return hits.some((h) => h.concept === 'CONDUCT' && h.end === n.first - 1);
}
const SEQUENCES: ReadonlySet<string> = new Set(['series', 'wave', 'string']);

/** acled15: the words between a count ("dozens of") and the trigger hold a noun, and the trigger is told as a verb: the count is of
 * the verb's subject ("dozens of residents attacked"), not of the acts ("dozens of attacks", "hundreds of deadly airstrikes"). */
function countsDoers(from: number, trigger: { first: number; end: number }, tokens: readonly Token[]): boolean {
  let noun = false;
  for (let i = from; i < trigger.first; i++) if (DOER_NOUNS.has(tokens[i]?.pos ?? '')) noun = true;
  return noun && !toldAsNoun(trigger, tokens);
}
const DOER_NOUNS = new Set(['NOUN', 'PROPN', 'PRON']);

/** recall14: a new clause between a governing word and the trigger: a comma, semicolon or "and" followed by a verb ("Army foils an
 * infiltration bid, recovers arms": English grammar, the coordinated verb tells its own act, which the first verb does not govern).
 * The break stands at an index in [from, to). */
function clauseBreak(from: number, to: number, tokens: readonly Token[]): boolean {
  for (let c = from; c < to && c + 1 < tokens.length; c++) {
    const w = tokens[c].text.toLowerCase();
    if ((w === ',' || w === ';' || w === 'and') && tokens[c + 1].pos === 'VERB') return true;
  }
  return false;
}

/** nonev13: the default reading of a death, with no attacker, weapon or victim's kind told (sub-events-civilians.ts
 * `attack.killing`): in a sentence that names an accident or disaster anywhere ("a boat sank off the coast on Saturday; the
 * coastguard said 12 were dead"), the death is that accident's (codebook: accidents are no event unless someone set them off). */
const DEFAULT_READINGS: ReadonlySet<string> = new Set(['attack.killing']);

/** nonev13: an outcome told in a participle clause after the accident's clause ("a bus plunged into a gorge on a mountain road near
 * Kessa, killing 19 people"): English grammar, the participle's subject is the main clause's event, however long that clause. The
 * trigger stands at most PARTICIPLE_REACH words after a comma followed by an -ing verb, and the hazard before that comma. */
function participleOutcome(n: CueHit<NonEventConcept>, t: number, tokens: readonly Token[]): boolean {
  for (let c = t - 1; c >= n.end && t - c <= PARTICIPLE_REACH; c--) {
    if (tokens[c].text !== ',') continue;
    const v = tokens[c + 1];
    return !!v && v.pos === 'VERB' && v.text.toLowerCase().endsWith('ing');
  }
  return false;
}
const PARTICIPLE_REACH = 6;
/** nonev13: the accident told in a clause after the outcome, opened by a word of time or cause ("the bodies of 12 people were
 * recovered from a river near the town after a ferry overturned", "were killed when their minibus plunged …"): English grammar,
 * the clause says how the outcome came about. The hazard stands after the opener, with no clause or sentence break between the
 * trigger and it, and at most WHEN_REACH words after the opener. */
function whenClause(n: CueHit<NonEventConcept>, t: number, tokens: readonly Token[]): boolean {
  if (n.first <= t) return false;
  for (let k = n.first - 1; k > t && n.first - k <= WHEN_REACH; k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === ';' || w === '.' || w === ':') return false;
    if (WHEN_OPENERS.has(w)) return true;
  }
  return false;
}
const WHEN_OPENERS: ReadonlySet<string> = new Set(['after', 'when', 'following', 'as']);
const WHEN_REACH = 6;
/** nonev13: a hazard told as a cause ("the explosion … was caused by a leaking gas pipe"): a cause phrase ends at most CAUSE_REACH
 * words before it. */
const causeOf = (n: CueHit<NonEventConcept>, nonHits: readonly CueHit<NonEventConcept>[]): boolean =>
  nonHits.some((c) => c.concept === 'CAUSE' && c.end <= n.first && n.first - c.end <= CAUSE_REACH);
const CAUSE_REACH = 3;

/** nonev13: a word told as something that did not happen or was set aside ("police ruled out sabotage", "not an attack"): a
 * negation ends fewer than NEGATED_REACH words before it. */
const negated = (h: { first: number }, nonHits: readonly CueHit<NonEventConcept>[]): boolean =>
  nonHits.some((n) => n.concept === 'NEGATION' && n.first < h.first && h.first - n.end < NEGATED_REACH);
const NEGATED_REACH = 3;
/** nonev13: a non-event word read inside a longer phrase of another concept ("bomb disposal", "heart attack") is only part of it. */
const shadowed = (h: CueHit<NonEventConcept>, nonHits: readonly CueHit<NonEventConcept>[]): boolean =>
  nonHits.some((g) => g.concept !== h.concept && g.first <= h.first && g.end >= h.end && g.end - g.first > h.end - h.first);
/** nonev13: a word of the concept told in the sentence, not negated and not part of a longer phrase. */
const toldHit = (concept: NonEventConcept, nonHits: readonly CueHit<NonEventConcept>[]): boolean =>
  nonHits.some((h) => h.concept === concept && !shadowed(h, nonHits) && !negated(h, nonHits));

/** nonev13: the political words a sentence asserts: not one it negates ("ruled out arson"), nor an aircraft told as what crashed
 * ("a fighter jet crashed during a training flight": the jet is the accident's vehicle, not a strike's weapon). */
export const assertedPolitical = (hits: readonly CueHit<Concept>[], nonHits: readonly CueHit<NonEventConcept>[], tokens?: readonly Token[]):
  readonly CueHit<Concept>[] => {
  // Round 44: …nor an aircraft on a relief flight (relief-aircraft.ts), its words read from the tokens around it.
  const at = tokens ? (k: number): string | undefined => tokens[k]?.text.toLowerCase() : null;
  return hits.filter((h) => POLITICAL.has(h.concept) && !negated(h, nonHits) && !(tokens && crashedVehicle(h, tokens)) && !(at && onReliefFlight(h, at)));
};
/** An aircraft or vehicle word followed within VEHICLE_REACH words by a crash verb (WordNet 3.1 "crash" v.1, "go down" v.5,
 * "crash-land" v.1, "ditch" v.3): the vehicle of an accident. Only AIR's words: "fighter jets", "warplane", "helicopter gunship". */
const crashedVehicle = (h: CueHit<Concept>, tokens: readonly Token[]): boolean => {
  if (h.concept !== 'AIR') return false;
  for (let i = h.end; i < h.end + VEHICLE_REACH && i < tokens.length; i++) {
    const w = tokens[i].text.toLowerCase();
    if (w === ',' || w === '.' || w === ';') return false;
    if (CRASH_VERB.test(w)) return true;
  }
  return false;
};
const VEHICLE_REACH = 4;
const CRASH_VERB = /^(crash|crashed|crashes|crashing|ditched)$/;

/** nonev12: armed parties, named or not (a named group is read as MILITANT, mentions.ts). */
const ARMED_PARTIES: ReadonlySet<Concept> = conceptsWith('nonstate-force');

/** nonev12: the violent incidents a diplomatic act can have as its topic (sanctions over a chemical attack, an envoy summoned over
 * a shelling, a treaty on cluster munitions); not arrests or demonstrations, which diplomacy does not name as its topic. */
export const DIPLOMACY_TOPICS: ReadonlySet<Concept> = new Set<Concept>(['AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'BOMBING', 'SHELL', 'SHELL_WEAK',
  'HEAVY_WEAPON', 'EXPLOSIVE', 'SUICIDE', 'GRENADE', 'CHEM', 'CLASH', 'CLASH_WEAK', 'KILL', 'ATTACK', 'ATTACK_NOUN', 'SEXUAL', 'ABDUCT']);

/** nonev12: an incident word told as a noun or noun phrase ("the chemical weapons attack", "the bombing"), no verb among its words
 * ("shelled", "attacked"): the topic of a diplomatic act, not an act told with its own subject. */
export const toldAsNoun = (h: { first: number; end: number }, tokens: readonly Token[]): boolean => {
  for (let i = h.first; i < h.end; i++) if (VERBAL.has(tokens[i]?.pos ?? '') && !gerundNoun(tokens, i)) return false;
  return true;
};
const VERBAL = new Set(['VERB', 'AUX']);
/** English grammar: a gerund after a determiner, possessive or adjective ("last month's shelling", "the bombing") heads a noun phrase. */
const gerundNoun = (tokens: readonly Token[], i: number): boolean => i > 0 && tokens[i].text.toLowerCase().endsWith('ing') &&
  BEFORE_GERUND_NOUN.has(tokens[i - 1].pos ?? '');
const BEFORE_GERUND_NOUN = new Set(['DET', 'PART', 'PRON', 'ADJ']);

/** nonev16: an incident told with its own date or place in the words right after it (at most SETTING_REACH, not across a clause
 * break): a weekday, month or "yesterday", or a preposition of place before a proper name ("the killing of a man in Kessa on
 * Monday"): a report of that incident, not only of a reaction to it. */
export function ownSetting(h: { first: number; end: number }, tokens: readonly Token[]): boolean {
  for (let k = h.end; k < tokens.length && k < h.end + SETTING_REACH; k++) {
    const w = tokens[k].text.toLowerCase();
    if (w === ',' || w === ';' || w === '.' || w === ':') return false;
    if (DATE_WORDS.test(w)) return true;
    if (PLACE_PREPS.has(w) && tokens[k + 1]?.pos === 'PROPN') return true;
  }
  return false;
}
const SETTING_REACH = 6;
const DATE_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'outside']);

/** probe5: a state force named just before the trigger (at most FORCE_REACH words), as the doer of the act. */
const STATE_FORCES: ReadonlySet<Concept> = conceptsWith('state-force');
const FORCE_REACH = 3;
const forceActs = (hits: readonly CueHit<Concept>[], t: number): boolean =>
  hits.some((h) => STATE_FORCES.has(h.concept) && ((h.end <= t && t - h.end < FORCE_REACH) || forceRaid(hits, h)));
/** (acled6) A force's own raid told anywhere in the sentence ("a drug suspect was killed during a police raid", "in an army
 * raid"): the force acted, so the killing is no ordinary crime (codebook: violence by state forces against civilians is an
 * Attack, whatever crime the victim was suspected of). */
const RAID_WORDS: ReadonlySet<Concept> = new Set(['CLASH_WEAK', 'ARREST_WEAK']);
const forceRaid = (hits: readonly CueHit<Concept>[], h: CueHit<Concept>): boolean =>
  hits.some((g) => g.first === h.end && RAID_WORDS.has(g.concept));

/** The rule that makes the sentence no event, or null when it reports one. */
export function whyNotAnEvent(
  typed: Typed,
  hits: readonly CueHit<Concept>[],
  nonHits: readonly CueHit<NonEventConcept>[],
  doc: DocContext = { disaster: false, armed: false, play: false, forces: false, ceremony: false },
  tokens?: readonly Token[],
  /** The sentence's hits with its named parties (mentions.ts withNamedParties): "the Houthis" is an armed party too. */
  parties?: readonly CueHit<Concept>[],
): NonEventVerdict | null {
  // The sentence's own rules first: they name the most specific reason.
  const political = assertedPolitical(hits, nonHits, tokens).length > 0;
  for (const n of nonHits) {
    for (const r of RULES_OF.get(n.concept) ?? []) if (holds(r, n, typed, political, nonHits, hits, tokens, parties)) return { rule: r.id, reason: r.reason };
  }
  if (doc.disaster && !doc.armed && typed.eventType !== 'Protests' && !pastWarKeeps(typed.rule, 'disaster')) return { rule: DISASTER_STORY.id, reason: 'disaster' };
  if (doc.play && !doc.forces && !PROTEST_FAMILY.has(typed.eventType)) return { rule: PLAY_STORY.id, reason: 'irrealis' };
  if (typed.eventType === 'Protests' && doc.ceremony && !nonHits.some((h) => h.concept === 'DISSENT')) return { rule: CEREMONY_STORY.id, reason: 'drill' };
  return null;
}

/** The pronouns that open a relative clause right before its verb ("clans that had been fighting", "rebels who have been battling"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'who', 'which']);
/** terr17: the hit `n` stands in a ", which … ," clause that closes before word `t` (relative-background.ts). */
function relativeBefore(n: { first: number; end: number }, t: number, tokens: readonly Token[]): boolean {
  // Only the words the clause reader can reach, lowercased (not the whole article's, at every call).
  const from = Math.max(0, n.first - RELATIVE_REACH - 1);
  const words = tokens.slice(from, n.end + RELATIVE_REACH + 1).map((x) => x.text.toLowerCase());
  const close = relativeClauseClose(n.first - from, n.end - from, words);
  return close >= 0 && close + from < t;
}
