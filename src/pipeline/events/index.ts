// events: the incidents the article reports, the main one first, each typed in ACLED's taxonomy,
// placed, dated, with its actors, casualty figures, status and the claims that back or dispute it.
//   mentions (typing, non-event filter, sites, dates, actors, counts) → fuse → settle → link claims
import { foreignForceTakesGround } from './foreign-ground.js';
import { CLEAR_READING } from './clear-reading.js';
import type { Claim, ConflictEvent, Doc, EventWhy, Place, Span } from '../../types.js';
import type { Context } from '../context.js';
import { focusCountry, settleActors } from './settle-actors.js';
import { crowdsFightEachOther, damagesCivilianProperty } from './riot-targets.js';
import { civilianVictimsTold } from './remote-victims.js';
import { attackerOf, StoryActors } from './story-actors.js';
import { plainDate, publishedDate } from './date.js';
import { headlineDay, standsApart, storyDays } from './date-story.js';
import { foldNearSites, foldReactionLead, foldTitle, groupMentions, type MentionGroup } from './group-mentions.js';
import { reactionNounOf } from './reaction-lead.js';
import { announcesOwnTaking } from './own-takings.js';
import { incidentTolls } from './incident-tolls.js';
import { linkClaims } from './link-claims.js';
import { linkOwnClaims } from './own-claims.js';
import { claimedBy } from './claimed-by.js';
import { leadSite, nominalSite, readMentions } from './mentions.js';
import { DATELINE_NEXT, DATELINE_RULE, isDatelinePlace } from './dateline-site.js';
import type { AirportOf } from './location.js';
import { tokenAt } from './location.js';
import { PASSIVE_CONTENT, passiveCue } from '../claims/assemble.js';
import { foldKey } from '../../gazetteer/fold.js';
import { geoOf } from '../places/namesakes.js';
import { readStatus } from './status.js';
import { contentOpenings, markAccounts, speaksOfItself } from './told-again.js';
import { claimsOwnDeed, declaresMeasure } from './declares.js';
import type { SentenceReading } from './types.js';
import { readArticle, type ArticleReading } from '../reading.js';
import { ACTORS_AS } from '../../lexicon/sub-events-strategic.js';
import { PAST_PERFECT, TOLD_AS_EARLIER } from '../../lexicon/non-events.js';
import { extend } from '../extend.js';

/** A lead sentence this weak (a generic word like "deal" or "killed") yields first place to a clear incident. */
const WEAK_LEAD = 46;
const CLEAR_LEAD = CLEAR_READING;

/** A claim cued by a participle set off after its source's own clause ("X raided the hospital, saying …"). */
const afterOwnAct = (c: Claim): boolean => !!c.cue && c.cue.start > c.source.end && /ing$/i.test(c.cue.text) && !c.via;
/** w26: a claim whose cue is the second of two verbs its source is the subject of ("separatists abducted 4 civilians in Kumbo
 * and demanded ransom", "protesters blocked the road and called for …"): the first verb tells the source's own act. */
const ANDED_CUE = /^[^.;:"“”]*\s(?:and|then)\s+$/;
const andAfterOwnAct = (doc: Doc, c: Claim): boolean => !!c.cue && c.cue.start > c.source.end && !c.via &&
  c.cue.start - c.source.end < 160 && ANDED_CUE.test(doc.text.slice(c.source.end, c.cue.start)) && !/\b(?:said|says|that)\b/i.test(doc.text.slice(c.source.end, c.cue.start));

/** `trace`, when given, receives how each sentence with an incident word was read (for `--explain`).
 * `reading`: the article's words as the pipeline read them (pipeline/reading.ts); made here when not given. */
export function findEvents(doc: Doc, places: Place[], claims: Claim[], ctx: Context, trace?: SentenceReading[],
  reading: ArticleReading = readArticle(doc, ctx)): { events: ConflictEvent[]; claims: Claim[] } {
  if (!doc.sentences.length) return { events: [], claims };
  const { words } = reading;
  const sorted = [...places].sort((a, b) => a.start - b.start);
  // Names in which a place word is not a place: the sources of claims ("Observatory for Human Rights").
  // By loops, not flatMap (a two-element array per claim; here and below).
  const names: Span[] = [];
  for (const c of claims) {
    names.push(c.source);
    if (c.via) names.push(c.via);
  }
  const geo = ctx?.gazetteer && typeof ctx.gazetteer.lookup === 'function' ? geoOf(ctx.gazetteer) : null;
  const attributions: Span[] = [];
  for (const c of claims) attributions.push(...attribution(doc.text, c));
  // A source that tells its own act ("The army said it had recaptured the town") is that act's subject: its words
  // stay a party of the sentence, though still no place (roles.ts reads it as the act's subject).
  // So is a source told by a participle after its own act ("Israeli troops raided the hospital, saying …"): the speech
  // is an aside to the act whose subject it is.
  // strat7: so is one that declares a measure ("Al-Shabaab announced a curfew": declares.ts); case7: and one that announces a
  // taking told as a noun ("the army announced the liberation of the town": own-takings.ts).
  const openings = contentOpenings(doc, claims);
  const acting = new Set<Span>(claims.filter((c, k) => speaksOfItself(doc, c, openings[k]) || afterOwnAct(c) || andAfterOwnAct(doc, c) || declaresMeasure(doc, c) || announcesOwnTaking(doc, c) ||
    claimsOwnDeed(doc, c)).map((c) => c.source));
  // world23: "Residents of Osh protested, demanding aid": the subject of the act the participle follows is where it was done; its
  // place is no source's address ("police in Kabul said"), and may be the incident's site.
  const ownActs = new Set<Span>(claims.filter(afterOwnAct).map((c) => c.source));
  // case31: the residents, villagers or survivors who tell an incident live where it happened (mentions.ts loc.local-source).
  const localSources = new Set<Span>(claims.filter((c) => c.source.kind === 'witness').map((c) => c.source));
  const read = readMentions(doc, words, sorted, names, airportFinder(ctx), attributions, geo, trace, acting, ownActs, localSources, reading.hierarchyOf);
  markAccounts(doc, read, claims, openings);
  // news33: a title's incident that only the title tells joins the lead's incident (group-mentions.ts foldTitle): sentence 0 a
  // paragraph of its own before the lead's, with no full stop (a one-sentence lead paragraph is no title).
  const filed = (s: { location: Span }): boolean => isDatelinePlace(doc, s.location);
  // Round 40: a lead that tells a reaction names the incident the next sentences tell (reaction-lead.ts).
  const fused = foldReactionLead(foldTitle(foldNearSites(groupMentions(read, { toldEarlier: (m) => EARLIER_WORD.test(sentenceText(doc, m.sentence)) }), filed), isTitle(doc), filed), reactionNounOf(doc, words), filed);
  const incidents = orderIncidents(fused, doc);
  const fallbackDate = publishedDate(doc.published, doc.publishedFrom);
  const toldIn = new Set<number>();
  for (const inc of fused) for (const m of inc.mentions) toldIn.add(m.sentence);
  const storyDay = storyDays(doc, attributions, toldIn);
  let headline: { day: ReturnType<typeof headlineDay> } | undefined;
  datelineYields(doc, words, incidents);
  const storySite = storySites(incidents);
  // No incident has a place of its own: the story's is the first place it tells of.
  const lead = incidents.some((inc) => !inc.site && !storySite.has(inc)) ? leadSite(doc, words, sorted, names, geo, reading.hierarchyOf) : null;
  if (lead) for (const inc of incidents) if (!inc.site) storySite.set(inc, carried(lead));
  const story = new StoryActors(doc, words, incidents);
  // Where an incident has no place, its unnamed parties belong to the country the article is about.
  const focus = focusCountry(places);
  const spansByEvent: Array<Array<[number, number]>> = [];
  // By push, not map: a mapped array is packed or holey as map runs in the interpreter or inlined (places/index.ts).
  const events: ConflictEvent[] = [];
  for (let i = 0; i < incidents.length; i++) {
    const inc = incidents[i];
    // A report with no place or attacker of its own continues the story told around it.
    const nominal = inc.mentions.find((m) => m.nominal)?.nominal;
    const site = inc.site ? named(inc.site, nominal, true) : named(storySite.get(inc) ?? null, nominal);
    // Nor with no date: an incident told on in the same story ("two died when a shell hit …") happened
    // on the day the story last told (the lead's "On 2 May, …"), not on the day of the report.
    // news31: a title's incident with no day of its own is dated by the day its lead tells (date-story.ts headlineDay).
    const date = inc.date ?? storyDay(firstSentence(inc)) ?? (firstSentence(inc) === 0 ? (headline ??= { day: headlineDay(doc, attributions) }).day : null) ?? fallbackDate;
    // No attacker in its own sentences: the one its story names (actors: story-actors.ts).
    const a1 = attackerOf(doc, words, inc, story);
    story.told(inc, a1);
    const country = site?.location.country ?? focus;
    const evidence: Span[] = [];
    // Its sentences, once each: as evidence, and as the token ranges its status is read from.
    const spans: Array<[number, number]> = [];
    const seen = new Set<number>();
    for (const m of inc.mentions) {
      if (seen.has(m.sentence)) continue;
      seen.add(m.sentence);
      const s = doc.sentences[m.sentence];
      evidence.push({ start: s.start, end: s.end });
      spans.push([s.firstToken, s.endToken]);
    }
    const t = inc.lead.typed.trigger;
    // case9s: a rule may settle its actors by another sub-type's conventions (sub-events-strategic.ts ACTORS_AS).
    const as = ACTORS_AS[inc.lead.typed.rule];
    const actors = settleActors(a1, inc.actor2, as?.eventType ?? inc.lead.typed.eventType, as?.subEventType ?? inc.lead.typed.subEventType, country, plainDate(date).start ?? undefined,
      (inc.lead.typed.eventType === 'Riots' && damagesCivilianProperty(words, spans)),
      (inc.lead.typed.subEventType === 'Mob violence' && crowdsFightEachOther(words, spans)),
      (inc.lead.typed.eventType === 'Explosions/Remote violence' && civilianVictimsTold(words, spans)));
    spansByEvent.push(spans);
    const trigger = { start: doc.tokens[t.first].start, end: doc.tokens[t.end - 1].end, text: doc.text.slice(doc.tokens[t.first].start, doc.tokens[t.end - 1].end) };
    // Built by push, not a spread of a map: an array made by map in optimised code has another kind than one
    // made before, and the readers of `why` would deoptimise on it (perf14c).
    const typeWhy = [{ rule: inc.lead.typed.rule, ...trigger }];
    for (const a of inc.lead.typed.setAside ?? []) typeWhy.push({ rule: a.rule, start: doc.tokens[a.first].start, end: doc.tokens[a.end - 1].end, text: doc.text.slice(doc.tokens[a.first].start, doc.tokens[a.end - 1].end) });
    const why: EventWhy = { type: typeWhy, date: date.why };
    // probe5: the sentences told again as this incident (told-again.ts), after the typing rule.
    for (const r of inc.retoldBy ?? []) why.type!.push({ rule: r.rule, start: doc.tokens[r.first].start, end: doc.tokens[r.end - 1].end, text: doc.text.slice(doc.tokens[r.first].start, doc.tokens[r.end - 1].end) });
    if (site?.why?.length) why.location = site.why;
    if (actors.why1.length) why.actor1 = actors.why1;
    if (actors.why2.length) why.actor2 = actors.why2;
    events.push({
      id: `e${i + 1}`,
      eventType: inc.lead.typed.eventType,
      subEventType: inc.lead.typed.subEventType,
      date: plainDate(date),
      location: site ? site.location : null,
      actor1: actors.actor1,
      actor2: actors.actor2,
      ...(actors.assoc1.length ? { assocActor1: actors.assoc1 } : {}),
      fatalities: null,
      injuries: null,
      status: 'unclaimed',
      claims: [],
      evidence,
      trigger,
      why,
    });
  }
  const linked = linkClaims(events, claims);
  const own = linkOwnClaims(events, linked, places, doc.tokens, words);
  // world8: an unnamed attacker is the named group that claims the incident (claimed-by.ts).
  claimedBy(events, linked, doc.text, doc.tokens, words);
  const tolls = incidentTolls(incidents, linked);
  const claimById = new Map(linked.map((c) => [c.id, c]));
  const order = new Map(linked.map((c, k) => [c, k]));
  events.forEach((e, i) => {
    // Its claims in the article's order (looked up by id, not by reading every claim for every event).
    const mine: Claim[] = [];
    for (const id of new Set(e.claims)) { const c = claimById.get(id); if (c) mine.push(c); }
    mine.sort((a, b) => order.get(a)! - order.get(b)!);
    e.status = mine.some((c) => own.has(c.id)) ? 'acknowledged' : readStatus(words, spansByEvent[i], mine, e.actor1 !== null);
    // fix15: a claim whose content was read as its passive's subject ("The attack was claimed by X") names that rule.
    const passive = e.status === 'unclaimed' ? undefined : mine.find((c) => c.content.end <= c.cue.start &&
      passiveCue(words, tokenAt(doc.tokens, c.cue.start), tokenAt(doc.tokens, c.cue.end - 1) + 1));
    if (passive) e.why!.status = [{ rule: PASSIVE_CONTENT.id, start: passive.cue.start, end: passive.cue.end, text: passive.cue.text }];
    // One toll of the dead and one of the injured, from the figures its sentences tell and the claims that tell them.
    const t = tolls[i];
    e.fatalities = t.fatalities;
    e.injuries = t.injuries;
    if (t.why.fatalities.length) e.why!.fatalities = t.why.fatalities;
    if (t.why.injuries.length) e.why!.injuries = t.why.injuries;
    harmOutranksLooting(e);
    foreignForceTakesGround(e, places);
    // The claims that gave its figures back it, wherever the story told them.
    for (const id of [...(t.fatalities?.claims ?? []), ...(t.injuries?.claims ?? [])]) {
      if (!e.claims.includes(id)) e.claims.push(id);
      const c = claimById.get(id);
      if (c && !c.events.includes(e.id)) c.events.push(e.id);
    }
  });
  // What the acting party says or is said about one strike holds for its others in the same report.
  // A party's own statement has already been given the incidents it speaks of (own-claims.ts). The first
  // event (in the article's order) of each party and type that can lend its status, kept as statuses are
  // lent, so that each event is looked up once rather than against every other.
  const lender = new Map<string, number>();
  const keyOf = (e: ConflictEvent): string => `${e.actor1!.name}\u0000${e.eventType}`;
  const offer = (e: ConflictEvent, i: number): void => {
    if (!e.actor1 || e.status === 'unclaimed' || e.claims.some((id) => own.has(id))) return;
    const key = keyOf(e), at = lender.get(key);
    if (at === undefined || i < at) lender.set(key, i);
  };
  events.forEach(offer);
  events.forEach((e, i) => {
    if (e.status !== 'unclaimed' || !e.actor1) return;
    const at = lender.get(keyOf(e));
    if (at === undefined) return;
    e.status = events[at].status;
    offer(e, i);
  });
  return { events, claims: linked };
}

/** The first sentence that tells of `inc` (its mentions' least). */
function firstSentence(inc: MentionGroup): number {
  let first = Infinity;
  for (const m of inc.mentions) if (m.sentence < first) first = m.sentence;
  return first;
}

/** clash8: Looting/property destruction is property taken or destroyed with no other violence (codebook 2023); an incident
 * read as such whose story also gives it dead or injured (told in a sentence of their own: "gunmen attacked a market. Two
 * traders were killed.") is that violence: the rioters' Mob violence when a crowd did it, else an Attack on civilians. */
function harmOutranksLooting(e: ConflictEvent): void {
  if (e.subEventType !== 'Looting/property destruction') return;
  if (!((e.fatalities?.best ?? 0) > 0 || (e.injuries?.best ?? 0) > 0)) return;
  const mob = /^(Rioters|Protesters)\b/.test(e.actor1?.name ?? '');
  e.eventType = mob ? 'Riots' : 'Violence against civilians';
  e.subEventType = mob ? 'Mob violence' : 'Attack';
  const t = e.trigger;
  if (t) e.why!.type!.push({ rule: 'type.harm-outranks-looting', start: t.start, end: t.end, text: t.text });
}

/** A claim's attribution clause ("the ministry said on Wednesday", "officials said on Friday that"):
 * its source, and its cue up to where the content starts or, when the content comes first, to the end
 * of the clause. A date inside it dates the statement, not the incident. The words between a source
 * and a distant cue ("Demonstrators marched … on May 5, demanding") are the content, not the attribution. */
const SOURCE_CUE_GAP = 12;
function attribution(text: string, c: Claim): Span[] {
  const head = Math.min(c.source.start, c.cue.start), tail = Math.max(c.source.end, c.cue.end);
  // Where the attribution ends: at its content, or at the end of the clause that follows it.
  const end = c.content.start >= tail ? c.content.start : clauseEnd(text, tail);
  const apart = c.source.end <= c.cue.start && c.cue.start - c.source.end > SOURCE_CUE_GAP;
  return apart ? [{ start: c.source.start, end: c.source.end }, { start: c.cue.start, end }] : [{ start: head, end }];
}

/** Where the clause from `from` ends: its first punctuation mark or line break within CLAUSE_REACH characters,
 * else CLAUSE_REACH on (or the end of the text). A scan in place: no slice and no regular expression per claim. */
const CLAUSE_REACH = 200;
function clauseEnd(text: string, from: number): number {
  const stop = Math.min(text.length, from + CLAUSE_REACH);
  for (let k = from; k < stop; k++) {
    const c = text.charCodeAt(k);
    // . , ; : ! ? and the line break
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10) return k;
  }
  return from + Math.min(CLAUSE_REACH, text.length - from);
}

/** "Damascus's airport": the gazetteer's airport entry for the city ("damascus airport"), when it has one. */
function airportFinder(ctx: Context): AirportOf {
  const gaz = ctx?.gazetteer;
  if (!gaz || typeof gaz.lookup !== 'function') return () => null;
  return (city) => {
    for (const name of [city.text, city.name]) {
      if (!name) continue;
      for (const post of gaz.lookup(foldKey(`${name} airport`))) {
        const e = gaz.entry(post.entry);
        if (e.featureCode !== 'AIRP') continue;
        return extend(city, { name: e.name, geonameid: e.geonameid, lat: e.lat, lon: e.lon, country: e.country, admin1: e.admin1, featureCode: e.featureCode });
      }
    }
    return null;
  };
}

/** Where an incident with no place of its own happened: where the story told it, that is at the site of
 * the incident told just before it in the text (else the first one told after it). Read in text order,
 * not in the order the incidents are listed (the main incident may be listed first but told later). */
function storySites(incidents: MentionGroup[]): Map<MentionGroup, NonNullable<MentionGroup['site']>> {
  const byText = [...incidents].sort((a, b) => a.mentions[0].sentence - b.mentions[0].sentence);
  const out = new Map<MentionGroup, NonNullable<MentionGroup['site']>>();
  let last: MentionGroup['site'] = null;
  const pending: MentionGroup[] = [];
  for (const inc of byText) {
    if (inc.site) {
      last = inc.site;
      for (const p of pending.splice(0)) out.set(p, carried(inc.site));
    } else if (last) out.set(inc, carried(last));
    else pending.push(inc);
  }
  return out;
}

/** where15 (loc.dateline-not-site): an incident placed only at the dateline's town takes the site of the next incident of
 * its event type told within DATELINE_NEXT sentences after it, on the same day (or undated), when that one has a site of its
 * own (dateline-site.ts): "Last year, a protest in Osh …" is another event. */
function datelineYields(doc: Doc, words: readonly string[], incidents: MentionGroup[]): void {
  for (const inc of incidents) {
    if (!inc.site || !isDatelinePlace(doc, inc.site.location)) continue;
    const at = inc.mentions[0].sentence;
    // "BISHKEK - Police detained protesters outside the parliament building": a site told without a name is in the dateline's town.
    const s = doc.sentences[at];
    if (nominalSite(doc, words, s.firstToken, s.endToken, inc.lead.typed.trigger.first)) continue;
    const next = incidents.filter((o) => o !== inc && o.site && !isDatelinePlace(doc, o.site.location) && o.lead.typed.eventType === inc.lead.typed.eventType
      && o.mentions[0].sentence > at && o.mentions[0].sentence <= at + DATELINE_NEXT && (!o.date || !inc.date || o.date.start === inc.date.start)).sort((a, b) => a.mentions[0].sentence - b.mentions[0].sentence)[0];
    if (!next?.site) continue;
    const d = inc.site.location;
    inc.site = extend(next.site, { why: [...(next.site.why ?? []), { rule: DATELINE_RULE, start: d.start, end: d.end, text: d.text }] });
  }
}

/** A site carried from the story to an incident told at "the city", "the bus station": the words are the incident's own. */
function named(site: MentionGroup['site'], nominal: (Span & { text: string }) | undefined, own = false): MentionGroup['site'] {
  if (!site || !nominal) return site;
  // A town's own site keeps its words unless the incident is told at a landmark or street of it ("the bus station").
  if (own && !(site.location.precision === 1 && LANDMARK_HEAD.test(nominal.text))) return site;
  return extend(site, { location: extend(site.location, { start: nominal.start, end: nominal.end, text: nominal.text }),
    why: [...(site.why ?? []), { rule: 'loc.nominal-site', ...nominal }] });
}

const LANDMARK_HEAD = /\b(?:station|market|marketplace|mosque|church|hospital|school|bridge|square|street|road|avenue|rue|calle|cafe|café|restaurant|hotel|mall|shop|prison|airport|terminal|camp|checkpoint|building)\b/i;

/** A site carried from the story keeps its place and precision; its reason says it was carried. */
const carried = (s: NonNullable<MentionGroup['site']>): NonNullable<MentionGroup['site']> => extend(s, { why: [...(s.why ?? []), { rule: 'loc.story-site' }] });

/** acled16: ACLED codebook, Change to group/activity records an armed side's activity (troop movements, deployments,
 * redeployments) that is no violence; a movement told first and, the same day in the next sentences, that side's or another's
 * shelling, strike, fight or attack tells the violent event the movement led to, which leads the report (the movement stays an
 * incident behind it). The violence must be told as what came next: its own date, when it has one, is the movement's, and its
 * sentence tells it as nothing earlier ("This followed an explosion the day prior", "after clashes last week": the movement's
 * background). The index of that violent incident, or -1. */
const VIOLENT_TYPES: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/** How many sentences after the movement the violence may be told. */
const MOVEMENT_REACH = 2;
function violenceAfterMovement(incidents: readonly MentionGroup[], doc: Doc): number {
  const first = incidents[0];
  if (incidents.length < 2 || first.lead.typed.subEventType !== 'Change to group/activity' || !first.date) return -1;
  return incidents.findIndex((inc, i) => {
    if (i === 0 || !VIOLENT_TYPES.has(inc.lead.typed.eventType) || inc.lead.typed.score < CLEAR_LEAD) return false;
    if (inc.lead.sentence <= first.last || inc.lead.sentence - first.last > MOVEMENT_REACH) return false;
    if (inc.date && inc.date.start !== first.date!.start) return false;
    const sent = doc.sentences[inc.lead.sentence];
    return !!sent && !TOLD_AS_EARLIER.test(doc.text.slice(sent.start, sent.end));
  });
}

/** Round 42: a first incident told as earlier and dated only to a past week ("Security had been tightened after militants ambushed a
 * convoy last week"), before an incident dated to a later day ("On Saturday morning, a man … detonated explosives"): news English
 * leads with the latest act and tells what came before as its background, so the day's incident is the article's main one. Its
 * index, or -1. */
function dayAfterEarlierWeek(incidents: readonly MentionGroup[], doc: Doc): number {
  const first = incidents[0];
  if (incidents.length < 2 || !first.date || first.date.precision !== 2) return -1;
  const sent = doc.sentences[first.lead.sentence];
  if (!sent || !TOLD_AS_EARLIER.test(doc.text.slice(sent.start, sent.end))) return -1;
  const weekEnd = first.date.end;
  if (!weekEnd) return -1;
  return incidents.findIndex((inc, i) => i > 0 && inc.lead.sentence > first.last && inc.date?.precision === 1 && !!inc.date.start &&
    inc.date.start > weekEnd && inc.lead.typed.score >= CLEAR_LEAD);
}

/** A word that places an act before the story's ("Israeli forces had earlier bombed a mosque", "previously"): group-mentions.ts
 * joins no such act to the harm told before it as its means. */
const EARLIER_WORD = /\b(?:earlier|previously)\b/i;
const sentenceText = (doc: Doc, s: number): string => doc.text.slice(doc.sentences[s].start, doc.sentences[s].end);

function toldInPastPerfect(inc: MentionGroup, doc: Doc): boolean {
  const sent = doc.sentences[inc.lead.sentence];
  return !!sent && PAST_PERFECT.test(doc.text.slice(sent.start, sent.end));
}

/** The article's main incident first: the first one told, unless it is only a weak reading and a clear one follows that is not
 * told as earlier. */
function orderIncidents(incidents: MentionGroup[], doc: Doc): MentionGroup[] {
  const violent = violenceAfterMovement(incidents, doc);
  if (violent > 0) return [incidents[violent], ...incidents.slice(0, violent), ...incidents.slice(violent + 1)];
  const today = dayAfterEarlierWeek(incidents, doc);
  if (today > 0) return [incidents[today], ...incidents.slice(0, today), ...incidents.slice(today + 1)];
  if (incidents.length < 2 || incidents[0].lead.typed.score >= WEAK_LEAD) return incidents;
  const clear = incidents.findIndex((inc) => inc.lead.typed.score >= CLEAR_LEAD);
  // world29: not one told in the past perfect ("Clashes … on 15 February had killed 3 fighters"): background to the lead.
  if (clear <= 0 || toldInPastPerfect(incidents[clear], doc)) return incidents;
  return [incidents[clear], ...incidents.slice(0, clear), ...incidents.slice(clear + 1)];
}

/** Whether sentence 0 is a title: a paragraph of its own before the next sentence's, ending with no full stop, question or
 * exclamation mark (news style: headlines take none; a one-sentence lead paragraph does). */
function isTitle(doc: Doc): boolean {
  return standsApart(doc) && !SENTENCE_END.test(doc.text.slice(doc.sentences[0].start, doc.sentences[0].end));
}
const SENTENCE_END = /[.!?]["”’')\]]*\s*$/;
