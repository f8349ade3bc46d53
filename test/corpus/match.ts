// Feeding a generated corpus to ingest, and finding a truth incident among the stored ones.
import type { Item } from '../../src/ingest/sources.js';
import { distanceKm } from '../../src/geo.js';
import type { Incident } from '../../src/store/store.js';
import type { Corpus, TruthIncident } from './generate.js';
import { ACLED_OF } from './oracle.js';

export async function* corpusItems(corpus: Corpus): AsyncGenerator<Item> {
  for (const a of corpus.articles) yield { ok: true, origin: a.id, input: a, bytesDone: 0 };
}

/**
 * The stored incidents that tell a truth incident: same type and date, placed at the town (by name, or
 * within 10 km — a reader may pick another gazetteer entry for the same town). The near pairs are 12+ km apart.
 */
export function findIncident(incidents: Incident[], t: TruthIncident): Incident[] {
  return incidents.filter((i) => i.eventType === ACLED_OF[t.kind].type && i.dateStart === t.date && i.lat != null &&
    (i.locationName === t.town || distanceKm(i.lat, i.lon!, t.lat, t.lon) < 10));
}

