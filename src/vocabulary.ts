// The closed vocabularies of sitrep's output, as values: src/types.ts declares them as types, and this
// is their one list at run time (the filter grammar, the API's OpenAPI document, the exports and the
// tests read them here; docs/extraction.schema.json repeats them for readers outside the code, and
// test/schema.test.ts keeps it equal to these lists). The compile-time checks below fail when a type
// gains a member the list lacks.
import type { EventStatus, EventType, SourceKind, Stance } from './types.js';
import { SUB_EVENTS } from './lexicon/sub-events.js';

/** ACLED's six event types, in the codebook's order. */
export const EVENT_TYPES = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
] as const satisfies readonly EventType[];

/** ACLED's sub-event types (the reader's table in src/lexicon/sub-events.ts), each with its event type. */
export const SUB_EVENT_TYPES: readonly { subEventType: string; eventType: EventType }[] =
  SUB_EVENTS.map(({ subEventType, eventType }) => ({ subEventType, eventType }));

/** An incident's status as to its acting party (docs/extraction.md). */
export const STATUSES = ['alleged', 'acknowledged', 'denied', 'unclaimed'] as const satisfies readonly EventStatus[];

export const STANCES = ['asserts', 'denies', 'declines_comment', 'disputes'] as const satisfies readonly Stance[];

export const SOURCE_KINDS = [
  'state_media', 'government', 'military', 'monitor', 'news_agency', 'analyst', 'anonymous', 'witness', 'other',
] as const satisfies readonly SourceKind[];

// Every member of each type is in its list (a missing one makes `never` of the right-hand side).
type Complete<T, L extends readonly unknown[]> = [Exclude<T, L[number]>] extends [never] ? true : never;
const complete: [Complete<EventType, typeof EVENT_TYPES>, Complete<EventStatus, typeof STATUSES>,
  Complete<Stance, typeof STANCES>, Complete<SourceKind, typeof SOURCE_KINDS>] = [true, true, true, true];
void complete;
