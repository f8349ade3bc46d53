// sitrep events: the fused incidents, filtered, as a table, JSON, JSONL, CSV or GeoJSON.
import type { Incident } from '../store/store.js';
import { csvRow, type CsvOptions } from '../export/csv.js';
import { geoFeature } from '../export/records.js';
import { isReviewed } from '../review/model.js';
import { CliError, type Command } from './command.js';
import { FILTER_GROUP, parseFilter } from './filter-options.js';
import { DB_OPTION, openForCli } from './options.js';
import { writeFeatureCollection, writeOut } from './write.js';

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson'];

export const eventsCommand: Command = {
  name: 'events',
  usage: ['events [filters] [--format table|json|jsonl|csv|geojson] [--db PATH]'],
  about: 'Lists the incidents in the database (each fused from every article that reported it), oldest first.',
  options: [
    FILTER_GROUP,
    { title: 'Options', options: {
      format: { type: 'string', arg: 'FMT', help: `${FORMATS.join(', ')}`, default: 'table' },
      'raw-csv': { type: 'boolean', help: "with csv: text cells exactly as stored (by default one starting with = + - @, TAB or CR gets a ' in front, so a spreadsheet does not run it as a formula)", default: false },
      ...DB_OPTION,
    } },
  ],
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliError(`events takes no arguments (got "${positionals[0]}")`, 'E_USAGE');
    const format = String(values.format);
    if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}; got "${format}"`, 'E_USAGE');
    const filter = parseFilter(values);
    const store = await openForCli(values, true);
    try {
      const incidents = await store.queryIncidents(filter);
      await writeIncidents(incidents, format, io.stdout, { raw: Boolean(values['raw-csv']) });
    } finally {
      await store.close();
    }
    return 0;
  },
};

export const EVENT_CSV_COLUMNS = ['id', 'date_start', 'date_end', 'time_precision', 'event_type', 'sub_event_type', 'country', 'admin1',
  'location', 'latitude', 'longitude', 'geo_precision', 'actor1', 'actor2', 'fatalities_low', 'fatalities_best', 'fatalities_high',
  'status', 'sources', 'articles', 'summary', 'injuries_low', 'injuries_best', 'injuries_high', 'reviewed'];

async function writeIncidents(incidents: Incident[], format: string, out: NodeJS.WritableStream, csv: CsvOptions = {}): Promise<void> {
  if (format === 'json') return writeOut(out, JSON.stringify(incidents.map((i) => ({ ...i, reviewed: isReviewed(i.review) })), null, 2) + '\n');
  if (format === 'geojson') return writeFeatureCollection(out, incidents.map((i) => geoFeature(i)));
  if (format === 'jsonl') { for (const i of incidents) await writeOut(out, JSON.stringify({ ...i, reviewed: isReviewed(i.review) }) + '\n'); return; }
  if (format === 'csv') {
    await writeOut(out, csvRow(EVENT_CSV_COLUMNS, csv));
    for (const i of incidents) {
      await writeOut(out, csvRow([i.id, i.dateStart, i.dateEnd, i.datePrecision, i.eventType, i.subEventType, i.country, i.admin1,
        i.locationName, i.lat, i.lon, i.geoPrecision, i.actor1, i.actor2, i.fatalities?.low, i.fatalities?.best, i.fatalities?.high,
        i.status, i.sources, i.articles, i.summary, i.injuries?.low, i.injuries?.best, i.injuries?.high, i.review.state], csv));
    }
    return;
  }
  await writeOut(out, formatIncidentTable(incidents));
}

export function formatIncidentTable(incidents: Incident[]): string {
  const head = ['id', 'date', 'type', 'where', 'actor1 → actor2', 'dead', 'src', 'status'];
  const rows = incidents.map((i) => [
    String(i.id), i.dateStart ?? '?', i.subEventType, [i.locationName, i.country].filter(Boolean).join(', ') || '?',
    `${i.actor1 ?? '?'} → ${i.actor2 ?? '—'}`,
    i.fatalities ? (i.fatalities.low === i.fatalities.high ? String(i.fatalities.best) : `${i.fatalities.low}-${i.fatalities.high}`) : '',
    String(i.sources), i.status,
  ]);
  const clip = (s: string): string => (s.length > 38 ? s.slice(0, 37) + '…' : s);
  const all = [head, ...rows.map((r) => r.map(clip))];
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const lines = all.map((r) => r.map((c, k) => c.padEnd(widths[k])).join('  ').trimEnd());
  return `${lines.join('\n')}\n${incidents.length} incident${incidents.length === 1 ? '' : 's'}\n`;
}
