// sitrep export: every incident (or a filtered set) in ACLED's or UCDP GED's layout, GeoJSON or JSONL.
import { ACLED_COLUMNS, acledRow } from '../export/acled.js';
import { csvRow } from '../export/csv.js';
import { geoFeature, incidentRecord } from '../export/records.js';
import { inUcdp, UCDP_COLUMNS, ucdpRow } from '../export/ucdp.js';
import type { Dossier, Store } from '../store/store.js';
import { CliError, type Command } from './command.js';
import { eventsCommand, parseFilter } from './events.js';
import { DB_HELP, DB_OPTION, openForCli } from './options.js';
import { writeFeatureCollection, writeOut } from './write.js';

const FORMATS = ['acled', 'ucdp', 'geojson', 'jsonl'];

export const exportCommand: Command = {
  name: 'export',
  usage: `sitrep export --format acled|ucdp|geojson|jsonl [filters] [--db PATH] > FILE

  acled     CSV in ACLED's column layout (event_id_cnty ... timestamp); fatalities is the most conservative
            figure (the low end of the sources' range); notes is a one-sentence summary; source lists the
            independent outlets
  ucdp      CSV in UCDP GED's layout: best/low/high deaths, where_prec and date_prec on UCDP's scales;
            Battles, Explosions/Remote violence and Violence against civilians only (UCDP's scope)
  geojson   a FeatureCollection: each incident with every report, event, claim and evidence sentence
  jsonl     the same records, one incident a line

Takes the same filters as sitrep events (--since, --country, --min-sources, ...; see sitrep events --help).

In the CSV layouts a text cell that starts with = + - @, TAB or CR gets a ' in front, so that a
spreadsheet shows it as text instead of running it as a formula (OWASP's advice on CSV injection);
numbers (latitude, longitude, figures) are never changed.

Options:
  --raw-csv          write text cells exactly as stored (for programs, not spreadsheets)
${DB_HELP}`,
  options: { ...eventsCommand.options, format: { type: 'string' }, 'raw-csv': { type: 'boolean', default: false } },
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliError(`export takes no arguments (got "${positionals[0]}")`, 'E_USAGE');
    const format = values.format as string | undefined;
    if (!format || !FORMATS.includes(format)) throw new CliError(`export needs --format ${FORMATS.join('|')}`, 'E_USAGE');
    const filter = parseFilter(values);
    const store = await openForCli(values, true);
    try {
      const incidents = await store.queryIncidents(filter);
      const dossiers = dossiersOf(store, incidents.map((i) => i.id));
      const out = io.stdout;
      const csv = { raw: Boolean(values['raw-csv']) };
      if (format === 'acled') {
        await writeOut(out, csvRow([...ACLED_COLUMNS], csv));
        for await (const d of dossiers) await writeOut(out, csvRow(acledRow(d), csv));
      } else if (format === 'ucdp') {
        await writeOut(out, csvRow([...UCDP_COLUMNS], csv));
        for await (const d of dossiers) if (inUcdp(d)) await writeOut(out, csvRow(ucdpRow(d), csv));
      } else if (format === 'jsonl') {
        for await (const d of dossiers) await writeOut(out, JSON.stringify(incidentRecord(d)) + '\n');
      } else {
        await writeFeatureCollection(out, (async function* () { for await (const d of dossiers) yield geoFeature(d.incident, incidentRecord(d)); })());
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};

async function* dossiersOf(store: Store, ids: number[]): AsyncGenerator<Dossier> {
  for (const id of ids) {
    const d = await store.dossier(id);
    if (d) yield d;
  }
}
