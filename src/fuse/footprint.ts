// The footprint of an event (as one article told it) and of an incident, in the terms matching uses.
import { dayNumber, dayToDate } from '../store/grid.js';
import type { Incident, MemberEvent } from '../store/store.js';
import { dayRange, type Footprint } from './match.js';

/** The longest span an incident's dates may cover (the candidate index relies on it). */
export const MAX_SPAN_DAYS = 31;

/**
 * When the event happened, as a day range and ACLED time precision. An event the article leaves undated
 * is placed in the week before publication (precision 2), the way ACLED codes "recently".
 */
export function eventDates(m: MemberEvent): { start: string; end: string; precision: 1 | 2 | 3 } | null {
  const d = m.event.date;
  let range = d?.start ? dayRange(d.start, d.end) : null;
  let precision: 1 | 2 | 3 = d?.precision ?? 1;
  if (!range) {
    const pub = dayNumber(m.published);
    if (pub == null) return null;
    range = [pub - 6, pub];
    precision = 2;
  }
  if (range[1] - range[0] > MAX_SPAN_DAYS) range = [range[0], range[0] + MAX_SPAN_DAYS];
  return { start: dayToDate(range[0]), end: dayToDate(range[1]), precision };
}

export function eventFootprint(m: MemberEvent): Footprint {
  const e = m.event;
  const dates = eventDates(m);
  const loc = e.location && e.location.lat != null && e.location.lon != null ? e.location : null;
  return {
    eventType: e.eventType,
    subEventType: e.subEventType,
    dayLo: dates ? dayNumber(dates.start) : null,
    dayHi: dates ? dayNumber(dates.end) : null,
    lat: loc?.lat ?? null,
    lon: loc?.lon ?? null,
    geoPrecision: loc ? loc.precision : null,
    geonameid: loc?.geonameid ?? null,
    featureCode: loc?.featureCode ?? null,
    country: e.location?.country ?? null,
    admin1: e.location?.admin1 ?? null,
    actor1: e.actor1?.name ?? null,
    actor2: e.actor2?.name ?? null,
  };
}

export function incidentFootprint(i: Pick<Incident, 'eventType' | 'subEventType' | 'dateStart' | 'dateEnd' | 'lat' | 'lon' |
  'geoPrecision' | 'location' | 'country' | 'admin1' | 'actor1' | 'actor2'>): Footprint {
  const range = dayRange(i.dateStart, i.dateEnd);
  return {
    eventType: i.eventType,
    subEventType: i.subEventType,
    dayLo: range ? range[0] : null,
    dayHi: range ? range[1] : null,
    lat: i.lat,
    lon: i.lon,
    geoPrecision: i.geoPrecision,
    geonameid: i.location?.geonameid ?? null,
    featureCode: i.location?.featureCode ?? null,
    country: i.country,
    admin1: i.admin1,
    actor1: i.actor1,
    actor2: i.actor2,
  };
}
