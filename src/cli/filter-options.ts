// The incident filters as command-line options (sitrep events, sitrep export): the grammar's parameters
// (src/filters/grammar.ts) under their own names, read by the grammar, refused in its words.
import type { IncidentFilter } from '../store/store.js';
import { cliName, FilterError, FILTERS, limitParam, readQuery, SORT, type ParamDef } from '../filters/grammar.js';
import { CliError, type OptionGroup } from './command.js';

/** The command line prints whatever it is asked for: no page cap, only a sane bound. */
const CLI_FILTERS: readonly ParamDef[] = [...FILTERS, SORT, limitParam(1_000_000_000)];

export const FILTER_GROUP: OptionGroup = {
  title: 'Filters (all must hold)',
  options: Object.fromEntries(CLI_FILTERS.map((d) => [d.name, d.flag ? { type: 'boolean' as const, help: d.help } : { type: 'string' as const, arg: d.arg, help: d.help }])),
};

export function parseFilter(values: Record<string, unknown>): IncidentFilter {
  const raw: Record<string, string | undefined> = {};
  for (const d of CLI_FILTERS) if (values[d.name] !== undefined) raw[d.name] = String(values[d.name]);
  try {
    return readQuery(raw, CLI_FILTERS, cliName);
  } catch (err) {
    if (err instanceof FilterError) throw new CliError(err.message, 'E_USAGE');
    throw err;
  }
}
