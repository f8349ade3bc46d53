// The shapes the HTTP API answers with. They are the API's own contract (documented in openapi.ts),
// mapped from the store's types in backend code, so the store can change without breaking clients.
import type { EventStatus, Figure, SourceKind, Span, Stance, WhyField } from '../types.js';

export interface ApiIncident {
  id: number;
  eventType: string;
  subEventType: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: 1 | 2 | 3;
  lat: number | null;
  lon: number | null;
  geoPrecision: 1 | 2 | 3 | null;
  country: string | null;
  admin1: string | null;
  location: string | null;
  actor1: string | null;
  actor2: string | null;
  assocActors: string[];
  fatalities: Figure | null;
  /** The injured, as a range like the dead (ACLED's CSV has no column for it; every other output has). */
  injuries: Figure | null;
  status: EventStatus;
  /** Independent sources: syndicated copies of one wire story count once. */
  sources: number;
  articles: number;
  outlets: string[];
  contradictions: number;
  summary: string;
  /** Bumped by every change; a review names the version it read (a stale one gets 409). */
  version: number;
  review: ApiReview;
}

/** What people decided about an incident (src/review/model.ts). */
export interface ApiReview {
  state: 'unreviewed' | 'confirmed' | 'corrected' | 'rejected';
  /** Confirmed or corrected by a person. */
  reviewed: boolean;
  /** The fields a person set: fusion never overwrites them. */
  locked: string[];
  /** Why it wants another look (new reports contradict a reviewed field, ...). */
  flags: string[];
  /** A person merged or split it: fusion keeps its membership. */
  pinned: boolean;
  notes: number;
  by: string | null;
  at: string | null;
  /** Its place in the review queue (higher first; -1 once reviewed and not flagged). */
  priority: number;
}

/** One review action: who, when, what changed, why, the version it made, and whether it was reverted. */
export interface ApiReviewRecord {
  id: number;
  at: string;
  who: string;
  action: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  why: string | null;
  version: number;
  otherIncident: number | null;
  events: number[];
  reverts: number | null;
  revertedBy: number | null;
}

export interface IncidentPage {
  items: ApiIncident[];
  offset: number;
  limit: number;
  /** Offset of the next page, null on the last one. */
  next: number | null;
}

export interface ApiClaim {
  articleId: number;
  claimId: string;
  outlet: string | null;
  source: { name: string; text: string; kind: SourceKind };
  via: string | null;
  cue: string;
  stance: Stance;
  hedged: boolean;
  /** The claim's content, as the article wrote it. */
  quote: string;
}

export interface ApiFigureBasis {
  value: number;
  articleId: number;
  outlet: string | null;
  claimId: string | null;
  source: string | null;
}

export interface ApiSide {
  articleId: number;
  outlet: string | null;
  source: string | null;
  detail: string;
  quote: string | null;
}

export interface ApiContradiction {
  kind: string;
  asserts: ApiSide;
  disputes: ApiSide;
}

/** Which rules chose each coded field of an event: field → the rule ids, with the words each matched. */
export type ApiWhy = Partial<Record<WhyField, { rule: string; text: string | null }[]>>;

export interface ApiSource {
  articleId: number;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  /** The first copy of the wire story this article repeats; null when it is no copy. */
  copyOf: number | null;
  /** The sentences the incident was read from in this article. */
  evidence: (Span & { text: string })[];
  /** The article's events in this incident: `id` is what a split names; `why`, each coded field's rule ids
   * with the words they matched (docs/extraction.md, `why`). */
  events: { id: number; localId: string; subEventType: string; why: ApiWhy }[];
}

export interface ApiHistoryEntry {
  at: string;
  action: string;
  eventId: number | null;
  otherIncident: number | null;
  detail: string;
}

export interface IncidentDetail {
  incident: ApiIncident;
  claims: ApiClaim[];
  fatalities: { range: Figure | null; basis: { low: ApiFigureBasis; best: ApiFigureBasis; high: ApiFigureBasis } | null };
  injuries: { range: Figure | null; basis: { low: ApiFigureBasis; best: ApiFigureBasis; high: ApiFigureBasis } | null };
  sources: ApiSource[];
  contradictions: ApiContradiction[];
  history: ApiHistoryEntry[];
  /** Every review action, oldest first. */
  reviews: ApiReviewRecord[];
}

export interface ArticleSpans {
  places: (Span & { text: string; name: string | null; country: string | null; lat: number | null; lon: number | null })[];
  events: { id: string; eventType: string; subEventType: string; trigger: (Span & { text: string }) | null; evidence: Span[]; incidentId: number | null }[];
  claims: { id: string; source: Span & { name: string; kind: SourceKind }; cue: Span & { text: string }; content: Span; stance: Stance; hedged: boolean }[];
}

export interface ApiArticle extends ArticleSpans {
  id: number;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  ingested: string;
  text: string;
}

export interface IngestItemResult {
  index: number;
  key: string;
  status: 'new' | 'duplicate' | 'failed';
  articleId: number | null;
  incidents: number[];
  error?: { code: string; message: string };
}

export interface IngestResult {
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  items: IngestItemResult[];
}

/** A source `sitrep watch` watches, with its health (GET /api/sources). Times are ISO 8601, UTC. */
export interface ApiWatchedSource {
  id: number;
  url: string;
  /** rss, atom, jsonfeed, sitemap, page; null before the first poll. */
  kind: string | null;
  /** The feed a page advertised, polled in its place. */
  feedUrl: string | null;
  title: string | null;
  /** new (never polled), ok, not-modified, error. */
  status: string;
  httpStatus: number | null;
  lastFetch: string | null;
  lastOk: string | null;
  nextPoll: string | null;
  /** Items the last poll found new. */
  newItems: number;
  items: number;
  pending: number;
  done: number;
  failed: number;
  /** Failed polls in a row. */
  failures: number;
  error: { code: string; message: string } | null;
}

export interface SourceHealth {
  items: ApiWatchedSource[];
  summary: { sources: number; failing: number; pending: number };
}

/** One review action as the API takes it (POST /api/incidents/{id}/review): a set names a field and its value as text (null lifts the lock). */
export type RawAction =
  | { action: 'confirm' | 'reject' | 'note' }
  | { action: 'set'; field: string; value: string | null }
  | { action: 'merge'; incident: number }
  | { action: 'split'; events: number[] }
  | { action: 'revert'; review: number };

export interface ReviewBody { version: number; by: string; why: string | null; actions: RawAction[] }
