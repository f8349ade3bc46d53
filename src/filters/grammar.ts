// One grammar for the incident filters. `sitrep events` and `sitrep export` take them as options, the
// API's /api/incidents and /api/export as query parameters; both parse them here, the OpenAPI document
// describes them from here and the CLI's help lists them from here. So the two front ends accept the
// same values, refuse the same ones in the same words (a wrong value is named, with the valid ones
// listed), and a filter added here reaches all four.
import { checkDay } from '../io/dates.js';
import { REVIEW_FILTERS, type IncidentFilter, type IncidentSort, type ReviewFilter } from '../store/store.js';
import type { EventStatus, EventType } from '../types.js';
import { EVENT_TYPES, STATUSES, SUB_EVENT_TYPES } from '../vocabulary.js';

/** How a front end names a parameter in its messages: `--sub-type` on the command line, `parameter "sub-type"` in the API. */
export type Namer = (name: string) => string;
export const cliName: Namer = (name) => `--${name}`;
export const apiName: Namer = (name) => `parameter "${name}"`;

/** A filter's value refused: the message names the parameter as the front end does. */
export class FilterError extends Error {
  constructor(readonly param: string, message: string) {
    super(message);
  }
}

/** One parameter: its name (the CLI option and the query parameter alike), how it is shown and read. */
export interface ParamDef {
  name: string;
  /** The value's placeholder in help and OpenAPI descriptions. */
  arg: string;
  help: string;
  /** JSON Schema of the raw value (the OpenAPI document's parameter schema). */
  schema: Record<string, unknown>;
  /** Reads the raw value into the query, or throws FilterError. */
  read(raw: string, q: IncidentFilter, say: Namer): void;
  /** A yes/no filter: a bare flag on the command line (`--reviewed`), `true` or `false` in the API. */
  flag?: boolean;
}

export const SORT_KEYS: readonly IncidentSort[] = ['-date', 'date', '-fatalities', 'fatalities', '-sources', 'sources', 'priority'];
/** Text filters are at most this long (a name or a few words; a longer value is a mistake or an attack). */
export const MAX_TEXT = 200;
/** The radius of `near` is at most half the Earth's circumference. */
export const MAX_KM = 20_000;
export const MAX_SOURCES = 10_000;

const shown = (raw: string): string => JSON.stringify(raw.length > 60 ? raw.slice(0, 60) + '…' : raw);
const fail = (say: Namer, name: string, problem: string): never => {
  throw new FilterError(name, `${say(name)} ${problem}`);
};
const mustBe = (say: Namer, name: string, expected: string, raw: string): never => fail(say, name, `must be ${expected}, got ${shown(raw)}`);

/** A calendar date YYYY-MM-DD that exists (2024-02-30 does not), in the years sitrep takes: the one
 * check every date entering sitrep passes (src/io/dates.ts), on the plain day form. */
export function isCalendarDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && checkDay(s).ok;
}

function date(name: string, key: 'since' | 'until', help: string): ParamDef {
  return {
    name, arg: 'DATE', help, schema: { type: 'string', format: 'date' },
    read(raw, q, say) {
      if (!isCalendarDate(raw.trim())) mustBe(say, name, 'a calendar date YYYY-MM-DD', raw);
      q[key] = raw.trim();
    },
  };
}

function text(name: string, key: 'actor' | 'source' | 'text', arg: string, help: string): ParamDef {
  return {
    name, arg, help, schema: { type: 'string', minLength: 1, maxLength: MAX_TEXT },
    read(raw, q, say) {
      const value = raw.trim();
      if (!value || value.length > MAX_TEXT) mustBe(say, name, `non-empty text of at most ${MAX_TEXT} characters`, raw);
      q[key] = value;
    },
  };
}

/** An integer in [min, max], written in digits. */
export function intValue(raw: string, name: string, min: number, max: number, say: Namer): number {
  const s = raw.trim();
  if (!/^\d{1,10}$/.test(s) || +s < min || +s > max) mustBe(say, name, `a whole number from ${min} to ${max}`, raw);
  return +s;
}

/** `count` comma-separated decimal numbers (no exponents, hex or empty parts). */
function numbers(raw: string, name: string, count: number, shape: string, say: Namer): number[] {
  const parts = raw.split(',');
  const values = parts.map((p) => (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  if (parts.length !== count || values.some((v) => !Number.isFinite(v))) mustBe(say, name, `${count} comma-separated numbers ${shape}`, raw);
  return values;
}

const foldKey = (s: string): string => s.trim().toLowerCase();
const EVENT_TYPE_BY_KEY = new Map<string, EventType>(EVENT_TYPES.map((t) => [foldKey(t), t]));
const SUB_TYPE_BY_KEY = new Map(SUB_EVENT_TYPES.map((s) => [foldKey(s.subEventType), s]));

export const FILTERS: readonly ParamDef[] = [
  date('since', 'since', 'incidents that end on or after DATE (YYYY-MM-DD)'),
  date('until', 'until', 'incidents that start on or before DATE'),
  {
    name: 'country', arg: 'CC', help: 'ISO 3166-1 alpha-2 country code (SY, UA, SD, ...)', schema: { type: 'string', pattern: '^[A-Za-z]{2}$' },
    read(raw, q, say) {
      if (!/^[A-Za-z]{2}$/.test(raw.trim())) mustBe(say, 'country', 'a two-letter ISO 3166-1 code such as UA', raw);
      q.country = raw.trim().toUpperCase();
    },
  },
  {
    name: 'type', arg: 'TYPE', help: `ACLED event type: ${EVENT_TYPES.join(', ')}`, schema: { type: 'string', enum: EVENT_TYPES },
    read(raw, q, say) {
      const type = EVENT_TYPE_BY_KEY.get(foldKey(raw));
      if (type) { q.type = type; return; }
      const sub = SUB_TYPE_BY_KEY.get(foldKey(raw));
      if (sub) fail(say, 'type', `takes an event type; ${shown(sub.subEventType)} is a sub-event type (of ${sub.eventType}): filter by it with ${say('sub-type')}`);
      fail(say, 'type', `must be one of the ${EVENT_TYPES.length} event types: ${EVENT_TYPES.join(', ')}; got ${shown(raw)}`);
    },
  },
  {
    name: 'sub-type', arg: 'SUBTYPE', help: 'ACLED sub-event type ("Air/drone strike", "Armed clash", ...)',
    schema: { type: 'string', enum: SUB_EVENT_TYPES.map((s) => s.subEventType) },
    read(raw, q, say) {
      const sub = SUB_TYPE_BY_KEY.get(foldKey(raw));
      if (sub) { q.subType = sub.subEventType; return; }
      const type = EVENT_TYPE_BY_KEY.get(foldKey(raw));
      if (type) fail(say, 'sub-type', `takes a sub-event type; ${shown(type)} is an event type: filter by it with ${say('type')}`);
      fail(say, 'sub-type', `must be one of the ${SUB_EVENT_TYPES.length} sub-event types: ${SUB_EVENT_TYPES.map((s) => s.subEventType).join(', ')}; got ${shown(raw)}`);
    },
  },
  text('actor', 'actor', 'TEXT', 'an actor whose name contains TEXT (case-insensitive)'),
  {
    // The dyad chart's rows as a filter: whole names, as coded (actor1 is the side that acted).
    name: 'dyad', arg: 'ACTOR1|ACTOR2', help: 'incidents coded with ACTOR1 as actor1 and ACTOR2 as actor2 (whole names, case-insensitive)',
    schema: { type: 'string', minLength: 3, maxLength: 2 * MAX_TEXT + 1 },
    read(raw, q, say) {
      const parts = raw.split('|').map((s) => s.trim());
      if (parts.length !== 2 || parts.some((s) => !s || s.length > MAX_TEXT)) mustBe(say, 'dyad', `two actor names joined by "|" (each at most ${MAX_TEXT} characters)`, raw);
      q.dyad = { actor1: parts[0], actor2: parts[1] };
    },
  },
  text('source', 'source', 'TEXT', 'an outlet or a quoted source whose name contains TEXT'),
  {
    name: 'near', arg: 'LAT,LON,KM', help: `within KM kilometres (at most ${MAX_KM}) of a point`, schema: { type: 'string' },
    read(raw, q, say) {
      const [lat, lon, km] = numbers(raw, 'near', 3, 'LAT,LON,KM', say);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || !(km > 0 && km <= MAX_KM)) {
        fail(say, 'near', `needs LAT in [-90, 90], LON in [-180, 180] and KM in (0, ${MAX_KM}], got ${shown(raw)}`);
      }
      q.near = { lat, lon, km };
    },
  },
  {
    name: 'bbox', arg: 'W,S,E,N', help: 'inside a box: min lon, min lat, max lon, max lat (W > E crosses the antimeridian)', schema: { type: 'string' },
    read(raw, q, say) {
      const [minLon, minLat, maxLon, maxLat] = numbers(raw, 'bbox', 4, 'W,S,E,N', say);
      // W > E is a box across the antimeridian (170,-20,-170,-10: Fiji), which the stores answer.
      if (minLat > maxLat || [minLat, maxLat].some((y) => Math.abs(y) > 90) || [minLon, maxLon].some((x) => Math.abs(x) > 180)) {
        fail(say, 'bbox', `is W,S,E,N with S ≤ N, latitudes in [-90, 90] and longitudes in [-180, 180], got ${shown(raw)}`);
      }
      q.bbox = { minLon, minLat, maxLon, maxLat };
    },
  },
  text('text', 'text', 'WORDS', 'articles mentioning all the WORDS (full-text search)'),
  {
    name: 'min-sources', arg: 'N', help: 'told by at least N independent sources (wire copies count once)',
    schema: { type: 'integer', minimum: 1, maximum: MAX_SOURCES },
    // From 1: every incident has a source, so 0 would filter nothing and is refused as a likely slip.
    read(raw, q, say) { q.minSources = intValue(raw, 'min-sources', 1, MAX_SOURCES, say); },
  },
  {
    name: 'status', arg: 'STATUS', help: `status as to the acting party: ${STATUSES.join(', ')}`, schema: { type: 'string', enum: STATUSES },
    read(raw, q, say) {
      const status = STATUSES.find((s) => s === foldKey(raw));
      if (!status) fail(say, 'status', `must be one of ${STATUSES.join(', ')}; got ${shown(raw)}`);
      q.status = status as EventStatus;
    },
  },
  {
    name: 'reviewed', arg: 'true|false', flag: true,
    help: 'only incidents a person confirmed or corrected (false: only those nobody has reviewed)', schema: { type: 'boolean' },
    read(raw, q, say) {
      const v = foldKey(raw);
      if (v !== 'true' && v !== 'false') mustBe(say, 'reviewed', 'true or false', raw);
      setReview(q, v === 'true' ? 'reviewed' : 'unreviewed', say);
    },
  },
  {
    name: 'review', arg: 'STATE',
    help: 'by review: reviewed (confirmed or corrected), unreviewed, confirmed, corrected, rejected, flagged (new reports contradict a reviewed field), queue (unreviewed or flagged), all; by default every incident but the rejected',
    schema: { type: 'string', enum: REVIEW_FILTERS },
    read(raw, q, say) {
      const v = REVIEW_FILTERS.find((x) => x === foldKey(raw));
      if (!v) fail(say, 'review', `must be one of ${REVIEW_FILTERS.join(', ')}; got ${shown(raw)}`);
      setReview(q, v as ReviewFilter, say);
    },
  },
];

function setReview(q: IncidentFilter, v: ReviewFilter, say: Namer): void {
  if (q.review && q.review !== v) fail(say, 'review', `and ${say('reviewed')} disagree (${q.review} and ${v}): give one`);
  q.review = v;
}

/** The order of the incidents: one of SORT_KEYS ("-" descends; ties go by id). */
export const SORT: ParamDef = {
  name: 'sort', arg: 'KEY', help: `order: ${SORT_KEYS.join(', ')} ("-" descends; priority: the review queue's order, most at stake first)`, schema: { type: 'string', enum: SORT_KEYS },
  read(raw, q, say) {
    const key = SORT_KEYS.find((k) => k === raw.trim());
    if (!key) fail(say, 'sort', `must be one of ${SORT_KEYS.join(', ')}; got ${shown(raw)}`);
    q.sort = key;
  },
};

/** At most N incidents (the API caps a page at `max`). */
export function limitParam(max: number, help = 'at most N incidents'): ParamDef {
  return {
    name: 'limit', arg: 'N', help, schema: { type: 'integer', minimum: 1, maximum: max },
    read(raw, q, say) { q.limit = intValue(raw, 'limit', 1, max, say); },
  };
}

/** Rows skipped before the page (the API bounds it: a deep offset reads every row before it). */
export function offsetParam(max: number): ParamDef {
  return {
    name: 'offset', arg: 'N', help: `incidents to skip (at most ${max})`, schema: { type: 'integer', minimum: 0, maximum: max },
    read(raw, q, say) { q.offset = intValue(raw, 'offset', 0, max, say); },
  };
}

/**
 * Reads the parameters present in `raw` (absent ones are undefined) with `defs`, then checks what holds
 * across them: the dates in order, a sub-event type under its event type.
 */
export function readQuery(raw: Record<string, string | undefined>, defs: readonly ParamDef[], say: Namer): IncidentFilter {
  const q: IncidentFilter = {};
  for (const def of defs) {
    const value = raw[def.name];
    if (value !== undefined) def.read(value, q, say);
  }
  if (q.since && q.until && q.since > q.until) fail(say, 'until', `must be on or after ${say('since')} (${q.since}), got ${shown(q.until)}`);
  if (q.type && q.subType) {
    const of = SUB_TYPE_BY_KEY.get(foldKey(q.subType))!.eventType;
    if (of !== q.type) fail(say, 'sub-type', `${shown(q.subType)} is a sub-event type of ${of}, not of ${q.type}`);
  }
  return q;
}

/** The names a front end accepts: an unknown one is refused with these listed. */
export const names = (defs: readonly ParamDef[]): string[] => defs.map((d) => d.name);
