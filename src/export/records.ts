// Whole-record exports (JSON Lines, GeoJSON): an incident with every report, event and claim behind it.
import type { Dossier, Incident } from '../store/store.js';
import { isReviewed } from '../review/model.js';

export function incidentRecord(d: Dossier): Record<string, unknown> {
  return {
    ...d.incident,
    // Checked by a person (confirmed or corrected); `review` says how, and which fields a person set.
    reviewed: isReviewed(d.incident.review),
    reports: d.members.map((m) => ({
      articleId: m.articleId, title: m.title, url: m.url, outlet: m.outlet, published: m.published, copyOf: m.group === m.articleId ? null : m.group,
      event: m.event, claims: m.claims, evidence: m.evidence,
    })),
  };
}

export function geoFeature(i: Incident, properties: Record<string, unknown> = { ...i, reviewed: isReviewed(i.review) }): Record<string, unknown> {
  return {
    type: 'Feature',
    id: i.id,
    // GeoJSON (RFC 7946) orders coordinates longitude, latitude; an unplaced incident has no geometry.
    geometry: i.lat != null && i.lon != null ? { type: 'Point', coordinates: [i.lon, i.lat] } : null,
    properties,
  };
}
