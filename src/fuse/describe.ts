// An incident's fields from the events of its member reports: the most precise date and place, the
// most-named actors, the ranges of the dead and the injured, status, independent sources and contradictions.
import type { IncidentFields, MemberEvent } from '../store/store.js';
import { eventDates } from './footprint.js';
import { fuseFigures } from './figures.js';
import { findContradictions, fuseStatus } from './status.js';
import { summarize } from './summary.js';

/**
 * The members in an order of their own content: earliest published first, then outlet, then the event's
 * reading itself. Ties in the votes below go to the first, and store ids say only in which order the
 * reports happened to be read (two workers read them in any order), so they must not decide.
 */
function canonical(members: MemberEvent[]): MemberEvent[] {
  const text = new Map<MemberEvent, string>();
  const json = (m: MemberEvent) => {
    let t = text.get(m);
    if (t === undefined) text.set(m, (t = JSON.stringify(m.event)));
    return t;
  };
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...members].sort((a, b) => cmp(a.published ?? '\uffff', b.published ?? '\uffff') || cmp(a.outlet ?? '', b.outlet ?? '')
    || cmp(a.localId, b.localId) || cmp(json(a), json(b)) || a.id - b.id);
}

/** The most frequent value (first seen wins a tie), counting each syndication group once. */
function mostCommon<T>(members: MemberEvent[], pick: (m: MemberEvent) => T | null | undefined, key: (v: T) => string = String): T | null {
  const counts = new Map<string, { v: T; n: number; first: number }>();
  const seen = new Set<string>();
  members.forEach((m, i) => {
    const v = pick(m);
    if (v == null) return;
    const k = key(v);
    if (seen.has(`${m.group}\u0000${k}`)) return;
    seen.add(`${m.group}\u0000${k}`);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1, first: i });
  });
  let best: { v: T; n: number; first: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.v ?? null;
}

export function describeIncident(reports: MemberEvent[]): IncidentFields {
  if (!reports.length) throw new Error('an incident has at least one report');
  const members = canonical(reports);
  const eventType = mostCommon(members, (m) => m.event.eventType)!;
  const ofType = members.filter((m) => m.event.eventType === eventType);
  const subEventType = mostCommon(ofType, (m) => m.event.subEventType)!;

  // Date: among the most precise reports, the most common day range.
  const dates = new Map(members.map((m) => [m, eventDates(m)]));
  const dated = members.filter((m) => dates.get(m));
  const datePrecision = (Math.min(3, ...dated.map((m) => dates.get(m)!.precision)) as 1 | 2 | 3);
  const date = mostCommon(dated.filter((m) => dates.get(m)!.precision === datePrecision), (m) => dates.get(m), (d) => `${d!.start}/${d!.end}`);
  const placed = members.filter((m) => m.event.location && m.event.location.lat != null);
  const geoPrecision = placed.length ? (Math.min(...placed.map((m) => m.event.location!.precision)) as 1 | 2 | 3) : null;
  const location = mostCommon(placed.filter((m) => m.event.location!.precision === geoPrecision), (m) => m.event.location,
    (l) => String(l!.geonameid ?? `${l!.name}@${l!.lat},${l!.lon}`));
  const country = location?.country ?? mostCommon(members, (m) => m.event.location?.country);

  const actor1 = mostCommon(members, (m) => m.event.actor1?.name);
  const actor2 = mostCommon(members, (m) => m.event.actor2?.name);
  const assoc = new Set<string>();
  for (const m of members) for (const a of [m.event.actor1, m.event.actor2, ...(m.event.assocActor1 ?? [])]) if (a && a.name !== actor1 && a.name !== actor2) assoc.add(a.name);

  const figures = fuseFigures(members);
  const injured = fuseFigures(members, 'injuries');
  const groups = new Set(members.map((m) => m.group));
  const outlets = [...new Set(members.map((m) => m.outlet).filter((o): o is string => !!o))];
  const fields: Omit<IncidentFields, 'summary'> = {
    eventType, subEventType,
    dateStart: date?.start ?? null, dateEnd: date?.end ?? null, datePrecision: dated.length ? datePrecision : 3,
    location: location ?? null, lat: location?.lat ?? null, lon: location?.lon ?? null, geoPrecision,
    country, admin1: location?.admin1 ?? null, locationName: location ? location.name ?? location.text : null,
    actor1, actor2, assocActors: [...assoc],
    fatalities: figures.figure, fatalityBasis: figures.basis,
    injuries: injured.figure, injuryBasis: injured.basis,
    status: fuseStatus(members),
    sources: groups.size,
    articles: new Set(members.map((m) => m.articleId)).size,
    outlets,
    contradictions: findContradictions(members, figures.given),
  };
  return { ...fields, summary: summarize(fields) };
}
