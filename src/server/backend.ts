// What the HTTP routes need from storage, in the API's own shapes. `store-backend.ts` implements it
// over the Store interface (src/store/store.ts); tests may implement it over anything.
import type { ArticleInput, EventStatus, ExtractionResult } from '../types.js';
import type { IncidentSort } from '../store/store.js';
import type { ApiArticle, ApiIncident, IncidentDetail } from './shapes.js';

export interface StoredOutcome { status: 'new' | 'duplicate'; articleId: number; incidents: number[] }

export type SortKey = IncidentSort;
export const SORT_KEYS: readonly SortKey[] = ['-date', 'date', '-fatalities', 'fatalities', '-sources', 'sources'];

/** The filters of `sitrep events`, plus bbox, paging and order. */
export interface IncidentQuery {
  since?: string;
  until?: string;
  country?: string;
  type?: string;
  subType?: string;
  actor?: string;
  source?: string;
  near?: { lat: number; lon: number; km: number };
  bbox?: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  text?: string;
  minSources?: number;
  status?: EventStatus;
  sort: SortKey;
  limit: number;
  offset: number;
}

export type ExportFormat = 'acled' | 'ucdp' | 'geojson' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['acled', 'ucdp', 'geojson', 'jsonl'];

export interface Backend {
  /** One page of incidents in the query's order; `limit + 1` rows may be asked to learn if more follow. */
  listIncidents(q: IncidentQuery): Promise<ApiIncident[]>;
  incident(id: number): Promise<IncidentDetail | null>;
  article(id: number): Promise<ApiArticle | null>;
  /**
   * The stored article an input is known as before reading it (same URL, or for plain text the same
   * normalised text): re-sent articles are not read again. Null when it may be new.
   */
  known(input: ArticleInput): Promise<number | null>;
  /** Stores one read article in a transaction of its own: 'new', or 'duplicate' when stored meanwhile. */
  store(input: ArticleInput, read: ExtractionResult & { text?: string }): Promise<StoredOutcome>;
  /** The export as chunks of text, streamed to the client. */
  exportIncidents(format: ExportFormat, q: Omit<IncidentQuery, 'sort' | 'limit' | 'offset'>, csv?: { raw?: boolean }): AsyncIterable<string>;
  stats(): Promise<Record<string, number>>;
  close(): Promise<void>;
}
