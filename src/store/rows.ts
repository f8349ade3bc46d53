// What both adapters store and read back alike: rows to the Store's shapes, an incident's indexed
// columns, and the bounds of the near-duplicate lookup. The two schemas mirror each other (the same
// tables and column names), so one mapping serves SQLite's rows and PostgreSQL's.
import type { Claim, ConflictEvent, Place } from '../types.js';
import { cellOf, dayNumber } from './grid.js';
import type { HistoryEntry, Incident, IncidentFields, MemberEvent, StoredArticle } from './store.js';

export function articleFromRow(r: any): StoredArticle {
  return {
    id: r.id, key: r.key, url: r.url, textHash: r.text_hash, title: r.title, outlet: r.outlet, published: r.published,
    ingested: r.ingested, origin: r.origin, text: r.text, copyOf: r.copy_of, language: r.language ?? null,
  };
}

/**
 * What incidentFromRow reads, named rather than `*`: an incident is its JSON and three columns (the others
 * are only for filtering and ordering), and PostgreSQL's PostGIS column (added at a later open, see
 * postgres/spatial.ts) would otherwise change the result type of statements other processes hold prepared.
 */
export const INCIDENT_ROW = 'id, data, created, updated';

/** An incident from a row holding INCIDENT_ROW. */
export function incidentFromRow(r: any): Incident {
  const data = JSON.parse(r.data) as IncidentFields;
  // Incidents fused before injuries were kept have none until their next update.
  return { ...data, injuries: data.injuries ?? null, injuryBasis: data.injuryBasis ?? null, id: r.id, created: r.created, updated: r.updated };
}

/** The incident's indexed columns, in the order of INCIDENT_COLUMNS' values (incidentColumns). */
export const INCIDENT_COLUMNS = `event_type, sub_event_type, date_start, date_end, date_precision, day_lo, day_hi, lat, lon, cell, geo_precision,
  country, admin1, location_name, actor1, actor2, fat_low, fat_best, fat_high, status, sources, articles, data, inj_low, inj_best, inj_high`;

/** The values of INCIDENT_COLUMNS for an incident. */
export function incidentColumns(f: IncidentFields): unknown[] {
  const lo = dayNumber(f.dateStart);
  const hi = dayNumber(f.dateEnd) ?? lo;
  const cell = f.lat != null && f.lon != null ? cellOf(f.lat, f.lon) : null;
  return [
    f.eventType, f.subEventType, f.dateStart, f.dateEnd, f.datePrecision, lo, hi, f.lat, f.lon, cell, f.geoPrecision,
    f.country, f.admin1, f.locationName, f.actor1, f.actor2, f.fatalities?.low ?? null, f.fatalities?.best ?? null,
    f.fatalities?.high ?? null, f.status, f.sources, f.articles, JSON.stringify(f),
    f.injuries?.low ?? null, f.injuries?.best ?? null, f.injuries?.high ?? null,
  ];
}

/** A row of `events` joined with its article (id, article_id, local_id, incident_id, data, outlet, published, copy_of). */
export function memberFromRow(r: any, claims: Claim[]): MemberEvent {
  return {
    id: r.id, articleId: r.article_id, localId: r.local_id, incidentId: r.incident_id,
    event: JSON.parse(r.data) as ConflictEvent, outlet: r.outlet, published: r.published, group: r.copy_of ?? r.article_id,
    claims,
  };
}

export function historyFromRow(r: any): HistoryEntry {
  return { id: r.id, incidentId: r.incident_id, at: r.at, action: r.action, eventId: r.event_id, otherIncident: r.other_incident, detail: r.detail };
}

export function placeFromRow(r: any): Place {
  return {
    text: r.text, start: r.start, end: r.end, name: r.name, geonameid: r.geonameid, lat: r.lat, lon: r.lon, country: r.country,
    admin1: r.admin1, featureCode: r.feature_code,
  };
}

/** The member event an article's event becomes once stored. */
export function newMember(id: number, articleId: number, e: ConflictEvent, article: { outlet: string | null; published: string | null; copyOf: number | null },
  claims: Claim[]): MemberEvent {
  return {
    id, articleId, localId: e.id, incidentId: null, event: e, outlet: article.outlet, published: article.published,
    group: article.copyOf ?? articleId, claims,
  };
}

/** The claims that back or dispute an event: those it names, and those that name it. */
export function claimsOf(e: ConflictEvent, claims: Claim[]): Claim[] {
  const named = new Set(e.claims ?? []);
  return claims.filter((c) => named.has(c.id) || (c.events ?? []).includes(e.id));
}

/** At most this many stored articles are compared with a new one for near-duplicates. */
export const MAX_BAND_CANDIDATES = 20;
/** Per band key, the most recent articles looked at. */
export const MAX_PER_BAND = 50;
