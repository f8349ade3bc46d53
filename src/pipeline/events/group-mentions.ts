// group-mentions: mentions of one incident, told over several sentences of one article, become one event
// (a MentionGroup; across articles, src/fuse/ fuses events into the store's Incidents). A mention joins an
// earlier incident of a compatible type when they share a place (or one names none, or one is the
// region that holds the other) and no date tells them apart; otherwise it starts a new incident.
// Counts fuse by maximum, never by sum: the same dead are reported again, not killed again.
import type { EventDate, EventLocation, Figure } from '../../types.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { GenericKind } from '../../lexicon/actors.js';
import { DEADLY_AFTER_DISPERSAL } from '../../lexicon/sub-events.js';
import { contains, km, samePlace } from './location.js';
import { compatible, SiteIndex } from './group-sites.js';
import { addDays, dateReading, iso, noonOf, type DateReading } from './date-calendar.js';
import { withTyped, type ActorMention, type EventFacts, type Mention, type Site } from './types.js';
import { retyped } from './typing.js';
import { RETOLD_RULES } from './told-again.js';
import { extend } from '../extend.js';
import { ATTACKERS_AMONG_DEAD_RULE, BOTH_SIDES_DEAD_RULE } from './roles.js';

export { compatible } from './group-sites.js';

/** The mentions of one article read as one incident: what becomes one event of the output. */
export interface MentionGroup extends EventFacts {
  mentions: Mention[];
  /** The mentions whose figures make its tolls: its own, and the casualty reports that continue its story
   * while standing as incidents of their own (tolls.ts). */
  counted: Mention[];
  /** The last sentence that told of it. */
  last: number;
  /** The strongest mention decides the type. */
  lead: Mention;
  /** probe5: the told-again rules that joined mentions to it, with the words they read (token span). */
  retoldBy?: Array<{ rule: string; first: number; end: number }>;
}

/** A weak mention (a consequence like "the convoy was destroyed") never starts an incident beside a stronger one. */
export const WEAK_SCORE = 46;
const RETYPE_MARGIN = 10;
/** How many sentences on a weak follow-up ("the convoy was destroyed", "the toll rose") still belongs to the story just told. */
const CONSEQUENCE_REACH = 3;
/** Round 35: the unnamed armed parties a named group of their kind may name (the actors lexicon's generic kinds). */
/** Round 41: the roles (roles.ts) that choose a party by where it is named, not by the act's syntax; a toll of both sides names them
 * by their order alone too. */
const WEAK_AGENT: ReadonlySet<string> = new Set(['actor.nearest-before', 'actor.modifier-of-event-word', ATTACKERS_AMONG_DEAD_RULE, BOTH_SIDES_DEAD_RULE]);
/** Unarmed people, who are no attacker a later telling could name. */
const UNARMED: ReadonlySet<string> = new Set(['civilians', 'person', 'protesters', 'rioters']);
const UNNAMED_ARMED: ReadonlySet<GenericKind> = new Set<GenericKind>(['armed', 'gang', 'rebels', 'islamist']);

const sameDate = (a: EventDate | null, b: EventDate | null): boolean => !a || !b || a.start === b.start;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** A day inside a span of days ("last week", "between 3 and 5 May") that an incident was dated by: the finer date of the same
 * telling, or null. A bare weekday reads as the latest such day on or before the report; told of an incident dated to an
 * earlier week ("bombed a school last week … The attack happened on Wednesday"), it is that week's. */
function dayWithin(span: EventDate | null, day: DateReading): DateReading | null {
  if (!span?.start || !span.end || span.start === span.end || !day.start || day.start !== day.end) return null;
  let d = day.start;
  if (d > span.end && WEEKDAY.test(day.text ?? '')) {
    let t = noonOf(d);
    while (iso(t) > span.end) t = addDays(t, -7);
    d = iso(t);
  }
  if (d < span.start || d > span.end) return null;
  return d === day.start ? day : dateReading(d, d, day.precision, day.text, day.why);
}

function placeFits(inc: MentionGroup, m: Mention): boolean {
  if (!m.site || !inc.site) return true;
  const a = inc.site.location, b = m.site.location;
  return samePlace(a, b) || contains(a, b) || contains(b, a);
}

export const maxFig = <T extends Figure>(a: T | null, b: T | null): T | null => (!a ? b : !b ? a : b.best > a.best ? b : a);

/** `scan`: undated mentions look for their incident by reading every earlier incident, as the definition
 * reads (tests hold the index to it); otherwise through the article's SiteIndex. */
/** `toldEarlier`: whether a mention's sentence tells its act as before the story's ("had earlier bombed"; index.ts). */
export function groupMentions(mentions: readonly Mention[], opts: { scan?: boolean; toldEarlier?: (m: Mention) => boolean } = {}): MentionGroup[] {
  const incidents: MentionGroup[] = [];
  const byDay = new DayIndex();
  const sites = new SiteIndex(incidents);
  const latestOf = (m: Mention): number => (opts.scan ? latestCompatible(incidents, m) : sites.latestCompatible(m));
  // The incident told last: the latest `last`, the later-created one on a tie. Kept up to date as
  // incidents grow (their `last` only rises), rather than found by a scan for every weak mention.
  let latestAt = -1;
  const revealed: Array<[MentionGroup, Mention]> = [];
  const touched = (i: number) => {
    const a = incidents[i].last, b = latestAt < 0 ? -Infinity : incidents[latestAt].last;
    if (a > b || (a === b && i > latestAt)) latestAt = i;
  };
  for (const m of mentions) {
    let target: MentionGroup | null = null;
    let targetAt = -1;
    // "The convoy was destroyed as a result.": a weak consequence belongs to the incident just told.
    if (m.typed.score < WEAK_SCORE && !m.site && incidents.length) {
      // Of two incidents told in one sentence, the one told last (its later clause or site) is the latest.
      const last = incidents[latestAt];
      // A definite back-reference ("the toll from the latest attack") joins the story however far on.
      // Round 34: not one told in an earlier week, month or year of its own ("Twelve soldiers died in a similar attack on the same axis
      // last month"): an earlier period tells another incident (a later one is a report of this one's outcome). An exact day is left
      // as it was: a report's day told after the publication date is read a year back, and would split the report from its incident.
      const ownEarlierDay = !!m.date?.start && !!last.date?.start && m.date.precision > 1 && m.date.start < last.date.start;
      if ((m.sentence - lastSentence(last) <= CONSEQUENCE_REACH || backReference(m)) && !ownEarlierDay) (target = last), (targetAt = latestAt);
    }
    // "A water pumping station nearby was also damaged.": an act told as one more of the story's, with no place and no actor of its
    // own, is the incident told last's (what it damaged or whom it hurt), however far on and whatever its kind, when that incident
    // can have casualties and no date tells them apart.
    if (!target && m.also && !m.site && !m.actor1 && latestAt >= 0 && canHaveCasualties(incidents[latestAt]) && sameDate(incidents[latestAt].date, m.date)) {
      (target = incidents[latestAt]), (targetAt = latestAt);
    }
    // The latest incident compatible with m, looked for once per mention (not once per candidate).
    let latest: number | undefined;
    // An undated mention: the latest incident it fits, found through the article's SiteIndex.
    if (!target && !m.date) {
      const at = opts.scan ? scanUndated(incidents, m) : undatedTarget(incidents, sites, m);
      if (at >= 0) (target = incidents[at]), (targetAt = at);
    }
    // Only an incident of m's day (or of none) can take it: a dated mention walks those alone, latest
    // first, so an article of a thousand dated incidents is not read a thousand times over.
    if (!target && m.date) {
      for (const i of byDay.candidates(m.date)) {
        const inc = incidents[i];
        // A bare casualty report ("two were killed in X") belongs to whatever happened at X.
        const casualtyAtSite = m.typed.score < WEAK_SCORE && m.site && inc.site && samePlace(inc.site.location, m.site.location);
        if (!casualtyAtSite && !compatible(inc.lead, m)) continue;
        if (!sameDate(inc.date, m.date) || !placeFits(inc, m)) continue;
        // With no place of its own, a mention belongs to the latest compatible incident only.
        if ((!m.site || !inc.site) && i !== (latest ??= latestOf(m))) continue;
        target = inc;
        targetAt = i;
        break;
      }
    }
    // "those killed and wounded in the alleged bombing", "the same strike": a definite telling of an incident
    // of a kind already told, on its day or reported after it, at no other place it names with a locative
    // word, is that incident told again, not a second one (the report's own date or an office's name is
    // no new incident).
    if (!target && m.definite && !m.actor1) {
      const ref = referent(incidents, m) ?? (genericTelling(m) ? latestViolent(incidents) : null);
      if (ref && (sameDate(ref.date, m.date) || (m.date?.start ?? '') > (ref.date?.start ?? '~')) && (!m.site?.locative || placeFits(ref, m))) {
        target = ref;
        targetAt = incidents.indexOf(ref);
      }
    }
    // probe5 (told-again.ts): the instrument of an incident already read ("used explosives in the assault"), or the
    // acting party's own account of it ("the army said it had targeted a commander"), is that incident told again.
    if (!target) {
      const again = retoldTarget(incidents, m);
      if (again) {
        target = again.inc;
        targetAt = incidents.indexOf(again.inc);
        (target.retoldBy ??= []).push({ rule: again.rule, first: m.retold?.first ?? m.typed.trigger.first, end: m.retold?.end ?? m.typed.trigger.end });
      }
    }
    // "Five members of the family were killed": a sentence read only from its casualty word, naming no
    // attacker and no other place or day, tells the toll of the incident the story is telling (the latest
    // one read from an incident word). Where it stands as an incident, or which one it joins, is typing's
    // and fusion's; its figures count in the story's toll, never beside it.
    // So does a sentence that names the incident again ("killed in the bombing", "the same airstrike"): its
    // figures are the toll of the incident it refers back to, told by whoever it quotes, whatever place a
    // name in it was read as. A report comes after the incident: a later date is the report's.
    const counts = !!(m.dead || m.injured);
    const again = counts && m.definite && !casualtyReport(m) ? referent(incidents, m) : null;
    // A clause split from its sibling (mentions.ts) tells its own incident's count, not the sibling's told again.
    const story = again ?? (counts && casualtyReport(m) && !m.clause ? storyOf(incidents) : null);
    const dated = !!story && (sameDate(story.date, m.date) || (m.date?.start ?? "") > (story.date?.start ?? "~"));
    // A place named without a locative word ("Sana Ali was killed", a name read as a place) is not where it happened.
    const toStory = !!story && story !== target && dated && (!m.site?.locative || !!again || placeFits(story, m));
    if (toStory) story!.counted.push(m);
    // "Two personnel were killed and three injured." after a roadside bomb: a casualty report with no attacker, no
    // victim named as a party and no place of its own is that incident's toll told, not a second incident of
    // another kind beside it. (With the victims named as a party, joining cost Airwars b 0.014 in range: left.)
    if (!target && toStory && !again && sameVictims(story!, m) && !m.site?.locative) (target = story!), (targetAt = incidents.indexOf(story!));
    // The clauses a sentence was split into are two incidents (mentions.ts): one never joins the incident holding the other.
    if (target && m.clause && target.mentions.some((x) => x.clause && x.sentence === m.sentence)) target = null;
    // lead13: a strike back at the incident's own attacker ("the army responded with air strikes on RSF positions") is a new act.
    // fix15: the split is listed in the new incident's why.type as `type.strike-back` (docs/extraction.md).
    let struckBack = false;
    if (target && reprisal(target.lead, m)) (target = null), (struckBack = true);
    // clash9: an armed group's attack or raid, then an armed side engaging those attackers, is one Armed clash (FOUGHT_BACK).
    let fought = false;
    if (!target && latestAt >= 0 && foughtBack(incidents[latestAt], m)) {
      (target = incidents[latestAt]), (targetAt = latestAt), (fought = true);
      (target.retoldBy ??= []).push({ rule: FOUGHT_BACK.id, first: m.typed.trigger.first, end: m.typed.trigger.end });
    }
    // Round 45: "Six people were wounded in Kharkiv on Thursday. The city was hit by two ballistic missiles": the harm told first,
    // its means in a sentence after, is one incident of that means.
    let means = false;
    if (!target && latestAt >= 0 && meansRevealed(incidents[latestAt], m, opts.toldEarlier ?? never)) {
      (target = incidents[latestAt]), (targetAt = latestAt), (means = true);
      (target.retoldBy ??= []).push({ rule: MEANS_REVEALED.id, first: m.typed.trigger.first, end: m.typed.trigger.end });
    }
    // case10x: "people were killed in an attack by rebels. The rebels attacked a police post": the lead's vague victims were a force's.
    // The lead is retyped by the sentence naming its target; each keeps its own toll (ACLED sums an event's dead told apart).
    // Applied once the story is grouped: later sentences join the incidents as they were told.
    if (!target && latestAt >= 0 && targetRevealed(incidents[latestAt], m)) revealed.push([incidents[latestAt], m]);
    // acled15: "two policemen were attacked at a roadblock. Demonstrators attacked them with machetes": the lead's attackers were a crowd.
    else if (!target && latestAt >= 0 && crowdRevealed(incidents[latestAt], m)) revealed.push([incidents[latestAt], m]);
    if (!target) {
      incidents.push({ last: m.sentence, mentions: [m], counted: toStory ? [] : [m], site: m.site, date: m.date, actor1: m.actor1, actor2: m.actor2,
        dead: toStory ? null : m.dead, injured: toStory ? null : m.injured, lead: m });
      if (struckBack) incidents[incidents.length - 1].retoldBy = [{ rule: STRIKE_BACK.id, first: m.typed.trigger.first, end: m.typed.trigger.end }];
      byDay.add(incidents.length - 1, m.date);
      sites.add(incidents.length - 1);
      touched(incidents.length - 1);
      continue;
    }
    target.mentions.push(m);
    if (!toStory) target.counted.push(m);
    const was = { site: target.site, lead: target.lead };
    // A finer place told later narrows a coarse one, unless the incident was told across the whole province (precision-rules.ts).
    if (m.site && (!target.site || (contains(target.site.location, m.site.location) && !target.site.spread))) target.site = m.site;
    if (!target.date && m.date) (target.date = m.date), byDay.dated(targetAt, m.date);
    // "bombed a monastery last week … The attack happened on Wednesday": a later telling of the incident itself, on one day
    // of the span it was first dated by, tells its day. A telling with figures or from a casualty word ("the toll from the
    // attack rose on Wednesday") dates the toll told later, not the act.
    else if (m.date && m.definite && !m.dead && !m.injured && !CASUALTY_WORDS.has(m.typed.trigger.concept)) {
      const day = dayWithin(target.date, m.date);
      if (day) (target.date = day), byDay.dated(targetAt, day);
    }
    // The acting party's own account names whom it says it struck: its claim, not the incident's parties (told-again.ts).
    if (!(m.account && target.retoldBy?.some((r) => (r.rule === RETOLD_RULES.account.id || r.rule === RETOLD_RULES.denied.id) && r.first === m.typed.trigger.first))) {
      // Round 35: an attacker told unnamed first ("Gang kidnaps 11 bus passengers") and by a named armed group of ACLED's
      // non-state kinds in a later telling of the same act ("gunmen from the 400 Mawozo gang forced 11 passengers …"): the name is
      // that party's (not a telling of another kind joined to it: "may be related to the dispute between the X Cartel and …").
      if (target.actor1?.generic && UNNAMED_ARMED.has(target.actor1.generic) && m.actor1 && !m.actor1.generic && m.actor1.inter !== undefined &&
        m.actor1.inter >= 2 && m.actor1.inter <= 4 && m.typed.subEventType === target.lead.typed.subEventType) target.actor1 = m.actor1;
      // Round 41: a party only named before the act in a first telling ("Mali: soldiers and assailants killed in attack on army post",
      // actor.nearest-before) yields to the agent a later telling names by its syntax ("Gunmen attacked a Malian army post"): the
      // first was read by its place in the words alone, the second by its verb; the first stays as the other side when none is told.
      // Only an acting party's name (not "questioning by the prosecutor"), and not one named acting with the first ("soldiers and
      // members of the VDP launched …" after "army and volunteers clash").
      else if (target.actor1 && m.actor1 && WEAK_AGENT.has(target.actor1.role ?? '') && !WEAK_AGENT.has(m.actor1.role ?? '') &&
        !UNARMED.has(m.actor1.generic ?? '') && !sameParty(m.actor1, target.actor1) && !(m.actor1.assoc ?? []).some((x) => sameParty(x, target.actor1!)) &&
        m.typed.eventType === target.lead.typed.eventType) {
        const before = target.actor1;
        target.actor1 = m.actor1;
        if (target.actor2 && sameParty(target.actor2, m.actor1)) target.actor2 = null;
        target.actor2 ??= m.actor2 ?? before;
      }
      target.actor1 ??= m.actor1;
      target.actor2 ??= m.actor2;
    }
    if (!toStory) target.dead = maxFig(target.dead, m.dead);
    if (!toStory) target.injured = maxFig(target.injured, m.injured);
    if (fought) {
      // The side that engaged the attackers is the other side of the clash (the victims stay among its dead).
      if (m.actor1 && !(target.actor1 && sameParty(m.actor1, target.actor1))) target.actor2 = m.actor1;
      target.lead = m;
    } else if (means) target.lead = m;
    // The first telling names the incident; a later one retypes it only when much more specific.
    else if ((m.typed.score > target.lead.typed.score + RETYPE_MARGIN && compatible(target.lead, m) && !metAfterViolence(target.lead, m) && !scareQuoted(m)) || turnsViolent(target.lead, m) ||
      turnsDeadly(target.lead, m) || turnsChemical(target.lead, m)) {
      // An incident told at two places in one sentence ("at the X highway in Y town") and then retold with no place
      // ("They clashed with police", "Police fired tear gas") is retyped at both: the follow-up names no one place.
      if (!m.site) {
        const lead = target.lead;
        for (const [at, inc] of incidents.entries()) {
          if (inc !== target && inc.lead.sentence === lead.sentence && inc.lead.typed.subEventType === lead.typed.subEventType && compatible(inc.lead, m)) {
            inc.lead = m;
            sites.add(at);
          }
        }
      }
      target.lead = m;
    }
    // Filed again under its new site or kind (the index reads incidents as they are now).
    if (target.site !== was.site || target.lead !== was.lead) sites.add(targetAt);
    target.last = Math.max(target.last, m.sentence);
    touched(targetAt);
  }
  for (const [inc, m] of revealed) {
    const rule = CROWD_SIDES.has(m.typed.subEventType) ? CROWD_REVEALED.id : TARGET_REVEALED.id;
    if (rule === TARGET_REVEALED.id ? inc.lead.typed.subEventType !== 'Attack' : !ARMED_READINGS.has(inc.lead.typed.subEventType)) continue;
    inc.lead = withTyped(inc.lead, retyped(inc.lead.typed, { subEventType: m.typed.subEventType, eventType: m.typed.eventType, rule }));
    (inc.retoldBy ??= []).push({ rule, first: m.typed.trigger.first, end: m.typed.trigger.end });
  }
  return incidents;
}

const dayKey = (d: EventDate): string => d.start ?? '';

/** The incidents of an article by their day: the positions of those dated each day, and of the undated
 * (a dated mention may join either), each list in ascending order. */
class DayIndex {
  private readonly days = new Map<string, number[]>();
  private readonly undated: number[] = [];
  /** Listed undated, dated since (their day's list holds them now). */
  private readonly datedSince = new Set<number>();

  add(at: number, date: EventDate | null): void {
    if (!date) this.undated.push(at);
    else this.list(date).push(at);
  }

  /** An undated incident took a date: it joins its day's list in order and leaves the undated. */
  dated(at: number, date: EventDate): void {
    insert(this.list(date), at);
    this.datedSince.add(at);
  }

  /** The positions a mention of this date may join, latest first: its day's merged with the undated ones.
   * (An undated mention looks through the SiteIndex.) */
  *candidates(date: EventDate): Generator<number> {
    const day = this.days.get(dayKey(date)) ?? [];
    const undated = this.undated;
    let a = day.length - 1, b = undated.length - 1;
    while (a >= 0 || b >= 0) {
      if (b >= 0 && (a < 0 || undated[b] > day[a])) {
        const i = undated[b--];
        if (!this.datedSince.has(i)) yield i;
      } else yield day[a--];
    }
  }

  private list(date: EventDate): number[] {
    const key = dayKey(date);
    let list = this.days.get(key);
    if (!list) this.days.set(key, (list = []));
    return list;
  }
}

/** clash9 (ACLED codebook 2023: an Armed clash is armed, organised sides engaging each other; an Attack is violence on people
 * who cannot fight back). An attack or raid by a non-state armed group, told with an armed side engaging those attackers in
 * the next sentence (or the same one), the same day and place ("gunmen attacked a village and killed a herder. Soldiers
 * engaged the attackers, killing three"; "militiamen raided the village and stole cattle. Hunters pursued the assailants"),
 * is one incident: the victims could not fight back, but the attackers were fought. */
export const FOUGHT_BACK = { id: 'type.attack-fought-back', why: 'Codebook: armed, organised sides engaging each other is an Armed clash; an armed group\'s attack on civilians that an armed side then engages, the same day and place, is one clash' } as const;
/** The engagement is told by a fight word ("engaged", "clashed with", "exchanged fire", "repelled"), not by a later killing
 * alone ("troops later killed two of the attackers": ACLED's next event). */
const FIGHT_CUES: ReadonlySet<string> = new Set(['CLASH', 'CLASH_WEAK', 'GUNFIGHT', 'REPEL', 'REPEL_BACK']);
const VICTIM_SIDE: ReadonlySet<string> = new Set(['Attack', 'Looting/property destruction']);
/** acled15: fight words that need no object: a fight or an exchange of fire told after an attack, naming no other side. */
const UNOPPOSED_FIGHT: ReadonlySet<string> = new Set(['CLASH', 'GUNFIGHT']);
const ARMED_KINDS: ReadonlySet<string> = new Set(['armed', 'islamist', 'rebels', 'gang', 'communal']);
const stateSide = (a: ActorMention | null): boolean => !!a && (a.inter === 1 || a.generic === 'military' || a.generic === 'police'
  || a.name.startsWith('Military Forces of ') || a.name.startsWith('Police Forces of '));
/** A non-state armed side: a generic armed word ("the attackers", "the gunmen") or a named group of ACLED types 2-4. */
const nonStateArmed = (a: ActorMention | null): boolean => !!a && !stateSide(a) && ((!!a.generic && ARMED_KINDS.has(a.generic)) || (a.inter !== undefined && a.inter >= 2 && a.inter <= 4));
/** Names are settled later (settle-actors.ts): a party is told by its name when it has one, else by its words. */
const sameParty = (a: ActorMention, b: ActorMention): boolean => (a.name || a.text).toLowerCase() === (b.name || b.text).toLowerCase();
/** lead13: codebook, Explosions/Remote violence: each strike is its own event, coded with the side that launched it. A remote
 * strike whose target is the incident's attacker, launched by another side ("the RSF shelled the city … the army responded
 * with air strikes on RSF positions"), is the other side's strike back, not the incident told again. */
export const STRIKE_BACK = { id: 'type.strike-back', why: 'Codebook, Explosions/Remote violence: each strike is its own event, coded with the side that launched it; a remote strike on the incident\'s attacker by another side is that side\'s strike back, a second event' } as const;
const reprisal = (lead: Mention, m: Mention): boolean => m.typed.eventType === 'Explosions/Remote violence' && !!lead.actor1 && !!m.actor1 && !!m.actor2 &&
  sameParty(m.actor2, lead.actor1) && !sameParty(m.actor1, lead.actor1);
function foughtBack(inc: MentionGroup, m: Mention): boolean {
  if (m.typed.subEventType !== 'Armed clash' || !FIGHT_CUES.has(m.typed.trigger.concept) || !VICTIM_SIDE.has(inc.lead.typed.subEventType)) return false;
  if (m.sentence - inc.last > 1 || m.sentence < inc.lead.sentence || !sameDate(inc.date, m.date) || !placeFits(inc, m)) return false;
  const attacker = inc.lead.actor1 ?? inc.actor1;
  if (!nonStateArmed(attacker)) return false;
  // Whom the armed side engaged: the attackers (a generic armed word, or the attacking group by name), not a force.
  // "Troops repulsed them": the pronoun is the attackers.
  // acled15: …or a fight told with no other side ("soldiers intervened and fighting lasted two hours", "an exchange of fire
  // ensued"), by a force or armed side other than the attackers (or, for fire exchanged, by no one named): the attackers are the
  // only other side told. Bare "clashes were also reported" names no side that engaged them: another incident.
  const engaged = nonStateArmed(m.actor2) || (!m.actor2 && (m.typed.trigger.concept === 'REPEL_BACK' ||
    (UNOPPOSED_FIGHT.has(m.typed.trigger.concept) && (m.actor1 ? stateSide(m.actor1) || nonStateArmed(m.actor1) : m.typed.trigger.concept === 'GUNFIGHT'))));
  return engaged && (!m.actor1 || !sameParty(m.actor1, attacker!));
}

/** Round 45 (codebook: Explosions/Remote violence are events whose harm comes from a weapon used from afar, typed by that weapon, and
 * take precedence over an Attack's reading). A lead read from its casualty word alone, with no attacker named ("six people were
 * wounded in the Kyivskyi district on Thursday"), then a remote weapon told in the next two sentences, the same day (or none) and at
 * a place that fits ("the city was hit by two ballistic missiles", "the blast was caused by a magnetic bomb attached to their car",
 * "the bombs were released by a military jet"): the weapon is how the harm was done, one incident typed by it (news style: the lead
 * tells the toll, the body its cause). */
export const MEANS_REVEALED = { id: 'type.means-revealed', why: 'Codebook: Explosions/Remote violence are typed by the weapon used from afar and take precedence over Attack; harm told first with no attacker, then its remote weapon told in the next sentences the same day and place, is one incident of that weapon' } as const;
const MEANS_REACH = 2;
const never = (): boolean => false;
function meansRevealed(inc: MentionGroup, m: Mention, toldEarlier: (m: Mention) => boolean): boolean {
  if (m.typed.eventType !== 'Explosions/Remote violence' || inc.lead.typed.subEventType !== 'Attack' || !casualtyReport(inc.lead)) return false;
  if (inc.lead.actor1 ?? inc.actor1) return false;
  if (m.sentence <= inc.last || m.sentence - inc.last > MEANS_REACH || (m.date && !sameDate(inc.date, m.date)) || !placeFits(inc, m)) return false;
  // Not an act told as earlier ("Israeli forces had earlier bombed a mosque in the town"), nor a strike back or on another side's
  // fighters ("… Troops later shelled the militants' hideouts").
  if (toldEarlier(m)) return false;
  return !m.actor2 || m.actor2.generic === 'civilians' || m.actor2.generic === 'person';
}

/** acled15: a lead that names no attacker ("three policemen were attacked during a check at a roadblock"), then the same day and
 * place an act of demonstrators or a crowd in the next sentence ("several demonstrators attacked the policemen with machetes"): who
 * acts decides, and the attackers were no organised armed side, so the lead is that riot (codebook: Riots are violence by
 * demonstrators or rioters, Battles and Attacks are organised armed groups'). */
export const CROWD_REVEALED = { id: 'type.attackers-revealed-crowd', why: 'Codebook: Riots are violent acts of demonstrators or rioters (a crowd, inter 5 and 6), Battles and Attacks those of organised armed groups; an attack first told with no attacker named, then as done by demonstrators or a crowd in the next sentence, is that riot' } as const;
const CROWD_SIDES: ReadonlySet<string> = new Set(['Violent demonstration', 'Mob violence']);
const ARMED_READINGS: ReadonlySet<string> = new Set(['Armed clash', 'Attack']);
const ON_PEOPLE: ReadonlySet<string> = new Set(['CLASH', 'CLASH_WEAK', 'HARM_ACT', 'HARM', 'KILL', 'STONING', 'MOB', 'RIOT_WEAK']);
function crowdRevealed(inc: MentionGroup, m: Mention): boolean {
  if (!CROWD_SIDES.has(m.typed.subEventType) || !ARMED_READINGS.has(inc.lead.typed.subEventType) || inc.mentions.length !== 1) return false;
  if (m.sentence - inc.last !== 1 || (m.date && !sameDate(inc.date, m.date)) || !placeFits(inc, m)) return false;
  // A crowd's act is violence on people, as the lead's was (a house burned or shops looted after a killing is another act); a
  // violent demonstration is told by its demonstrators' word, which says nothing of what they did.
  if (m.typed.subEventType === 'Mob violence' && !ON_PEOPLE.has(m.typed.trigger.concept)) return false;
  // The lead names no attacker: an unnamed or unknown one would be read from the crowd told next.
  return !(inc.lead.actor1 ?? inc.actor1);
}

/** case10x: a lead that tells an attack's dead only as "people" ("nine people were killed in an attack by rebels"), then the
 * same attackers' assault on a force or its post in the next sentence ("the rebels attacked an army barracks"), is one Armed
 * clash: the next sentence names whom the attack was on, and the dead were no civilians named as such. */
export const TARGET_REVEALED = { id: 'type.attack-target-revealed', why: 'Codebook: an armed group attacking state forces or their posts engages them (Armed clash), not civilians; an attack first told with its dead only as "people", then as the same group\'s attack on a force, is that clash' } as const;
function targetRevealed(inc: MentionGroup, m: Mention): boolean {
  if (m.typed.subEventType !== 'Armed clash' || inc.lead.typed.subEventType !== 'Attack' || inc.mentions.length !== 1) return false;
  if (m.sentence - inc.last !== 1 || (m.date && !sameDate(inc.date, m.date)) || !placeFits(inc, m)) return false;
  // The lead names no victims as a party (civilians, villagers, a crowd): only a count of "people".
  if (inc.lead.actor2 && inc.lead.actor2.generic !== 'person') return false;
  const attacker = inc.lead.actor1 ?? inc.actor1;
  // The same attackers told again, by name or by the same kind of word ("rebel forces" … "rebel fighters").
  return nonStateArmed(attacker) && !!m.actor1 && (sameParty(m.actor1, attacker!) || (!!m.actor1.generic && m.actor1.generic === attacker!.generic));
}

/** ACLED codebook: a demonstration whose participants engage in violence is a violent demonstration, however
 * it was met; a protest told first and its violence told after are one riot. */
const turnsViolent = (lead: Mention, m: Mention): boolean => lead.typed.eventType === 'Protests' && m.typed.eventType === 'Riots' &&
  m.typed.subEventType === 'Violent demonstration';

/** (case9p) ACLED codebook: Protest with intervention is a dispersal "without serious/lethal injuries"; a dispersal told first and
 * the deaths or serious injuries it caused told after ("Police fired tear gas to disperse the march. Two people died.") are one
 * Excessive force against protesters. */
/** Round 45 (codebook: Chemical weapon is coded whenever a chemical agent is used, whatever delivered it, and takes precedence over
 * the other remote-violence sub-types): a remote strike told first and the agent its munitions released told after ("dropped
 * munitions into their dugouts. … the munitions released a choking gas") is that chemical attack. */
const turnsChemical = (lead: Mention, m: Mention): boolean => lead.typed.eventType === 'Explosions/Remote violence' &&
  lead.typed.subEventType !== CHEMICAL && m.typed.subEventType === CHEMICAL;
const CHEMICAL = 'Chemical weapon';

const turnsDeadly = (lead: Mention, m: Mention): boolean => lead.typed.subEventType === 'Protest with intervention' &&
  DEADLY_AFTER_DISPERSAL.has(m.typed.rule);

/** ACLED codebook: Protest with intervention and Excessive force are coded for peaceful demonstrators only; once the
 * demonstrators' violence is told, the force that met it ("Police dispersed the demonstrators") leaves it a violent
 * demonstration (issue 13, ACLED part). */
const metAfterViolence = (lead: Mention, m: Mention): boolean => lead.typed.subEventType === 'Violent demonstration' && m.typed.eventType === 'Protests';

/** How many sentences after a reaction's lead the incident it answers may be told. */
const REACTION_NEXT = 3;

/** Round 40: a lead that tells a reaction ("Iran's interior minister vowed on Monday a crushing response against those behind an
 * assault on a police post") names the incident only as a noun, dated and placed by the reaction (the day and the city the minister
 * spoke); the sentences after it tell the incident itself ("Gunmen attacked the police headquarters in the town of Rask late on
 * Sunday"). The lead's incident, told only so (`reactionNoun`: every mention's trigger a noun the sentence's reaction verb governs),
 * joins the first incident of its event type told within REACTION_NEXT sentences after it, when that one has a place of its own
 * the lead's place does not contradict: it keeps that one's place, day and kind, and the lead's place in the story (general news
 * style: the reaction opens, the facts follow). */
export function foldReactionLead(incidents: MentionGroup[], reactionNoun: (m: Mention) => boolean, filed: (s: Site) => boolean): MentionGroup[] {
  if (incidents.length < 2) return incidents;
  const at = incidents.findIndex((g) => g.mentions[0].sentence <= 1);
  if (at < 0) return incidents;
  const lead = incidents[at];
  if (!lead.mentions.every((m) => m.sentence <= 1 && reactionNoun(m))) return incidents;
  const last = lead.mentions[lead.mentions.length - 1].sentence;
  const nextAt = incidents.findIndex((g, k) => k !== at && g.site && !filed(g.site) && g.lead.typed.eventType === lead.lead.typed.eventType &&
    g.mentions[0].sentence > last && g.mentions[0].sentence <= last + REACTION_NEXT);
  if (nextAt < 0) return incidents;
  const next = incidents[nextAt];
  const a = lead.site && !filed(lead.site) ? lead.site.location : null, b = next.site!.location;
  if (a && !samePlace(a, b) && !contains(a, b) && !contains(b, a)) return incidents;
  const bySentence = (x: Mention, y: Mention) => x.sentence - y.sentence;
  const merged: MentionGroup = extend(next, { mentions: [...lead.mentions, ...next.mentions].sort(bySentence),
    counted: [...lead.counted, ...next.counted].sort(bySentence), actor1: namedFirst(next.actor1, lead.actor1), actor2: namedFirst(next.actor2, lead.actor2) });
  const out: MentionGroup[] = [];
  for (let k = 0; k < incidents.length; k++) if (k !== nextAt) out.push(k === at ? merged : incidents[k]);
  return out;
}

/** How far a named place may lie from the town a vague site is "near" and still be that site. */
const NEAR_REACH_KM = 40;

/** "a village near X" (a headline's vague site) and the same kind of incident, the same day, at a named
 * place close to X ("the village of Y, south of X") are one incident: the vague telling is folded into
 * the precise one, which keeps its place; the fold takes the earlier one's position in the story.
 * One pass: the folded incident keeps the precise one's place and kind, so it is no vague telling to fold
 * again; the precise tellings are found through their kind and day, not by reading every incident.
 * Round 40: `filed` tells a site that is only the dateline's town (dateline-site.ts): where the report was filed
 * ("MOGADISHU – A roadside bomb tore through a minibus") is no precise place of the incident a headline puts near X, so
 * the fold keeps the vague telling's place. */
export function foldNearSites(incidents: MentionGroup[], filed: (s: Site) => boolean): MentionGroup[] {
  const slots: (MentionGroup | null)[] = [...incidents];
  const precise = new PreciseIndex();
  slots.forEach((o, at) => precise.add(o!, at));
  for (let i = 0; i < slots.length; i++) {
    const vague = slots[i];
    if (!vague || !isNearTown(vague.site)) continue;
    const near = vague.site!.location;
    let j = -1;
    for (const at of precise.candidates(vague)) {
      const o = slots[at];
      if (!o || o === vague || !o.site || o.site.location.precision !== 1 || o.lead.typed.subEventType !== vague.lead.typed.subEventType) continue;
      if (!sameDate(o.date, vague.date) || samePlace(o.site.location, near) || km(o.site.location, near) > NEAR_REACH_KM) continue;
      j = at;
      break;
    }
    if (j < 0) continue;
    const found = slots[j]!;
    const first = i < j ? vague : found;
    const bySentence = (a: Mention, b: Mention) => a.sentence - b.sentence;
    const merged: MentionGroup = extend(first, { mentions: [...vague.mentions, ...found.mentions].sort(bySentence),
      counted: [...vague.counted, ...found.counted].sort(bySentence),
      site: filed(found.site!) ? vague.site : found.site, date: vague.date ?? found.date, actor1: first.actor1 ?? found.actor1 ?? vague.actor1,
      actor2: first.actor2 ?? found.actor2 ?? vague.actor2, dead: maxFig(vague.dead, found.dead),
      injured: maxFig(vague.injured, found.injured), last: Math.max(vague.last, found.last) });
    slots[Math.max(i, j)] = null;
    slots[Math.min(i, j)] = merged;
    precise.add(merged, Math.min(i, j));
  }
  return slots.filter((o): o is MentionGroup => o !== null);
}

/** Incidents at a town (precision 1) by kind and day, positions ascending; a vague telling of a day may
 * fold into one of its day or of none. Entries of folded-away incidents stay and are skipped by the caller. */
class PreciseIndex {
  private readonly lists = new Map<string, number[]>();
  private readonly kinds = new Map<string, number[]>();

  add(o: MentionGroup, at: number): void {
    if (!o.site || o.site.location.precision !== 1) return;
    const kind = o.lead.typed.subEventType;
    insert(this.at(this.kinds, kind), at);
    insert(this.at(this.lists, `${kind}\u0000${o.date ? dayKey(o.date) : '\u0001'}`), at);
  }

  /** Positions ascending: of the vague one's kind and day or undated; every one of its kind for an undated telling. */
  *candidates(vague: MentionGroup): Generator<number> {
    const kind = vague.lead.typed.subEventType;
    if (!vague.date) {
      yield* this.kinds.get(kind) ?? [];
      return;
    }
    const day = this.lists.get(`${kind}\u0000${dayKey(vague.date)}`) ?? [];
    const none = this.lists.get(`${kind}\u0000\u0001`) ?? [];
    let a = 0, b = 0;
    while (a < day.length || b < none.length) yield b >= none.length || (a < day.length && day[a] < none[b]) ? day[a++] : none[b++];
  }

  private at(map: Map<string, number[]>, key: string): number[] {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  }
}

/** Puts a position into an ascending list (positions come mostly in order: the search is from the end). */
function insert(list: number[], at: number): void {
  let k = list.length;
  while (k > 0 && list[k - 1] > at) k--;
  if (list[k - 1] !== at) list.splice(k, 0, at);
}

/** A site given only as near a town ("a village near X"): precision 2 on a populated place. */
// "the outskirts of X" is X's own edge: a strike there is not the one another town nearby names.
const isNearTown = (s: Site | null): boolean => !!s && !s.part && s.location.precision === 2 && (s.location.featureCode ?? '').startsWith('PPL');

/** A definite telling by the bare incident noun ("The attack took place in Bannu district." after a suicide bombing),
 * typed as an attack on civilians only for want of any other word: it names the violent incident told last, whatever
 * its kind. */
const GENERIC_TELLING = 'attack.noun';
/** airwars (half a): a definite telling by the attack noun itself ("40 people were harmed in the attack", "those killed in the raid"),
 * whatever rule typed it from the victims named beside it, names no weapon or kind of its own: the violent incident told last. */
const genericTelling = (m: Mention): boolean => m.typed.rule === GENERIC_TELLING || (m.definite && m.typed.trigger.concept === 'ATTACK');
function latestViolent(incidents: MentionGroup[]): MentionGroup | null {
  let best: MentionGroup | null = null;
  for (const inc of incidents) if (canHaveCasualties(inc) && (!best || inc.last > best.last)) best = inc;
  return best;
}

/** The incident a definite telling refers back to: the latest of its kind that can have casualties. */
function referent(incidents: MentionGroup[], m: Mention): MentionGroup | null {
  let best: MentionGroup | null = null;
  for (const inc of incidents) if (canHaveCasualties(inc) && compatible(inc.lead, m) && (!best || inc.last > best.last)) best = inc;
  return best;
}

/** The incident the story is telling: the one told last among those read from an incident word, of a kind
 * that can have casualties (ACLED: strategic developments and peaceful protests have none); of several
 * told in one sentence, the first (the others are its further sites). */
const VIOLENT: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
export const canHaveCasualties = (inc: MentionGroup): boolean =>
  VIOLENT.has(inc.lead.typed.eventType) || inc.lead.typed.subEventType === 'Excessive force against protesters';
function storyOf(incidents: MentionGroup[]): MentionGroup | null {
  let best: MentionGroup | null = null, any: MentionGroup | null = null;
  for (const inc of incidents) {
    if (!canHaveCasualties(inc)) continue;
    // of incidents told last in the same sentence (one sentence's sites), the one that has a toll
    if (!casualtyReport(inc.lead) && (!best || inc.last > best.last || inc.last === best.last && !hasToll(best) && hasToll(inc))) best = inc;
    // A story told only through its victims ("two civilians were killed in an alleged strike"): its first telling
    if (!any) any = inc;
  }
  return best ?? any;
}

const hasToll = (inc: MentionGroup): boolean => inc.counted.some((m) => m.dead || m.injured);

const CASUALTY_WORDS: ReadonlySet<string> = new Set(['KILL', 'HARM']);
// world32: civilians read as a casualty word's subject ("… were killed and five other civilians wounded") are its victims, no
// attacker (as settle-actors.ts reads them): the report stays a casualty report.
// Round 41: a toll of both sides ("Five soldiers and the attacker were killed", "one soldier and two fighters were killed": roles.ts
// actor.attackers-among-dead, actor.dead-of-both-sides) is still a casualty report of the incident told before.
const TOLL_OF_SIDES: ReadonlySet<string> = new Set([ATTACKERS_AMONG_DEAD_RULE, BOTH_SIDES_DEAD_RULE]);
const casualtyReport = (m: Mention): boolean => (!m.actor1 || m.actor1.generic === 'civilians' || TOLL_OF_SIDES.has(m.actor1.role ?? '')) &&
  (CASUALTY_WORDS.has(m.typed.trigger.concept) || m.typed.score < WEAK_SCORE || !!(m.dead?.again || m.injured?.again));

/** The rule id of an act word told in scare quotes (mentions.ts; docs/extraction.md). */
export const SCARE_QUOTED_RULE = 'type.scare-quoted';
/** news29: an act word told in scare quotes (mentions.ts type.scare-quoted) is a party's word, not the writer's reading: it retypes nothing. */
const scareQuoted = (m: Mention): boolean => !!m.typed.setAside?.some((x) => x.rule === SCARE_QUOTED_RULE);

const BACK_REFERENCE = conceptsWith('back-reference');
const backReference = (m: Mention): boolean => BACK_REFERENCE.has(m.typed.trigger.concept);

const lastSentence = (inc: MentionGroup): number => inc.last;

/** The victims a casualty report names are those of the incident (or either names none). */
const sameVictims = (inc: MentionGroup, m: Mention): boolean =>
  !m.actor2 || !inc.actor2 || (m.actor2.name === inc.actor2.name && m.actor2.generic === inc.actor2.generic) ||
  // Round 44: people hurt at a demonstration or a riot are its crowd, whichever side the story's roles put them on ("Soldiers opened
  // fire on striking workers … Another nine people were treated for bullet wounds").
  (PEOPLE_WORDS.has(m.actor2.generic ?? '') && CROWD_STORIES.has(inc.lead.typed.eventType));
const CROWD_STORIES: ReadonlySet<string> = new Set(['Protests', 'Riots']);
/** Victims told only as people or civilians (actors.ts generic kinds "person", "civilians"). */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(['person', 'civilians']);

function latestCompatible(incidents: MentionGroup[], m: Mention): number {
  for (let i = incidents.length - 1; i >= 0; i--) if (compatible(incidents[i].lead, m)) return i;
  return -1;
}

/** Can an undated mention join incident `inc`? A compatible incident (or, for a weak casualty report, any
 * incident at its place) whose site fits; with no place on either side, only the latest compatible one
 * (`latest`). No date tells an undated mention apart from any incident. */
function undatedJoins(inc: MentionGroup, at: number, m: Mention, latest: () => number): boolean {
  const casualtyAtSite = m.typed.score < WEAK_SCORE && m.site && inc.site && samePlace(inc.site.location, m.site.location);
  if (!casualtyAtSite && !compatible(inc.lead, m)) return false;
  if (!placeFits(inc, m)) return false;
  return !!(m.site && inc.site) || at === latest();
}

/** The incident an undated mention joins, by the definition: every earlier incident read, latest first. */
function scanUndated(incidents: MentionGroup[], m: Mention): number {
  let latest: number | undefined;
  for (let i = incidents.length - 1; i >= 0; i--) if (undatedJoins(incidents[i], i, m, () => (latest ??= latestCompatible(incidents, m)))) return i;
  return -1;
}

/**
 * The same incident through the index: the latest compatible incident when either names no place (with no
 * site, m takes it; with a site, it counts only when it has none), else the latest incident filed under m's
 * kind at m's place or an area holding or held by it (any kind at its place for a weak casualty report).
 */
function undatedTarget(incidents: MentionGroup[], sites: SiteIndex, m: Mention): number {
  const latest = sites.latestCompatible(m);
  if (!m.site) return latest;
  const floor = latest >= 0 && !incidents[latest].site ? latest : -1;
  return sites.latestAtSite(m, m.typed.score < WEAK_SCORE, (i) => !!incidents[i].site && undatedJoins(incidents[i], i, m, () => latest), floor);
}

/** probe5 (told-again.ts): the incident a mention tells again, and the rule that says so. An instrument or a seizure
 * told "in/for/from the <incident>" joins the latest incident that can have casualties; the acting party's account
 * (its trigger inside a claim's content, no toll, no attacker other than the incident's) joins the latest of that
 * attacker's. Either only on the incident's day (or a later report of it) and at no other place named with a locative. */
/** How many sentences after an incident its actor's account of it may follow. */
const ACCOUNT_REACH = 2;
function retoldTarget(incidents: MentionGroup[], m: Mention): { inc: MentionGroup; rule: string } | null {
  const instrument = !!m.retold;
  const account = !instrument && !!m.account && !m.dead && !m.injured && VIOLENT.has(m.typed.eventType);
  if (!instrument && !account) return null;
  // The latest of its own kind if there is one, else the latest that can have casualties.
  let best: MentionGroup | null = null, kin: MentionGroup | null = null;
  for (const inc of incidents) {
    if (!canHaveCasualties(inc)) continue;
    if (account && ((m.actor1 && inc.actor1?.name !== m.actor1.name) || m.sentence - inc.last > ACCOUNT_REACH)) continue;
    if (!best || inc.last > best.last) best = inc;
    if (compatible(inc.lead, m) && (!kin || inc.last > kin.last)) kin = inc;
  }
  best = kin ?? best;
  if (!best) return null;
  if (!(sameDate(best.date, m.date) || (m.date?.start ?? '') > (best.date?.start ?? '~'))) return null;
  if (m.site?.locative && !placeFits(best, m)) return null;
  return { inc: best, rule: instrument ? RETOLD_RULES.instrument.id : m.denied ? RETOLD_RULES.denied.id : RETOLD_RULES.account.id };
}

/** A party the lead names, else one the title names ("Arakan Army" in the title, "the ethnic armed group" in the lead), else the
 * lead's unnamed one. */
const namedFirst = (lead: ActorMention | null, title: ActorMention | null): ActorMention | null =>
  lead && !lead.generic ? lead : title && !title.generic ? title : lead ?? title;
/** The rules that date a title by no word of its own: the publication's day, or the first day its lead tells (date-story.ts). */
const UNTOLD_DAYS: ReadonlySet<string> = new Set(['date.published', 'date.headline-lead-day']);
/** How many sentences after a title its lead runs (date-story.ts reads a title's day in as many). */
const TITLE_LEAD = 3;
/** The rule named in `why.type` when a title's reading joins its lead's incident. */
export const TITLE_LEAD_RULE = 'type.title-told-in-lead';
/** Both places in one country's one first-level region, each known. */
const sameRegion = (a: EventLocation, b: EventLocation): boolean => a.country != null && a.country === b.country && a.admin1 != null && a.admin1 === b.admin1;
/** news33, news35: a title tells, in few words, the incident its lead goes on to tell ("Nigerian army says calm restored in Damboa
 * after jihadist night raid", then "ISWAP fighters stormed a military base there and fought soldiers for hours"): the title's
 * incident, when only the title tells it and it differs in kind from the lead's, is the lead's incident read in fewer words. It
 * joins the lead's first incident when their places agree (one holds the other, or either has none) and their days do: the
 * lead's reading, richer, types it (general news style: a headline summarises the lead). One that later sentences tell of too
 * stays its own (read so, such titles joined other incidents, and four news sets fell by 0.07–0.20 in sub-type). `isTitle`:
 * sentence 0 stands as a paragraph of its own before the lead, with no full stop (index.ts). */
export function foldTitle(incidents: MentionGroup[], isTitle: boolean, filed: (s: Site) => boolean): MentionGroup[] {
  if (!isTitle || incidents.length < 2) return incidents;
  const at = incidents.findIndex((g) => g.mentions.every((m) => m.sentence === 0));
  if (at < 0) return incidents;
  const title = incidents[at];
  const firstLeadAt = incidents.findIndex((g, k) => k !== at && g.mentions[0].sentence > 0 && g.mentions[0].sentence <= TITLE_LEAD);
  if (firstLeadAt < 0) return incidents;
  // Round 38: the lead's first incident is of another kind ("… opened an investigation into a deadly blast and sent reinforcements"),
  // and a sentence of the lead tells one of the title's own kind ("A roadside bomb struck an army patrol near Tarmiyah late on
  // Sunday"): that one is what the title summarises, though the title, with no day of its own, was dated by the publication (news
  // style: a headline names the news, not the reaction its lead opens with).
  const kindAt = incidents.findIndex((g, k) => k !== at && k !== firstLeadAt && g.mentions[0].sentence > 0 && g.mentions[0].sentence <= TITLE_LEAD &&
    g.lead.typed.subEventType === title.lead.typed.subEventType);
  const ownKind = kindAt >= 0 && incidents[firstLeadAt].lead.typed.subEventType !== title.lead.typed.subEventType && UNTOLD_DAYS.has(title.date?.why[0]?.rule ?? 'date.published');
  const leadAt = ownKind ? kindAt : firstLeadAt;
  const lead = incidents[leadAt];
  if (!ownKind && !sameDate(title.date, lead.date)) return incidents;
  const a = title.site?.location, b = lead.site?.location;
  // Round 32: a title of the lead's own kind that groupMentions kept apart names its place more coarsely than the lead ("… near
  // Torbung in Manipur" read at the state, "… in Northern Samar", "near Kirkuk's Hawija" read at Kirkuk, against the lead's district,
  // town or village): a headline names the region or the nearest known town of the place its lead gives (general news style). It joins
  // the lead's incident when both lie in one first-level region of one country; then the toll is told once, not twice.
  const sameKind = lead.lead.typed.subEventType === title.lead.typed.subEventType;
  // Round 40: a lead placed only at its dateline's town ("MOGADISHU – A roadside bomb tore through a minibus") tells where the
  // report was filed; the title's place ("… near Afgooye") is where it happened (dateline-site.ts).
  const leadFiled = sameKind && !!a && !!lead.site && filed(lead.site) && !filed(title.site!);
  if (sameKind) {
    if (!a || !b || (!sameRegion(a, b) && !leadFiled)) return incidents;
  } else if (a && b && !samePlace(a, b) && !contains(a, b) && !contains(b, a)) return incidents;
  // Of one incident's two places, the finer (ACLED's precision) is where it happened: the lead's on a tie.
  const site = leadFiled || (sameKind && a && b && a.precision < b.precision) ? title.site : lead.site;
  const bySentence = (x: Mention, y: Mention) => x.sentence - y.sentence;
  const t = title.lead.typed.trigger;
  const merged: MentionGroup = extend(lead, { site, mentions: [...title.mentions, ...lead.mentions].sort(bySentence),
    counted: [...title.counted, ...lead.counted].sort(bySentence), date: lead.date ?? title.date, actor1: namedFirst(lead.actor1, title.actor1),
    actor2: namedFirst(lead.actor2, title.actor2), retoldBy: [...(lead.retoldBy ?? []), { rule: TITLE_LEAD_RULE, first: t.first, end: t.end }] });
  const out: MentionGroup[] = [];
  // Joined to a later incident of its own kind, the title keeps its place: its news comes first.
  if (ownKind) {
    for (let k = 0; k < incidents.length; k++) if (k !== leadAt) out.push(k === at ? merged : incidents[k]);
    return out;
  }
  for (let k = 0; k < incidents.length; k++) if (k !== at) out.push(k === leadAt ? merged : incidents[k]);
  return out;
}
