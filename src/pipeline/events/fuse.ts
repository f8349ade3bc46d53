// fuse: mentions of one incident, told over several sentences, become one event. A mention joins an
// earlier incident of a compatible type when they share a place (or one names none, or one is the
// region that holds the other) and no date tells them apart; otherwise it starts a new incident.
// Counts fuse by maximum, never by sum: the same dead are reported again, not killed again.
import type { EventDate, Figure } from '../../types.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { contains, km, samePlace, type Site } from './location.js';
import type { EventFacts, Mention } from './mentions.js';

export interface Incident extends EventFacts {
  mentions: Mention[];
  /** The last sentence that told of it. */
  last: number;
  /** The strongest mention decides the type. */
  lead: Mention;
}

/** A weak mention (a consequence like "the convoy was destroyed") never starts an incident beside a stronger one. */
export const WEAK_SCORE = 46;
const RETYPE_MARGIN = 10;
/** How many sentences on a weak follow-up ("the convoy was destroyed", "the toll rose") still belongs to the story just told. */
const CONSEQUENCE_REACH = 3;

/** Protests and riots are one story told as it turns: a protest that turns violent is one event. */
const family = (m: Mention): string => (m.typed.eventType === 'Riots' ? 'Protests' : m.typed.eventType);

export function compatible(a: Mention, b: Mention): boolean {
  if (a.typed.subEventType === b.typed.subEventType) return true;
  if (a.typed.subEventType === 'Disrupted weapons use' || b.typed.subEventType === 'Disrupted weapons use') return false;
  return family(a) === family(b);
}

const sameDate = (a: EventDate | null, b: EventDate | null): boolean => !a || !b || a.start === b.start;

function placeFits(inc: Incident, m: Mention): boolean {
  if (!m.site || !inc.site) return true;
  const a = inc.site.location, b = m.site.location;
  return samePlace(a, b) || contains(a, b) || contains(b, a);
}

export const maxFig = (a: Figure | null, b: Figure | null): Figure | null => (!a ? b : !b ? a : b.best > a.best ? b : a);

export function fuseMentions(mentions: readonly Mention[]): Incident[] {
  const incidents: Incident[] = [];
  // The incident told last: the latest `last`, the later-created one on a tie. Kept up to date as
  // incidents grow (their `last` only rises), rather than found by a scan for every weak mention.
  let latestAt = -1;
  const touched = (i: number) => {
    const a = incidents[i].last, b = latestAt < 0 ? -Infinity : incidents[latestAt].last;
    if (a > b || (a === b && i > latestAt)) latestAt = i;
  };
  for (const m of mentions) {
    let target: Incident | null = null;
    let targetAt = -1;
    // "The convoy was destroyed as a result.": a weak consequence belongs to the incident just told.
    if (m.typed.score < WEAK_SCORE && !m.site && incidents.length) {
      // Of two incidents told in one sentence, the one told last (its later clause or site) is the latest.
      const last = incidents[latestAt];
      // A definite back-reference ("the toll from the latest attack") joins the story however far on.
      if (m.sentence - lastSentence(last) <= CONSEQUENCE_REACH || backReference(m)) (target = last), (targetAt = latestAt);
    }
    // The latest incident compatible with m, looked for once per mention (not once per candidate).
    let latest: number | undefined;
    for (let i = incidents.length - 1; i >= 0 && !target; i--) {
      const inc = incidents[i];
      // A bare casualty report ("two were killed in X") belongs to whatever happened at X.
      const casualtyAtSite = m.typed.score < WEAK_SCORE && m.site && inc.site && samePlace(inc.site.location, m.site.location);
      if (!casualtyAtSite && !compatible(inc.lead, m)) continue;
      if (!sameDate(inc.date, m.date) || !placeFits(inc, m)) continue;
      // With no place of its own, a mention belongs to the latest compatible incident only.
      if ((!m.site || !inc.site) && i !== (latest ??= latestCompatible(incidents, m))) continue;
      target = inc;
      targetAt = i;
    }
    if (!target) {
      incidents.push({ last: m.sentence, mentions: [m], site: m.site, date: m.date, actor1: m.actor1, actor2: m.actor2, dead: m.dead, injured: m.injured, lead: m });
      touched(incidents.length - 1);
      continue;
    }
    target.mentions.push(m);
    if (m.site && (!target.site || contains(target.site.location, m.site.location))) target.site = m.site;
    target.date ??= m.date;
    target.actor1 ??= m.actor1;
    target.actor2 ??= m.actor2;
    target.dead = maxFig(target.dead, m.dead);
    target.injured = maxFig(target.injured, m.injured);
    // The first telling names the incident; a later one retypes it only when much more specific.
    if ((m.typed.score > target.lead.typed.score + RETYPE_MARGIN && compatible(target.lead, m)) || turnsViolent(target.lead, m)) target.lead = m;
    target.last = Math.max(target.last, m.sentence);
    touched(targetAt);
  }
  return incidents;
}

/** ACLED codebook: a demonstration whose participants engage in violence is a violent demonstration, however
 * it was met; a protest told first and its violence told after are one riot. */
const turnsViolent = (lead: Mention, m: Mention): boolean => lead.typed.eventType === 'Protests' && m.typed.eventType === 'Riots' &&
  m.typed.subEventType === 'Violent demonstration';

/** How far a named place may lie from the town a vague site is "near" and still be that site. */
const NEAR_REACH_KM = 40;

/** "a village near X" (a headline's vague site) and the same kind of incident, the same day, at a named
 * place close to X ("the village of Y, south of X") are one incident: the vague telling is folded into
 * the precise one, which keeps its place; the fold takes the earlier one's position in the story. */
export function foldNearSites(incidents: Incident[]): Incident[] {
  const out = [...incidents];
  for (let i = 0; i < out.length; i++) {
    const vague = out[i];
    if (!isNearTown(vague.site)) continue;
    const j = out.findIndex((o) => o !== vague && o.site && o.site.location.precision === 1 &&
      o.lead.typed.subEventType === vague.lead.typed.subEventType && sameDate(o.date, vague.date) &&
      !samePlace(o.site.location, vague.site!.location) && km(o.site.location, vague.site!.location) <= NEAR_REACH_KM);
    if (j < 0) continue;
    const precise = out[j];
    const first = i < j ? vague : precise;
    const merged: Incident = { ...first, mentions: [...vague.mentions, ...precise.mentions].sort((a, b) => a.sentence - b.sentence),
      site: precise.site, date: vague.date ?? precise.date, actor1: first.actor1 ?? precise.actor1 ?? vague.actor1,
      actor2: first.actor2 ?? precise.actor2 ?? vague.actor2, dead: maxFig(vague.dead, precise.dead),
      injured: maxFig(vague.injured, precise.injured), last: Math.max(vague.last, precise.last) };
    out[Math.min(i, j)] = merged;
    out.splice(Math.max(i, j), 1);
    i = -1; // start over: the fold may enable another
  }
  return out;
}

/** A site given only as near a town ("a village near X"): precision 2 on a populated place. */
// "the outskirts of X" is X's own edge: a strike there is not the one another town nearby names.
const isNearTown = (s: Site | null): boolean => !!s && !s.part && s.location.precision === 2 && (s.location.featureCode ?? '').startsWith('PPL');

const BACK_REFERENCE = conceptsWith('back-reference');
const backReference = (m: Mention): boolean => BACK_REFERENCE.has(m.typed.trigger.concept);

const lastSentence = (inc: Incident): number => inc.last;

function latestCompatible(incidents: Incident[], m: Mention): number {
  for (let i = incidents.length - 1; i >= 0; i--) if (compatible(incidents[i].lead, m)) return i;
  return -1;
}
