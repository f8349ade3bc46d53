// typing: the ACLED sub-event type a sentence reports, from the concepts its cue words signal.
// Rules and their precedence are data (lexicon/sub-events.ts); this file only evaluates them.
import { CONSEQUENCE_FLIGHT_NEEDS, dropConsequenceFlight, dropEarlierFlight, EARLIER_FLIGHT_NEEDS } from './consequence-flight.js';
import { reliefAircraft, RELIEF_AIRCRAFT_NEEDS } from './relief-aircraft.js';
import { gotThrough, GOT_THROUGH_NEEDS } from './got-through.js';
import { dropLateForces, LATE_FORCES_NEEDS } from './late-forces.js';
import { dropThingDeaths, THING_DEATHS_NEEDS } from './thing-deaths.js';
import { dropMovementCause, MOVEMENT_CAUSE_NEEDS } from './movement-causes.js';
import { dropFramedDeals, FRAMED_DEAL_NEEDS } from './framed-deals.js';
import { dropDealCause, DEAL_CAUSE_NEEDS } from './deal-causes.js';
import { dropFoundBodies, dropSignsOnBodies, SIGNS_ON_BODIES_NEEDS, FOUND_BODIES_NEEDS } from './found-bodies.js';
import { dropTakingBehindStrike, STRIKE_BACKGROUND_NEEDS } from './strike-background.js';
import { dropTakingBehindAttack, ATTACK_BACKGROUND_NEEDS } from './attack-background.js';
import { AVOIDED_NEEDS, dropAvoidedHarm, dropHandoverAims, dropPurposeInfinitives, HANDOVER_AIM_NEEDS, PURPOSE_NEEDS } from './purpose-infinitives.js';
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { SUB_EVENTS, type Party, type SubEventDef, type SubEventRule } from '../../lexicon/sub-events.js';
import { DISPLAYED_SEIZURE } from '../../lexicon/sub-events-strategic.js';
import type { EventType } from '../../types.js';
import type { CueHit } from './cue-matcher.js';
import type { ArticleWords, ProtestScans } from './article-words.js';
import { PASSIVE_PAST } from '../../lexicon/voice.js';
import { protestObjects } from './protest-objects.js';
import { armedSidesBetween, betweenSides, hasObjectOrAgent } from './crowd-sides.js';
import { membersOfParty } from './members-of.js';
import { dropCausesAndCharges, CAUSES_AND_CHARGES_NEEDS } from './protest-causes.js';
import { dropRiotCause, RIOT_CAUSE_NEEDS } from './riot-causes.js';
import { dropSelfDispersal, SELF_DISPERSAL_NEEDS } from './self-dispersal.js';
import { BOMB_HIT_NEEDS, dropDeviceBombHits } from './bomb-hit.js';
import { actAgent, coordinatedPartner, fightClauseEnd, hitStarts, fightsAmongItself, finiteAct, objectEnd, objectOfEarlierAct, ofComplement, opponentOfFight, participleHead, tieComplement } from './act-agents.js';
import { formerAsCivilians, isPossessor, ofKinOrHome, offDutyAsCivilians, pronounAntecedents, FORMER_NEEDS, OFF_DUTY_NEEDS, PRONOUN_NEEDS } from './target-kind.js';
import { coordinatedArmedParty, includedArmedParty } from './included-victims.js';
import { affiliatedWithState, alliedWithState, reciprocalAfter } from './allied-sides.js';
import { dropForceInstruments, FORCE_INSTRUMENTS_NEEDS } from './passive-instruments.js';
import { dropEarlierDeeds, EARLIER_DEEDS_NEEDS } from './earlier-deeds.js';
import { attacksOnDemonstrators, demonstratorsHarm, ATTACKS_ON_DEMONSTRATORS_NEEDS, DEMONSTRATORS_HARM_NEEDS } from './demonstrators-harm.js';
import { dropEffigyBurning, EFFIGY_NEEDS } from './effigies.js';
import { dropRiotControlAsLethal, RIOT_CONTROL_NEEDS } from './riot-control-means.js';
import { markJointFight, JOINT_FIGHT_NEEDS } from './joint-fight.js';
import { dropLaterArrests, LATER_ARRESTS_NEEDS } from './later-arrests.js';
import { ATTRIBUTIVE_PROTEST, CAUSE_IS_NO_DEMAND, FUNERAL_RITES, PUBLIC_CAUSE, WHAT_THEY_BLAME, WHAT_THEY_DEFY, GRIEVANCE_ENDS_AT_DEATH, RELATIVE_PRONOUNS, SLOGAN_WORDS, TALLY_RELATIVE } from '../../lexicon/protest-readings.js';
import { relativeAfterGrievance, sayingAfter, GRIEVANCE_RELATIVE_REACH } from './grievance-relatives.js';
import { civiliansFightEachOther, subjectHoldsSides, withInstrument } from './fight-sides.js';
import { enteredSpan, ENTERED_SPAN_NEEDS, armedPeople, dropCharges, dropOwners, forceCompounds, localRanks, neutralisedDevices, neutralisedPeople, freedHostages, handedPeople, seizedPeople, snatchedThings, SNATCHED_NEEDS, goodsModifiers, GOODS_MODIFIERS_NEEDS, dropNamedVictims, NAMED_VICTIMS_NEEDS, releasedDocuments, RELEASED_DOCUMENTS_NEEDS, armedHoledUp, HOLED_UP_NEEDS,
  ARMED_PEOPLE_NEEDS, FORCE_COMPOUNDS_NEEDS, FREED_HOSTAGES_NEEDS, HANDED_PEOPLE_NEEDS, LOCAL_RANKS_NEEDS, NEUTRALISED_NEEDS, NEUTRALISED_PEOPLE_NEEDS, OWNERS_NEEDS, SEIZED_PEOPLE_NEEDS } from './hit-readings.js';
import type { ReadingNeeds } from './reading-needs.js';
import { identifiedMembers, IDENTIFIED_MEMBERS_NEEDS } from './identified-members.js';
import { dropArrestOccasions, ARREST_OCCASIONS_NEEDS } from './protest-occasions.js';
import { markForcesHarmed, FORCES_HARMED_NEEDS } from './forces-harmed.js';
import { dropGoodsContainers, GOODS_CONTAINERS_NEEDS } from './goods-containers.js';
import { dropFallWithoutTaker, dropFallToQuantity, fallToAt, TO_SIDE_REACH, FALL_NEEDS, FALL_TO_QUANTITY_NEEDS } from './fell-to.js';
import { ATTEMPTED_TAKING_NEEDS, dropAttemptedTakings } from './attempted-takings.js';
import { dropTakingInRelative, RELATIVE_BACKGROUND_NEEDS } from './relative-background.js';


export interface Typed {
  subEventType: string;
  eventType: EventType;
  score: number;
  /** The id of the rule that chose the type (`why.type`). */
  rule: string;
  /** The cue hit the type was read from (first concept of the winning rule). */
  trigger: CueHit<Concept>;
  /** case4: clause rules that set words aside before the type was read (`type.relative-clause-background`,
   * `type.hypothetical`), with the token span they set aside; shown after the rule in `why.type`. */
  setAside?: Array<{ rule: string; first: number; end: number }>;
}

/** `t` with the fields of `change` in place of its own. Built field by field rather than spread (`{ ...t, score }`): V8 gives a
 * spread copy another hidden class than the literal's, and the code reading both kinds was optimised again ("wrong map"). */
export function retyped(t: Typed, change: Partial<Typed>): Typed {
  return { subEventType: change.subEventType ?? t.subEventType, eventType: change.eventType ?? t.eventType, score: change.score ?? t.score,
    rule: change.rule ?? t.rule, trigger: change.trigger ?? t.trigger, setAside: change.setAside ?? t.setAside };
}

/** How far after its verb an object may stand: "captured [the strategic hilltop] town". */
const OBJECT_WINDOW = 5;
/** Scores this close count as a tie, broken by word order (wider ties measured worse on dev). */
const NEAR_TIE = 0;

/** Every rule in one shape, each field named whether the row gives it or not (`agents`: the rule's agent as a list, made once,
 * not an array per rule tried). The 359 rows give a few fields each, in 46 combinations: copied as they are, every site
 * of typeHits that reads a rule's field met that many hidden classes and fell back to V8's slowest look-up. */
const RULES = SUB_EVENTS.flatMap((d) => d.rules.map((r) => oneShape(r, d)));
/** A rule with every field of SubEventRule, in one literal (the return type fails to compile when a field is added there and not
 * here; a spread would give each rule a class of its own again, extend.ts). */
function oneShape(r: SubEventRule, d: SubEventDef): { [K in keyof Required<SubEventRule>]: SubEventRule[K] } & Pick<SubEventDef, 'subEventType' | 'eventType'> & { agents: Party[] | undefined } {
  return {
    id: r.id, why: r.why, all: r.all, any: r.any, none: r.none, agent: r.agent, patient: r.patient, object: r.object,
    act: r.act && { concept: r.act.concept, notBy: r.act.notBy, by: r.act.by, finite: r.act.finite },
    reach: r.reach, transitive: r.transitive, triggerFrom: r.triggerFrom, objectAfter: r.objectAfter, subjectAgent: r.subjectAgent,
    passiveObject: r.passiveObject, groupsAsDisrupted: r.groupsAsDisrupted, deadlyAfterDispersal: r.deadlyAfterDispersal, score: r.score,
    subEventType: d.subEventType, eventType: d.eventType, agents: r.agent === undefined ? undefined : Array.isArray(r.agent) ? r.agent : [r.agent],
  };
}
/** Round 35: per rule id, the concept of the act it asks to be done (SubEventRule.act), for the rules that ask one. */
const ACT_OF_RULE: ReadonlyMap<string, Concept> = new Map(RULES.flatMap((r) => (r.act ? [[r.id, r.act.concept] as const] : [])));
/** The concept of the act the rule `id` asks to be done ("riot.demands-violently": the crowd's RIOT_WEAK), or undefined. */
export const actOfRule = (id: string): Concept | undefined => ACT_OF_RULE.get(id);
/** Rule indexes by the first concept each requires: a sentence tries only the rules its concepts can fire. */
const RULES_BY_HEAD = new Map<Concept, number[]>();
/** A rule that requires no concept (none today) is tried for every sentence. */
const HEADLESS: number[] = [];
RULES.forEach((r, i) => {
  if (!r.all.length) return void HEADLESS.push(i);
  const list = RULES_BY_HEAD.get(r.all[0]) ?? [];
  list.push(i);
  RULES_BY_HEAD.set(r.all[0], list);
});

/** Whether some rule could fire on these concepts with any of `more` added: every concept it requires is
 * among them and, when it asks for any of several, one is. What typeHits asks besides (no forbidden concept,
 * the parties' roles, an object near the verb) only narrows it, and the hits it drops only remove concepts:
 * false means typeHits returns null on these hits with any of `more` added, so the sentence need not be read
 * further (mentions.ts). */
export function couldType(concepts: ReadonlySet<Concept>, more: ReadonlySet<Concept>): boolean {
  if (HEADLESS.length) return true;
  // Plain loops, no closures: asked of every sentence with a cue word (some 60 a bench article).
  for (const c of concepts) if (anyFires(RULES_BY_HEAD.get(c), concepts, more)) return true;
  for (const c of more) if (anyFires(RULES_BY_HEAD.get(c), concepts, more)) return true;
  return false;
}
/** Whether one of the rules `list` names has all it requires, and one of what it asks for any of, among the concepts. */
function anyFires(list: readonly number[] | undefined, concepts: ReadonlySet<Concept>, more: ReadonlySet<Concept>): boolean {
  if (!list) return false;
  for (const i of list) {
    const r = RULES[i];
    let all = true;
    for (const c of r.all) if (!concepts.has(c) && !more.has(c)) { all = false; break; }
    if (!all) continue;
    if (!r.any) return true;
    for (const c of r.any) if (concepts.has(c) || more.has(c)) return true;
  }
  return false;
}

type Read = (hits: readonly CueHit<Concept>[], words: readonly string[]) => readonly CueHit<Concept>[];
/** A reading and the bits of the concept groups it needs (hit-readings.ts ReadingNeeds; `lo` groups 0–31, `hi` 32–63). */
export interface HitReading { read: Read; needs: ReadingNeeds; lo: number; hi: number }
/** A reading that may act on any hits. */
const ALWAYS: ReadingNeeds = [];
const PROTEST_OR_WEAK: readonly Concept[] = ['PROTEST', 'PROTEST_WEAK'];
/** Each group of concepts the readings need, by its sorted concepts, and its bit; per concept, the bits of the groups that
 * hold it. typeHits ORs its hits' bits once (again only when a reading changed them) and runs a reading only when every
 * group it needs is told: 37 readings were 37 passes over the hits at every typing, most of them finding nothing to do. */
const GROUP_BITS = new Map<string, number>();
/** Per concept, an index into GROUP_LO / GROUP_HI (one map look-up per hit). */
const CONCEPT_GROUPS = new Map<Concept, number>();
const GROUP_LO: number[] = [], GROUP_HI: number[] = [];

/** What the cue hits tell before any rule reads them, in order: each reading drops hits that tell no act of the sentence
 * or recasts who they name (applied by typeHits, one after the other):
 * (acled6) "two former fighters" are civilians, (clash8) and so is a force's member told off duty (target-kind.ts), while
 * "a local commander of the militia" is the militia's (hit-readings.ts localRanks); (clash7) "armed youths" are an armed group, a charge
 * ("suspected of rape") tells no act, a force told as an owner ("the house of a police officer") is no party, a people
 * word opening a force's name is the force's (hit-readings.ts); the longest cue at a place wins; a protest's grievance
 * is no act of it; (protest6) a demonstration's cause told after it, and an arrest's charge, tell no act
 * (protest-causes.ts); (strat7) the fight that prompted a force's move, told after it, is its cause (movement-causes.ts), (dwu10) and so is the
 * fighting that led to a deal (deal-causes.ts); bodies found are no weapon found (found-bodies.ts);
 * a fight told as a purpose ("an alliance to fight the government") is no fight (purpose-infinitives.ts); (case9p)
 * sticks or stones a state force beat people with ("were beaten with stones by police") are its instrument (passive-instruments.ts);
 * in a demonstration's sentence, a deed dated before the day ("shot dead by police the day before") and a death no one dealt
 * ("died of a heart attack") are no force used on it (earlier-deeds.ts); demonstrators who assault or beat anyone do the
 * demonstration's violence, and those who attack a demonstration use force on it (demonstrators-harm.ts); an effigy burnt is
 * no destruction (effigies.ts); (clash10) a person identified as a force's member ("a man affiliated with the Houthis") is the
 * force's (identified-members.ts); (case10x) a place taken, told in a clause after a strike, is the strike's background
 * (strike-background.ts); (terr11) and one dated before an attack (attack-background.ts);
 * (riots11) in an arrest's sentence, a protest word that names a group or a call, an arrest in the
 * demonstrators' condition, and a relative clause after the charge are no occasion of it (protest-occasions.ts); injuries told
 * in the passive of police or troops at a demonstration are the demonstrators' violence (forces-harmed.ts); (dwu12) a depot or
 * packages of goods ("a fuel depot") hold no weapons (goods-containers.ts); (protest12) demonstrators arrested on another day
 * or once the protest was over are no intervention in it (later-arrests.ts), and a baton charge alone is no lethal force
 * (riot-control-means.ts); (fix15) "neutralised" with a device as its object kills no one, hostages released with no abduction of
 * the day told are freed, not taken, and people handed over are no place handed (hit-readings.ts); (fix16) people seized are
 * detained or taken, no goods or ground (hit-readings.ts seizedPeople); (force17) a fight verb whose subject joins demonstrators
 * and a state force is the demonstrators' fight too (joint-fight.ts); (round 36) a thing entering a span of time ("as the strike
 * entered its fourth week") enters no place (hit-readings.ts enteredSpan).
 * Each with the concept groups it needs to act (its file's …_NEEDS, declared beside it): typeHits skips the others. */
export const HIT_READINGS: readonly HitReading[] = ([
  [formerAsCivilians, FORMER_NEEDS], [offDutyAsCivilians, OFF_DUTY_NEEDS], [pronounAntecedents, PRONOUN_NEEDS], [identifiedMembers, IDENTIFIED_MEMBERS_NEEDS],
  [localRanks, LOCAL_RANKS_NEEDS], [armedPeople, ARMED_PEOPLE_NEEDS], [dropCharges, ALWAYS], [dropOwners, OWNERS_NEEDS],
  [(hits) => forceCompounds(hits), FORCE_COMPOUNDS_NEEDS], [(hits) => longestOnly(hits), ALWAYS], [neutralisedDevices, NEUTRALISED_NEEDS],
  [neutralisedPeople, NEUTRALISED_PEOPLE_NEEDS],
  [freedHostages, FREED_HOSTAGES_NEEDS], [enteredSpan, ENTERED_SPAN_NEEDS], [handedPeople, HANDED_PEOPLE_NEEDS], [seizedPeople, SEIZED_PEOPLE_NEEDS], [snatchedThings, SNATCHED_NEEDS], [goodsModifiers, GOODS_MODIFIERS_NEEDS], [dropNamedVictims, NAMED_VICTIMS_NEEDS],
  [releasedDocuments, RELEASED_DOCUMENTS_NEEDS], [armedHoledUp, HOLED_UP_NEEDS],
  // dropCauseWithoutProtest sets aside only GRIEVANCE hits; dropGrievance reads only a sentence with a protest word.
  [dropCauseWithoutProtest, [['GRIEVANCE']]], [dropGrievance, [PROTEST_OR_WEAK]], [dropEarlierDeeds, EARLIER_DEEDS_NEEDS],
  [dropCausesAndCharges, CAUSES_AND_CHARGES_NEEDS], [dropRiotCause, RIOT_CAUSE_NEEDS], [dropArrestOccasions, ARREST_OCCASIONS_NEEDS],
  [dropLaterArrests, LATER_ARRESTS_NEEDS], [dropRiotControlAsLethal, RIOT_CONTROL_NEEDS], [markForcesHarmed, FORCES_HARMED_NEEDS],
  [markJointFight, JOINT_FIGHT_NEEDS], [dropMovementCause, MOVEMENT_CAUSE_NEEDS], [dropDealCause, DEAL_CAUSE_NEEDS],
  // case31: a deal named as what an act was done under ("withdrew under a deal agreed in April") is no agreement of the day (framed-deals.ts).
  [dropFramedDeals, FRAMED_DEAL_NEEDS], [dropFoundBodies, FOUND_BODIES_NEEDS], [dropSignsOnBodies, SIGNS_ON_BODIES_NEEDS],
  [dropTakingBehindStrike, STRIKE_BACKGROUND_NEEDS], [dropTakingBehindAttack, ATTACK_BACKGROUND_NEEDS], [dropPurposeInfinitives, PURPOSE_NEEDS], [dropAvoidedHarm, AVOIDED_NEEDS], [dropHandoverAims, HANDOVER_AIM_NEEDS],
  [dropForceInstruments, FORCE_INSTRUMENTS_NEEDS], [demonstratorsHarm, DEMONSTRATORS_HARM_NEEDS], [attacksOnDemonstrators, ATTACKS_ON_DEMONSTRATORS_NEEDS],
  [dropEffigyBurning, EFFIGY_NEEDS], [dropGoodsContainers, GOODS_CONTAINERS_NEEDS], [dropSelfDispersal, SELF_DISPERSAL_NEEDS],
  [(hits) => dropDeviceBombHits(hits), BOMB_HIT_NEEDS],
  // terr17: "the fall of" a place is read only with the side that took it named after "to" (fell-to.ts).
  [(hits, words) => dropFallWithoutTaker(hits, words, (f) => partyAt(hits, f, ARMED_PARTIES) !== null), FALL_NEEDS],
  // Round 34: "fell to 94" is a quantity's decrease, no taking (fell-to.ts).
  [(hits, words) => dropFallToQuantity(hits, words, (f) => partyAt(hits, f, ARMED_PARTIES) !== null), FALL_TO_QUANTITY_NEEDS],
  // terr17: a taking told in a ", which … ," clause before the main clause's act is that place's background (relative-background.ts).
  [dropTakingInRelative, RELATIVE_BACKGROUND_NEEDS],
  // case32: a taking told only as attempted ("struggling to regain control of …") took nothing (attempted-takings.ts).
  [dropAttemptedTakings, ATTEMPTED_TAKING_NEEDS],
  // Round 33: people who fled told in a clause of result after the fight ("…, forcing thousands to flee") are its outcome
  // (consequence-flight.ts).
  [dropConsequenceFlight, CONSEQUENCE_FLIGHT_NEEDS],
  // Round 43: …and a flight told in an "after" clause behind the main clause's act is its setting (consequence-flight.ts).
  [dropEarlierFlight, EARLIER_FLIGHT_NEEDS],
  // Round 44: an aircraft on a relief flight ("helicopters were deployed to evacuate villagers") is no strike's (relief-aircraft.ts).
  [reliefAircraft, RELIEF_AIRCRAFT_NEEDS],
  // Round 44: a barrage partly stopped whose rest struck ("shot down three, but two struck the port") is the strike (got-through.ts).
  [gotThrough, GOT_THROUGH_NEEDS],
  // Round 44: a force told as coming after the act ("before officers reached the scene") did not do it (late-forces.ts).
  [dropLateForces, LATE_FORCES_NEEDS],
  // Round 44: a bill, a plan or talks that "died" killed no one (thing-deaths.ts).
  [dropThingDeaths, THING_DEATHS_NEEDS],
] as Array<[Read, ReadingNeeds]>).map(([read, needs]) => {
  let lo = 0, hi = 0;
  for (const group of needs) {
    const concepts = [...new Set(group)].sort();
    const key = concepts.join(' ');
    let bit = GROUP_BITS.get(key);
    if (bit === undefined) {
      GROUP_BITS.set(key, (bit = GROUP_BITS.size));
      for (const c of concepts) {
        let k = CONCEPT_GROUPS.get(c);
        if (k === undefined) { CONCEPT_GROUPS.set(c, (k = GROUP_LO.length)); GROUP_LO.push(0); GROUP_HI.push(0); }
        if (bit < 32) GROUP_LO[k] |= 1 << bit;
        else if (bit < 64) GROUP_HI[k] |= 1 << (bit - 32);
      }
    }
    // A group past the 64th is not tested: the reading then runs whenever its other groups are told.
    if (bit < 32) lo |= 1 << bit;
    else if (bit < 64) hi |= 1 << (bit - 32);
  }
  return { read, needs, lo, hi };
});

/** The best-scoring sub-event type over a set of cue hits, or null when no rule fires. */
export function typeHits(all: readonly CueHit<Concept>[], words: readonly string[] = []): Typed | null {
  if (!all.length) return null;
  let hits: readonly CueHit<Concept>[] = all;
  // Only the readings whose concepts are told (HIT_READINGS): the others would return `hits` itself.
  let lo = 0, hi = 0;
  for (const h of hits) { const k = CONCEPT_GROUPS.get(h.concept); if (k !== undefined) { lo |= GROUP_LO[k]; hi |= GROUP_HI[k]; } }
  for (const r of HIT_READINGS) {
    if ((lo & r.lo) !== r.lo || (hi & r.hi) !== r.hi) continue;
    const next = r.read(hits, words);
    if (next === hits) continue;
    hits = next;
    lo = 0; hi = 0;
    for (const h of hits) { const k = CONCEPT_GROUPS.get(h.concept); if (k !== undefined) { lo |= GROUP_LO[k]; hi |= GROUP_HI[k]; } }
  }
  const first = new Map<Concept, CueHit<Concept>>();
  for (const h of hits) if (!first.has(h.concept)) first.set(h.concept, h);
  const fired: Typed[] = [];
  // In the rules' own order, which breaks ties.
  const tried: number[] = HEADLESS.slice();
  // Each rule is listed under one head, so the lists are disjoint: an insertion sort of these few (a dozen at most) is
  // cheaper than Array#sort with a comparator, which was a tenth of typeHits' own time.
  for (const c of first.keys()) {
    const list = RULES_BY_HEAD.get(c);
    if (list) for (const i of list) {
      let k = tried.length;
      tried.push(i);
      while (k > 0 && tried[k - 1] > i) { tried[k] = tried[k - 1]; k--; }
      tried[k] = i;
    }
  }
  const partiesByTrigger = new Map<CueHit<Concept>, { agent: Party; patient: Party; agentAfter?: boolean }>();
  function triggerPasses(r: typeof RULES[number], trigger: CueHit<Concept>): boolean {
    if (r.agents || r.patient) {
      // "an attack to capture the town": an attempt, not a capture.
      if (r.agents && words[trigger.first - 1] === 'to') return false;
      // (acled6) One reading of the parties per trigger: many rules share a trigger concept (KILL, FIRED, CLASH_WEAK).
      let parties = partiesByTrigger.get(trigger);
      if (!parties) partiesByTrigger.set(trigger, (parties = partiesOf(hits, trigger, words)));
      if (r.agents && !r.agents.includes(parties.agent)) return false;
      if (r.patient && !r.patient.includes(parties.patient)) return false;
      // gap7: the agent must be the subject named before the verb (or a passive's "by"), not a party read after an active verb.
      // What a declaring verb's "that" clause tells is done by that clause's subject ("announced that its fighters would …").
      if (r.subjectAgent && parties.agentAfter && words[trigger.end] !== 'that') return false;
    }
    if (r.act && !actDoneBy(hits, r.act, words)) return false;
    // protest6: the act takes an object or names its doer after "by" (crowd-sides.ts).
    if (r.transitive && !hasObjectOrAgent(trigger, words)) return false;
    // dwu14: the object told as the passive's subject ("a drone was destroyed").
    if (r.passiveObject) { if (!hits.some((h) => h.concept === r.object && passiveSubject(h, trigger, words, r.reach))) return false; }
    else if (r.object && !hits.some((h) => h.concept === r.object && !placeWhereNotWhat(h, trigger, words) && (r.objectAfter || FOLLOWS_VERB.has(r.object)
      ? (h.first >= trigger.end && h.first - trigger.end <= (r.reach ?? OBJECT_WINDOW)) || (FOLLOWS_VERB.has(r.object) && passiveSubject(h, trigger, words))
      : Math.abs(h.first - trigger.first) <= (r.reach ?? OBJECT_WINDOW) + 1))) return false;
    return true;
  }
  for (const i of tried) {
    const r = RULES[i];
    if (!hasAll(first, r.all) || (r.any && !hasAny(first, r.any)) || (r.none && hasAny(first, r.none))) continue;
    const trigger = r.triggerFrom === 'any' ? earliest(r.any!, first) : first.get(r.all[0])!;
    // case9s: a rule that asks for an object is read at each telling of its trigger word, not only the first ("busted a hideout
    // and recovered rifles": the second finding word has the weapons as its object). At most a few tellings are tried, and only
    // when no one is killed: "neutralised three fighters and recovered weapons" tells a fight, whose spoils its later words are.
    let chosen: CueHit<Concept> | null = triggerPasses(r, trigger) ? trigger : null;
    if (!chosen && r.object && !r.triggerFrom && !first.has('KILL')) chosen = laterTriggers(hits, r.all[0], trigger).find((cand) => triggerPasses(r, cand)) ?? null;
    if (!chosen) continue;
    // setAside present though empty: every Typed has one shape, which keeps the code that reads them optimised.
    fired.push({ subEventType: r.subEventType, eventType: r.eventType, score: r.score, rule: r.id, trigger: chosen, setAside: undefined });
  }
  if (!fired.length) return null;
  const top = Math.max(...fired.map((f) => f.score));
  // Two clear readings of nearly equal weight: the sentence tells the first one first.
  let best: Typed | null = null;
  for (const f of fired) {
    if (f.score < top - NEAR_TIE) continue;
    if (!best || f.trigger.first < best.trigger.first || (f.trigger.first === best.trigger.first && f.score > best.score)) best = f;
  }
  // case10x: a seizure shown ("display weapons seized"): the same type, read as a weak lead.
  const shown = best && best.subEventType === DISPLAYED_SEIZURE.subEventType ? first.get(DISPLAYED_SEIZURE.concept) : undefined;
  if (best && shown && shown.first < best.trigger.first && best.trigger.first - shown.end <= DISPLAYED_SEIZURE.window) {
    best = retyped(best, { score: DISPLAYED_SEIZURE.score, setAside: [...(best.setAside ?? []), { rule: DISPLAYED_SEIZURE.id, first: shown.first, end: shown.end }] });
  }
  return best;
}

/** Whether `first` holds every one, or any one, of the concepts: plain loops, no closure per rule tried. */
function hasAll(first: ReadonlyMap<Concept, unknown>, concepts: readonly Concept[]): boolean {
  for (const c of concepts) if (!first.has(c)) return false;
  return true;
}
function hasAny(first: ReadonlyMap<Concept, unknown>, concepts: readonly Concept[]): boolean {
  for (const c of concepts) if (first.has(c)) return true;
  return false;
}

/** clash8: a place named after a locative preposition right after the verb ("a soldier they had captured near Diffa", "two
 * soldiers captured in Diffa") is where the act was done, not what was taken: no object of a territory verb. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'near', 'at', 'around', 'outside', 'inside', 'on']);
function placeWhereNotWhat(h: CueHit<Concept>, trigger: CueHit<Concept>, words: readonly string[]): boolean {
  if (h.first < trigger.end) return false;
  // case31: goods after "into / onto" are where someone or something was put ("were abducted into a waiting car"), not what was taken.
  if (h.concept === 'GOODS') { for (let k = trigger.end; k < h.first; k++) if (words[k] === 'into' || words[k] === 'onto') return true; return false; }
  if (h.concept !== 'PLACE_NAME') return false;
  for (let k = trigger.end; k < h.first; k++) if (LOCATIVE.has(words[k])) return true;
  return false;
}

/** case7: how far before a passive verb its subject's head may end ("the town [of Kidal] was captured"). */
const PASSIVE_SUBJECT_REACH = 4;
/** case7: a passive's subject is its object ("the town was captured by rebels", "several villages were overrun"): a place
 * named just before "was / were / has been" and the verb is what was taken (general English: the passive promotes the
 * object to subject). `reach`: how many words before the verb it may end (round 44: a rule's own, for a subject with its
 * modifier, mob.suspect-beaten-passive). */
function passiveSubject(h: CueHit<Concept>, trigger: CueHit<Concept>, words: readonly string[], reach = PASSIVE_SUBJECT_REACH): boolean {
  const t = trigger.first;
  if (!(PASSIVE.has(words[t - 1] ?? '') || PASSIVE.has(words[t - 2] ?? '')) || words[t].endsWith('ing')) return false;
  if (h.end > t || t - h.end > reach) return false;
  for (let k = h.end; k < t; k++) if (CLAUSE_BREAK.has(words[k])) return false;
  return true;
}

/** The earliest told of the concepts (each present at least once in `first`). */
function earliest(concepts: readonly Concept[], first: ReadonlyMap<Concept, CueHit<Concept>>): CueHit<Concept> {
  let best: CueHit<Concept> | undefined;
  for (const c of concepts) { const h = first.get(c); if (h && (!best || h.first < best.first)) best = h; }
  return best!;
}

/** case9s: the later tellings of a trigger concept after its first (at most three). */
function laterTriggers(hits: readonly CueHit<Concept>[], concept: Concept, first: CueHit<Concept>): CueHit<Concept>[] {
  const out: CueHit<Concept>[] = [];
  for (const h of hits) if (h.concept === concept && h.first > first.first && out.length < 3) out.push(h);
  return out;
}

/** Whether the rule's act is done by a party it allows: the agent of the act's first word (act-agents.ts). */
function actDoneBy(hits: readonly CueHit<Concept>[], act: { concept: Concept; notBy?: readonly Party[]; by?: readonly Party[]; finite?: boolean },
  words: readonly string[]): boolean {
  const at = hits.find((h) => h.concept === act.concept);
  if (!at || !finiteAct(at, words)) return !act.finite;
  const t = at.first;
  const passive = PASSIVE.has(words[t - 1] ?? '') || PASSIVE.has(words[t - 2] ?? '') || words[at.end] === 'by' || words[at.end + 1] === 'by';
  // As partiesOf reads it: the subject of an active verb is a force or a crowd, a passive's agent any party.
  const order = passive ? AGENT_PARTIES : FORCE_PARTIES;
  const agent = actAgent(hits, at, words, passive, (f) => partyAt(hits, f, order));
  return !act.notBy?.includes(agent) && (!act.by || act.by.includes(agent));
}

/** A word inside a longer cue of another concept is read only as part of it: "air strike" is no labour
 * strike, "riot police" are no rioters, "stun grenade" is no grenade attack. */
function longestOnly(hits: readonly CueHit<Concept>[]): readonly CueHit<Concept>[] {
  // `hits` itself when no hit is hidden (most sentences): no copy for typeHits' gates to read again.
  for (const h of hits) if (hiddenByLonger(h, hits)) return hits.filter((x) => !hiddenByLonger(x, hits));
  return hits;
}
function hiddenByLonger(h: CueHit<Concept>, hits: readonly CueHit<Concept>[]): boolean {
  return hits.some((o) => o.concept !== h.concept && o.end - o.first > h.end - h.first && o.first <= h.first && o.end >= h.end &&
    // Names of parties nest without hiding each other: "a group of people" is a crowd and people; but a civilian
    // name that holds a force's ("former soldiers", "ex-rebels") names people who left it: no force; acled16: and one that holds a
    // force's post or convoy ("an aid convoy", "a humanitarian convoy") names civilians' vehicles, no military target.
    !(PARTY.has(o.concept) && PARTY.has(h.concept) && !(CIVILIAN_PARTY.has(o.concept) && (FORCE_PARTY.has(h.concept) || TARGET_PARTY.has(h.concept)))) &&
    // …and a place that can be held stays one inside a longer cue ("took over the military base").
    !FOLLOWS_VERB.has(h.concept));
}
const CIVILIAN_PARTY = conceptsWith('civilian');
const TARGET_PARTY = conceptsWith('military-target');
const FORCE_PARTY: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force')]);
const PARTY: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force'), ...conceptsWith('crowd'),
  ...conceptsWith('civilian'), ...conceptsWith('military-target')]);

const PROTEST_OWN = conceptsWith('protest-own');
/** How far after a grievance word ("demanding", "against") its content runs. */
const GRIEVANCE_REACH = 6;
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '(', ')']);
const PROTEST_OBJECT = new Set(['against', 'over']);
/** case7: words of a funeral, whose "of" names the dead remembered. */
const FUNERAL: ReadonlySet<string> = new Set(['funeral', 'funerals', 'burial', 'burials']);
/** Round 40: the cause phrase's object (its first noun, past "the" and one modifier) is a public matter (PUBLIC_CAUSE): "anger over
 * the disputed election". */
function publicCause(words: readonly string[], at: number): boolean {
  for (let k = at; k < at + 3 && k < words.length; k++) if (PUBLIC_CAUSE.words.has(words[k])) return true;
  return false;
}

/** What demonstrators protest is not what happened to them: in a sentence that tells a protest, the words
 * told just after "demanding", "denouncing", "the release of" are the grievance ("protested against the
 * killing of a student", "demanding the release of detained teachers"), unless they are the protest's own
 * ("demanding jobs, threw stones") or a passive tells them ("demanding jobs were shot"). */
/** riots10: with no demonstration word in the sentence, a cause phrase ("after the death of", "angered by") is no demand: the
 * crowd's violence after it is no demonstration (lexicon/protest-readings.ts CAUSE_IS_NO_DEMAND). Reads only the
 * sentence's GRIEVANCE hits. */
function dropCauseWithoutProtest(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let cause: CueHit<Concept> | null = null;
  for (const h of hits) {
    if (h.concept === 'PROTEST' || h.concept === 'PROTEST_WEAK' || h.concept === 'STORY_PROTEST') return hits;
    if (h.concept === 'GRIEVANCE' && !cause && CAUSE_IS_NO_DEMAND.words.has(words.slice(h.first, h.end).join(' ')) && !publicCause(words, h.end)) cause = h;
  }
  return cause ? hits.filter((h) => h.concept !== 'GRIEVANCE' || !CAUSE_IS_NO_DEMAND.words.has(words.slice(h.first, h.end).join(' '))) : hits;
}

/** WHAT_THEY_DEFY's and WHAT_THEY_BLAME's phrases by their first word, as words, the longest first (read at every word of
 * the text at each typing call: no phrase is joined to be looked up). */
const DEFY_OR_BLAME: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; defy: boolean }>> = (() => {
  const byFirst = new Map<string, Array<{ words: readonly string[]; defy: boolean }>>();
  for (const p of new Set([...WHAT_THEY_DEFY.words, ...WHAT_THEY_BLAME.words])) {
    const w = p.split(' ');
    if (!byFirst.has(w[0])) byFirst.set(w[0], []);
    byFirst.get(w[0])!.push({ words: w, defy: WHAT_THEY_DEFY.words.has(p) });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();
const phraseAt = (words: readonly string[], k: number, phrase: readonly string[]): boolean => {
  if (k + phrase.length > words.length) return false;
  for (let i = 1; i < phrase.length; i++) if (words[k + i] !== phrase[i]) return false;
  return true;
};

function dropGrievance(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => h.concept === 'PROTEST' || h.concept === 'PROTEST_WEAK')) return hits;
  const grievances = hits.filter((h) => h.concept === 'GRIEVANCE');
  const opensObject = new Set<CueHit<Concept>>();
  // "protested against …", "demonstration over …": the protest's own preposition opens its grievance.
  for (const p of hits) {
    if (p.concept !== 'PROTEST' && p.concept !== 'PROTEST_WEAK') continue;
    for (const k of [p.end, p.end + 1]) if (PROTEST_OBJECT.has(words[k] ?? '')) grievances.push({ concept: 'GRIEVANCE', first: k, end: k + 1 });
    // prot13: "in protest at the killing of …" (general English: the idiom's "at" names what is protested, as "against" does).
    if (words[p.first - 1] === 'in' && words[p.end] === 'at') grievances.push({ concept: 'GRIEVANCE', first: p.end, end: p.end + 1 });
    // case5: the verb's direct object, and "against" later in the clause (protest-objects.ts).
    // gap7: a direct object's marker also drops a cue that opens the object ("to protest enforced disappearances": the
    // abduction words are the grievance); a later "against" is a word of its own.
    // prot13: a protest participle used as an adjective ("a protesting farmer died of cold") takes no object: what follows is
    // the sentence's news, not the grievance (general English: a determiner before the "-ing" form makes it attributive).
    if (words[p.first].endsWith('ing') && p.end === p.first + 1 && ATTRIBUTIVE_PROTEST.words.has(words[p.first - 1] ?? '')) continue;
    for (const k of protestObjects(p, words)) {
      const g: CueHit<Concept> = { concept: 'GRIEVANCE', first: k, end: k + 1 };
      grievances.push(g);
      if (!PROTEST_OBJECT.has(words[k])) opensObject.add(g);
    }
  }
  // case7: in a demonstration's sentence, whose funeral or burial it is tells whom the mourners remember ("chanted slogans
  // at the funeral of a protester killed by security forces last week"), as a vigil's object does.
  for (const h of hits) if (FUNERAL.has(words[h.first]) && (words[h.first + 1] === 'of' || words[h.first + 1] === 'for')) grievances.push({ concept: 'GRIEVANCE', first: h.first, end: h.first + 2 });
  // The article-wide scans below are read once per article (protestScans): a sentence's typing is asked several times.
  const scans = protestScans(words);
  // prot13: the same with the rite's noun between ("a funeral procession for two protesters killed by police").
  for (const k of scans.funeralRites) grievances.push({ concept: 'GRIEVANCE', first: k, end: k + 3 });
  // prot14: what the demonstrators defy ("despite the military's deadly crackdown", "undeterred by the killing of …") or blame
  // ("blamed the police for the deaths of …") opens a noun phrase read as their grievance's (lexicon/protest-readings.ts
  // WHAT_THEY_DEFY, WHAT_THEY_BLAME).
  let taken = -1;
  for (const { k, length, defy } of scans.defyOrBlame) {
    // The first phrase at a word that counts, the longest first: the others at that word are not read.
    if (k === taken) continue;
    // The blame is the demonstrators' when a protest word stands before it in its clause ("protesters … blamed"; "police
    // blamed protesters for the violence" is the force's word, no grievance).
    const blame = !defy && hits.some((p) => (p.concept === 'PROTEST' || p.concept === 'PROTEST_WEAK') && p.end <= k
      && !words.slice(p.end, k).some((w) => w === '.' || w === ';'));
    if (!defy && !blame) continue;
    const g: CueHit<Concept> = { concept: 'GRIEVANCE', first: k, end: k + length };
    grievances.push(g);
    taken = k;
  }
  // case7: what the demonstrators say after their protest is told ("…, saying their husbands had been killed by bandits").
  const said: Array<[number, number]> = [];
  for (const p of hits) if (p.concept === 'PROTEST' || p.concept === 'PROTEST_WEAK') { const span = sayingAfter(p.end, words); if (span) said.push(span); }
  if (said.length) hits = hits.filter((h) => PROTEST_OWN.has(h.concept) || !said.some(([a, b]) => h.first >= a && h.first < b));
  // prot13: a toll told in the present perfect in a relative clause ("defying a crackdown that has left dozens dead", "an end
  // to the war, which has killed thousands") is counted over time, no force used on this demonstration; and the slogans the
  // demonstrators chant or carry, in quotation marks after the verb ("chanted 'stop killing us'"), are their message.
  const spans = scans.setAside;
  if (spans.length) hits = hits.filter((h) => PROTEST_OWN.has(h.concept) || !spans.some(([a, b]) => h.first >= a && h.first < b));
  if (!grievances.length) return hits;
  // prot13: grievances opened by a deed noun's "of" (below) hold only the deeds of killing and harm told of whom it names ("the
  // death of a student killed by soldiers"), not the demonstrators' own acts told after ("… by a soldier burnt down a station").
  const chained = new Set<CueHit<Concept>>();
  // w26: grievances opened by a held participle's "in" or "during" ("justice for the 18 people killed in clashes with security
  // forces a year ago"): the incident it names is the grievance's, whatever its word (a clash, a raid, a bombing).
  // Each holds the words at one place only: the incident's noun right after ("in clashes", "during a police raid"), never a verb
  // told after that phrase ("… killed in clashes threw stones at police": the throwing is the demonstrators').
  const where = new Map<CueHit<Concept>, number>();
  const told = (g: CueHit<Concept>, h: CueHit<Concept>): boolean => {
    if (chained.has(g) && !DEED_NOUN.has(h.concept) && !where.has(g)) return false;
    if (h.first === g.first && opensObject.has(g)) return true;
    if (h.first < g.end) return false;
    // case7: "to mark the anniversary of the massacre, in which dozens were killed": a relative clause about the grievance's
    // noun tells the grievance too (grievance-relatives.ts).
    const rel = relativeAfterGrievance(g.end, words, GRIEVANCE_RELATIVE_REACH);
    if (rel >= 0 && h.first > rel && h.first - rel <= GRIEVANCE_RELATIVE_REACH && !breaksBetween(rel + 1, h.first)) return true;
    if (h.first - g.end > GRIEVANCE_REACH) return false;
    if (breaksBetween(g.end, h.first)) return false;
    // w26: the incident a held participle's people suffered in ("killed in clashes") is the grievance's, right after it.
    if (where.has(g)) return h.first === where.get(g);
    // riots10: a finite "died" with no relative pronoun between is the main clause's verb ("a student taking part in a
    // demonstration against tuition fees died after …"), told of a demonstrator (lexicon/protest-readings.ts).
    if (GRIEVANCE_ENDS_AT_DEATH.words.has(words[h.first]) && !words.slice(g.end, h.first).some((w) => RELATIVE_PRONOUNS.has(w))) return false;
    // prot15b: a finite "were"/"was" with no relative pronoun before it is the main clause's verb ("students protesting fee
    // increases were chased away by police"): the grievance's noun phrase ended before it, and what follows is the news.
    if (words.slice(g.end, h.first).some((w) => w === 'were' || w === 'was') && !words.slice(g.end, h.first).some((w) => RELATIVE_PRONOUNS.has(w))) return false;
    return !PASSIVE.has(words[h.first - 1] ?? '') && !PASSIVE.has(words[h.first - 2] ?? '');
  };
  const breaksBetween = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (CLAUSE_BREAK.has(words[k])) return true;
    return false;
  };
  // riots10: a participle after a determiner describes its noun ("against the destroyed road"): no deed of the demonstrators.
  const attributive = (h: CueHit<Concept>): boolean => h.end - h.first === 1 && words[h.first].endsWith('ed') && NOUN_DETERMINERS.has(words[h.first - 1] ?? '');
  // w26: the demonstrators' own words ("clashes") inside the incident a held participle's people suffered in are that incident's.
  const inWhere = (h: CueHit<Concept>): boolean => where.size > 0 && grievances.some((g) => where.has(g) && told(g, h));
  const keep = (h: CueHit<Concept>): boolean => (PROTEST_OWN.has(h.concept) && !nominalDeed(h, words) && !attributive(h) && !inWhere(h)) || !grievances.some((g) => told(g, h));
  // prot13: a deed noun the grievance holds, with its "of" ("demanding an investigation into the death of a student killed by
  // soldiers"), opens a noun phrase that runs on: its own reach counts from it, as the grievance's does from its first word.
  for (let round = 0; round < GRIEVANCE_CHAIN; round++) {
    const more = hits.filter((h) => (words[h.end] === 'of' || heldParticiple(h, words)) && DEED_NOUN.has(h.concept) && !keep(h) && !grievances.some((g) => g.first === h.first));
    if (!more.length) break;
    for (const h of more) {
      const g: CueHit<Concept> = { concept: 'GRIEVANCE', first: h.first, end: h.end };
      grievances.push(g);
      chained.add(g);
      if (words[h.end] === 'of') continue;
      let at = -1;
      for (const x of hits) if (x.first > h.end && x.first - h.end <= WHERE_REACH && (at < 0 || x.first < at)) at = x.first;
      if (at >= 0) where.set(g, at);
    }
  }
  return hits.filter(keep);
}
/** Read once per article and kept on its words (article-words.ts, which are never changed): dropGrievance is asked at every
 * typing of a sentence with a protest word, and these scans over all the article's words were most of its time. */
function protestScans(words: readonly string[]): ProtestScans {
  const own = words as ArticleWords;
  if (own.protestScans !== undefined) return own.protestScans;
  // One pass over the article's words, one look-up per word (SCAN_ROLES): the four scans, each a look-up per word, were most
  // of dropGrievance's time.
  const funeralRites: number[] = [];
  const defyOrBlame: ProtestScans['defyOrBlame'] = [];
  const tallies: Array<[number, number]> = [], slogans: Array<[number, number]> = [];
  // A slogan's quoted words are read past: the next slogan word is looked for after them.
  let sloganFrom = 0;
  for (let k = 0; k < words.length; k++) {
    const roles = SCAN_ROLES.get(words[k]);
    if (roles === undefined) continue;
    if (roles & FUNERAL_ROLE && k + 2 < words.length && FUNERAL_RITES.words.has(words[k + 1]) && (words[k + 2] === 'of' || words[k + 2] === 'for')) funeralRites.push(k);
    if (roles & DEFY_OR_BLAME_ROLE) for (const phrase of DEFY_OR_BLAME.get(words[k])!) if (phraseAt(words, k, phrase.words)) defyOrBlame.push({ k, length: phrase.words.length, defy: phrase.defy });
    // prot13: the spans [first, end) of relative clauses opened by "that"/"which" and a present perfect's "has"/"have" (general
    // English: the perfect tells a total up to now), up to the clause's end.
    if (roles & RELATIVE_ROLE && k >= 1 && k + 1 < words.length && TALLY_RELATIVE.words.has(words[k + 1])) {
      let e = k + 2;
      while (e < words.length && !CLAUSE_BREAK.has(words[e])) e++;
      tallies.push([k + 2, e]);
    }
    // prot13: the spans of quoted words right after a slogan word ("chanted \"stop killing us\"", "placards reading \"…\"").
    if (roles & SLOGAN_ROLE && k >= sloganFrom && k + 1 < words.length) {
      let q = k + 1;
      if (words[q] === ',' || words[q] === ':') q++;
      if (QUOTES.has(words[q] ?? '')) {
        let e = q + 1;
        while (e < words.length && e - q <= SLOGAN_REACH && !QUOTES.has(words[e]) && words[e] !== '.') e++;
        slogans.push([q + 1, e]);
        sloganFrom = e + 1;
      }
    }
  }
  const scans: ProtestScans = { funeralRites, defyOrBlame, setAside: [...tallies, ...slogans] };
  // Only words made by wordsOf have the slot (a test's plain array is read again at each call).
  if (Object.prototype.hasOwnProperty.call(words, 'protestScans')) own.protestScans = scans;
  return scans;
}
/** What each word may open in protestScans, as bits: a funeral's noun, a defying or blaming phrase, a tally relative's pronoun,
 * a slogan word. */
const FUNERAL_ROLE = 1, DEFY_OR_BLAME_ROLE = 2, RELATIVE_ROLE = 4, SLOGAN_ROLE = 8;
const SCAN_ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const add = (w: string, role: number): void => void roles.set(w, (roles.get(w) ?? 0) | role);
  for (const w of FUNERAL) add(w, FUNERAL_ROLE);
  for (const w of DEFY_OR_BLAME.keys()) add(w, DEFY_OR_BLAME_ROLE);
  add('that', RELATIVE_ROLE); add('which', RELATIVE_ROLE);
  for (const w of SLOGAN_WORDS.words) add(w, SLOGAN_ROLE);
  return roles;
})();
const SLOGAN_REACH = 15;
/** prot13: how many deed nouns in a row a grievance's noun phrase may run through ("the killing of the son of …"). */
const GRIEVANCE_CHAIN = 2;
/** prot13: concepts whose word, followed by "of", is a noun naming a deed ("the death of", "the killing of", "the shooting of"). */
const DEED_NOUN: ReadonlySet<Concept> = new Set<Concept>(['KILL', 'DEADLY', 'LETHAL_FORCE', 'HARM', 'HARM_ACT']);
/** w26: a one-word past participle of a deed followed by where or when it was done ("people killed in clashes", "those wounded
 * during the raid"): the phrase after it names the incident the participle's people suffered. */
const PARTICIPLE_PLACE: ReadonlySet<string> = new Set(['in', 'during']);
/** How far after the participle's preposition the incident's noun may stand ("during [a police] raid"). */
const WHERE_REACH = 3;
const heldParticiple = (h: CueHit<Concept>, words: readonly string[]): boolean => h.end === h.first + 1 && words[h.first].endsWith('ed') && PARTICIPLE_PLACE.has(words[h.end] ?? '');

/** last7: a violent deed told as a noun with its "of" ("the burning of their homes", "the torching of a church") names a deed,
 * not the demonstrators' own act: inside what they protest it is their grievance like any other incident word (general English:
 * a determiner and "of" make the "-ing" form a noun; codebook: a peaceful protest is coded as such whatever its grievance). */
function nominalDeed(h: CueHit<Concept>, words: readonly string[]): boolean {
  if (words[h.end] !== 'of') return false;
  if (h.concept === 'RIOT' || h.concept === 'RIOT_WEAK') return NOUN_DETERMINERS.has(words[h.first - 1] ?? '');
  // case9p: the same for the forces' deed ("to denounce the violent dispersal of their rally", "condemning the teargassing
  // of students"): a dispersal they protest is their grievance, no intervention at this protest (codebook: Peaceful protest
  // whatever its grievance); one adjective may stand between the determiner and the noun.
  return h.concept === 'PROTEST_FORCE' && (NOUN_DETERMINERS.has(words[h.first - 1] ?? '') || NOUN_DETERMINERS.has(words[h.first - 2] ?? ''));
}
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'this', 'that', 'recent', 'alleged']);

/** Objects read only after their verb: "captured the town", never "the town's men captured". */
const FOLLOWS_VERB = conceptsWith('territory');
const PASSIVE = PASSIVE_PAST;
/** Party of a concept, in the order an agent is read ("villagers" are a crowd when they act). */
const AGENT_PARTIES: Array<[ReadonlySet<Concept>, Party]> = [[conceptsWith('state-force'), 'state'], [conceptsWith('nonstate-force'), 'nonstate'],
  [conceptsWith('crowd'), 'crowd'], [conceptsWith('military-target'), 'target'], [conceptsWith('civilian'), 'civilian']];
/** The first three rows (forces and crowds), and the first two (armed sides): made once, not per trigger. */
const FORCE_PARTIES = AGENT_PARTIES.slice(0, 3), ARMED_PARTIES = AGENT_PARTIES.slice(0, 2);
/** (clash7) Civilians alone, read as the subject of a fight among themselves. */
const CIVILIAN_ONLY: Array<[ReadonlySet<Concept>, Party]> = [AGENT_PARTIES[4]];
/** …and a patient ("gunmen killed villagers": civilians, not a crowd). */
const PATIENT_PARTIES: Array<[ReadonlySet<Concept>, Party]> = [AGENT_PARTIES[0], AGENT_PARTIES[1], AGENT_PARTIES[3], AGENT_PARTIES[4], AGENT_PARTIES[2]];
/** Every order above is made of AGENT_PARTIES' rows: per party its bit, and per concept the bits of the rows that hold it, so
 * that partyAt reads one look-up per hit, not a set per row. */
const PARTY_BIT = new Map<Party, number>(AGENT_PARTIES.map(([, p], i) => [p, 1 << i]));
const PARTY_BITS = new Map<Concept, number>();
AGENT_PARTIES.forEach(([set], i) => { for (const c of set) PARTY_BITS.set(c, (PARTY_BITS.get(c) ?? 0) | (1 << i)); });
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** How many words a possessor's name may run before its "'s". */
const POSSESSOR_REACH = 2;
/** Prepositions that make the next incident word a noun ("after clashes", "during the attack"). */
const NOUN_AFTER = new Set(['after', 'during', 'amid', 'following', 'in', 'of', 'from', 'since', 'before', 'the', 'a', 'an']);
/** Words right after a verb that make it reciprocal: its subject both acts and is acted on. */
const RECIPROCAL = new Set(['each other', 'one another', 'among themselves', 'amongst themselves', 'between themselves']);
/** Their first words: the two-word key is built only after one of these. */
const RECIPROCAL_FIRST: ReadonlySet<string> = new Set([...RECIPROCAL].map((p) => p.split(' ')[0]));
/** recall10: the determiners that make the next cue word a noun with an "of" phrase ("the capture of"). */
const NOMINAL_DETS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** How far after the trigger a patient, or the agent of a passive, may stand. */
const PARTY_WINDOW = 8;
/** case5: a regular past tense ("cleared", "attacked"): a finite verb or participle whose object follows it. */
const PAST_VERB = /[a-z]ed$/;

/** case7: the concepts of taking ground, whose subject's allies decide who took it (allied-sides.ts). */
const TAKING: ReadonlySet<Concept> = new Set(['TAKE_TERRITORY', 'TAKE_PLAIN', 'REGAIN', 'OVERTAKE', 'OVERTAKE_WEAK', 'EXPEL', 'OCCUPY', 'ADVANCE_INTO']);

/** (acled6) The parties that are armed sides as patients: a force or its post. */
const ARMED_PATIENT: ReadonlySet<Party | 'unknown'> = new Set(['state', 'nonstate', 'target']);

/** dwu10: where the longest hit that starts at `first` ends. */
function partyEnd(hits: readonly CueHit<Concept>[], first: number): number {
  let end = first + 1;
  for (const h of hits) if (h.first === first && h.end > end) end = h.end;
  return end;
}

/** The party of the words at one span, by the first table row that holds one of its concepts. */
function partyAt(hits: readonly CueHit<Concept>[], first: number, order: Array<[ReadonlySet<Concept>, Party]>): Party | null {
  // One pass over the hits, no closure: the earliest row any hit at `first` holds (asked for every start around every
  // trigger, this was most of typeHits' allocation).
  // …and one look-up per hit: the rows its concept is in, as bits (PARTY_BITS); the first row of `order` told is the party.
  let bits = 0, members = false;
  for (const h of hits) {
    if (h.first !== first) continue;
    if (h.concept === 'MEMBERS_OF') members = true;
    bits |= PARTY_BITS.get(h.concept) ?? 0;
  }
  if (bits !== 0) for (const [, p] of order) if (bits & PARTY_BIT.get(p)!) return p;
  // mob11: "members of …", read by what follows: a force's or armed group's members are that side; told where an agent is read
  // (a crowd ranked before civilians), anyone else's members are a crowd (members-of.ts).
  if (!members) return null;
  const crowdAt = order.findIndex(([, p]) => p === 'crowd'), civilianAt = order.findIndex(([, p]) => p === 'civilian');
  const asAgent = crowdAt >= 0 && (civilianAt < 0 || crowdAt < civilianAt);
  const p = membersOfParty(hits, first, (f) => (f === first ? null : partyAt(hits, f, AGENT_PARTIES)), asAgent, 'crowd' as Party);
  return p && order.some(([, q]) => q === p) ? p : null;
}

/** Who acts and who is acted on around a trigger. Active: the agent is the nearest party named before
 * the trigger (else the first after it), the patient the first party after it. Passive ("a soldier was
 * shot by gunmen", "the rebels were pushed back by the army"): the patient is the nearest party before,
 * the agent the first party after "by" (none named: 'unknown'). */
/** world13: a party right after "by" ("by the military", "by police"): an agent, never a passive's subject. */
const afterBy = (f: number, words: readonly string[]): boolean => words[f - 1] === 'by' || (words[f - 2] === 'by' && (words[f - 1] === 'the' || words[f - 1] === 'a'));

/** case33: the last of coordinated participles after one passive auxiliary, a particle with them ("was tied up and tortured", "were
 * rounded up, beaten and robbed"): general English, the auxiliary governs each participle of the list. */
function coordinatedPassive(t: number, words: readonly string[]): boolean {
  if (words[t - 1] !== 'and' && words[t - 1] !== ',') return false;
  for (let k = t - 2; k >= 0 && t - k <= COORDINATED_REACH; k--) {
    const w = words[k];
    if (PASSIVE.has(w)) return true;
    if (!(w.endsWith('ed') || PARTICLES_AFTER.has(w) || w === ',' || w === 'and' || IRREGULAR_PARTICIPLES.has(w))) return false;
  }
  return false;
}
const COORDINATED_REACH = 6;
const PARTICLES_AFTER: ReadonlySet<string> = new Set(['up', 'down', 'off', 'away', 'out']);
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['beaten', 'shot', 'stabbed', 'taken', 'held', 'bound', 'hit', 'burnt', 'stolen', 'thrown', 'driven']);

/** world35: a side told as supporting the subject ("the Malian armed forces, supported by Wagner Group fighters, took control of
 * Kidal", "troops backed by militiamen"): a participle's "by" phrase or "alongside" modifies the subject, it is not the subject
 * (general English grammar); whose the taking is the subject decides. */
function supportingSide(f: number, words: readonly string[]): boolean {
  // Round 32: a name given by "known as", "called", "dubbed" ("backed by local clan militias known as Macawisley") is one noun
  // phrase with the words it names: its words do not count to the reach.
  let skipped = 0;
  for (let k = f - 1; k >= 0 && f - k - skipped <= SUPPORT_REACH; k--) {
    const w = words[k];
    if (w === 'as' && words[k - 1] === 'known') { k--; skipped += 2; continue; }
    if ((w === 'called' || w === 'dubbed') && k === f - 1) { skipped++; continue; }
    // Round 38: a hyphen inside a name ("by Hashd al-Shaabi fighters") joins two parts of one word: it does not count to the reach.
    if (w === '-') { skipped++; continue; }
    if (w === 'alongside') return true;
    if (w === 'by') return SUPPORTING.has(words[k - 1] ?? '');
    if (w === ',' || w === '.' || w === ';' || w === '(') return false;
  }
  return false;
}
/** How far after "by" the side's head may stand ("by [Wagner Group] fighters"). */
const SUPPORT_REACH = 4;
const SUPPORTING: ReadonlySet<string> = new Set(['supported', 'backed', 'aided', 'assisted', 'accompanied', 'joined', 'reinforced', 'helped', 'escorted', 'flanked']);

/** The verb "blame" at most BLAME_REACH words before `t`, its object (the act) between ("blamed the attack", "blamed Monday's
 * attack"). */
function blamedBefore(t: number, words: readonly string[]): boolean {
  for (let k = t - 1; k >= 0 && t - k <= BLAME_REACH; k--) if (BLAME_VERBS.has(words[k])) return true;
  return false;
}
/** Round 45: the forms of "come" in "came under fire from"; how far after "from" the side that fired may be named ("from suspected
 * gunmen"). */
const UNDER: ReadonlySet<string> = new Set(['came', 'come', 'comes', 'coming']);
const FROM_SIDE_REACH = 3;
/** The first armed side named in the `reach` words after `at` ("fell to [the] rebels", "came under fire from [suspected] gunmen"). */
function armedSideAfter(hits: readonly CueHit<Concept>[], at: number, reach: number, words: readonly string[]): Party | null {
  for (let f = at + 1; f <= at + reach && f < words.length; f++) {
    const p = partyAt(hits, f, ARMED_PARTIES);
    if (p) return p;
  }
  return null;
}

const BLAME_VERBS: ReadonlySet<string> = new Set(['blamed', 'blames', 'blame', 'blaming', 'pinned', 'pins']);
const BLAME_REACH = 3;

export function partiesOf(hits: readonly CueHit<Concept>[], trigger: CueHit<Concept>, words: readonly string[]): { agent: Party; patient: Party; agentAfter?: boolean } {
  const t = trigger.first;
  const starts = hitStarts(hits);
  const before: number[] = [], after: number[] = [];
  for (let i = starts.length - 1; i >= 0; i--) if (starts[i] < t) before.push(starts[i]);
  for (const f of starts) if (f >= trigger.end && f - trigger.end <= PARTY_WINDOW) after.push(f);
  const firstParty = (list: number[], order: Array<[ReadonlySet<Concept>, Party]>, ok?: (f: number) => boolean): Party | null => {
    for (const f of list) { const p = !ok || ok(f) ? partyAt(hits, f, order) : null; if (p) return p; }
    return null;
  };
  // terr17: "the town fell to the rebels", "the fall of Kessa to the army": the side right after "to" took the place, whatever
  // is named before (fell-to.ts); the place itself, or its holder named before, is what was acted on.
  const fellTo = fallToAt(t, trigger.end, words);
  if (fellTo >= 0) {
    const taker = armedSideAfter(hits, fellTo, TO_SIDE_REACH, words);
    if (taker) return { agent: taker, patient: firstParty(before, PATIENT_PARTIES) ?? 'unknown' };
  }
  // Round 45: "villagers came under fire from gunmen": "come under fire" is being fired at (WordNet 3.1 "come under" v.1, "be
  // classified or included", here of fire: the subject is its target), so the side after "from" fired and the subject was fired at.
  if (UNDER.has(words[t]) && words[t + 1] === 'under' && words[trigger.end] === 'from') {
    const from = armedSideAfter(hits, trigger.end, FROM_SIDE_REACH, words);
    if (from) return { agent: from, patient: firstParty(before, PATIENT_PARTIES) ?? 'unknown', agentAfter: true };
  }
  // Round 36: "blamed the attack on fighters of the JNIM": the side after "on" did the act (WordNet 3.1 "blame" v.2, "put or pin the
  // blame on"), and nothing is told of whom it was done to.
  if (words[trigger.end] === 'on' && blamedBefore(t, words)) {
    const agent = firstParty(after, AGENT_PARTIES, (f) => f > trigger.end);
    if (agent) return { agent, patient: 'unknown', agentAfter: true };
  }
  // "was shot", "were reportedly killed", and the participle with its agent: "students beaten by police".
  const byNext = words[trigger.end] === 'by' || words[trigger.end + 1] === 'by';
  // …and the second of two participles: "were shot and injured".
  // case7: "was driving out", "were firing on": "be" before a present participle is the progressive, an active verb.
  const progressive = words[t].endsWith('ing');
  const passive = (!progressive && (PASSIVE.has(words[t - 1] ?? '') || PASSIVE.has(words[t - 2] ?? ''))) || byNext || (words[t - 1] === 'and' && PASSIVE.has(words[t - 3] ?? '')) ||
    coordinatedPassive(t, words) ||
    // Round 39: a headline's passive with its "be" left out ("Traders killed in ambush outside Arbinda", "Two soldiers wounded when …"):
    // a harm participle right before a preposition or a clause of time has no object, so what stands before it suffered it.
    (trigger.end - t === 1 && REDUCED_PASSIVE_VERBS.has(words[t]) && REDUCED_PASSIVE_NEXT.has(words[trigger.end] ?? ''));
  if (passive) {
    // A "by" at or past PARTY_WINDOW has no party after it in `after`: the search stops there (`words` are the article's).
    let byAt = -1;
    for (let k = trigger.end; k < words.length && k - trigger.end < PARTY_WINDOW; k++) if (words[k] === 'by') { byAt = k; break; }
    const agent = byAt >= 0 ? firstParty(after, AGENT_PARTIES, (f) => f > byAt) : null;
    // clash10: "a policeman guarding a church was shot dead": a party that a participle after the subject governs is that
    // participle's object, not what was done to (the passive's subject, told before it, is).
    // world13: nor is the agent of a relative clause's passive before it ("a leader who had been red-tagged by the military
    // was shot dead"): a party after "by" did that clause's act, it did not suffer this one.
    const victims = firstParty(before, PATIENT_PARTIES, (f) => !participleObject(f, hits, words) && !afterBy(f, words)) ?? 'unknown';
    return { agent: agent ?? 'unknown', patient: victims === 'civilian' ? includedArmed(hits, trigger.end, words) ?? coordinatedArmed(hits, before, words) ?? victims : victims };
  }
  // recall10: an act told as a noun with its object and agent after it ("the recapture of the town by the army", "the seizure
  // of the base by rebels"): the "by" phrase after a nominal's "of" phrase names the agent (general English: the agentive
  // "by" of a deverbal noun), whoever is named before it ("residents celebrated the recapture …").
  if (NOMINAL_DETS.has(words[t - 1] ?? '') && (words[trigger.end] === 'of' || words[trigger.end - 1] === 'of')) {
    let byAt = -1;
    for (let k = trigger.end; k < words.length && k - trigger.end <= PARTY_WINDOW; k++) {
      if (words[k] === '.' || words[k] === ';' || words[k] === ',') break;
      if (words[k] === 'by') { byAt = k; break; }
    }
    const agent = byAt >= 0 ? firstParty(after, AGENT_PARTIES, (f) => f > byAt) : null;
    if (agent) return { agent, patient: firstParty(after, PATIENT_PARTIES, (f) => f < byAt) ?? 'unknown' };
  }
  const forces = FORCE_PARTIES;
  // protest6: "clashes between two groups of villagers": sides named after "between" that are all people, no force or
  // armed group, fight among themselves (crowd-sides.ts).
  const sides = betweenSides(hits, trigger, words, (f) => partyAt(hits, f, AGENT_PARTIES), 'crowd');
  if (sides?.length && sides.includes('crowd') && sides.every((p) => p === 'crowd' || p === 'civilian')) return { agent: 'crowd', patient: 'crowd' };
  // news35: …and armed sides named there fought each other, whoever is told before the noun ("thousands displaced by fighting
  // between the army and rebels").
  const armedSides = armedSidesBetween(trigger, hits, words, (f) => partyAt(hits, f, AGENT_PARTIES), (p) => p === 'state' || p === 'nonstate');
  if (armedSides) return { agent: armedSides[0], patient: armedSides[1] };
  // "the IRA's bombing campaign", "the army's shelling": the possessor is the agent, whoever is named before it.
  let k = t - 1;
  while (QUOTES.has(words[k] ?? '')) k--;
  if (words[k] === "'s" || words[k] === "'") {
    const owner = firstParty(before.filter((f) => f >= k - POSSESSOR_REACH), AGENT_PARTIES);
    return { agent: owner ?? 'unknown', patient: firstParty(after, PATIENT_PARTIES) ?? 'unknown' };
  }
  // where20: a state named on the act noun itself ("an Israeli bombing of the house", "killed in the Russian shelling") is its
  // agent, as a possessor is, whatever act the phrase is the object of (mentions.ts reads the demonym as STATE_ADJ).
  if (hits.some((h) => h.end === t && h.concept === 'STATE_ADJ')) return { agent: 'state', patient: firstParty(after, PATIENT_PARTIES) ?? 'unknown' };
  // A crowd named after an active verb is its object or a bystander ("killing seven, to panic residents"), never its agent.
  // A party told as an earlier act's object is no subject of this one ("killed two residents and wounded …"; act-agents.ts).
  // dwu10: nor, for a finite verb, the other side of a fight told before it ("after a gunfight with officers and took control":
  // act-agents.ts); a noun ("after the bombing") has no subject to read past it.
  const finite = finiteAct(trigger, words) && !NOUN_AFTER.has(words[t - 1] ?? '');
  const subjects = before.filter((f) => !objectOfEarlierAct(hits, f, words) && !ofComplement(hits, f, words) && !tieComplement(hits, f, words) && !(finite && opponentOfFight(hits, f, words)) &&
    !supportingSide(f, words));
  const subjectAt = subjects.find((f) => partyAt(hits, f, forces) !== null) ?? -1;
  // case5: with no subject named, the party right after a past-tense verb is its object ("it had cleared the militants
  // from the town"), not its agent; after a noun ("clashes involving rebels", "an attack by gunmen") it may be either.
  const objectNext = PAST_VERB.test(words[trigger.end - 1] ?? '') && trigger.end - trigger.first === 1 && !NOUN_AFTER.has(words[t - 1] ?? '');
  // prot15b: a force named in a later clause of a fight verb is neither side of the fight (act-agents.ts fightClauseEnd).
  const clauseEnd = fightClauseEnd(hits, trigger, words, (f) => partyAt(hits, f, PATIENT_PARTIES) !== null);
  let agent = (subjectAt >= 0 ? partyAt(hits, subjectAt, forces) : null) ??
    firstParty(starts.filter((f) => f >= trigger.end && f < clauseEnd && !(objectNext && f - trigger.end <= 2)), ARMED_PARTIES);
  // gap7: ", killing two" after "police fired at a crowd": the participle's subject is the act's it follows (act-agents.ts).
  const head = participleHead(hits, trigger, words);
  if (head) { const doer = partiesOf(hits, head, words).agent; if (doer !== 'unknown') agent = doer; }
  // "villagers were displaced after clashes": a trigger told as a noun after a preposition has no crowd for its subject.
  if (agent === 'crowd' && NOUN_AFTER.has(words[t - 1] ?? '')) agent = null;
  // case7: "Soldiers and allied militiamen captured the town": a subject whose conjuncts name a state force takes ground
  // for the state (allied-sides.ts).
  // dwu10: and so does a group marked as the government's affiliate ("pro-government militiamen", "fighters loyal to the
  // government": allied-sides.ts affiliatedWithState).
  if (agent === 'nonstate' && subjectAt >= 0 && TAKING.has(trigger.concept) && (alliedWithState(hits, subjectAt, words, (f) => partyAt(hits, f, forces)) ||
    affiliatedWithState(subjectAt, partyEnd(hits, subjectAt), words))) agent = 'state';
  // case7: "people from two communities hurled stones at each other": people who are no armed side acting on one another
  // are a crowd fighting among itself (allied-sides.ts).
  if ((agent === null || agent === 'crowd') && reciprocalAfter(trigger.end, words)) {
    const near = before.find((f) => partyAt(hits, f, AGENT_PARTIES) !== null);
    const who = near === undefined ? null : partyAt(hits, near, AGENT_PARTIES);
    if (who === 'crowd' || who === 'civilian') return { agent: 'crowd', patient: 'crowd' };
  }
  // (clash7) People named as civilians who fight each other ("rival student groups attacked each other", "members of two rival
  // families fought", "fishermen from two villages clashed") are a crowd fighting itself (codebook: rioters violently
  // interacting with other rioters, Mob violence; fight-sides.ts civiliansFightEachOther).
  if (!agent && subjectAt < 0 && civiliansFightEachOther(hits, trigger, subjects, words, (f) => partyAt(hits, f, CIVILIAN_ONLY) !== null)) return { agent: 'crowd', patient: 'crowd' };
  // "supporters of the two parties fought each other": a reciprocal verb acts on its own subject.
  if (agent && RECIPROCAL_FIRST.has(words[trigger.end] ?? '') && RECIPROCAL.has(`${words[trigger.end]} ${words[trigger.end + 1] ?? ''}`)) return { agent, patient: agent };
  // The patient is worked out when first read (LazyParties): 4 in 5 readings of the parties are asked only the agent (the rules
  // that ask no patient, and participleHead's reading above), and this is the dearer half of the reading.
  const doer = agent;
  return new LazyParties(doer ?? 'unknown', subjectAt < 0 && doer !== null, (): Party => {
    // (acled5) The object is the phrase's head: "opened fire on a minibus near a military checkpoint" acts on the minibus.
    // prot15b: …and no later than the fight verb's own clause (act-agents.ts fightClauseEnd).
    // Round 39: a verb of dying takes no object (general English: "die", "perish" are intransitive): whoever is named past the next
    // clause break ("18 people had died and others were missing after the attackers seized …") is no one it was done to. (Right after
    // it may stand the sentence's main verb and its object: "relatives of a patient who died attacked doctors".)
    const cut = Math.min(objectEnd(trigger, words), clauseEnd, INTRANSITIVE_DEATH.has(words[trigger.end - 1] ?? '') ? clauseBreakAfter(trigger.end, words) : Infinity);
    // (acled6) "killed a soldier's wife", "the brother of a soldier": a force told as a possessor names whose the object is,
    // not the object (target-kind.ts).
    const ownerOnly = (f: number): boolean => ARMED_PATIENT.has(partyAt(hits, f, PATIENT_PARTIES) ?? 'unknown') &&
      (isPossessor(hits, f, words, (x) => partyAt(hits, x, PATIENT_PARTIES) !== null) || ofKinOrHome(f, words));
    // Round 39: "ambushed a group of traders": the people a "group of" counts are what was acted on, not a crowd (general English: the
    // head of "a group of N" is a collective noun; its kind is the noun after "of").
    let patient = firstParty(after.filter((f) => f < cut && !ownerOnly(f) && !groupOfBefore(f, after, words)), PATIENT_PARTIES);
    // clash12: "killed five people, including three soldiers": an armed side picked out among the victims is what was acted on
    // (included-victims.ts).
    // …and "killed a civilian and two soldiers": an armed side told as another conjunct of the victims (included-victims.ts).
    if (patient === 'civilian') patient = includedArmed(hits, trigger.end, words, ownerOnly) ?? coordinatedArmed(hits, after.filter((f) => f < cut), words, ownerOnly) ?? patient;
    // "A and B clashed": with no object named, the other side is the subject's other conjunct (act-agents.ts).
    if (doer && !patient && subjectAt >= 0) {
      const partner = coordinatedPartner(hits, trigger, subjectAt, words, (f) => partyAt(hits, f, PATIENT_PARTIES) !== null);
      if (partner >= 0) return partyAt(hits, partner, PATIENT_PARTIES) ?? 'unknown';
      // (acled5) "a group of people clashed", "students of two colleges clashed": a crowd that fights with no one else
      // named fights among itself (act-agents.ts).
      // Told beside looting or burning, the fight is read by the destruction rules (neighbour: Looting/property destruction).
      if (doer === 'crowd' && fightsAmongItself(trigger, words, (k) => withInstrument(hits, k, words)) && !hits.some((h) => h.concept === 'LOOT')) return 'crowd';
      // (clash7) "supporters of the APC and the PDP clashed", "Ukrainian and Russian forces fought": a fight verb whose subject
      // phrase is coordinated and names no other side after it tells the subject's sides fighting each other (fight-sides.ts).
      if (subjectHoldsSides(hits, trigger, subjectAt, words)) return doer;
    }
    return patient ?? 'unknown';
  });
}

/** Whether the party at `f` is "group(s) of" with another party's word starting at most two words after "of" ("a group of traders",
 * "groups of armed men"): the later word says who they were. */
function groupOfBefore(f: number, starts: readonly number[], words: readonly string[]): boolean {
  return (words[f] === 'group' || words[f] === 'groups') && words[f + 1] === 'of' && starts.some((g) => g >= f + 2 && g <= f + 4);
}

/** Participles of harm that a headline tells without "be" (partiesOf), and the words after them that show no object follows. */
const REDUCED_PASSIVE_VERBS: ReadonlySet<string> = new Set(['killed', 'wounded', 'injured', 'hurt', 'slain', 'abducted', 'kidnapped']);
// Not "at" or "as": "killed at least 11", "killed as many as 20" are active verbs with their counted objects.
const REDUCED_PASSIVE_NEXT: ReadonlySet<string> = new Set(['in', 'during', 'when', 'after', 'near', 'outside']);

/** The verbs of dying, which take no object (partiesOf). */
const INTRANSITIVE_DEATH: ReadonlySet<string> = new Set(['died', 'die', 'dies', 'dying', 'perished', 'perish', 'perishes']);
/** Words that end a clause or open the next one (partiesOf's reading of a verb of dying). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', 'and', 'but', 'after', 'when', 'as', 'while', 'because', 'since', 'before', 'until']);
/** The first clause break at or after `from`, within a few words. */
function clauseBreakAfter(from: number, words: readonly string[]): number {
  for (let k = from; k < words.length && k - from <= PARTY_WINDOW; k++) if (CLAUSE_BREAKS.has(words[k])) return k;
  return Infinity;
}

/** partiesOf's answer when its last reading is reached: the agent at once, the patient read by `readPatient` when first asked
 * (the same words and hits, never changed while typeHits reads them). `agentAfter` is false where that reading's early answers
 * gave none: only its truth is read. */
class LazyParties {
  private patientRead: Party | undefined;
  constructor(readonly agent: Party, readonly agentAfter: boolean, private readonly readPatient: () => Party) {}
  get patient(): Party {
    return (this.patientRead ??= this.readPatient());
  }
}

/** clash12: the armed side "including" or "among them" picks out among the victims after the act ending at `from`
 * (included-victims.ts), unless it names only whose the victim is (`ownerOnly`); else null. */
function includedArmed(hits: readonly CueHit<Concept>[], from: number, words: readonly string[], ownerOnly: (f: number) => boolean = () => false): Party | null {
  const f = includedArmedParty(from, words, (x) => ARMED_PATIENT.has(partyAt(hits, x, PATIENT_PARTIES) ?? 'unknown') && !ownerOnly(x));
  return f >= 0 ? partyAt(hits, f, PATIENT_PARTIES) : null;
}

/** clash12: the armed side told as another conjunct of the victims' phrase whose first party in `order` is a civilian one
 * (included-victims.ts), unless it names only whose the victim is; else null. */
function coordinatedArmed(hits: readonly CueHit<Concept>[], order: readonly number[], words: readonly string[], ownerOnly: (f: number) => boolean = () => false): Party | null {
  const first = order.find((f) => partyAt(hits, f, PATIENT_PARTIES) !== null);
  if (first === undefined) return null;
  const f = coordinatedArmedParty(first, order.filter((x) => x !== first && partyAt(hits, x, PATIENT_PARTIES) !== null), (x) => partyEnd(hits, x), words,
    (x) => ARMED_PATIENT.has(partyAt(hits, x, PATIENT_PARTIES) ?? 'unknown') && !ownerOnly(x));
  return f >= 0 ? partyAt(hits, f, PATIENT_PARTIES) : null;
}

/** Whether the party at `f` is the object of an -ing participle ("guarding a church", "escorting the convoy") told right
 * after another party's words (clash10): "a policeman guarding a church", not "five people, including a soldier". */
function participleObject(f: number, hits: readonly CueHit<Concept>[], words: readonly string[]): boolean {
  const at = DETERMINERS.has(words[f - 1] ?? '') ? f - 2 : f - 1;
  const w = words[at] ?? '';
  return w.length > 5 && w.endsWith('ing') && !NOT_PARTICIPLE.has(w) && hits.some((h) => h.end === at && h.first < at);
}
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three']);
/** -ing words that are prepositions or nouns, no participle. */
const NOT_PARTICIPLE: ReadonlySet<string> = new Set(['including', 'during', 'following', 'according', 'regarding', 'concerning', 'excluding', 'morning', 'evening', 'building', 'wedding']);

/** The article's words live with their ids (article-words.ts); the tests and the stage read them from here too. */
export { wordsOf } from './article-words.js';
