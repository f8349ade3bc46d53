// sitrep export: every incident (or a filtered set) in ACLED's or UCDP GED's layout, GeoJSON or JSONL.
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from '../export/stream.js';
import { CliError, type Command } from './command.js';
import { FILTER_GROUP, parseFilter } from './filter-options.js';
import { DB_OPTION, openForCli } from './options.js';
import { writeOut } from './write.js';

export const exportCommand: Command = {
  name: 'export',
  usage: [`export --format ${EXPORT_FORMATS.join('|')} [filters] [--db PATH] > FILE`],
  about: `Writes the incidents (all of them, or those the filters keep) in one of four layouts:
  acled     CSV in ACLED's column layout (event_id_cnty ... timestamp); fatalities is the most conservative
            figure (the low end of the sources' range); notes is a one-sentence summary; source lists the
            independent outlets
  ucdp      CSV in UCDP GED's layout: best/low/high deaths, where_prec and date_prec on UCDP's scales, the
            source articles, outlets, dates, headlines and original sources; Battles, Explosions/Remote
            violence and Violence against civilians only (UCDP's scope)
  geojson   a FeatureCollection: each incident with every report, event, claim and evidence sentence
  jsonl     the same records, one incident a line

In the CSV layouts a text cell that starts with = + - @, TAB or CR gets a ' in front, so that a
spreadsheet shows it as text instead of running it as a formula (OWASP's advice on CSV injection);
numbers (latitude, longitude, figures) are never changed.`,
  options: [
    { title: 'Options', options: { format: { type: 'string', arg: 'FMT', help: `the layout: ${EXPORT_FORMATS.join(', ')} (required)` },
      'raw-csv': { type: 'boolean', help: 'write text cells exactly as stored (for programs, not spreadsheets)', default: false },
      ...DB_OPTION } },
    FILTER_GROUP,
  ],
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliError(`export takes no arguments (got "${positionals[0]}")`, 'E_USAGE');
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) {
      throw new CliError(`export needs --format, one of ${EXPORT_FORMATS.join(', ')}${format ? `; got "${format}"` : ''}`, 'E_USAGE');
    }
    const filter = parseFilter(values);
    const store = await openForCli(values, true);
    try {
      for await (const chunk of exportChunks(store, format, filter, { raw: Boolean(values['raw-csv']) })) await writeOut(io.stdout, chunk);
    } finally {
      await store.close();
    }
    return 0;
  },
};
