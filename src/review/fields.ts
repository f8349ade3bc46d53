// The value of a field a person sets, from the words of the command line or the API (`type=Battles`,
// `date=2024-05-02..2024-05-03/2`, `location=Kherson, UA`, `location=46.63,32.61/1`, `fatalities=3-5-8`):
// checked against ACLED's vocabularies and a real calendar, refused with the reason and the valid forms.
import type { Gazetteer } from '../gazetteer/index.js';
import { foldKey } from '../gazetteer/index.js';
import type { Incident } from '../store/store.js';
import { isCalendarDate, MAX_TEXT } from '../filters/grammar.js';
import { EVENT_TYPES, STATUSES, SUB_EVENT_TYPES } from '../vocabulary.js';
import type { EventStatus, EventType } from '../types.js';
import type { FieldValue, ReviewField } from './model.js';

export class FieldError extends Error {
  readonly code = 'E_REVIEW_VALUE';
}

/** The names a field goes by (the CLI's and the API's, and the incident's own). */
const ALIASES: Record<string, ReviewField> = {
  type: 'eventType', eventtype: 'eventType', 'event-type': 'eventType',
  'sub-type': 'subEventType', subtype: 'subEventType', subeventtype: 'subEventType', 'sub-event-type': 'subEventType',
  date: 'date', location: 'location', place: 'location', actor1: 'actor1', actor2: 'actor2',
  fatalities: 'fatalities', deaths: 'fatalities', injuries: 'injuries', injured: 'injuries', status: 'status',
};
export const FIELD_NAMES = ['type', 'sub-type', 'date', 'location', 'actor1', 'actor2', 'fatalities', 'injuries', 'status'];

export function fieldOf(name: string): ReviewField {
  const f = ALIASES[name.trim().toLowerCase()];
  if (!f) throw new FieldError(`unknown field ${JSON.stringify(name)}; a person can set ${FIELD_NAMES.join(', ')}`);
  return f;
}

const MAX_TOLL = 1_000_000;
const shown = (s: string): string => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);

/**
 * Reads `raw` as the value of `field` for `incident` (whose shown values some checks read: a sub-event
 * type belongs to the incident's event type). "none" clears an actor or the toll.
 */
export function readFieldValue(field: ReviewField, raw: string, incident: Incident, gazetteer?: () => Gazetteer): FieldValue {
  const v = raw.trim();
  switch (field) {
    case 'eventType': {
      const t = EVENT_TYPES.find((x) => x.toLowerCase() === v.toLowerCase());
      if (!t) throw new FieldError(`type must be one of ${EVENT_TYPES.join(', ')}; got ${shown(v)}`);
      const fits = SUB_EVENT_TYPES.some((s) => s.eventType === t && s.subEventType === incident.subEventType);
      if (!fits) throw new FieldError(`${shown(incident.subEventType)} is no sub-event type of ${t}: set sub-type too (after type)`);
      return { eventType: t as EventType };
    }
    case 'subEventType': {
      const s = SUB_EVENT_TYPES.find((x) => x.subEventType.toLowerCase() === v.toLowerCase());
      if (!s) throw new FieldError(`sub-type must be one of ${SUB_EVENT_TYPES.map((x) => x.subEventType).join(', ')}; got ${shown(v)}`);
      if (s.eventType !== incident.eventType) throw new FieldError(`${shown(s.subEventType)} is a sub-event type of ${s.eventType}, not of ${incident.eventType}: set type first`);
      return { subEventType: s.subEventType };
    }
    case 'date': return readDate(v);
    case 'location': return readLocation(v, incident, gazetteer);
    case 'actor1':
    case 'actor2': {
      if (v.length > MAX_TEXT) throw new FieldError(`${field} is at most ${MAX_TEXT} characters`);
      return { [field]: !v || v.toLowerCase() === 'none' ? null : v };
    }
    case 'fatalities': return { fatalities: readToll(v, 'fatalities'), fatalityBasis: null };
    case 'injuries': return { injuries: readToll(v, 'injuries'), injuryBasis: null };
    case 'status': {
      const s = STATUSES.find((x) => x === v.toLowerCase());
      if (!s) throw new FieldError(`status must be one of ${STATUSES.join(', ')}; got ${shown(v)}`);
      return { status: s as EventStatus };
    }
  }
}

/** `YYYY-MM-DD`, or a span `YYYY-MM-DD..YYYY-MM-DD`, then optionally `/P`: ACLED's time precision (1 day, 2 week or span, 3 month). */
function readDate(v: string): FieldValue {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?(?:\/([123]))?$/.exec(v);
  const form = 'YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, optionally /1, /2 or /3 for the precision';
  if (!m) throw new FieldError(`date must be ${form}; got ${shown(v)}`);
  const [, start, end = start, p] = m;
  if (!isCalendarDate(start) || !isCalendarDate(end)) throw new FieldError(`date ${shown(v)} is no calendar date`);
  if (end < start) throw new FieldError(`date ${shown(v)} ends before it starts`);
  const precision = (p ? Number(p) : end === start ? 1 : 2) as 1 | 2 | 3;
  return { dateStart: start, dateEnd: end, datePrecision: precision };
}

/** `N`, `LOW-HIGH` (best: the low figure, ACLED's conservative rule) or `LOW-BEST-HIGH`; `none` for no figure. */
function readToll(v: string, name: string): FieldValue['fatalities'] {
  if (v.toLowerCase() === 'none') return null;
  const parts = v.split('-').map((x) => x.trim());
  if (parts.length > 3 || parts.some((x) => !/^\d{1,7}$/.test(x))) throw new FieldError(`${name} must be N, LOW-HIGH or LOW-BEST-HIGH (whole numbers), or none; got ${shown(v)}`);
  const n = parts.map(Number);
  const [low, best, high] = n.length === 1 ? [n[0], n[0], n[0]] : n.length === 2 ? [n[0], n[0], n[1]] : n;
  if (!(low <= best && best <= high) || high > MAX_TOLL) throw new FieldError(`${name} need LOW ≤ BEST ≤ HIGH ≤ ${MAX_TOLL}; got ${shown(v)}`);
  return { low, best, high };
}

/**
 * A place: `LAT,LON` (a point on the map; optionally `NAME@LAT,LON`), or a name looked up in the gazetteer
 * (`Kherson` or `Kherson, UA`: a town before an area of that name, the most populous first). Then optionally `/P`: ACLED's geo-precision (1 the place itself, 2 near it, 3 the region).
 * A point takes the country and admin-1 of the populated place nearest it (within 50 km; GeoNames'
 * findNearbyPlaceName answers so), else keeps the incident's (a point at sea, or no gazetteer at hand).
 */
/** How far from a populated place a point may be and still be taken to lie in its country and admin-1. */
const NEAREST_PLACE_KM = 50;

function readLocation(v: string, incident: Incident, gazetteer?: () => Gazetteer): FieldValue {
  const pm = /\/([123])$/.exec(v);
  const body = pm ? v.slice(0, -2).trim() : v;
  const precision = (pm ? Number(pm[1]) : 1) as 1 | 2 | 3;
  const point = /^(?:(.+?)@)?\s*([-+]?\d{1,3}(?:\.\d+)?)\s*,\s*([-+]?\d{1,3}(?:\.\d+)?)$/.exec(body);
  if (point) {
    const lat = Number(point[2]);
    const lon = Number(point[3]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new FieldError(`location ${shown(v)}: latitude in [-90, 90], longitude in [-180, 180]`);
    const name = point[1]?.trim() || `${lat},${lon}`;
    const g = gazetteer?.();
    const near = g?.nearestPlace(lat, lon, NEAREST_PLACE_KM);
    const within = near != null ? g!.entry(near) : null;
    const country = within ? within.country : incident.country;
    const admin1 = within ? within.admin1 : incident.admin1;
    return {
      location: { text: name, start: 0, end: 0, name, geonameid: null, lat, lon, country, admin1, featureCode: null, precision },
      lat, lon, geoPrecision: precision, country, admin1, locationName: name,
    };
  }
  if (!body || body.length > MAX_TEXT) throw new FieldError('location must be LAT,LON, NAME@LAT,LON or a place name (optionally "NAME, CC"), then optionally /1, /2 or /3');
  if (!gazetteer) throw new FieldError('a place name needs the gazetteer; give LAT,LON instead');
  const g = gazetteer();
  const cm = /^(.*),\s*([A-Za-z]{2})$/.exec(body);
  const name = cm ? cm[1] : body;
  const cc = cm ? cm[2].toUpperCase() : null;
  // A reviewer naming a place means the town before an area of the same name (Kharkiv the city, not the
  // oblast), then the best known of them (GeoNames population).
  const town = (fc: string): number => (fc.startsWith('PPL') ? 0 : 1);
  const entries = g.lookup(foldKey(name)).map((p) => g.entry(p.entry)).filter((e) => !cc || e.country === cc)
    .sort((a, b) => town(a.featureCode) - town(b.featureCode) || b.population - a.population);
  const e = entries[0];
  if (!e) throw new FieldError(`no place named ${shown(name)}${cc ? ` in ${cc}` : ''} in the gazetteer; give LAT,LON instead`);
  return {
    location: { text: e.name, start: 0, end: 0, name: e.name, geonameid: e.geonameid, lat: e.lat, lon: e.lon, country: e.country, admin1: e.admin1, featureCode: e.featureCode, precision },
    lat: e.lat, lon: e.lon, geoPrecision: precision, country: e.country, admin1: e.admin1, locationName: e.name,
  };
}
