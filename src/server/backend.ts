// What the HTTP routes need from storage, in the API's own shapes. `store-backend.ts` implements it
// over the Store interface (src/store/store.ts); tests may implement it over anything.
import type { ArticleInput, ExtractionResult } from '../types.js';
import type { ActorStats, IncidentFilter, IncidentSort, TimeBucket, TimeRow } from '../store/store.js';
import type { ExportFormat } from '../export/stream.js';
import type { ApiArticle, ApiIncident, ApiReviewRecord, ApiWatchedSource, IncidentDetail, IngestResult } from './shapes.js';
import type { ReviewBody } from './review-input.js';
import type { PlaceCount, PlaceGrouping } from '../store/place-counts.js';

export interface StoredOutcome { status: 'new' | 'duplicate'; articleId: number; incidents: number[] }

export type SortKey = IncidentSort;
// The lists live with the filter grammar and the exports; re-exported for the routes.
export { SORT_KEYS } from '../filters/grammar.js';
export { EXPORT_FORMATS, type ExportFormat } from '../export/stream.js';

/** The filters of `sitrep events` (src/filters/grammar.ts), with the order and page always set. */
export interface IncidentQuery extends Omit<IncidentFilter, 'sort' | 'limit' | 'offset'> {
  sort: SortKey;
  limit: number;
  offset: number;
}

export interface Backend {
  /** One page of incidents in the query's order; `limit + 1` rows may be asked to learn if more follow. */
  listIncidents(q: IncidentQuery): Promise<ApiIncident[]>;
  incident(id: number): Promise<IncidentDetail | null>;
  /** Where an incident id merged away went (src/store/merged-into.ts): asked only when `incident` found none. */
  mergedInto?(id: number): Promise<{ id: number; via: number[] } | null>;
  article(id: number): Promise<ApiArticle | null>;
  /**
   * The stored article an input is known as before reading it (same URL, or for plain text the same
   * normalised text): re-sent articles are not read again. Null when it may be new.
   */
  known(input: ArticleInput): Promise<number | null>;
  /** Stores one read article in a transaction of its own: 'new', or 'duplicate' when stored meanwhile. */
  store(input: ArticleInput, read: ExtractionResult & { text?: string }): Promise<StoredOutcome>;
  /** A person's review actions on an incident (src/review): throws ApiError 400/404/409 when refused. */
  review(id: number, body: ReviewBody): Promise<{ incident: ApiIncident; reviews: ApiReviewRecord[] }>;
  /** The export as chunks of text, streamed to the client. */
  exportIncidents(format: ExportFormat, q: Omit<IncidentQuery, 'sort' | 'limit' | 'offset'>, csv?: { raw?: boolean }): AsyncIterable<string>;
  /** Incidents and fatalities per country or admin-1 area under the filters (GET /api/stats/places). */
  placeCounts(by: PlaceGrouping, q: Omit<IncidentQuery, 'sort' | 'limit' | 'offset'>): Promise<PlaceCount[]>;
  stats(): Promise<Record<string, number>>;
  /** The charts' counts under the filters (src/store/stats-sql.ts). */
  statsTime(q: Omit<IncidentQuery, 'sort' | 'limit' | 'offset'>, bucket: TimeBucket): Promise<TimeRow[]>;
  statsActors(q: Omit<IncidentQuery, 'sort' | 'limit' | 'offset'>, limit: number): Promise<ActorStats>;
  /** The sources `sitrep watch` watches, with their health. */
  sources(): Promise<ApiWatchedSource[]>;
  close(): Promise<void>;
}
