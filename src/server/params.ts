// Query parameters of /api/incidents and /api/export, read strictly by the filter grammar that
// `sitrep events` reads its options with (src/filters/grammar.ts): an unknown name or a bad value is a
// 400 naming the parameter, in the words the command line uses, never a silently ignored filter.
import { apiName, FilterError, FILTERS, limitParam, names, offsetParam, readQuery, SORT, type ParamDef } from '../filters/grammar.js';
import { ApiError } from './errors.js';
import type { IncidentQuery } from './backend.js';

// Offsets are bounded: a page at offset N reads N rows before it, so deep pages must not cost a scan.
export const PAGE = { defaultLimit: 100, maxLimit: 500, maxOffset: 10_000 } as const;

/** The parameters of /api/incidents: the filters, then the order and the page. */
export const INCIDENT_PARAMS: readonly ParamDef[] = [
  ...FILTERS, SORT, limitParam(PAGE.maxLimit, 'page size'), offsetParam(PAGE.maxOffset),
];

type Params = Record<string, string>;

export function parseIncidentQuery(params: Params): IncidentQuery {
  refuseUnknown(params, names(INCIDENT_PARAMS));
  const q = read(params, INCIDENT_PARAMS);
  return { ...q, sort: q.sort ?? '-date', limit: q.limit ?? PAGE.defaultLimit, offset: q.offset ?? 0 };
}

/** The filters alone (export takes them with the `extra` parameters, read by its route). */
export function parseFilters(params: Params, extra: string[] = []): Omit<IncidentQuery, 'sort' | 'limit' | 'offset'> {
  refuseUnknown(params, [...names(FILTERS), ...extra]);
  return read(params, FILTERS);
}

/** A positive integer path parameter (incident and article ids). */
export function parseId(raw: string, what: string): number {
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw new ApiError(400, 'E_BAD_PARAM', `${what} id must be a positive integer, got "${raw.slice(0, 40)}"`);
  return Number(raw);
}

function read(params: Params, defs: readonly ParamDef[]): ReturnType<typeof readQuery> {
  try {
    return readQuery(params, defs, apiName);
  } catch (err) {
    if (err instanceof FilterError) throw new ApiError(400, 'E_BAD_PARAM', err.message);
    throw err;
  }
}

function refuseUnknown(params: Params, known: string[]): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) throw new ApiError(400, 'E_UNKNOWN_PARAM', `unknown parameter "${name.slice(0, 40)}"; known: ${known.join(', ')}`);
  }
}
