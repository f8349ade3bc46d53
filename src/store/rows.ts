// What both adapters store and read back alike: rows to the Store's shapes, an incident's indexed
// columns, and the bounds of the near-duplicate lookup. The two schemas mirror each other (the same
// tables and column names), so one mapping serves SQLite's rows and PostgreSQL's.
import type { Claim, ConflictEvent, Place } from '../types.js';
import { cellOf, dayNumber } from './grid.js';
import type { HistoryEntry, Incident, IncidentFields, MemberEvent, ReviewRecord, StoredArticle } from './store.js';
import { overlay, parseReview, reviewPriority, type IncidentReview, type ReviewField } from '../review/model.js';

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
export const INCIDENT_ROW = 'id, data, created, updated, version, review';

/** An incident from a row holding INCIDENT_ROW. */
export function incidentFromRow(r: any): Incident {
  const data = JSON.parse(r.data) as IncidentFields;
  // Incidents fused before injuries were kept have none until their next update.
  return {
    ...data, injuries: data.injuries ?? null, injuryBasis: data.injuryBasis ?? null, id: r.id, created: r.created, updated: r.updated,
    version: Number(r.version), review: parseReview(r.review),
  };
}

/** The review's columns (schema: SQLite migration 5, PostgreSQL 6), in the order of reviewColumns' values. */
export const REVIEW_COLUMNS = 'review_state, flagged, review_priority, review';

export function reviewColumns(f: IncidentFields, r: IncidentReview): unknown[] {
  // Most incidents nobody has looked at: their review is no JSON at all (parseReview(null) reads it back).
  const untouched = r.state === 'unreviewed' && !r.flags.length && !r.pinned && !r.notes && !r.by && !Object.keys(r.locked).length;
  return [r.state, r.flags.length ? 1 : 0, reviewPriority(f, r), untouched ? null : JSON.stringify(r)];
}

/** Fusion's own reading of an incident: its stored fields with fusion's values of the locked ones. */
export function machineOf(stored: IncidentFields, review: IncidentReview): IncidentFields {
  const m = { ...stored };
  for (const field of Object.keys(review.machine) as ReviewField[]) Object.assign(m, review.machine[field]);
  return m;
}

/**
 * Fusion wrote `machine` over an incident that has `storedReview`: the person's fields stay, the review
 * learns fusion's new reading (and is flagged when it contradicts theirs). The values of both column sets.
 */
export function fusionWrite(machine: IncidentFields, storedReview: IncidentReview): { fields: IncidentFields; review: IncidentReview } {
  const out = overlay(machine, storedReview);
  // A rejected incident that new reports join is looked at again: they may show it was one after all.
  if (storedReview.state === 'rejected' && storedReview.articles != null && machine.articles > storedReview.articles) {
    const flag = `${machine.articles - storedReview.articles} new report(s) joined an incident reviewed as not one`;
    out.review.flags = [...out.review.flags.filter((f) => !f.includes('joined an incident reviewed as not one')), flag];
  }
  return out;
}

/** A person's review of an incident whose stored (shown) fields are `stored`: what to write. */
export function reviewWrite(stored: IncidentFields, old: IncidentReview, next: IncidentReview): { fields: IncidentFields; review: IncidentReview } {
  return overlay(machineOf(stored, old), { ...next, machine: old.machine });
}

export function reviewRecordFromRow(r: any): ReviewRecord {
  return {
    id: Number(r.id), incidentId: Number(r.incident_id), at: r.at, who: r.who, action: r.action, field: r.field,
    oldValue: r.old_value == null ? null : JSON.parse(r.old_value), newValue: r.new_value == null ? null : JSON.parse(r.new_value),
    why: r.why, version: Number(r.version), otherIncident: r.other_incident == null ? null : Number(r.other_incident),
    events: r.events ? JSON.parse(r.events) : [], reverts: r.reverts == null ? null : Number(r.reverts),
    revertedBy: r.reverted_by == null ? null : Number(r.reverted_by),
  };
}

export const REVIEW_RECORD_COLUMNS = 'incident_id, at, who, action, field, old_value, new_value, why, version, other_incident, events, reverts';

export function reviewRecordValues(r: Omit<ReviewRecord, 'id' | 'at' | 'revertedBy'>): unknown[] {
  const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));
  return [r.incidentId, new Date().toISOString(), r.who, r.action, r.field, json(r.oldValue), json(r.newValue), r.why, r.version,
    r.otherIncident, JSON.stringify(r.events), r.reverts];
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

/**
 * The queue order of incidents stored before the review migration (their review_priority is NULL):
 * computed once, when that migration runs, `batch` rows at a time by id. `read` and `write` are the
 * adapter's statements.
 */
export async function backfillReviewPriority(read: (afterId: number, batch: number) => Promise<{ id: number; data: string }[]> | { id: number; data: string }[],
  write: (id: number, priority: number) => Promise<unknown> | unknown, batch = 1000): Promise<number> {
  let after = 0;
  let n = 0;
  for (;;) {
    const rows = await read(after, batch);
    if (!rows.length) return n;
    for (const r of rows) await write(r.id, reviewPriority(JSON.parse(r.data) as IncidentFields, parseReview(null)));
    n += rows.length;
    after = Number(rows[rows.length - 1].id);
  }
}
