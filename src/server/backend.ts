// What the HTTP routes need from storage, in the API's own shapes. `store-backend.ts` implements it
// over the Store interface (src/store/store.ts); tests may implement it over anything.
import type { ArticleInput } from '../types.js';
import type { IncidentFilter, IncidentSort } from '../store/store.js';
import type { ExportFormat } from '../export/stream.js';
import type { ApiArticle, ApiIncident, ApiWatchedSource, IncidentDetail, IngestResult } from './shapes.js';

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
  article(id: number): Promise<ApiArticle | null>;
  ingest(items: ArticleInput[]): Promise<IngestResult>;
  /** The export as chunks of text, streamed to the client. */
  exportIncidents(format: ExportFormat, q: Omit<IncidentQuery, 'sort' | 'limit' | 'offset'>): AsyncIterable<string>;
  stats(): Promise<Record<string, number>>;
  /** The sources `sitrep watch` watches, with their health. */
  sources(): Promise<ApiWatchedSource[]>;
  close(): Promise<void>;
}
