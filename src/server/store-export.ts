// Exports for the API, from the store's own exporters (src/export): the same rows `sitrep export` writes.
import { ACLED_COLUMNS, acledRow } from '../export/acled.js';
import { csvRow, type CsvOptions } from '../export/csv.js';
import { geoFeature, incidentRecord } from '../export/records.js';
import { inUcdp, UCDP_COLUMNS, ucdpRow } from '../export/ucdp.js';
import type { Dossier, IncidentFilter, Store } from '../store/store.js';
import type { ExportFormat } from './backend.js';

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
