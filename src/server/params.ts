// Query parameters of /api/incidents and /api/export, read strictly: an unknown name or a bad value
// is a 400 naming the parameter, never a silently ignored filter.
import type { EventStatus, EventType } from '../types.js';
import { ApiError } from './errors.js';
import { checkDay, MAX_YEAR, MIN_YEAR } from '../io/dates.js';
import { SORT_KEYS, type IncidentQuery, type SortKey } from './backend.js';

// Offsets are bounded: a page at offset N reads N rows before it, so deep pages must not cost a scan.
export const PAGE = { defaultLimit: 100, maxLimit: 500, maxOffset: 10_000 } as const;

export const EVENT_TYPES: readonly EventType[] = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
];
export const STATUSES: readonly EventStatus[] = ['alleged', 'acknowledged', 'denied', 'unclaimed'];

const FILTERS = ['since', 'until', 'country', 'type', 'sub-type', 'actor', 'source', 'near', 'bbox', 'text', 'min-sources', 'status'];
const PAGING = ['sort', 'limit', 'offset'];
const MAX_TEXT = 200;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Params = Record<string, string>;

export function parseIncidentQuery(params: Params): IncidentQuery {
  refuseUnknown(params, [...FILTERS, ...PAGING]);
  const q: IncidentQuery = { ...parseFilters(params), sort: '-date', limit: PAGE.defaultLimit, offset: 0 };
  if (params.sort !== undefined) {
    if (!SORT_KEYS.includes(params.sort as SortKey)) bad('sort', `one of ${SORT_KEYS.join(', ')}`);
    q.sort = params.sort as SortKey;
  }
  if (params.limit !== undefined) q.limit = int(params, 'limit', 1, PAGE.maxLimit);
  if (params.offset !== undefined) q.offset = int(params, 'offset', 0, PAGE.maxOffset);
  return q;
}

/** The filters alone (export takes them with `format`). */
export function parseFilters(params: Params, extra: string[] = []): Omit<IncidentQuery, 'sort' | 'limit' | 'offset'> {
  if (extra.length) refuseUnknown(params, [...FILTERS, ...extra]);
  const f: Omit<IncidentQuery, 'sort' | 'limit' | 'offset'> = {};
  if (params.since !== undefined) f.since = date(params, 'since');
  if (params.until !== undefined) f.until = date(params, 'until');
  if (f.since && f.until && f.since > f.until) bad('until', 'a date on or after since');
  if (params.country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(params.country)) bad('country', 'an ISO 3166-1 alpha-2 code such as UA');
    f.country = params.country.toUpperCase();
  }
  if (params.type !== undefined) {
    const type = EVENT_TYPES.find((t) => t.toLowerCase() === params.type.toLowerCase());
    if (!type) bad('type', `one of ${EVENT_TYPES.join(', ')}`);
    f.type = type;
  }
  if (params['sub-type'] !== undefined) f.subType = text(params, 'sub-type');
  if (params.actor !== undefined) f.actor = text(params, 'actor');
  if (params.source !== undefined) f.source = text(params, 'source');
  if (params.text !== undefined) f.text = text(params, 'text');
  if (params.near !== undefined) {
    const [lat, lon, km] = numbers(params, 'near', 3, 'LAT,LON,KM');
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || !(km > 0 && km <= 20000)) bad('near', 'LAT in [-90,90], LON in [-180,180], KM in (0,20000]');
    f.near = { lat, lon, km };
  }
  if (params.bbox !== undefined) {
    const [minLon, minLat, maxLon, maxLat] = numbers(params, 'bbox', 4, 'MINLON,MINLAT,MAXLON,MAXLAT');
    const inRange = [minLon, maxLon].every((x) => Math.abs(x) <= 180) && [minLat, maxLat].every((y) => Math.abs(y) <= 90);
    if (!inRange || minLat > maxLat || minLon > maxLon) bad('bbox', 'MINLON,MINLAT,MAXLON,MAXLAT within the globe, min before max');
    f.bbox = { minLon, minLat, maxLon, maxLat };
  }
  if (params['min-sources'] !== undefined) f.minSources = int(params, 'min-sources', 1, 10000);
  if (params.status !== undefined) {
    if (!STATUSES.includes(params.status as EventStatus)) bad('status', `one of ${STATUSES.join(', ')}`);
    f.status = params.status as EventStatus;
  }
  return f;
}

/** A positive integer path parameter (incident and article ids). */
export function parseId(raw: string, what: string): number {
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw new ApiError(400, 'E_BAD_PARAM', `${what} id must be a positive integer, got "${raw.slice(0, 40)}"`);
  return Number(raw);
}

function refuseUnknown(params: Params, known: string[]): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) throw new ApiError(400, 'E_UNKNOWN_PARAM', `unknown parameter "${name.slice(0, 40)}"; known: ${known.join(', ')}`);
  }
}

function bad(name: string, expected: string): never {
  throw new ApiError(400, 'E_BAD_PARAM', `parameter "${name}" must be ${expected}`);
}

function date(params: Params, name: string): string {
  // The one check every date entering sitrep passes (src/io/dates.ts), here on the plain YYYY-MM-DD form.
  const day = DATE.test(params[name]) ? checkDay(params[name]) : null;
  if (!day?.ok) bad(name, `a calendar date YYYY-MM-DD, year ${MIN_YEAR}-${MAX_YEAR}`);
  return day.value;
}

function int(params: Params, name: string, min: number, max: number): number {
  const raw = params[name];
  if (!/^\d{1,10}$/.test(raw) || +raw < min || +raw > max) bad(name, `an integer from ${min} to ${max}`);
  return +raw;
}

function text(params: Params, name: string): string {
  const value = params[name].trim();
  if (!value || value.length > MAX_TEXT) bad(name, `non-empty text of at most ${MAX_TEXT} characters`);
  return value;
}

function numbers(params: Params, name: string, count: number, shape: string): number[] {
  const parts = params[name].split(',');
  const values = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  if (parts.length !== count || values.some((v) => !Number.isFinite(v))) bad(name, shape);
  return values;
}
