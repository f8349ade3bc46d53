// mentions: one pass over the sentences, each typed from its cue words, filtered for non-events, and
// fanned out to its sites (a sentence naming two struck sites, each with its own count, reports two
// incidents). Each mention carries its type, site, date, actors and casualty figures.
import { calledOn } from './called-on.js';
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { Doc, Place, Reason, Span } from '../../types.js';
import { assignRoles, findActorMentions } from './actors.js';
import { perpetratorIn, namedGroupSide, OWN_POSSESSIVE } from './roles.js';
import { PASSIVE_AUX } from './actor-syntax.js';
import { splitClauses, type Clause } from './clauses.js';
import { outcomeOnly, sequelClauses } from './sequel-clauses.js';
import { announcedWould } from './announced-change.js';
import { firstFireBefore } from './return-fire.js';
import { compatible, SCARE_QUOTED_RULE, WEAK_SCORE } from './group-mentions.js';
import { inOneClause, readFigures, type CountFigure } from './counting.js';
import { PARTS_RULE } from './count-phrase.js';
import { isQuoteMark } from '../claims/noun-phrase.js';
import { outsideNamingQuotes } from './naming-quotes.js';
import { isYearOrDecade } from '../../lexicon/numbers.js';
import { markBackgroundTolls, markCauseTolls } from './cause-tolls.js';
import { compileCueSet, type CueHit } from './cue-matcher.js';
import { armedIdentity } from './identity-militias.js';
import { CUES } from '../../lexicon/event-cues.js';
import { readDate } from './date.js';
import { FUTURE_DAY_RULE } from './date-words.js';
import { eventText, inArticle, storyDays } from './date-story.js';
import { offsetDate, storyOffset } from './date-offset.js';
import { addDays, dateReading, iso, noonOf, type DateReading } from './date-calendar.js';
import { DATELINE_RULE, isDatelinePlace } from './dateline-site.js';
import { acrossBorder, agentBefore, contains, km, PHRASE_PREPS, readSites, samePlace, SITE_NOUNS, tokenAt, type AirportOf } from './location.js';
import { armedLead, assertedPolitical, DIPLOMACY_TOPICS, isArmed, isCeremony, isDisaster, isPlay, namesForce, ownSetting, PROTEST_FAMILY, toldAsNoun, whyNotAnEvent, type LeadSentence } from './non-events.js';
import { DIPLOMACY_REACH, FOILED_REACH, INQUIRY_REACH, NON_EVENT_CUES, NON_EVENT_RULES, type NonEventConcept } from '../../lexicon/non-events.js';
import { actOfRule, couldType, retyped, typeHits, type Typed } from './typing.js';
import { CLEAR_READING } from './clear-reading.js';
import { PARTICLES, withSplitExpel, withoutPlaceSeizures, withWeaponInstrument } from './split-particles.js';
import { withDugMines } from './dug-mines.js';
import { interceptedAfter } from './intercepted-after.js';
import { withdrawalAfter } from './withdrawal-after.js';
import { takingAfterFight } from './taking-after-fight.js';
import { victimArmedAfter } from './victim-armed-after.js';
import { interceptorGround } from './interceptor-ground.js';
import { borderGround } from './border-ground.js';
import { sideClauses } from './side-claims.js';
import { EARLIER_ADJUNCT_RULE, earlierAdjunct, settingDays } from './earlier-adjuncts.js';
import { ownsWeapon } from './weapon-owner.js';
import { territoryWinner } from './territory-winner.js';
import { SpanSweep } from './span-sweep.js';
import { placeHits, withPlaces } from './place-objects.js';
import { dropNonActs } from './non-acts.js';
import { reportingCrowd } from './reporting-crowd.js';
import { outsideHabitualRelatives, outsidePurposeClauses, outsideRelatives, setAsideBy, withSetAside } from './relative-clauses.js';
import { OWN_NATION, type Told } from './tolls.js';
import { lookupCountry, mayOpenCountry } from '../../gazetteer/countries.js';
import { CONTRAST, REPORTING } from '../../lexicon/counting.js';
import { StoryCountries } from './site-country.js';
import { activeCountriesOf } from '../../lexicon/armed-groups/active-countries.js';
import { readHierarchy, type HierarchyOf } from '../places/hierarchy.js';
import { outsideAgreedTerms } from './agreed-terms.js';
import type { Geo } from '../places/namesakes.js';
import type { ActorMention, Mention, SentenceReading, Site } from './types.js';
import { definiteReference, instrumentLike } from './told-again.js';
import { outsideNegatedClauses } from './negated-sites.js';
import { withdrawingSide } from './withdrawing-side.js';
import { extend } from '../extend.js';
import { stateForceName } from '../../lexicon/actors.js';
import { QUARTER_WORDS } from '../../lexicon/place-kinds.js';



const PROTEST_OWN = conceptsWith('protest-own');
/** Round 35: the demonstration words, which a call's infinitive leaves to the call's own rule (dropNegated). */
const PROTEST_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>(['PROTEST', 'PROTEST_WEAK']);

/** One sentence of the lead (non-events.ts LeadSentence), typed from all its cue words only when a reader asks: whyNotAnEvent
 * asks for the article's setting only once no rule of a sentence's own held, and the setting reads a lead's typing only when
 * it tells a hazard or the story is a disaster one (most articles never: two typings an article fewer). */
class LeadReading implements LeadSentence {
  private reading: Typed | null | undefined;
  constructor(readonly hits: readonly CueHit<Concept>[], readonly nonHits: readonly CueHit<NonEventConcept>[], private readonly words: readonly string[]) {}
  get typed(): Typed | null {
    // couldType false: typeHits would give null (typing.ts).
    return (this.reading ??= this.hits.length && couldType(sentenceConcepts(this.hits, false, false), NO_CONCEPTS) ? typeHits(this.hits, this.words) : null);
  }
}

/** What the whole article says (non-events.ts DocContext), each read on first use: whyNotAnEvent reads `disaster`, `play` and
 * `ceremony` only after every rule of the sentence's own, `armed` only in a disaster story and `forces` only in a story of play.
 * All are read from the whole article, the same whenever they are read. */
class ArticleSetting {
  private disasterRead: boolean | undefined;
  private armedRead: boolean | undefined;
  private playRead: boolean | undefined;
  private forcesRead: boolean | undefined;
  private ceremonyRead: boolean | undefined;
  constructor(private readonly hits: readonly CueHit<Concept>[], private readonly nonHits: readonly CueHit<NonEventConcept>[],
    private readonly lead: readonly LeadSentence[], private readonly tokens: Doc['tokens']) {}
  get disaster(): boolean {
    return (this.disasterRead ??= isDisaster(this.nonHits, this.lead, this.tokens));
  }
  get play(): boolean {
    return (this.playRead ??= isPlay(this.lead, this.tokens));
  }
  get forces(): boolean {
    return (this.forcesRead ??= namesForce(this.hits));
  }
  get ceremony(): boolean {
    return (this.ceremonyRead ??= isCeremony(this.lead));
  }
  // nonev13: a political word the article negates ("police ruled out sabotage") does not make it armed.
  get armed(): boolean {
    return (this.armedRead ??= assertedPolitical(this.hits, this.nonHits, this.tokens).length > 0 ||
      (!!this.lead.length && armedLead(this.lead[0].typed, this.lead[0].hits, this.lead[0].nonHits, this.tokens)));
  }
}
/** A span phrase ending in a number that is no year or decade ("in 20 minutes", "during 19 raids"): the lexicon's "in 20*" reads
 * a year ("in 2021", "in the 1990s"), written with four digits. */
const countForYear = (h: CueHit<NonEventConcept>, words: readonly string[]): boolean => {
  const last = words[h.end - 1] ?? '';
  return YEAR_SPAN_OPENERS.has(words[h.first]) && /^\d/.test(last) && !isYearOrDecade(last);
};
/** The words of the lexicon's year spans (TALLY "in 20*", "during 19*", "throughout 20*"); "since 20 March" is a span all the same. */
const YEAR_SPAN_OPENERS: ReadonlySet<string> = new Set(['in', 'during', 'throughout']);

/** Cue concepts whose words are casualty or damage words, not incident words of their own. */
const EVENT_WORDS: ReadonlySet<Concept> = conceptsWith('incident');


/** The non-event rules that yield once the article has told an incident (lexicon/non-events.ts unlessToldBefore). */
const YIELDS_TO_EARLIER: ReadonlySet<string> = new Set(NON_EVENT_RULES.filter((r) => r.unlessToldBefore).map((r) => r.id));
/** Round 43: the non-event rules that hold only once the article has told an incident (lexicon/non-events.ts onlyAfterIncident). */
const ONLY_AFTER_INCIDENT: ReadonlySet<string> = new Set(NON_EVENT_RULES.filter((r) => r.onlyAfterIncident).map((r) => r.id));

/** The event cues (typing.ts cueMatcher's lexicon), the non-event cues (non-events.ts nonEventMatcher's) and the particles a split
 * phrasal verb ends in (split-particles.ts), found in one pass over the article's words: each token's phrases are looked up
 * once, not once per matcher (each lexicon's hits are those its own matcher gives). */
const articleMatcher = compileCueSet(CUES, NON_EVENT_CUES, PARTICLES);

/** The non-event row of a modal or plan word just before the trigger (lexicon/non-events.ts). */
const IRREALIS_RULE = 'nonevent.irrealis';

export function readMentions(doc: Doc, words: readonly string[], places: readonly Place[], allNames: readonly Span[] = [], airportOf: AirportOf = () => null,
  allAttributions: readonly Span[] = [], geo: Geo | null = null, trace?: SentenceReading[], acting: ReadonlySet<Span> = new Set(),
  ownActs: ReadonlySet<Span> = new Set(), localSources: ReadonlySet<Span> = new Set(), hierarchyOf: HierarchyOf = readHierarchy): Mention[] {
  const out: Mention[] = [];
  // One pass of each matcher over the whole article, then read sentence by sentence.
  // case7: "pushed the rebels out of the town": a driving verb split from its particle (split-particles.ts).
  // …and "seized" of a place is no weapon seized (split-particles.ts withoutPlaceSeizures); (dwu12) a bare "mine" in a story
  // of digging is a mining site (dug-mines.ts).
  const [cues, nonCues, particles] = articleMatcher.match(words);
  const allHits = withDugMines(withoutPlaceSeizures(withWeaponInstrument(withSplitExpel(cues, words, particles), words), words), words, doc.tokens);
  // "were reported to have carried out an airstrike": a perfect infinitive after a reporting or raising verb
  // tells one past deed, not the present perfect of a habit ("has carried out hundreds of strikes").
  // Round 36: "in 20*" is a whole year ("in 2021"), not a count ("killed five people in 20 minutes", "in 19 homes"): the lexicon's
  // prefix reads any number.
  const allNon = nonCues.filter((h) => !(h.concept === 'TALLY' && ((words[h.first] === 'have' && words[h.first - 1] === 'to') || countForYear(h, words))) &&
    !(h.concept === 'PAST_YEAR' && !isYearOrDecade(words[h.end - 1] ?? '')));
  const hitsBySentence = bySentence(allHits, doc), nonBySentence = bySentence(allNon, doc);
  // The first two sentences, in an array literal (not filter/map): an article of no sentence then gives an
  // array of the same kind as the others, and the optimised code of this function is not thrown away for it.
  const leadSentences: LeadSentence[] = [];
  for (let s = 0; s < 2 && s < doc.sentences.length; s++) leadSentences.push(new LeadReading(hitsBySentence.get(s) ?? [], nonBySentence.get(s) ?? [], words));
  const ctx = new ArticleSetting(allHits, allNon, leadSentences, doc.tokens);
  const plausible = plausibleSite(places);
  // Round 34 (location.ts carriedTo): whether the article places a site of another name than p's, outside demonyms.
  const placedElsewhere = (x: Place): boolean => places.some((o) => o.lat != null && o.mention !== 'demonym' && o.name !== x.name && !(o.featureCode ?? '').startsWith('PCL'));
  // How the article's places name one another ("X (Y, Z)", "X in Y province"), read once.
  // Read on the first sentence that needs them (most articles' sentences name no incident).
  let hier: ReturnType<typeof readHierarchy> | null = null;
  let story: StoryCountries | null = null;
  const nameSweep = new SpanSweep(allNames), quietSweep = acting.size ? new SpanSweep(allNames.filter((n) => !acting.has(n))) : nameSweep, attributionSweep = new SpanSweep(allAttributions);
  // The names whose places are no site: every source's but the subject of an act told before its participle (index.ts ownActs).
  const addressSweep = ownActs.size ? new SpanSweep(allNames.filter((n) => !ownActs.has(n))) : nameSweep;
  // The sentences that told an incident so far, and the story's day before each (date-story.ts), read only
  // for a date told as a distance from it.
  const toldSoFar = new Set<number>();
  let storyDay: ((s: number) => DateReading | null) | null = null;
  let p = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    while (p < places.length && places[p].start < sent.start) p++;
    let q = p, reach = sent.end;
    while (q < places.length && places[q].start < sent.end) reach = Math.max(reach, places[q++].end);
    // A sentence with no cue word types as nothing: nothing else in it need be read (most sentences).
    const sentHits = hitsBySentence.get(s);
    if (!sentHits) continue;
    // A protest told in the sentences just before: "They clashed with police" is the demonstrators' doing.
    const last = out[out.length - 1];
    // dwu12: a launch told just before, intercepted in this sentence, is a disrupted use (intercepted-after.ts).
    // Every site the launch was told at is retyped: the sentence fanned it out to each.
    if (interceptedAfter(last, s, sentHits, words, sent.firstToken, sent.endToken)) {
      for (let k = out.length - 1; k >= 0 && out[k].sentence === last.sentence; k--) out[k] = interceptedAfter(out[k], s, sentHits, words, sent.firstToken, sent.endToken) ?? out[k];
    }
    // terr17: a taking told just before with no fight, whose other side this sentence tells withdrew, is a non-violent transfer
    // (withdrawal-after.ts); every site the taking was told at is retyped.
    if (last && withdrawalAfter(last, s, sentHits, hitsBySentence.get(last.sentence))) {
      const leadHits = hitsBySentence.get(last.sentence);
      for (let k = out.length - 1; k >= 0 && out[k].sentence === last.sentence; k--) out[k] = withdrawalAfter(out[k], s, sentHits, leadHits) ?? out[k];
    }
    // acled15: an Attack told just before, whose victims this sentence names as a force's or an armed group's members, is a fight
    // with an armed side (victim-armed-after.ts); every site the killing was told at is retyped.
    if (victimArmedAfter(last, s, sentHits, words, doc.tokens, sent.firstToken, sent.endToken, doc.text)) {
      for (let k = out.length - 1; k >= 0 && out[k].sentence === last.sentence; k--) out[k] = victimArmedAfter(out[k], s, sentHits, words, doc.tokens, sent.firstToken, sent.endToken, doc.text) ?? out[k];
    }
    const inProtestStory = !!last && s - last.sentence <= PROTEST_STORY_REACH && PROTEST_FAMILY.has(last.typed.eventType);
    // case9p: a dispersal told just before: deaths told now are what it did (protest.story-deaths; an air strike's or a
    // battle's deaths after a mere protest mention stay theirs: that cost Airwars b one toll).
    const afterDispersal = inProtestStory && last.typed.subEventType === 'Protest with intervention';
    // The same test as below on all the sentence's cue words, before any is dropped, with a place's concept
    // allowed whenever the sentence names a place: couldType only falls as concepts are taken away, so a
    // sentence it rejects here is rejected below too, and its names, attributions and non-acts need not
    // be read (most sentences with a cue word: 83k of 116k in the bench corpus).
    if (!couldType(sentenceConcepts(sentHits, inProtestStory, afterDispersal), q > p ? NAMED_PARTIES_AND_PLACES : NAMED_PARTIES)) continue;
    // Only the names and attributions that reach into this sentence (or its places) can hold anything read in it.
    const names = nameSweep.overlapping(sent.start, reach), attributions = attributionSweep.overlapping(sent.start, sent.end);
    // Who reports it ("police said", "a military source") says nothing of what happened, unless it tells its own act
    // ("the army said it had recaptured the town", "troops raided the hospital, saying …": index.ts `acting`).
    const quiet = quietSweep === nameSweep ? names : quietSweep.overlapping(sent.start, reach);
    // A demonstration that speaks ("a protest criticizing the government", "marchers demanding") is still a demonstration.
    // case16: not people who only report ("residents reported heavy gunfire", "villagers said"): a crowd word that is the source
    // of a reporting verb is a witness, no crowd that acts (reporting-crowd.ts).
    const spoken = quiet.length ? sentHits.filter((h) => (PROTEST_OWN.has(h.concept) && !reportingCrowd(h, quiet, doc.tokens, words)) ||
      !inSpans(quiet, doc.tokens[h.first].start, doc.tokens[h.end - 1].end)) : sentHits;
    // case5: a participle that describes a noun ("the detained men") and an agent noun ("kidnappers") tell no act (non-acts.ts).
    // Round 31: an opening "A day after <an earlier act>," is the setting: its words, counts and parties are no part of the news
    // the main clause tells, when that clause tells an act of its own (earlier-adjuncts.ts).
    // Round 36: a quotation a naming verb gives as its object's name ("called the price rise 'a bomb dropped on the poor'") tells no
    // act (naming-quotes.ts).
    // Round 38: what sides agreed to do is the deal's terms, no incident (agreed-terms.ts).
    const acts = outsideAgreedTerms(outsideNamingQuotes(dropNonActs(spoken, doc.tokens, words), doc.tokens, sent.firstToken, sent.endToken), doc.tokens,
      words, sent.firstToken, sent.endToken);
    const opening = earlierAdjunct(doc.tokens, words, sent.firstToken, sent.endToken);
    const cueHits = opening && !toldWithdrawal(opening, acts) ? outsideEarlier(acts, opening) : acts;
    /** The opening clause set aside, when its words were (outsideEarlier returns the same hits when it is the sentence's act). */
    const earlier = opening && cueHits !== acts ? opening : null;
    // No rule can fire on these words, whatever party a named group adds: the sentence types as nothing, and
    // its actors need not be read (most sentences with a cue word in a long report: "forces", "conflict").
    // case5: the places it names are objects a territory rule may read (place-objects.ts).
    const placeObjects = q > p ? placeHits(places, p, q, doc.tokens, sent.firstToken, sent.endToken) : [];
    // With every cue word kept (the two filters above only drop hits) and the place's concept as allowed as above, this is the
    // test the sentence has just passed.
    if ((cueHits.length !== sentHits.length || (!placeObjects.length && q > p)) &&
      !couldType(sentenceConcepts(cueHits, inProtestStory, afterDispersal), placeObjects.length ? NAMED_PARTIES_AND_PLACES : NAMED_PARTIES)) continue;
    // By a loop, not filter and map: two arrays a sentence fewer (this runs for every sentence past the screens).
    const triggerStarts = new Set<number>();
    for (const h of cueHits) if (EVENT_WORDS.has(h.concept)) triggerStarts.add(h.first);
    const actors0 = findActorMentions(doc.text, doc.tokens, words, sent.firstToken, sent.endToken, triggerStarts);
    // Round 39: an adjunct after the main clause ("…, a day after soldiers had withdrawn from their post") keeps its parties: it may
    // name the other side of the news (whoever left the town taken), as an opening's story does not.
    const actors = earlier && !earlier.after ? actors0.filter((a) => a.tokFirst < earlier.first || a.tokFirst >= earlier.end) : actors0;
    // Named groups are parties too ("FARDC took control of …", "the ADF attacked …"): typing reads them by their ACLED type.
    // w26: a body's purpose told by a participle ("the mission fighting the gangs") is no act of this report (relative-clauses.ts).
    // news29: and a group told by its habits ("bandits, who raid villages, kidnap residents …") tells no incident either.
    const hits = outsideHabitualRelatives(outsidePurposeClauses(withPlaces(withNamedParties(cueHits, actors, quiet, doc.tokens, words, triggerStarts), placeObjects), doc.tokens, words,
      sent.firstToken, sent.endToken), doc.tokens, words, sent.firstToken, sent.endToken);
    // A negated word reports nothing ("no casualties were reported"), a background one ("amid the ongoing
    // clashes") not this news: the sentence is typed from the others, and when nothing else is left the
    // negation rule (non-events.ts) names why a negated one is no incident.
    const sentNon = nonBySentence.get(s) ?? [];
    const asserted = dropNegated(hits, sentNon, words, sent.endToken, doc.tokens);
    const context = inProtestStory ? (afterDispersal ? [STORY_PROTEST_HIT, STORY_DISPERSED_HIT] : [STORY_PROTEST_HIT]) : [];
    // case4: what a relative clause tells about a noun ("a commander who carried out the shelling") is background.
    const main = outsideRelatives(asserted, doc.tokens, words, sent.firstToken, sent.endToken);
    const fromMain = main.hits !== asserted ? typeHits(context.length ? [...main.hits, ...context] : main.hits, words) : null;
    const fromAsserted = fromMain ? null : typeHits(context.length ? [...asserted, ...context] : asserted, words);
    // With nothing negated (`asserted` holds all of `hits`: dropNegated only filters them, so an array as long is the same hits),
    // typing all the hits again would only repeat fromAsserted's null (1.5k of the bench's 6.5k typings of all the hits were such).
    const typed0 = victimsTold(fromMain ? retyped(fromMain, { setAside: [...main.setAside, ...setAsideBy(asserted, hits, sentNon)] })
      : fromAsserted ? withSetAside(fromAsserted, setAsideBy(asserted, hits, sentNon)) : asserted.length === hits.length ? null : typeHits(context.length ? [...hits, ...context] : hits, words), words);
    if (!typed0) continue;
    // news29: the act word in scare quotes ("its fighters had “liberated” several positions"): the writer quotes a party's word for it
    // and does not stand by it. Listed in why.type; such a telling never retypes an incident told before (group-mentions.ts).
    const typed1 = scareQuoted(doc.tokens, typed0.trigger) ? retyped(typed0, { setAside: [...(typed0.setAside ?? []), { rule: SCARE_QUOTED_RULE, first: typed0.trigger.first, end: typed0.trigger.end }] }) : typed0;
    let typed = earlier ? retyped(typed1, { setAside: [...(typed1.setAside ?? []), { rule: EARLIER_ADJUNCT_RULE, first: earlier.first, end: earlier.end }] }) : typed1;
    // Whether it is an event at all is read from its own words, as before named groups joined the parties.
    // Round 35: typed only with the words dropNegated set aside ("The Super Eagles will clash with …, with the coach urging fans"),
    // the incident stands on them: a reason its act is no incident is the sentence's (droppedVerdict).
    let ruled = whyNotAnEvent(typed, cueHits, sentNon, ctx, doc.tokens, hits) ??
      (!fromMain && !fromAsserted ? droppedVerdict(typed, hits, asserted, (t) => whyNotAnEvent(t, cueHits, sentNon, ctx, doc.tokens, hits)) : null);
    // Round 45: a plan told of one act ("… and would run a council headquartered at a camp") leaves the sentence's other act, told as
    // done ("announced their split from the parent outfit"): general English, a modal governs its own verb phrase. The sentence is
    // typed again without the planned act's words, and that reading stands if no reason rules it out.
    if (ruled?.rule === IRREALIS_RULE) {
      const t = typed.trigger;
      const alt = typeHits(asserted.filter((h) => h.end <= t.first || h.first >= t.end), words);
      if (alt && alt.score >= CLEAR_READING && alt.trigger.first < t.first && !whyNotAnEvent(alt, cueHits, sentNon, ctx, doc.tokens, hits)) (typed = alt), (ruled = null);
    }
    // An incident named as an inquiry's topic or denied, after the article has told an incident, is read on: told-again decides
    // whether it is that incident told again (its evidence, or its dispute) or another (lexicon/non-events.ts unlessToldBefore).
    // Round 43: and one told as months back is background only once the article has told an incident (onlyAfterIncident).
    const verdict = ruled && (out.length > 0 ? YIELDS_TO_EARLIER.has(ruled.rule) : ONLY_AFTER_INCIDENT.has(ruled.rule)) ? null : ruled;
    if (trace) {
      const t = typed.trigger;
      trace.push({ start: sent.start, end: sent.end, subEventType: typed.subEventType, rule: typed.rule,
        trigger: doc.text.slice(doc.tokens[t.first].start, doc.tokens[t.end - 1].end), notAnEvent: verdict?.rule ?? null });
    }
    if (verdict) continue;
    const addresses = addressSweep === nameSweep ? names : addressSweep.overlapping(sent.start, reach);
    const inNames = (a: number, b: number) => actors.some((m) => !m.generic && m.start! < b && a < m.end!) || addresses.some((n) => n.start < b && a < n.end);
    const sentHier = (hier ??= hierarchyOf(doc.text, places));
    const st = (story ??= new StoryCountries(places.filter((x) => !acrossBorder(doc.tokens, words, x))));
    for (const m of actors) if (!m.generic) st.addActor(m.country, m.name), st.addParty(activeCountriesOf(m.rule), m.name);
    const launchers: Place[] = [], neighbours: Place[] = [];
    const sitesOf = (within: (a: number, b: number) => boolean) => readSites(places.slice(p, q), doc.tokens, words, sent.firstToken,
      { inNames: within, airportOf, hier: sentHier, base: p, geo, text: doc.text, story: (x) => st.namesake(x, geo),
        keep: (x) => plausible(x) && !(UNCHECKED.has(x.why?.[0]?.rule ?? '') && st.lone(x.location)), onLauncher: (x) => launchers.push(x),
        onNeighbour: (x) => neighbours.push(x), elsewhere: placedElsewhere });
    let read0 = sitesOf(inNames);
    // case31: an incident told with no place of its own happened where the local people who tell it live ("Residents of Bokkos
    // said gunmen killed five farmers", "Traders in Nyala said …"): a witness source's place is its site (loc.local-source).
    if (!read0.length && localSources.size && addresses.some((n) => localSources.has(n))) {
      const inOthers = (a: number, b: number) => actors.some((m) => !m.generic && m.start! < b && a < m.end!) ||
        addresses.some((n) => !localSources.has(n) && n.start < b && a < n.end);
      // By push, not map: a mapped array is holey, and the sites below then met arrays of four kinds, each a "wrong map" that
      // threw away this function's optimised code (~180 ms of compiling each time, twice on 2,000 bench articles).
      const local: Site[] = [];
      for (const x of sitesOf(inOthers)) local.push(extend(x, { why: [...(x.why ?? []), { rule: LOCAL_SOURCE_RULE }] }));
      read0 = local;
    }
    const inSources = (m: { start?: number; end?: number }) => quiet.some((n) => n.start < m.end! && m.start! < n.end);
    // world35: a fight typed from its answer ("…; the ministry said its units returned fire") was started by the side whose fire the
    // sentence told first ("Azerbaijani forces opened fire on Armenian positions"): the roles are read at that act (return-fire.ts).
    const roleAt = firstFireBefore(typed.trigger, hits, words) ?? typed.trigger;
    let { actor1, actor2 } = assignRoles(actors, doc.tokens, words, roleAt.first, roleAt.end, inSources);
    // fix16: a territory sub-type's actor1 is the side that won the place, as typing read it (territory-winner.ts).
    ({ actor1, actor2 } = territoryWinner(typed.subEventType, typed.trigger.first, actor1, actor2, actors, inSources,
      PASSIVE_AUX.has(words[typed.trigger.first - 1] ?? '') && words[typed.trigger.end] !== 'by'));
    // dwu13: the side whose weapon was intercepted is acted on (weapon-owner.ts): actor 2, and actor 1 read from the others.
    if (typed.subEventType === 'Disrupted weapons use' && actor1 && actor1.tokFirst != null && ownsWeapon(actor1, hits, words, doc.tokens)) {
      const owner = actor1;
      const rest = assignRoles(actors.filter((m) => m.tokFirst !== owner.tokFirst), doc.tokens, words, typed.trigger.first, typed.trigger.end, inSources);
      actor1 = rest.actor1;
      actor2 = extend(owner, { role: 'actor.weapon-owner' });
    } else if (typed.subEventType === 'Disrupted weapons use' && actor1 && !actor2) {
      // world35: …and with the interceptor read as actor 1, the side told as the weapon's owner ("drones launched by Russian
      // forces") is actor 2 all the same.
      const a1 = actor1;
      const owner = actors.find((m) => m.tokFirst !== a1.tokFirst && m.tokFirst >= sent.firstToken && m.tokEnd <= sent.endToken && ownsWeapon(m, hits, words, doc.tokens))
        // Round 31: …or the country told as the launch's agent ("drones launched by Russia"), which location.ts passed over as a
        // launcher: its military.
        ?? launcherParty(launchers, a1, doc.tokens, words);
      if (owner) actor2 = extend(owner, { role: 'actor.weapon-owner' });
    }
    // world22: unnamed men acted on, in a sentence that names one armed group ("destroyed an al-Shabaab camp, killing five
    // militants"), are that group's (roles.ts namedGroupSide).
    actor2 = namedGroupSide(actor2, actor1, actors, inSources);
    // Round 41: …and so is an unnamed side that acts ("Insurgents and troops fought … after fighters of ISWAP attacked a base"), unless
    // the sentence tells its perpetrator in so many words ("by gunmen believed to belong to X": the story's reading names it, with
    // its own rule).
    const namedSide = namedGroupSide(actor1, actor2, actors, inSources, words);
    if (namedSide !== actor1 && !perpetratorIn(actors, doc.tokens, words)) actor1 = namedSide;
    // world29: the side that withdrew from a place taken without a fight is the transfer's actor 2 (withdrawing-side.ts).
    actor2 = withdrawingSide(typed.subEventType, actor1, actor2, actors, hits, words, inSources);
    // dwu13: an interception told only with where the weapon came from is on the interceptor's ground (interceptor-ground.ts).
    const sentPlaces = places.slice(p, q).sort((x, y) => Number(x.mention === 'demonym') - Number(y.mention === 'demonym'));
    // where14: a sentence whose only places lie across a border is on its own side's ground (border-ground.ts).
    // world28: a place told only in a negated clause ("no casualties were reported in X, although two were killed in Y") is no site.
    const sites0 = outsideNegatedClauses(borderGround(interceptorGround(read0, launchers, sentPlaces, actor1, doc.tokens, typed.subEventType), neighbours,
      sentPlaces, actor1, actor2, doc.tokens), sentNon, words, typed.trigger.first, sent.firstToken, sent.endToken);
    // where15: the dateline's town is where the report was filed: beside another site of the sentence it is none (dateline-site.ts).
    const dateline = sites0.length > 1 && sites0.some((x) => !isDatelinePlace(doc, x.location)) ? sites0.find((x) => isDatelinePlace(doc, x.location)) : undefined;
    const sites1 = dateline ? sites0.filter((x) => !isDatelinePlace(doc, x.location)).map((x) => extend(x, { why: [...(x.why ?? []), { rule: DATELINE_RULE, start: dateline.location.start, end: dateline.location.end, text: dateline.location.text }] })) : sites0;
    // Round 31: "CELAYA, Gto. - … in the San Juanico neighbourhood": a neighbourhood named with no city is the dateline city's, not a
    // namesake town far off (loc.neighbourhood-of-dateline).
    const sites = dateline ? sites1.map((x) => datelineNeighbourhood(x, dateline, words)) : sites1;
    // The dateline and "X said on Wednesday" date the report, not the incident.
    // fix15: the dead of a demonstration's or riot's cause ("… after a man died in custody") are no toll of it (cause-tolls.ts).
    const readAll = readFigures(doc.tokens, words, sent.firstToken, sent.endToken);
    // Round 34: a party named among the parts of a toll ("Five people, including the bomber, were killed") is one of the dead, no
    // agent of the sentence: the report stays a casualty report of the incident told (group-mentions.ts casualtyReport).
    const a1At = actor1?.tokFirst;
    if (a1At != null && readAll.some((f) => f.rules.some((r) => r.id === PARTS_RULE && r.first <= a1At && a1At < r.end))) actor1 = null;
    // world23: a count told inside a relative clause typing set aside is background too (cause-tolls.ts markBackgroundTolls).
    const readOwn = markBackgroundTolls(readAll, typed.setAside);
    const read = PROTEST_FAMILY.has(typed.eventType) ? markCauseTolls(readOwn, typed.trigger, hits, words, sent.firstToken, sent.endToken) : readOwn;
    // Round 31: nor does the day an opening earlier act was told on date the news (earlier-adjuncts.ts).
    const setting = typed.setAside?.find((a) => a.rule === EARLIER_ADJUNCT_RULE);
    const told = eventText(doc.text, sent, setting ? [...attributions, { start: doc.tokens[setting.first].start, end: doc.tokens[setting.end - 1].end }] : attributions);
    const near = doc.tokens[typed.trigger.first].start - sent.start;
    const dateRead = readDate(told, doc.published, near);
    // "Two days later, …": the story's day so far, moved (date-offset.ts).
    const offset = dateRead ? null : storyOffset(told, near);
    const date = dateRead ? inArticle(dateRead, sent.start)
      : (setting && dayAfterSetting(doc, setting, words)) ||
        (offset && offsetDate((storyDay ??= storyDays(doc, allAttributions, toldSoFar))(s), offset, sent.start, doc.published));
    // Round 33: an act told on a day the report puts after itself ("protests from next Wednesday", date-words.ts) has not taken place
    // (codebook: an event is coded when it occurs): no incident. Not a strategic development, coded when it is announced ("will
    // withdraw by next Friday" is a change told today); nor a day after the report read from a calendar date, which tells that the
    // report's own date is off more often than that the act is to come.
    if (date?.why.some((w) => w.rule === FUTURE_DAY_RULE) && typed.eventType !== 'Strategic developments') continue;
    toldSoFar.add(s);
    const excluded = excludedReasons(doc, read);
    // A past tally told alone ("19 people have been killed since March") is no incident of its own.
    if (tallyOnly(read, typed, words)) continue;
    const figures = dropTotals(read.filter((f) => f.role !== 'tally'));
    const best = (figs: CountFigure[], kind: CountFigure['kind']) => sentenceFigure(doc, words, figs, kind, s);
    const definite = definiteAt(doc, words, typed.trigger.first);
    // dwu13: two sides' claims in one sentence, each of its own act (side-claims.ts): each clause its own incident, read on its
    // own trigger, parties and sites.
    const sides = sideClauses(doc.tokens, words, sent.firstToken, sent.endToken);
    const sideParts: Mention[] = [];
    if (sides) for (const c of sides) {
      const inClause = (i: number) => i >= c.from && i < c.to;
      const cTyped = typeHits(hits.filter((h) => inClause(h.first)), words);
      if (!cTyped || cTyped.eventType !== typed.eventType) { sideParts.length = 0; break; }
      const roles = assignRoles(actors.filter((m) => inClause(m.tokFirst)), doc.tokens, words, cTyped.trigger.first, cTyped.trigger.end, inSources);
      if (!roles.actor1) { sideParts.length = 0; break; }
      const cPlaces = places.slice(p, q).filter((x) => inClause(tokenAt(doc.tokens, x.start)));
      const cLaunchers: Place[] = [];
      const cRead = readSites(cPlaces, doc.tokens, words, c.from,
        { inNames, airportOf, hier, base: p + places.slice(p, q).findIndex((x) => x === cPlaces[0]), geo, text: doc.text, story: (x) => st.namesake(x, geo),
          keep: (x) => plausible(x) && !(UNCHECKED.has(x.why?.[0]?.rule ?? '') && st.lone(x.location)), onLauncher: (x) => cLaunchers.push(x) });
      const cSites = interceptorGround(cRead, cLaunchers, cPlaces.sort((x, y) => Number(x.mention === 'demonym') - Number(y.mention === 'demonym')),
        roles.actor1, doc.tokens, cTyped.subEventType);
      const cFigs = figures.filter((f) => inClause(f.at));
      sideParts.push({ sentence: s, typed: cTyped, site: pickOne(cSites.filter((x) => x.locative).length ? cSites.filter((x) => x.locative) : cSites, cTyped.trigger.first), date,
        actor1: roles.actor1, actor2: roles.actor2, dead: best(cFigs, 'dead'), injured: best(cFigs, 'injured'), excluded, definite: definiteAt(doc, words, cTyped.trigger.first), clause: true });
    }
    if (sideParts.length > 1 && (sideParts[0].actor1?.name !== sideParts[1].actor1?.name)) { out.push(...sideParts); continue; }
    const groups = fanOut(sites, figures, typed.trigger.first);
    // A demonstration and what was done to it (arrests, dispersal, force) are one event (codebook: Protests),
    // so a sentence read as one is not split into an arrest and a protest.
    const clauses = groups.length === 1 && !PROTEST_FAMILY.has(typed.eventType) ? splitClauses(doc.tokens, words, sent.firstToken, sent.endToken, figures, clauseAnchors(triggerStarts, sites)) : [];
    // One clause's own incident, read as `cTyped`: only the clause's own parties (the victims of one clause are no party to the
    // other), its own count, its own day read in its own words ("five were shot dead on Saturday, and seven were killed on Sunday"),
    // and its own site (with `orSentence`, the sentence's when it names none).
    const clauseMention = (c: Clause, cTyped: Typed, orSentence: boolean): Mention => {
      const inClause = (i: number) => i >= c.from && i < c.to;
      const roles = assignRoles(actors.filter((m) => inClause(m.tokFirst)), doc.tokens, words, cTyped.trigger.first, cTyped.trigger.end, inSources);
      const cFigs = figures.filter((f) => inClause(f.at));
      const cRead = readDate(clauseText(told, doc.tokens, sent.start, c, sent.endToken), doc.published, doc.tokens[cTyped.trigger.first].start - sent.start);
      const own = sites.filter((x) => inClause(x.first));
      return { sentence: s, typed: cTyped, site: pickOne(own.length || !orSentence ? own : sites, cTyped.trigger.first), date: (cRead && inArticle(cRead, sent.start)) || date,
        actor1: roles.actor1, actor2: roles.actor2, dead: best(cFigs, 'dead'), injured: best(cFigs, 'injured'), excluded, definite: definiteAt(doc, words, cTyped.trigger.first),
        retold: undefined, account: undefined, denied: undefined, clause: true, nominal: undefined, also: alsoAt(words, cTyped.trigger.first) };
    };
    const parts: Mention[] = [];
    if (clauses.length > 1) {
      // Each clause tells its own incident, with its own type, site, actors and count.
      for (const c of clauses) {
        const inClause = (i: number) => i >= c.from && i < c.to;
        const cHits = hits.filter((h) => inClause(h.first));
        const cTyped: Typed = typeHits(cHits, words) ?? typed;
        if (cTyped !== typed && whyNotAnEvent(cTyped, cHits, (nonBySentence.get(s) ?? []).filter((h) => inClause(h.first)), ctx, doc.tokens)) continue;
        parts.push(clauseMention(c, cTyped, false));
      }
    }
    // Clauses that would fuse back into one incident (same kind, same place) are parts of its count.
    if (parts.some((a, i) => parts.some((b, j) => j > i && !sameIncident(a, b)))) { out.push(...parts); continue; }
    // case32: a later act told in a clause of its own ("…tossed a grenade at a checkpoint; hours later police arrested a suspect"):
    // each clause its own incident when the two are of different event types (sequel-clauses.ts). A demonstration and what was done
    // to it stay one event (codebook: Protests), as above.
    const sequel = clauses.length > 1 || PROTEST_FAMILY.has(typed.eventType) ? null : sequelClauses(words, sent.firstToken, sent.endToken);
    if (sequel) {
      const seqParts: Mention[] = [];
      for (const c of sequel) {
        const inClause = (i: number) => i >= c.from && i < c.to;
        const cHits = main.hits.filter((h) => inClause(h.first));
        const cTyped = typeHits(cHits, words);
        if (!cTyped || PROTEST_FAMILY.has(cTyped.eventType) || (c.from > sent.firstToken && outcomeOnly(words, cTyped.trigger)) || whyNotAnEvent(cTyped, cHits, sentNon.filter((h) => inClause(h.first)), ctx, doc.tokens)) break;
        seqParts.push(clauseMention(c, cTyped, true));
      }
      // Only incidents of different kinds (event types): "troops pulled out before dawn, and the rebels moved in a few hours later" is
      // one transfer, its withdrawal and its taking.
      if (seqParts.length === 2 && seqParts[0].typed.eventType !== seqParts[1].typed.eventType) { out.push(...seqParts); continue; }
    }
    // probe5: "the attackers used explosives in the assault": an instrument told of an incident already read (told-again.ts).
    const retold = instrumentLike(doc, typed) ? definiteReference(doc, words, sent.firstToken, sent.endToken, typed.trigger) : null;
    const also = alsoAt(words, typed.trigger.first);
    for (const group of groups) {
      const nominal = group.site ? null : nominalSite(doc, words, sent.firstToken, sent.endToken, typed.trigger.first);
      // Every field present, in one order (as above): mentions of one shape keep the code that reads them optimised.
      out.push({ sentence: s, typed, site: group.site, date, actor1, actor2, dead: best(group.figures, 'dead'), injured: best(group.figures, 'injured'),
        excluded, definite, retold: retold ?? undefined, account: undefined, denied: undefined, clause: undefined, nominal: nominal ?? undefined, also });
    }
  }
  // terr17: a fight whose won ground the next sentence tells, going on with its sides, is that taking (taking-after-fight.ts).
  return takingAfterFight(out, doc, words);
}

/** The trigger starts, then the sites' first tokens: the words splitClauses keeps in one clause. Built by loops, not by
 * spreading `sites.map(…)`: that spread took readMentions' optimised code down ("wrong map"), and it costs ~0.5-1 s to compile again. */
function clauseAnchors(triggerStarts: ReadonlySet<number>, sites: readonly Site[]): number[] {
  const out: number[] = [];
  for (const t of triggerStarts) out.push(t);
  for (let i = 0; i < sites.length; i++) out.push(sites[i].first);
  return out;
}

/** The typing concept of a named group's ACLED actor type: state and external forces (1, 8) are forces, rebels
 * and militias (2-4) non-state armed groups (codebook, "Actor Names, Types, and 'Inter' Codes"). */
const PARTY_OF_INTER: Partial<Record<number, Concept>> = { 1: 'STATE_FORCE', 8: 'STATE_FORCE', 2: 'MILITANT', 3: 'MILITANT', 4: 'MILITANT' };
const STATE_PARTY: ReadonlySet<Concept> = conceptsWith('state-force');
const PARTY_CONCEPTS: ReadonlySet<Concept> = new Set([...STATE_PARTY, ...conceptsWith('nonstate-force')]);
const CROWD_PARTY: ReadonlySet<Concept> = conceptsWith('crowd');
/** The concepts withNamedParties may add to a sentence's. */
const NAMED_PARTIES: ReadonlySet<Concept> = new Set([...Object.values(PARTY_OF_INTER) as Concept[], 'STATE_NAME']);
const NAMED_PARTIES_AND_PLACES: ReadonlySet<Concept> = new Set([...NAMED_PARTIES, 'PLACE_NAME']);
const NO_CONCEPTS: ReadonlySet<Concept> = new Set();
/** The concepts a sentence's typing may read: its cue words', and the protest story it continues. */
function sentenceConcepts(hits: readonly CueHit<Concept>[], inProtestStory: boolean, afterDispersal: boolean): Set<Concept> {
  const out = new Set<Concept>();
  for (const h of hits) out.add(h.concept);
  if (inProtestStory) out.add(STORY_PROTEST_HIT.concept);
  if (afterDispersal) out.add(STORY_DISPERSED_HIT.concept);
  return out;
}
/** Whether the token at `k` is capitalised inside its sentence: part of a proper name ("Arakan Army"), not a noun. */
const nameWord = (tokens: Doc['tokens'], k: number): boolean => k > 0 && tokens[k - 1].text !== '.' && /^[A-Z]/.test(tokens[k].text);
function withNamedParties(hits: CueHit<Concept>[], actors: readonly ActorMention[], names: readonly Span[], tokens: Doc['tokens'], words: readonly string[],
  triggerStarts: ReadonlySet<number>): CueHit<Concept>[] {
  let added: CueHit<Concept>[] | null = null, misread: Set<CueHit<Concept>> | null = null;
  for (const a of actors) {
    // lead8: a country named as the subject of an incident word ("Israel struck", "Russia reportedly pounded") is its state
    // acting (STATE_NAME); the subject of any other verb ("Venezuela is borrowing") acts in no incident.
    // where20: a country's demonym on the incident word itself ("an Israeli bombing", "the Russian shelling"), which the actors
    // read as that state's military (actors.ts actor.demonym-modifier), is that act's agent (STATE_ADJ; typing.ts partiesOf).
    const concept = a.rule === 'actor.country-as-subject' ? (actsAt(tokens, a.tokEnd, triggerStarts) ? 'STATE_NAME' : undefined)
      : a.rule === 'actor.demonym-modifier' ? 'STATE_ADJ'
      // Round 33: a people's, clan's or community's armed men named by it ("Lou Nuer youths", "gunmen from the Murle community")
      // are an identity militia: ACLED's actor type 4, a non-state armed party like the named groups (identity-militias.ts armedIdentity).
      : a.generic === 'communal' && armedIdentity(a.rule, words, a.tokEnd) ? PARTY_OF_INTER[4]
      : a.generic || a.inter == null ? undefined : PARTY_OF_INTER[a.inter];
    if (!concept || (names.length && inSpans(names, a.start!, a.end!))) continue;
    // …whose own noun ("youths", "men") names the militia's men, no crowd.
    if (a.generic === 'communal') for (const h of hits) if (CROWD_PARTY.has(h.concept) && h.first >= a.tokFirst && h.end <= a.tokEnd) (misread ??= new Set()).add(h);
    const inName = hits.filter((h) => PARTY_CONCEPTS.has(h.concept) && h.first < a.tokEnd && a.tokFirst < h.end);
    // A cue word already names this party ("Taliban militants"): no second reading of it. A state's force word that is
    // part of a non-state group's own name ("the Arakan Army", "Free Syrian Army fighters": capitalised) is the group's,
    // not the state's; a word describing the party ("Houthi rebels") is read as it stands.
    const otherSide = concept === 'STATE_FORCE' ? [] : inName.filter((h) => STATE_PARTY.has(h.concept) && nameWord(tokens, h.first));
    for (const h of otherSide) (misread ??= new Set()).add(h);
    if (inName.length > otherSide.length) continue;
    // One word long, so that it hides no cue word inside the name ("pro-Houthi reinforcements").
    // lead8: a country's name spans its words ("the United States"), as the place read on it does: a shorter hit would be
    // hidden inside the place's (typing.ts reads a word inside a longer cue only as part of it). No cue word stands inside one.
    (added ??= []).push({ concept, first: a.tokFirst, end: concept === 'STATE_NAME' || concept === 'STATE_ADJ' ? a.tokEnd : a.tokFirst + 1 });
  }
  const kept = misread ? hits.filter((h) => !misread!.has(h)) : hits;
  return added ? [...kept, ...added].sort((x, y) => x.first - y.first) : kept;
}

/** lead8: whether an incident word follows a subject that ends at token k, past adverbs ("Israel allegedly struck"). */
function actsAt(tokens: Doc['tokens'], k: number, triggerStarts: ReadonlySet<number>): boolean {
  while (k < tokens.length && tokens[k].pos === 'ADV') k++;
  return triggerStarts.has(k);
}

/** The first site the article tells of, for an incident told with no place of its own when no other incident
 * has one: "On 1 May, in Montego Bay, Saint James Parish, a man shot at … A bystander was wounded." Read only
 * when needed (index.ts). */
export function leadSite(doc: Doc, words: readonly string[], places: readonly Place[], names: readonly Span[] = [], geo: Geo | null = null,
  hierarchyOf: HierarchyOf = readHierarchy): Site | null {
  const hier = hierarchyOf(doc.text, places);
  const story = new StoryCountries(places);
  const plausible = plausibleSite(places);
  let p = 0;
  for (const sent of doc.sentences) {
    while (p < places.length && places[p].start < sent.start) p++;
    let q = p;
    while (q < places.length && places[q].start < sent.end) q++;
    if (q === p) continue;
    const inNames = (a: number, b: number) => names.some((n) => n.start < b && a < n.end);
    const sites = readSites(places.slice(p, q), doc.tokens, words, sent.firstToken,
      { inNames, hier, base: p, geo, text: doc.text, story: (x) => story.namesake(x, geo),
        keep: (x) => x.locative && plausible(x) && !(UNCHECKED.has(x.why?.[0]?.rule ?? '') && story.lone(x.location)) });
    if (sites.length) return sites.find((x) => x.location.precision < 3) ?? sites[0];
  }
  return null;
}

/** A site told without a name ("at the busy Oxford Street bus station", "in the republic", "across the city"): a
 * locative preposition, then the words of a noun phrase ending in a site noun; the first after the trigger, else
 * the last before it. */
export function nominalSite(doc: Doc, words: readonly string[], from: number, to: number, trigger: number): (Span & { text: string }) | null {
  let before: (Span & { text: string }) | null = null;
  for (let i = from; i < to; i++) {
    if (!PHRASE_PREPS.has(words[i])) continue;
    let head = -1;
    for (let j = i + 1; j < Math.min(to, i + 7); j++) {
      const t = doc.tokens[j];
      // "Oxford Street", "the Cavehill Road", "Rue Victor Hugo": a street's name is its site noun.
      if ((SITE_NOUNS.has(words[j]) && t.pos === 'NOUN') || (STREETS.has(words[j]) && /^[A-Z]/.test(t.text))) head = j;
      else if (head >= 0 && t.pos === 'PROPN' && /^[A-Z]/.test(t.text)) head = j;
      else if (t.type !== 'word' || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PRON')) break;
    }
    if (head < 0) continue;
    // "at Oxford Street and the Cavehill Road": coordinated sites are told together.
    for (let j = head + 1; j + 1 < to && (words[j] === 'and' || words[j] === 'or'); ) {
      let k = j + 1, next = -1;
      while (k < Math.min(to, j + 6) && doc.tokens[k].type === 'word' && !PHRASE_PREPS.has(words[k])) {
        if (SITE_NOUNS.has(words[k]) || STREETS.has(words[k])) next = k;
        else if (next >= 0 && doc.tokens[k].pos !== 'PROPN') break;
        k++;
      }
      if (next < 0) break;
      head = next;
      j = next + 1;
    }
    const start = doc.tokens[i + 1].start, end = doc.tokens[head].end;
    const span = { start, end, text: doc.text.slice(start, end) };
    if (i > trigger) return span;
    before = span;
  }
  return before;
}

/** Street words, capitalised as part of a street's name ("Oxford Street", "Rue Victor Hugo", "Calle del Correo"). */
const STREETS = new Set(['street', 'road', 'avenue', 'boulevard', 'lane', 'square', 'rue', 'calle', 'via', 'avenida', 'strasse', 'sharia', 'shari']);

/** How many sentences on a protest told before still frames a sentence ("They burned tyres"). */
const PROTEST_STORY_REACH = 2;
/** The context concept STORY_PROTEST, as a hit standing before the sentence (rules never take it as their trigger). */
const STORY_PROTEST_HIT: CueHit<Concept> = { concept: 'STORY_PROTEST', first: -1, end: -1 };
/** (case9p) The context concept STORY_DISPERSED: the protest told just before was dispersed. */
const STORY_DISPERSED_HIT: CueHit<Concept> = { concept: 'STORY_DISPERSED', first: -1, end: -1 };

/** How far after a negation ("no", "neither … nor"), a background word ("ongoing") or a plan ("planned") a cue word is governed. */
const NEGATED_REACH = 3;
function dropNegated(hits: CueHit<Concept>[], nonHits: readonly CueHit<NonEventConcept>[], words: readonly string[], end: number,
  tokens: Doc['tokens']): CueHit<Concept>[] {
  // …and a planned or threatened one ("announcing a curfew as part of planned attacks"): the sentence reports the rest.
  // case29: …and a demonstration put off, called off or only due ("hours before he was due to address a rally").
  const negations = nonHits.filter((n) => n.concept === 'NEGATION' || n.concept === 'BACKGROUND' || n.concept === 'IRREALIS' || n.concept === 'HYPOTHETICAL' ||
    n.concept === 'PROTEST_NOT_HELD' ||
    // Round 39: …and a war told as a state of affairs ("two clans that had been fighting for three years signed a peace agreement"),
    // unless hours ago are told ("have been fighting since dawn": nonevent.tally.ongoing's exception): the sentence tells the rest.
    (n.concept === 'ONGOING' && !nonHits.some((o) => o.concept === 'TODAY')));
  // …and one remembered with what it did ("marking the anniversary of the bombing that killed 20"), to the clause's end:
  // the march is the news.
  // Built by push, not filter and map: the arrays a `map` makes differ in elements kind as it is optimised or not, and
  // each new kind threw dropNegated's optimised code away ("wrong map").
  const history: Array<readonly [number, number]> = [];
  for (const n of nonHits) if (n.concept === 'HISTORY') history.push([n.first, clauseEnd(words, n.end, end)]);
  // probe5: …and a foiled one ("foiled a suicide car bomb attack"): its object phrase.
  const foiled = nonHits.filter((n) => n.concept === 'FOILED');
  // nonev12: …and an attack told as a noun after a diplomatic act ("sanctions over the chemical attack"): its topic (non-events.ts).
  const diplomacy = nonHits.filter((n) => n.concept === 'DIPLOMACY');
  // nonev16: …and one told as the object noun of investigating or discussing ("to investigate the killing"), with no date or place of its own.
  const inquiry = nonHits.filter((n) => n.concept === 'INQUIRY');
  // nonev16: …and the crime an arrest is told for ("arrested two men for stealing phones", "in connection with the bombing"): the
  // charge, an earlier deed; the arrest is the news.
  // Round 35: a warrant's charge at any distance after the arrest (non-events.ts WARRANT_LINKS).
  const charges = nonHits.filter((n) => n.concept === 'CHARGE_LINK' && hits.some((a) => ARRESTS.has(a.concept) && a.end <= n.first &&
    (n.first - a.end <= ARREST_CHARGE_REACH || WARRANT_WORDS.has(words[n.first]) || WARRANT_WORDS.has(words[n.first + 1]))));
  // Round 35: …and the act a call asks people to do ("urged the army to attack the rebels"): called-on.ts. Not a demonstration: its
  // typing reads the demands told with it, and the call's own rule (nonevent.protest-called) names why it is none.
  const calls = nonHits.filter((n) => n.concept === 'CALL_ON');
  if (!negations.length && !history.length && !foiled.length && !diplomacy.length && !charges.length && !inquiry.length && !calls.length) return hits;
  return hits.filter((h) => !negations.some((n) => n.first < h.first && governs(n, h, tokens) && !predicateAfter(n, h, words) && !(h.concept === 'ACTIVITY_CHANGE' && announcedWould(n.first, (k) => words[k]))) &&
    !history.some(([a, b]) => a < h.first && h.first < b) && !(foiled.some((n) => n.first < h.first && h.first - n.end < FOILED_REACH) && !FOILED_OBJECTS.has(h.concept)) &&
    !(diplomacy.some((n) => n.first < h.first && h.first - n.end < DIPLOMACY_REACH) && DIPLOMACY_TOPICS.has(h.concept) && toldAsNoun(h, tokens)) &&
    !(CHARGE_TOPICS.has(h.concept) && charges.some((n) => chargeOf(n, h, tokens))) && !(!PROTEST_CONCEPTS.has(h.concept) && calls.some((n) => calledOn(n.end, h.first, tokens))) &&
    !(inquiry.some((n) => n.first < h.first && h.first - n.end < INQUIRY_REACH) && DIPLOMACY_TOPICS.has(h.concept) && toldAsNoun(h, tokens) && !ownSetting(h, tokens)));
}
/** Round 35: a reason the act the typing rule asks to be done (typing.ts actOfRule), told only by words dropNegated set aside (in
 * `hits`, not in `asserted`), is no incident, read with that act's word as the trigger; null when there is none. The rule's other
 * words may be set aside and the act stand ("foiled a plan by suspected militants to bomb a market": the foiling is the act). */
function droppedVerdict(typed: Typed, hits: readonly CueHit<Concept>[], asserted: readonly CueHit<Concept>[],
  why: (t: Typed) => ReturnType<typeof whyNotAnEvent>): ReturnType<typeof whyNotAnEvent> {
  const act = actOfRule(typed.rule);
  if (!act || asserted.some((h) => h.concept === act)) return null;
  for (const h of hits) {
    if (h.concept !== act || h === typed.trigger) continue;
    const v = why(retyped(typed, { trigger: h }));
    if (v) return v;
  }
  return null;
}
/** Whether a negation, background word or plan governs `h`: within NEGATED_REACH words, adverbs not counted (case29: "no one
 * was seriously hurt"), or (case28) at the head of the noun phrase it opens, past the names and adjectives before that head
 * ("the party's planned [International Youth Day] rally"). */
function governs(n: CueHit<NonEventConcept>, h: CueHit<Concept>, tokens: Doc['tokens']): boolean {
  const gap = h.first - n.end;
  if (gap < NEGATED_REACH) return true;
  let counted = 0;
  for (let k = n.end; k < h.first && counted < NEGATED_REACH; k++) if (tokens[k].pos !== 'ADV') counted++;
  if (counted < NEGATED_REACH) return true;
  if (negatedSubjectOf(n, h, tokens)) return true;
  if (gap >= NOUN_PHRASE_REACH) return false;
  for (let k = n.end; k < h.first; k++) {
    if (PREMODIFIER_POS.has(tokens[k].pos ?? '')) continue;
    // Round 35: a name told in quotes before the head is one premodifier, whatever its words ("a planned 'Buhari Must Go' rally").
    const close = isQuoteMark(tokens[k]) ? quoteCloseBefore(tokens, k + 1, h.first) : -1;
    if (close < 0) return false;
    k = close;
  }
  return true;
}
/** The index of the first quote mark in [from, to), or -1. */
function quoteCloseBefore(tokens: Doc['tokens'], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isQuoteMark(tokens[k])) return k;
  return -1;
}
/** case32: a negation that opens the subject of a passive governs its verb: "not a single shot was fired", "no rockets have
 * been launched", "not one round was fired" (general English: "no" or "not a single" quantifies the subject, and the passive
 * tells that nothing of it was done). The subject: determiners, numbers, adjectives and nouns, a noun among them; then only
 * auxiliaries of the passive (and adverbs) up to the cue word. */
function negatedSubjectOf(n: CueHit<NonEventConcept>, h: CueHit<Concept>, tokens: Doc['tokens']): boolean {
  if (n.concept !== 'NEGATION' || h.first - n.end > NEGATED_SUBJECT_REACH) return false;
  let k = n.end, noun = false;
  for (; k < h.first && SUBJECT_POS.has(tokens[k].pos ?? ''); k++) if (tokens[k].pos === 'NOUN') noun = true;
  if (!noun || k === h.first || !SUBJECT_AUX.has(tokens[k].text.toLowerCase())) return false;
  for (; k < h.first; k++) if (!SUBJECT_AUX.has(tokens[k].text.toLowerCase()) && tokens[k].pos !== 'ADV') return false;
  return true;
}
const NEGATED_SUBJECT_REACH = 8;
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
/** The passive's auxiliaries (voice.ts) and the perfect's and future's before them ("has been", "will be"). */
const SUBJECT_AUX: ReadonlySet<string> = new Set([...PASSIVE_AUX, 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would']);
/** How far a noun phrase's premodifiers may run before its head, and the parts of speech they are. */
const NOUN_PHRASE_REACH = 6;
const PREMODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** nonev16: the arrest words a charge link follows, and how far after one the link may stand ("arrested two men in Kessa on
 * Thursday in connection with …"). */
const ARRESTS: ReadonlySet<Concept> = new Set<Concept>(['ARREST', 'ARREST_WEAK']);
const ARREST_CHARGE_REACH = 10;
/** Round 35: the noun of the warrant phrases (non-events.ts WARRANT_LINKS), their first word or the second after "arrest". */
const WARRANT_WORDS: ReadonlySet<string> = new Set(['warrant', 'warrants']);
/** nonev16: the acts a charge can name: the violent ones diplomacy can have as its topic, and theft (loot words and their goods). */
const CHARGE_TOPICS: ReadonlySet<Concept> = new Set<Concept>([...DIPLOMACY_TOPICS, 'LOOT', 'LOOT_WEAK', 'SEIZE_GOODS', 'GOODS']);
/** nonev16: `h` stands in the link's own noun or gerund phrase ("for stealing mobile phones", "suspected of bank robberies", "in
 * connection with the murder of"): at most CHARGE_REACH words after it, with only determiners, adjectives, nouns, numbers and
 * gerunds between (English grammar: a preposition or comma ends the phrase: "for questioning after the attack" names no charge). */
function chargeOf(n: CueHit<NonEventConcept>, h: CueHit<Concept>, tokens: Doc['tokens']): boolean {
  const from = n.end + participationAt(n.end, tokens);
  if (h.first < from || h.first - from >= CHARGE_REACH) return false;
  for (let k = from; k < h.first; k++) {
    const t = tokens[k];
    if (!(PHRASE_POS.has(t.pos ?? '') || (t.pos === 'VERB' && t.text.toLowerCase().endsWith('ing')) || (t.text === '-' && k > from))) return false;
  }
  return true;
}
/** world35: taking part in a deed is charged with it ("arrested for taking part in the attack", "over their role in the
 * killing"; general English: the phrase's object is the deed; a protest so named is protest-causes.ts's): the number of words of
 * such a phrase at `k`, or 0. */
function participationAt(k: number, tokens: Doc['tokens']): number {
  for (const p of PARTICIPATION) if (p.every((w, i) => tokens[k + i]?.text.toLowerCase() === w)) return p.length;
  return 0;
}
const PARTICIPATION: ReadonlyArray<readonly string[]> = ['taking part in', 'took part in', 'participating in', 'participation in', 'involvement in',
  'their role in', 'his role in', 'her role in', 'a role in', 'joining'].map((p) => p.split(' '));
const CHARGE_REACH = 4;
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
/** case16: what a foiling rule reads as the foiled thing, kept for it (sub-events-strategic.ts
 * disrupted.bombing-foiled, 96, above the suicide rows): "foiled a suicide attack in Kabul, killing the bomber" is the attack
 * stopped (Disrupted weapons use), not a killing of its own. Not a bomb (EXPLOSIVE): its foiling row yields to a death told
 * beside it, and the device's own row would read the blast; nor a plot, whose other readings (a seizure, strat7) stay first. */
const FOILED_OBJECTS: ReadonlySet<Concept> = new Set<Concept>(['SUICIDE_ACT']);
/** case15: a time adverbial that dates a deed ("who attacked the checkpoint last week") ends where a finite auxiliary opens the
 * main clause's predicate ("… last week were arrested by police"): the verb after it is the news, not background (general
 * English: "last week" modifies the clause before it, and "were arrested" is the subject's own verb). Background words only;
 * a negation still governs its passive ("no one was killed"). */
const FINITE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);
const predicateAfter = (n: CueHit<NonEventConcept>, h: CueHit<Concept>, words: readonly string[]): boolean => {
  if (n.concept !== 'BACKGROUND') return false;
  for (let k = n.end; k < h.first; k++) if (FINITE_AUX.has(words[k])) return true;
  return false;
};
const clauseEnd = (words: readonly string[], from: number, end: number): number => {
  let k = from;
  while (k < end && words[k] !== ',' && words[k] !== ';' && words[k] !== ':') k++;
  return k;
};

/** "A day after the arrest of X on 28 December, …": the news told with no day of its own is the earlier act's day moved on by the
 * distance the opening names (earlier-adjuncts.ts settingDays), when that act's day is told (`date.after-earlier-act`). */
function dayAfterSetting(doc: Doc, setting: { first: number; end: number }, words: readonly string[]): DateReading | null {
  const days = settingDays(words, setting.first);
  if (!days) return null;
  const start = doc.tokens[setting.first].start;
  const read = readDate(doc.text.slice(start, doc.tokens[setting.end - 1].end), doc.published);
  if (!read?.start || read.start !== read.end) return null;
  const day = iso(addDays(noonOf(read.start), days));
  const moved = inArticle(read, start);
  return dateReading(day, day, moved.precision, moved.text, [...moved.why, { rule: 'date.after-earlier-act' }]);
}

/** The military of the one country a sentence names as its weapons' launcher ("drones launched by Russia"), when it is not the
 * interceptor's. */
function launcherParty(launchers: readonly Place[], interceptor: ActorMention, tokens: Doc['tokens'], words: readonly string[]): ActorMention | undefined {
  const cc = launchers[0]?.country;
  if (!cc || cc === interceptor.country || launchers.some((l) => l.country !== cc)) return undefined;
  const l = launchers[0];
  const first = tokenAt(tokens, l.start);
  // The launch's agent ("by Russia"), not where it came from ("from the direction of Crimea": a place, no party).
  if (!agentBefore(words, first)) return undefined;
  return { name: stateForceName('military', cc), text: l.text, country: cc, start: l.start, end: l.end, tokFirst: first, tokEnd: first + 1,
    rule: 'actor.country-as-agent' };
}

/** Nouns of a part of a town told after its name ("the San Juanico neighbourhood", "the Solino quarter"): the lexicon's town parts
 * (QUARTER_WORDS) but those that also name a region's unit or any part of anything ("the Khost district", "the northern sector"),
 * and the town's own settlements of the poor and the planned (township, estate, slum, barrio). */
const NOT_ONLY_TOWN_PARTS: ReadonlySet<string> = new Set(['district', 'districts', 'part', 'parts', 'section', 'sector', 'zone', 'block', 'street',
  'square', 'centre', 'center', 'downtown']);
const TOWN_PARTS: ReadonlySet<string> = new Set([...[...QUARTER_WORDS].filter((w) => !NOT_ONLY_TOWN_PARTS.has(w)), 'township', 'estate', 'slum', 'barrio']);
/** How far a place named as a town's part may lie from the dateline's town and still be read as itself (km). */
const NEIGHBOURHOOD_KM = 40;
/** A site named as a part of a town ("the X neighbourhood") with no town told after it, whose place lies far from the dateline's
 * town, is that town's part: the dateline's town, at precision 1 (round 31; ACLED places a neighbourhood at its city). */
function datelineNeighbourhood(site: Site, dateline: Site, words: readonly string[]): Site {
  const a = site.location, d = dateline.location;
  // Round 33: not a part told with its own town after it ("the Al-Rawdah neighbourhood of Marib city"): that town is told.
  if (!TOWN_PARTS.has(words[site.end] ?? '') || words[site.end + 1] === 'of' || a.lat == null || d.lat == null || a.lon == null || d.lon == null || km(a, d) <= NEIGHBOURHOOD_KM) return site;
  return extend(site, { location: extend(d, { text: site.location.text, start: site.location.start, end: site.location.end, precision: 1 }),
    why: [...(site.why ?? []), { rule: 'loc.neighbourhood-of-dateline', start: d.start, end: d.end, text: d.text }] });
}

/** Round 39: an adjunct after the main clause that tells the other side's withdrawal ("took control of the town without fighting, a day
 * after soldiers had withdrawn") is part of the transfer it dates, no earlier story (codebook: Non-violent transfer of territory). */
function toldWithdrawal(adjunct: { first: number; end: number; after?: true }, hits: readonly CueHit<Concept>[]): boolean {
  return !!adjunct.after && hits.some((h) => h.concept === 'WITHDRAW' && h.first >= adjunct.first && h.first < adjunct.end);
}

/** The hits outside an opening earlier act's clause, when one outside it tells an act (else all: the sentence is the earlier act's). */
function outsideEarlier(hits: CueHit<Concept>[], earlier: { first: number; end: number }): CueHit<Concept>[] {
  const outside = hits.filter((h) => h.first < earlier.first || h.first >= earlier.end);
  return outside.length < hits.length && outside.some((h) => EVENT_WORDS.has(h.concept)) ? outside : hits;
}

/** "the wounded", "the dead": the victims of an incident already told, named again. */
const VICTIM_WORDS = new Set(['wounded', 'injured', 'dead', 'deceased']);
const DEFINITE = new Set(['the', 'their', 'its', 'his', 'her']);
/** A sentence read only from such a name ("Ambulances took the wounded to hospital") tells what followed
 * an incident, not a new one: it is weak, and joins the story it continues (group-mentions.ts). */
function victimsTold(typed: Typed | null, words: readonly string[]): Typed | null {
  const t = typed?.trigger;
  if (!typed || !t || t.end - t.first !== 1 || !VICTIM_WORDS.has(words[t.first]) || !DEFINITE.has(words[t.first - 1] ?? '')) return typed;
  return typed.score < WEAK_SCORE ? typed : retyped(typed, { score: WEAK_SCORE - 1 });
}

/** A sentence's text with only the clause [c.from, c.to) kept, blanked elsewhere so that offsets hold. */
function clauseText(text: string, tokens: Doc['tokens'], sentStart: number, c: { from: number; to: number }, endToken: number): string {
  const a = tokens[c.from].start - sentStart, b = c.to < endToken ? tokens[c.to].start - sentStart : text.length;
  return ' '.repeat(a) + text.slice(a, b) + ' '.repeat(Math.max(0, text.length - b));
}

const sameIncident = (a: Mention, b: Mention): boolean =>
  compatible(a, b) && (!a.site || !b.site || samePlace(a.site.location, b.site.location)) && (!a.date || !b.date || a.date.start === b.date.start);

/** A namesake resolved half a world away from the story ("al-Juma" read as a town in Arizona in a
 * Libyan report) is not where the incident happened: a site in a country named only once must lie
 * within reach of the article's focus country (the country most of its places are in). */
const FOCUS_REACH_KM = 1500;
/** Sites no holder vouched for: a lone namesake abroad among them is dropped (site-country.ts). */
const UNCHECKED = new Set(['loc.in-x', 'loc.named-x', 'loc.near-x', 'loc.compass-town', 'loc.part-of-x', 'loc.admin-fallback', 'loc.landmark-of-x']);
const HELD = new Set(['loc.x-paren-y', 'loc.x-comma-y', 'loc.x-in-y', 'loc.namesake-in-y', 'loc.admin-fallback', 'loc.namesake-in-story-country']);
/** GeoNames feature codes of land spanning countries: a continent, a region, a zone (plausibleSite). */
const LAND_REGIONS: ReadonlySet<string> = new Set(['CONT', 'RGN', 'RGNE', 'ZN']);
function plausibleSite(places: readonly Place[]): (s: Site) => boolean {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country && p.lat != null && p.mention !== 'demonym') counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  let focus: string | null = null, n = 0;
  for (const [c, k] of counts) if (k > n) { focus = c; n = k; }
  // Round 39: a region of land of no one country ("EU accession talks", "the European Union") is no incident's site when the article
  // names a place in a country: an incident on land happens in a country (codebook: every event has a country and a location in it).
  // A sea is a site of its own ("a ship struck in the Red Sea").
  const inCountry = (s: Site): boolean => !!s.location.country || counts.size === 0 || !LAND_REGIONS.has(s.location.featureCode ?? '');
  if (!focus || n < 2) return inCountry;
  const anchors = places.filter((p) => p.country === focus && p.lat != null && p.mention !== 'demonym');
  // Only a lone namesake is doubted: a country the article names again is part of the story.
  return (s) => inCountry(s) && (s.location.country === focus || (counts.get(s.location.country ?? '') ?? 0) > 1 || anchors.some((a) => km(a, s.location) <= FOCUS_REACH_KM) ||
    // A site its own holder placed ("Kuito (Kuito, Bie)") has the evidence a lone namesake lacks.
    !!s.why?.some((w) => HELD.has(w.rule)));
}

/** Hits grouped by the sentence they start in; a phrase never runs on into the next sentence. */
function bySentence<C extends string>(hits: CueHit<C>[], doc: Doc): Map<number, CueHit<C>[]> {
  const out = new Map<number, CueHit<C>[]>();
  // The hits come in text order: the list of the last hit's sentence is at hand, and the map is read only at a new sentence.
  let at = -1, list: CueHit<C>[] = [];
  for (const h of hits) {
    const s = doc.tokens[h.first].sentence;
    if (s < 0 || doc.tokens[h.end - 1].sentence !== s) continue;
    if (s !== at) {
      at = s;
      const known = out.get(s);
      if (known) list = known;
      else out.set(s, (list = []));
    }
    list.push(h);
  }
  return out;
}

/** Whether the trigger's words stand between quote marks that hold nothing else ("“liberated”"). */
const scareQuoted = (tokens: Doc['tokens'], t: { first: number; end: number }): boolean =>
  t.first > 0 && isQuoteMark(tokens[t.first - 1]) && t.end < tokens.length && isQuoteMark(tokens[t.end]);

/** The rule id of a site read from the place of the local people who tell the incident (docs/extraction.md). */
export const LOCAL_SOURCE_RULE = 'loc.local-source';

const inSpans = (spans: readonly Span[], start: number, end: number): boolean => spans.some((s) => s.start <= start && end <= s.end);

const prefixOf = (kind: CountFigure['kind']) => (kind === 'dead' ? 'fat' : 'inj');
const reasonOf = (doc: Doc, prefix: string, id: string, first: number, end: number): Reason => {
  const start = doc.tokens[first].start, stop = doc.tokens[Math.max(first, end - 1)].end;
  return { rule: `${prefix}.${id}`, start, end: stop, text: doc.text.slice(start, stop) };
};

/** A sentence's counts of one kind, once totals are dropped, are parts of what it tells: they add up
 * ("six fighters were killed near the airport and two civilians died in the shelling" = 8). Counts of
 * some of the victims ("two children were among the dead") count only when the sentence has no other. */
function sentenceFigure(doc: Doc, words: readonly string[], figs: CountFigure[], kind: CountFigure['kind'], sentence: number): Told | null {
  const f = figs.filter((x) => x.kind === kind);
  if (!f.length) return null;
  // Counts told by different reporters, set against each other, are alternatives, not parts to add.
  const groups: CountFigure[][] = [[f[0]]];
  for (let k = 1; k < f.length; k++) {
    if (alternative(words, f[k - 1], f[k])) groups.push([f[k]]);
    else groups[groups.length - 1].push(f[k]);
  }
  // By push, not `map` (dropNegated's `history` says why).
  const told: Told[] = [];
  for (let k = 0; k < groups.length; k++) told.push(groupFigure(doc, words, groups[k], kind, sentence, k));
  if (told.length > 1) told[0].alternatives = told.slice(1);
  return told[0];
}

const LEAD_SENTENCES = 1;
const VAGUE = new Set(['vague-quantity']);
function groupFigure(doc: Doc, words: readonly string[], all: CountFigure[], kind: CountFigure['kind'], sentence: number, k: number): Told {
  // After a toll, "…were killed: X, the grandmother, was killed along with her son" names its victims: parts.
  const colon = all.findIndex((x, i) => i > 0 && all[i - 1].role === 'toll' && words.slice(all[i - 1].end, x.first).includes(':'));
  // A vague count beside a number ("numerous bodies … more than 25 members") says the same, less exactly.
  const numeric = all.filter((x) => !x.rules.some((r) => VAGUE.has(r.id)));
  const f = (colon > 0 ? all.slice(0, colon) : all).filter((x) => numeric.length === 0 || numeric.includes(x));
  const whole = f.filter((x) => x.role !== 'part');
  // A running total told beside its parts ("11 were also killed (total of 12 fatalities)") replaces them.
  const totals = whole.filter((x) => x.update);
  const use = totals.length ? [totals.reduce((a, b) => (b.figure.best > a.figure.best ? b : a))]
    : whole.length ? whole : [f.reduce((a, b) => (b.figure.best > a.figure.best ? b : a))];
  const sum = use.reduce((a, b) => ({ low: a.low + b.figure.low, best: a.best + b.figure.best, high: a.high + b.figure.high }), { low: 0, best: 0, high: 0 });
  const prefix = prefixOf(kind);
  const reasons = use.flatMap((x) => x.rules.map((r) => reasonOf(doc, prefix, r.id, r.first, r.end)));
  if (use.length > 1) reasons.push(reasonOf(doc, prefix, 'sum-of-groups', Math.min(...use.map((x) => x.first)), Math.max(...use.map((x) => x.end))));
  if (colon > 0) reasons.push(reasonOf(doc, prefix, 'victims-named-after-toll', all[colon].first, all[all.length - 1].end));
  if (k > 0) reasons.push(reasonOf(doc, prefix, 'alternative-in-sentence', use[0].first, use[0].end));
  const role = use.some((x) => x.role === 'toll') ? 'toll' : use[0].role === 'part' ? 'part' : 'one';
  // An alternative with no source of its own is still another reporter's: named by its words.
  const source = use.find((x) => x.source !== undefined)?.source ?? (k > 0 ? `alternative ${k}` : undefined);
  // Every field present (undefined where not told), in the order the output lists them: counts of one hidden class keep
  // the code reading them optimised.
  return { low: sum.low, best: sum.best, high: sum.high, at: doc.tokens[use[0].at].start, role, more: use[0].more, update: use.some((x) => x.update),
    again: use.every((x) => x.again), source, sentence, reasons, lead: sentence <= LEAD_SENTENCES ? true : undefined, side: sideOf(words, use),
    nation: nationOf(doc, words, use), alternatives: undefined };
}

/** world23: victims named as a state's force, and as those who attacked or fought one (general English nouns of each). */
const FORCE_VICTIMS: ReadonlySet<string> = new Set(['soldier', 'soldiers', 'troops', 'policemen', 'policeman', 'policewomen', 'gendarmes', 'gendarme',
  // Round 34: "four police were killed", "two constables" (general English nouns of a police force's members).
  'police', 'constables', 'constable', 'cops',
  'servicemen', 'serviceman', 'officers', 'personnel', 'guards', 'rangers', 'marines', 'paratroopers', 'conscripts', 'jawans', 'jawan', 'troopers']);
const FOE_VICTIMS: ReadonlySet<string> = new Set(['assailants', 'assailant', 'attackers', 'attacker', 'militants', 'militant', 'insurgents', 'insurgent',
  'terrorists', 'terrorist', 'gunmen', 'gunman', 'jihadists', 'jihadist', 'bandits', 'bandit', 'raiders', 'extremists', 'rebels', 'rebel', 'fighters',
  'guerrillas', 'guerrilla', 'militiamen', 'separatists', 'maoists', 'naxals', 'naxalites']);
/** How far past its count a figure's victims' noun may stand ("ten assailants", "17 of the attackers", "four more soldiers"). */
const SIDE_NOUN_REACH = 4;
/** Where the words that may name a count's victims end: within SIDE_NOUN_REACH of the count, and before the casualty word when the
 * count stands before it. Round 34: the words after the verb are no part of the victims' noun phrase ("Four killed in Israeli raid",
 * "Eight killed as Maoists blow up a vehicle": the demonym and the attackers are the act's, not the dead's; general English: the
 * subject's noun phrase ends at its verb). */
function nounReachEnd(f: CountFigure, words: readonly string[]): number {
  const end = Math.min(f.at + SIDE_NOUN_REACH + 1, words.length);
  return f.cue > f.at ? Math.min(end, f.cue) : end;
}
/** Round 40: a count its claimant says it killed in claiming the attack ("JNIM claimed the ambush, saying it had killed 30
 * 'militiamen'"): the one who claims an attack is its attacker (codebook: claims of responsibility), so whatever its noun calls them,
 * the dead are those it attacked, the force's side, and the figure is the claimant's count of the same dead, not foes added. */
function claimantsKill(words: readonly string[], at: number): boolean {
  let k = at - 1;
  if (words[k] !== 'killed' && words[k] !== 'killing') return false;
  k--;
  if (words[k] === 'had' || words[k] === 'has' || words[k] === 'have') k--;
  if (words[k] !== 'it' && words[k] !== 'they') return false;
  if (words[k - 1] !== 'saying' && words[k - 1] !== 'said' && words[k - 1] !== 'claiming') return false;
  for (let j = k - 2; j >= 0 && j >= k - 12; j--) {
    if (words[j] === '.') return false;
    if (words[j] === 'claimed' || words[j] === 'claims' || words[j] === 'claim') return true;
  }
  return false;
}

/** The side its counts' victims are named as, when every count names one and the same (Told.side), else undefined. */
function sideOf(words: readonly string[], use: readonly CountFigure[]): Told['side'] {
  let side: Told['side'];
  for (const f of use) {
    let s: Told['side'] = claimantsKill(words, f.at) ? 'force' : undefined;
    for (let k = f.at + 1, end = nounReachEnd(f, words); k < end && !s; k++) {
      if (FORCE_VICTIMS.has(words[k])) s = 'force';
      else if (FOE_VICTIMS.has(words[k])) s = 'foe';
      else if (words[k] === ',' || words[k] === '.' || words[k] === 'and' || words[k] === 'were' || words[k] === 'was') break;
    }
    if (!s || (side && s !== side)) return undefined;
    side = s;
  }
  return side;
}

/** world28: the country every count's victims are named as of (Told.nation): a demonym or a country's name standing between the
 * count and the rest of its phrase ("3 Azerbaijani soldiers", "two Pakistani civilians"), or OWN_NATION for a speaker's possessive
 * ("4 of its servicemen", "their soldiers"). Undefined when a count names none, or two counts name different ones. */
function nationOf(doc: Doc, words: readonly string[], use: readonly CountFigure[]): string | undefined {
  let nation: string | undefined;
  for (const f of use) {
    let n: string | undefined;
    for (let k = f.at + 1, end = Math.min(nounReachEnd(f, words), words.length - 1); k < end && !n; k++) {
      const w = words[k];
      if (w === ',' || w === '.' || w === 'and' || w === 'were' || w === 'was') break;
      if (OWN_POSSESSIVE.has(w)) n = OWN_NATION;
      else if (/^\p{Lu}/u.test(doc.tokens[k].text) && mayOpenCountry(doc.tokens[k].text)) n = lookupCountry(doc.tokens[k].text)?.code;
    }
    if (!n || (nation && n !== nation)) return undefined;
    nation = n;
  }
  return nation;
}

/** Whether b is told as an alternative to a: a contrast word between them and a reporting word near b. */
function alternative(words: readonly string[], a: CountFigure, b: CountFigure): boolean {
  let contrast = false, reporting = false;
  // Round 38: "The NRF claimed 5 Taliban fighters killed; local sources confirmed 2 deaths": two reporters' counts in clauses a
  // semicolon sets side by side, the first one's told by its reporting verb, are as set against each other as with "whereas".
  const reportedFirst = reportedBefore(words, a.first);
  for (let k = a.end; k < b.first; k++) {
    if (CONTRAST.has(words[k]) || (words[k] === ';' && reportedFirst)) contrast = true;
    else if (contrast && REPORTING.has(words[k])) reporting = true;
  }
  return contrast && reporting;
}
/** A reporting verb at most REPORTED_REACH words before `at`, in its clause ("claimed 5 Taliban fighters killed"). */
const REPORTED_REACH = 6;
function reportedBefore(words: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= REPORTED_REACH; k--) {
    if (words[k] === ';' || words[k] === '.' || words[k] === ',') return false;
    if (REPORTING.has(words[k])) return true;
  }
  return false;
}

/** The figures a sentence tells that count for no toll, each with the rules that left it out. */
function excludedReasons(doc: Doc, figs: CountFigure[]): Reason[] {
  const out: Reason[] = [];
  for (const f of figs) {
    if (f.role !== 'tally') continue;
    const prefix = prefixOf(f.kind);
    out.push(reasonOf(doc, prefix, 'tally-excluded', f.first, f.end));
    for (const r of f.rules) if (r.id.startsWith('tally-') || r.id === 'past-deed') out.push(reasonOf(doc, prefix, r.id, r.first, r.end));
  }
  return out;
}

/** "also" in the trigger's verb group ("was also damaged", "also killed", "have also been wounded"): the act told as one more of
 * the story's (general English: the additive focus adverb), read back over auxiliaries and adverbs. */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'has', 'have', 'had', 'reportedly', 'reported', 'allegedly']);
function alsoAt(words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    if (words[k] === 'also') return true;
    if (!AUXILIARIES.has(words[k])) return false;
  }
  return false;
}

/** "the bombing", "the same alleged Israeli airstrike", "this attack": an incident word after a definite
 * determiner (with at most three modifiers between) names an incident already told. */
const DEFINITE_DET = new Set(['the', 'this', 'that', 'same', 'these', 'those']);
function definiteAt(doc: Doc, words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    if (DEFINITE_DET.has(words[k])) return true;
    const pos = doc.tokens[k].pos;
    if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN' && !(pos === 'VERB' && words[k].endsWith('ed'))) return false;
  }
  return false;
}

/** A sentence read only from its casualty word whose every count is a running total over a period or a
 * war ("19 people have been killed since March") tells that total, not an incident. */
const RUNNING = new Set(['tally-since', 'tally-period', 'tally-conflict', 'tally-perfect']);
function tallyOnly(figs: CountFigure[], typed: Typed, words: readonly string[]): boolean {
  if (!figs.length || figs.some((f) => f.role !== 'tally' || !f.rules.some((r) => RUNNING.has(r.id)))) return false;
  const t = typed.trigger.first;
  if (typed.trigger.concept === 'KILL') return figs.some((f) => f.first <= t && t < f.end);
  // Round 32: …and so does one whose act is told in the clause of a total in the present perfect ("exchanges of fire since Oct. 8
  // have killed more than 350 people", "40 civilians have been killed in air strikes in the region this month"): the act names
  // what the total is of, no incident of its own (counting.ts perfectTallies).
  return figs.some((f) => f.rules.some((r) => r.id === 'tally-perfect' && inOneClause(words, Math.min(t, r.first), Math.max(t + 1, r.end))));
}

/** "nine were killed: two at A and seven at B" — a count equal to the sum of the counts after it is their total. */
export function dropTotals(figs: CountFigure[]): CountFigure[] {
  return figs.filter((f, i) => {
    const rest = figs.slice(i + 1).filter((g) => g.kind === f.kind);
    return !(rest.length >= 2 && rest.reduce((s, g) => s + g.figure.best, 0) === f.figure.best);
  });
}

/** Split a sentence's sites into incidents; each figure goes to the first site after its casualty word. */
function fanOut(sites: Site[], figures: CountFigure[], trigger: number): Array<{ site: Site | null; figures: CountFigure[] }> {
  const locative = sites.filter((s) => s.locative);
  // A country or a province that holds another site is not a site beside it ("in southern Syria … in Dar'a province").
  const fine = (locative.length ? locative : sites).filter((s) => !sites.some((o) => o !== s && (contains(s.location, o.location) || holdsCountry(s, o))));
  const distinct: Site[] = [];
  for (const s of fine) if (!distinct.some((d) => samePlace(d.location, s.location))) distinct.push(s);
  if (distinct.filter((d) => d.locative).length <= 1) return [{ site: pickOne(fine, trigger), figures }];
  // By push, not map: a mapped array is packed or holey as map runs in the interpreter or inlined (places/index.ts).
  const groups: Array<{ site: Site | null; figures: CountFigure[] }> = [];
  for (const site of distinct) groups.push({ site, figures: [] });
  const indexOf = (s: Site) => distinct.findIndex((d) => samePlace(d.location, s.location));
  for (const f of figures) {
    const after = fine.find((s) => s.first > f.cue);
    const before = [...fine].reverse().find((s) => s.first < f.cue);
    const target = after ?? before;
    if (target) groups[indexOf(target)].figures.push(f);
  }
  return groups;
}

const holdsCountry = (s: Site, o: Site): boolean =>
  (s.location.featureCode ?? '').startsWith('PCL') && !(o.location.featureCode ?? '').startsWith('PCL') && s.location.country === o.location.country;

/** One site: the first after the trigger, else the last before it; a town beats a country. */
function pickOne(sites: Site[], trigger: number): Site | null {
  if (!sites.length) return null;
  const after = sites.filter((s) => s.first > trigger);
  const pool = after.length ? after : [...sites].reverse();
  const loc = pool.filter((s) => s.locative);
  if (loc.length) return loc.find((s) => s.location.precision < 3) ?? loc[0];
  return pool.find((s) => s.location.precision < 3) ?? pool[0];
}

export type { CueHit };
