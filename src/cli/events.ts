// sitrep events: the fused incidents, filtered, as a table, JSON, JSONL, CSV or GeoJSON.
import type { EventStatus } from '../types.js';
import type { Incident, IncidentFilter } from '../store/store.js';
import { csvRow, type CsvOptions } from '../export/csv.js';
import { geoFeature } from '../export/records.js';
import { CliError, type Command } from './command.js';
import { DB_HELP, DB_OPTION, openForCli, parseDate, parseIntOption, parseNumbers } from './options.js';
import { writeFeatureCollection, writeOut } from './write.js';

const STATUSES = ['alleged', 'acknowledged', 'denied', 'unclaimed'];
const FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson'];

export const eventsCommand: Command = {
  name: 'events',
  usage: `sitrep events [filters] [--format table|json|jsonl|csv|geojson] [--db PATH]

Lists the incidents in the database (each fused from every article that reported it), oldest first.

Filters (all must hold):
  --since DATE          incidents on or after DATE (YYYY-MM-DD)
  --until DATE          incidents on or before DATE
  --country CC          ISO 3166-1 alpha-2 country code (SY, UA, SD, ...)
  --type TYPE           ACLED event type ("Battles", "Explosions/Remote violence", ...)
  --sub-type SUBTYPE    ACLED sub-event type ("Air/drone strike", "Armed clash", ...)
  --actor TEXT          an actor whose name contains TEXT
  --source TEXT         an outlet or a quoted source whose name contains TEXT
  --near LAT,LON,KM     within KM kilometres of a point
  --bbox W,S,E,N        inside a box (min lon, min lat, max lon, max lat)
  --text WORDS          articles mentioning all the WORDS (full-text search)
  --min-sources N       told by at least N independent sources (wire copies count once)
  --status STATUS       alleged | acknowledged | denied | unclaimed
  --limit N             at most N incidents

Options:
  --format FMT          table (default), json, jsonl, csv or geojson
  --raw-csv             with csv: text cells exactly as stored (by default one starting with = + - @,
                        TAB or CR gets a ' in front, so a spreadsheet does not run it as a formula)
${DB_HELP}`,
  options: {
    ...DB_OPTION,
    since: { type: 'string' }, until: { type: 'string' }, country: { type: 'string' }, type: { type: 'string' },
    'sub-type': { type: 'string' }, actor: { type: 'string' }, source: { type: 'string' }, near: { type: 'string' },
    bbox: { type: 'string' }, text: { type: 'string' }, 'min-sources': { type: 'string' }, status: { type: 'string' },
    limit: { type: 'string' }, format: { type: 'string', default: 'table' }, 'raw-csv': { type: 'boolean', default: false },
  },
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliError(`events takes no arguments (got "${positionals[0]}")`, 'E_USAGE');
    const format = String(values.format);
    if (!FORMATS.includes(format)) throw new CliError(`unknown --format ${format} (${FORMATS.join(', ')})`, 'E_USAGE');
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

export function parseFilter(v: Record<string, unknown>): IncidentFilter {
  const f: IncidentFilter = {};
  f.since = parseDate(v.since, '--since');
  f.until = parseDate(v.until, '--until');
  if (v.country !== undefined) {
    const c = String(v.country).trim();
    if (!/^[A-Za-z]{2}$/.test(c)) throw new CliError(`--country takes a two-letter ISO code, got "${c}"`, 'E_USAGE');
    f.country = c.toUpperCase();
  }
  if (v.type !== undefined) f.type = String(v.type);
  if (v['sub-type'] !== undefined) f.subType = String(v['sub-type']);
  if (v.actor !== undefined) f.actor = String(v.actor);
  if (v.source !== undefined) f.source = String(v.source);
  if (v.text !== undefined) f.text = String(v.text);
  if (v.near !== undefined) {
    const [lat, lon, km] = parseNumbers(String(v.near), 3, '--near');
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0) throw new CliError('--near needs LAT in ±90, LON in ±180 and KM > 0', 'E_USAGE');
    f.near = { lat, lon, km };
  }
  if (v.bbox !== undefined) {
    const [minLon, minLat, maxLon, maxLat] = parseNumbers(String(v.bbox), 4, '--bbox');
    if (minLat > maxLat || [minLat, maxLat].some((x) => Math.abs(x) > 90) || [minLon, maxLon].some((x) => Math.abs(x) > 180)) {
      throw new CliError('--bbox is W,S,E,N with S ≤ N, latitudes in ±90 and longitudes in ±180', 'E_USAGE');
    }
    f.bbox = { minLon, minLat, maxLon, maxLat };
  }
  f.minSources = parseIntOption(v['min-sources'], '--min-sources', 0);
  f.limit = parseIntOption(v.limit, '--limit', 0);
  if (v.status !== undefined) {
    if (!STATUSES.includes(String(v.status))) throw new CliError(`--status is one of ${STATUSES.join(', ')}`, 'E_USAGE');
    f.status = v.status as EventStatus;
  }
  for (const k of Object.keys(f) as (keyof IncidentFilter)[]) if (f[k] === undefined) delete f[k];
  return f;
}

export const EVENT_CSV_COLUMNS = ['id', 'date_start', 'date_end', 'time_precision', 'event_type', 'sub_event_type', 'country', 'admin1',
  'location', 'latitude', 'longitude', 'geo_precision', 'actor1', 'actor2', 'fatalities_low', 'fatalities_best', 'fatalities_high',
  'status', 'sources', 'articles', 'summary'];

async function writeIncidents(incidents: Incident[], format: string, out: NodeJS.WritableStream, csv: CsvOptions = {}): Promise<void> {
  if (format === 'json') return writeOut(out, JSON.stringify(incidents, null, 2) + '\n');
  if (format === 'geojson') return writeFeatureCollection(out, incidents.map((i) => geoFeature(i)));
  if (format === 'jsonl') { for (const i of incidents) await writeOut(out, JSON.stringify(i) + '\n'); return; }
  if (format === 'csv') {
    await writeOut(out, csvRow(EVENT_CSV_COLUMNS, csv));
    for (const i of incidents) {
      await writeOut(out, csvRow([i.id, i.dateStart, i.dateEnd, i.datePrecision, i.eventType, i.subEventType, i.country, i.admin1,
        i.locationName, i.lat, i.lon, i.geoPrecision, i.actor1, i.actor2, i.fatalities?.low, i.fatalities?.best, i.fatalities?.high,
        i.status, i.sources, i.articles, i.summary], csv));
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
