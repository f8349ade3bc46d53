// The exports as a stream of text chunks, for `sitrep export` and the API's /api/export alike: one
// incident's dossier read at a time, so a large export is never held whole.
import type { Dossier, IncidentFilter, Store } from '../store/store.js';
import { ACLED_COLUMNS, acledRow } from './acled.js';
import { csvRow, type CsvOptions } from './csv.js';
import { geoFeature, incidentRecord } from './records.js';
import { inUcdp, UCDP_COLUMNS, ucdpRow } from './ucdp.js';

export type ExportFormat = 'acled' | 'ucdp' | 'geojson' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['acled', 'ucdp', 'geojson', 'jsonl'];

/** Each export's media type and file extension (the API's Content-Type and download name). */
export const EXPORT_MEDIA: Record<ExportFormat, { type: string; ext: string }> = {
  acled: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  ucdp: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  geojson: { type: 'application/geo+json; charset=utf-8', ext: 'geojson' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
};

export async function* exportChunks(store: Store, format: ExportFormat, filter: IncidentFilter, csv: CsvOptions = {}): AsyncGenerator<string> {
  const ids = (await store.queryIncidents(filter)).map((i) => i.id);
  const dossiers = async function* (): AsyncGenerator<Dossier> {
    for (const id of ids) {
      const d = await store.dossier(id);
      if (d) yield d;
    }
  };
  if (format === 'acled') {
    yield csvRow([...ACLED_COLUMNS], csv);
    for await (const d of dossiers()) yield csvRow(acledRow(d), csv);
  } else if (format === 'ucdp') {
    yield csvRow([...UCDP_COLUMNS], csv);
    for await (const d of dossiers()) if (inUcdp(d)) yield csvRow(ucdpRow(d), csv);
  } else if (format === 'jsonl') {
    for await (const d of dossiers()) yield JSON.stringify(incidentRecord(d)) + '\n';
  } else {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const d of dossiers()) {
      yield (first ? '\n' : ',\n') + JSON.stringify(geoFeature(d.incident, incidentRecord(d)));
      first = false;
    }
    yield '\n]}\n';
  }
}
