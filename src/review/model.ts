// A person's review of an incident, as data: its state, the fields a person set (locked: fusion never
// writes them again), what fusion last read for those fields (so a reversal restores it, and a new
// reading that moves away from the person's value raises a flag), the flags, and whether a person fixed
// the incident's membership (a merge or a split fusion must not undo). Pure: no store, no I/O.
import type { EventStatus, Figure, Place } from '../types.js';
import type { IncidentFields } from '../store/store.js';
import { summarize } from '../fuse/summary.js';
import { PLACE_RADIUS_KM } from '../fuse/match.js';
import { distanceKm } from '../geo.js';

export const REVIEW_STATES = ['unreviewed', 'confirmed', 'corrected', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * The fields a person can set, each the group of incident fields it writes together: a place is its
 * coordinates, precision, country, admin-1 and name at once; a date its start, end and precision.
 */
export const FIELD_GROUPS = {
  eventType: ['eventType'],
  subEventType: ['subEventType'],
  date: ['dateStart', 'dateEnd', 'datePrecision'],
  location: ['location', 'lat', 'lon', 'geoPrecision', 'country', 'admin1', 'locationName'],
  actor1: ['actor1'],
  actor2: ['actor2'],
  fatalities: ['fatalities', 'fatalityBasis'],
  injuries: ['injuries', 'injuryBasis'],
  status: ['status'],
} as const satisfies Record<string, readonly (keyof IncidentFields)[]>;
export type ReviewField = keyof typeof FIELD_GROUPS;
export const REVIEW_FIELDS = Object.keys(FIELD_GROUPS) as ReviewField[];

/** A field's value as a person sets it (and as the review record keeps its old and new value). */
export type FieldValue = Partial<IncidentFields>;

export interface IncidentReview {
  state: ReviewState;
  /** The fields a person set, each with the values of its group. */
  locked: Partial<Record<ReviewField, FieldValue>>;
  /** Fusion's own reading of each locked field, kept up to date as reports come in. */
  machine: Partial<Record<ReviewField, FieldValue>>;
  /** Why the incident wants another look (new reports contradict a reviewed field, ...); cleared by the next review. */
  flags: string[];
  /** A person merged or split this incident: fusion neither merges it with another nor splits it. */
  pinned: boolean;
  notes: number;
  /** The incident's article count when a person last reviewed it (a rejected one is looked at again when reports join). */
  articles?: number;
  by: string | null;
  at: string | null;
}

export const NEW_REVIEW: IncidentReview = { state: 'unreviewed', locked: {}, machine: {}, flags: [], pinned: false, notes: 0, by: null, at: null };

export function parseReview(json: string | null | undefined): IncidentReview {
  return json ? { ...NEW_REVIEW, ...(JSON.parse(json) as Partial<IncidentReview>) } : { ...NEW_REVIEW, locked: {}, machine: {}, flags: [] };
}

/** Fusion never touches an incident's membership once a person decided anything about it. */
export const isHeld = (r: IncidentReview): boolean => r.pinned || r.state !== 'unreviewed' || Object.keys(r.locked).length > 0;
/** Checked by a person and kept (not rejected). */
export const isReviewed = (r: IncidentReview): boolean => r.state === 'confirmed' || r.state === 'corrected';

export function pick(fields: IncidentFields, field: ReviewField): FieldValue {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_GROUPS[field]) out[k] = fields[k];
  return out as FieldValue;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What an incident shows, from fusion's reading and the review: every locked field is the person's value.
 * Returns the fields to store and the review with fusion's reading of the locked fields brought up to date;
 * when that reading moved since the last write and no longer agrees with the person's value, the review is
 * flagged: new reports contradict what a person decided (ACLED's practice: a coder re-checks an event when
 * new sources disagree, rather than the newest source overwriting it).
 */
export function overlay(machine: IncidentFields, review: IncidentReview, previous?: IncidentReview): { fields: IncidentFields; review: IncidentReview } {
  const fields = { ...machine };
  const next: IncidentReview = { ...review, machine: {}, flags: [...review.flags] };
  for (const field of Object.keys(review.locked) as ReviewField[]) {
    const read = pick(machine, field);
    next.machine[field] = read;
    const before = (previous ?? review).machine[field];
    const mine = review.locked[field]!;
    if (before && !same(before, read) && !agrees(field, mine, read)) {
      const flag = `new reports read ${field} as ${describeValue(field, read)}; reviewed as ${describeValue(field, mine)}`;
      if (!next.flags.includes(flag)) next.flags.push(flag);
    }
    Object.assign(fields, mine);
  }
  if (Object.keys(review.locked).length) fields.summary = summarize(fields);
  return { fields, review: next };
}

/** Does fusion's new reading fit the person's value (a toll within the person's range, the same place)? */
function agrees(field: ReviewField, mine: FieldValue, read: FieldValue): boolean {
  if (field === 'fatalities' || field === 'injuries') {
    const m = mine[field];
    const r = read[field];
    return !r || (!!m && r.best >= m.low && r.best <= m.high);
  }
  if (field === 'location') {
    // The same gazetteer entry, or a reading within how far the person's place may be for its precision.
    if (read.lat == null || read.lon == null) return true;
    if (mine.location?.geonameid != null && mine.location.geonameid === read.location?.geonameid) return true;
    return mine.lat != null && mine.lon != null && distanceKm(mine.lat, mine.lon, read.lat, read.lon) <= PLACE_RADIUS_KM[mine.geoPrecision ?? 1];
  }
  if (field === 'date') return !read.dateStart || (read.dateStart >= (mine.dateStart ?? '') && read.dateStart <= (mine.dateEnd ?? mine.dateStart ?? ''));
  if (field === 'actor1' || field === 'actor2') return !read[field] || (read[field] ?? '').toLowerCase() === (mine[field] ?? '').toLowerCase();
  return same(pick(read as IncidentFields, field), pick(mine as IncidentFields, field));
}

/** A field's value in a few words, for flags and the history. */
export function describeValue(field: ReviewField, v: FieldValue | null | undefined): string {
  if (!v) return '(fusion\'s reading)';
  switch (field) {
    case 'date': return v.dateStart ? `${v.dateStart}${v.dateEnd && v.dateEnd !== v.dateStart ? `..${v.dateEnd}` : ''} (precision ${v.datePrecision})` : 'no date';
    case 'location': return v.location ? `${v.locationName ?? v.location.name ?? '?'} (${v.lat}, ${v.lon}; precision ${v.geoPrecision})` : 'no place';
    case 'fatalities': return v.fatalities ? figure(v.fatalities) : 'no figure';
    case 'injuries': return v.injuries ? figure(v.injuries) : 'no figure';
    default: return String((v as Record<string, unknown>)[FIELD_GROUPS[field][0]] ?? 'none');
  }
}

const figure = (f: Figure): string => (f.low === f.high ? String(f.best) : `${f.low}-${f.best}-${f.high}`);

/**
 * Where an incident stands in the review queue: flagged ones first, then by what is at stake and what is
 * least sure — the toll, how many independent sources, contradictions between them, and a vague reading
 * (region-level place, a month's date, no named actor, a wide toll range). Higher comes first.
 */
export function reviewPriority(f: IncidentFields, r: IncidentReview): number {
  let p = r.flags.length ? 1000 : 0;
  if (r.state !== 'unreviewed' && !r.flags.length) return -1;
  p += 10 * Math.log2(1 + (f.fatalities?.best ?? 0));
  p += 5 * Math.min(f.sources, 10);
  p += 8 * Math.min(f.contradictions.length, 5);
  if (f.geoPrecision == null || f.geoPrecision === 3) p += 6;
  if (f.datePrecision === 3) p += 4;
  if (!f.actor1) p += 4;
  if (f.fatalities && f.fatalities.high > 2 * Math.max(1, f.fatalities.low)) p += 4;
  return Math.round(p * 100) / 100;
}

export type { EventStatus, Place };
