// A stored incident in the API's shape: the list row (the dossier adds the rest).
import type { Incident, IncidentFields, ReviewRecord } from '../store/store.js';
import type { ApiIncident, ApiReview, ApiReviewRecord } from './shapes.js';
import { isReviewed, reviewPriority } from '../review/model.js';

export function toApiIncident(i: Incident): ApiIncident {
  return {
    id: i.id, eventType: i.eventType, subEventType: i.subEventType,
    dateStart: i.dateStart, dateEnd: i.dateEnd, datePrecision: i.datePrecision,
    lat: i.lat, lon: i.lon, geoPrecision: i.geoPrecision, country: i.country, admin1: i.admin1, location: i.locationName,
    actor1: i.actor1, actor2: i.actor2, assocActors: i.assocActors, fatalities: i.fatalities, injuries: i.injuries ?? null, status: i.status,
    sources: i.sources, articles: i.articles, outlets: i.outlets, contradictions: i.contradictions.length, summary: i.summary,
    version: i.version, review: toApiReview(i),
  };
}

export function toApiReview(i: Incident): ApiReview {
  const r = i.review;
  return {
    state: r.state, reviewed: isReviewed(r), locked: Object.keys(r.locked), flags: r.flags, pinned: r.pinned, notes: r.notes, by: r.by, at: r.at,
    priority: reviewPriority(i as IncidentFields, r),
  };
}

export function toApiReviewRecord(r: ReviewRecord): ApiReviewRecord {
  const { incidentId: _i, ...rest } = r;
  return rest;
}
