// A stored incident in the API's shape: the list row (the dossier adds the rest).
import type { Incident } from '../store/store.js';
import type { ApiIncident } from './shapes.js';

export function toApiIncident(i: Incident): ApiIncident {
  return {
    id: i.id, eventType: i.eventType, subEventType: i.subEventType,
    dateStart: i.dateStart, dateEnd: i.dateEnd, datePrecision: i.datePrecision,
    lat: i.lat, lon: i.lon, geoPrecision: i.geoPrecision, country: i.country, admin1: i.admin1, location: i.locationName,
    actor1: i.actor1, actor2: i.actor2, assocActors: i.assocActors, fatalities: i.fatalities, injuries: i.injuries ?? null, status: i.status,
    sources: i.sources, articles: i.articles, outlets: i.outlets, contradictions: i.contradictions.length, summary: i.summary,
  };
}
