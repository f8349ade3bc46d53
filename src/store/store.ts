// The store: one interface that ingest, fusion, the CLI and (later) the HTTP API talk to.
// Every method is async so that a PostgreSQL adapter can implement it without touching callers;
// the SQLite adapter answers synchronously under the hood.
import type { Claim, ConflictEvent, EventStatus, ExtractionResult, Figure, Place } from '../types.js';
import type { WatchStore } from './watch.js';
import type { IncidentReview, ReviewField } from '../review/model.js';
import type { PlaceCount, PlaceGrouping } from './place-counts.js';

/** An article as it is stored (text already normalised: HTML reduced to its readable text). */
export interface NewArticle {
  key: string; // the caller's id (file path, JSONL id, feed link)
  url: string | null;
  textHash: string; // hash of the normalised text: the idempotency key when there is no URL
  title: string | null;
  outlet: string | null;
  published: string | null; // YYYY-MM-DD
  text: string;
  origin: string | null; // where it was read from (path, "stdin")
  /** BCP 47 tag when known (sitrep watch, sitrep ingest URL); an article not in English is stored unread. */
  language?: string | null;
}

export interface StoredArticle extends NewArticle {
  id: number;
  ingested: string; // ISO timestamp
  /** The first article of its syndication group (itself when it is no copy). */
  copyOf: number | null;
}

/** One event as one article told it, with what fusion needs from its article and claims. */
export interface MemberEvent {
  id: number;
  articleId: number;
  localId: string;
  incidentId: number | null;
  event: ConflictEvent;
  outlet: string | null;
  published: string | null;
  /**
   * Syndication group. From incidentMembers and saveExtraction: the first copy of the wire story as
   * recorded at ingest (the article itself if none), where fusion looks for a copy's incidents. In a
   * dossier, and wherever fusion describes an incident: the group among the incident's own articles
   * (fuse/copies.ts copyGroups), which does not depend on the order they were stored in.
   */
  group: number;
  claims: Claim[];
}

export interface FigureBasis {
  value: number;
  articleId: number;
  outlet: string | null;
  claimId: string | null; // the article-local claim id behind the figure, null when the outlet says it itself
  source: string | null; // who gave the figure
}

export interface Contradiction {
  kind: 'stance' | 'fatalities';
  asserts: { articleId: number; claimId: string | null; source: string | null; detail: string };
  disputes: { articleId: number; claimId: string | null; source: string | null; detail: string };
}

/** A fused incident: one real-world happening. */
export interface Incident {
  id: number;
  eventType: string;
  subEventType: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: 1 | 2 | 3;
  location: (Place & { precision: 1 | 2 | 3 }) | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: 1 | 2 | 3 | null;
  country: string | null;
  admin1: string | null;
  locationName: string | null;
  actor1: string | null;
  actor2: string | null;
  assocActors: string[];
  fatalities: Figure | null;
  fatalityBasis: { low: FigureBasis; best: FigureBasis; high: FigureBasis } | null;
  /** The injured, fused across reports by the same rule as the dead (src/fuse/figures.ts). */
  injuries: Figure | null;
  injuryBasis: { low: FigureBasis; best: FigureBasis; high: FigureBasis } | null;
  status: EventStatus;
  sources: number; // independent sources (syndicated copies count once)
  articles: number;
  outlets: string[];
  contradictions: Contradiction[];
  summary: string;
  created: string;
  updated: string;
  /** Bumped by every write (fusion's and a person's): a review names the version it read (optimistic concurrency). */
  version: number;
  /** What people decided about it (src/review/model.ts). */
  review: IncidentReview;
}

/** What fusion writes; the store adds id/created/updated, the version and the review. */
export type IncidentFields = Omit<Incident, 'id' | 'created' | 'updated' | 'version' | 'review'>;

export const REVIEW_ACTIONS = ['confirm', 'reject', 'set', 'merge', 'split', 'note', 'revert'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** One action a person took on an incident: who, when, what changed (old and new value), why, and the version it made. */
export interface ReviewRecord {
  id: number;
  incidentId: number;
  at: string;
  who: string;
  action: ReviewAction;
  field: ReviewField | null;
  oldValue: unknown;
  newValue: unknown;
  why: string | null;
  /** The incident's version after the action. */
  version: number;
  /** merge: the incident merged in; split: the incident split off. */
  otherIncident: number | null;
  /** merge and split: the events moved. */
  events: number[];
  /** revert: the record it reverses. */
  reverts: number | null;
  /** The revert record that reversed this one. */
  revertedBy: number | null;
}

export type NewReviewRecord = Omit<ReviewRecord, 'id' | 'at' | 'revertedBy'>;

/** Which incidents a query takes by their review (by default every one but the rejected). */
export const REVIEW_FILTERS = ['reviewed', 'unreviewed', 'confirmed', 'corrected', 'rejected', 'flagged', 'queue', 'all'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export interface HistoryEntry {
  id: number;
  incidentId: number;
  at: string;
  action: 'create' | 'join' | 'merge' | 'split';
  eventId: number | null;
  otherIncident: number | null;
  detail: string;
}

/** The order of a query: by date (the default), fatalities (best figure) or independent sources; "-" descends; `priority`: the review queue's order (most at stake first). Ties go by id. */
export type IncidentSort = 'date' | '-date' | 'fatalities' | '-fatalities' | 'sources' | '-sources' | 'priority';

export interface IncidentFilter {
  since?: string;
  until?: string;
  country?: string; // ISO alpha-2
  type?: string;
  subType?: string;
  actor?: string; // substring, case-insensitive
  /** One actor pair as coded: actor1 then actor2, each the whole name (case-insensitive), as the dyad chart lists them. */
  dyad?: { actor1: string; actor2: string };
  source?: string; // an outlet or a claim source, substring, case-insensitive
  near?: { lat: number; lon: number; km: number };
  bbox?: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  text?: string; // full-text query over the incident's articles
  minSources?: number;
  status?: EventStatus;
  /** By review: default every incident but the rejected ones (a person said they are none). */
  review?: ReviewFilter;
  sort?: IncidentSort;
  limit?: number;
  offset?: number;
}

/** Candidate lookup for fusion: incidents in the given grid cells whose dates meet [dayLo, dayHi]. */
export interface CandidateQuery {
  eventType: string;
  cells: number[];
  dayLo: number; // days since 1970-01-01
  dayHi: number;
}

export interface Dossier {
  incident: Incident;
  members: (MemberEvent & { title: string | null; url: string | null; evidence: string[] })[];
}

/** How the time chart counts: per day, per ISO week (from its Monday) or per calendar month (from its 1st). */
export const TIME_BUCKETS = ['day', 'week', 'month'] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

/** One bucket's incidents of one event type: `start` is the bucket's first day (YYYY-MM-DD); fatalities sum the best figures. */
export interface TimeRow { start: string; type: string; incidents: number; fatalities: number }

/** The actors and actor pairs (as coded: actor1 → actor2) of the filtered incidents, most incidents first. */
export interface ActorStats {
  actors: { name: string; incidents: number; fatalities: number }[];
  dyads: { actor1: string; actor2: string; incidents: number; fatalities: number }[];
}

export interface StoreStats {
  articles: number;
  events: number;
  claims: number;
  incidents: number;
  schemaVersion: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** The poll state of `sitrep watch` (src/store/watch.ts). */
  readonly watch: WatchStore;
  close(): Promise<void>;
  /** Runs `fn` in one transaction: all of it is committed, or none of it. Not re-entrant. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  stats(): Promise<StoreStats>;

  // articles and what was read from them
  findArticle(by: { url?: string | null; textHash?: string }): Promise<StoredArticle | null>;
  insertArticle(article: NewArticle): Promise<number>;
  getArticle(id: number): Promise<StoredArticle | null>;
  saveExtraction(articleId: number, result: ExtractionResult): Promise<MemberEvent[]>;
  /**
   * Forgets what was read from an article (its places, events and claims) so a new reading can be saved:
   * a new reader version. Returns the events it had, with the incident each was in.
   */
  clearExtraction(articleId: number): Promise<{ eventId: number; localId: string; incidentId: number | null }[]>;
  /** What was read from an article (places, events with their incident, claims), as stored. */
  getExtraction(articleId: number): Promise<{ places: Place[]; events: (ConflictEvent & { incidentId: number | null })[]; claims: Claim[] } | null>;
  listArticleIds(afterId: number, limit: number): Promise<number[]>;

  // near-duplicates (syndicated copies)
  addSignature(articleId: number, signature: Uint32Array, bandKeys: number[]): Promise<void>;
  findByBands(bandKeys: number[]): Promise<{ articleId: number; signature: Uint32Array; copyOf: number | null }[]>;
  setCopyOf(articleId: number, rootId: number): Promise<void>;
  /** The stored signatures of these articles (those that have one). */
  signaturesOf(articleIds: number[]): Promise<Map<number, Uint32Array>>;

  // fusion
  /**
   * Serialises fusion per space-time cell: holds `keys` (see grid.ts fusionLockKeys) until the transaction
   * ends, so two processes fusing reports of one incident at once take turns and see each other's incident.
   * Optional: a store with one writer at a time (SQLite) needs none.
   */
  lockCells?(keys: number[]): Promise<void>;
  candidateIncidents(q: CandidateQuery): Promise<Incident[]>;
  incidentsOfGroup(group: number): Promise<number[]>;
  /**
   * The store files the incident under its grid cell and day range (see grid.ts). Ids are for good: a new
   * incident never takes the id of one deleted (merged away, or left without reports). With `id`: an
   * incident deleted before comes back under its own id (a reverted merge); refused if that id is in use.
   */
  createIncident(fields: IncidentFields, id?: number): Promise<number>;
  /** History entries and review records, by their ids, go to incident `to` (a reverted merge takes back its own). */
  moveRecords(to: number, ids: { history: number[]; reviews: number[] }): Promise<void>;
  updateIncident(id: number, fields: IncidentFields): Promise<void>;
  /** Moves every event, history entry and review record of `from` to `into`, then deletes `from`. */
  absorbIncident(into: number, from: number): Promise<void>;
  assignEvent(eventId: number, incidentId: number): Promise<void>;
  incidentMembers(incidentId: number): Promise<MemberEvent[]>;
  addHistory(entry: Omit<HistoryEntry, 'id' | 'at'>): Promise<void>;
  history(incidentId: number): Promise<HistoryEntry[]>;
  /**
   * Where a merge moved incident `id` (fusion's merge, or a person's not reverted): the incident that took its
   * reports, or null when no merge names it. One step; `standingIncident` (merged-into.ts) follows the chain.
   */
  mergedInto(id: number): Promise<number | null>;

  // review (src/review/): a person's word, kept apart from fusion's reading so it is never overwritten
  /**
   * Writes an incident's review: the fields it locks take the person's values (the rest stay fusion's),
   * and the version goes up by one. Compare-and-set: returns the new version, or null when the incident's
   * version is no longer `expectVersion` (someone wrote since it was read) or the incident is gone.
   */
  writeReview(id: number, review: IncidentReview, expectVersion: number): Promise<number | null>;
  /** Adds a reason for another look to an incident's review (fusion: a new report it would not apply). */
  flagIncident(id: number, reason: string): Promise<void>;
  addReviewRecord(r: NewReviewRecord): Promise<number>;
  /** An incident's review records, oldest first. */
  reviewRecords(incidentId: number): Promise<ReviewRecord[]>;
  getReviewRecord(id: number): Promise<ReviewRecord | null>;
  setRevertedBy(recordId: number, revertId: number): Promise<void>;
  /** Deletes an incident that has no member left (a reversed merge leaves none behind). */
  deleteIncident(id: number): Promise<void>;

  // query
  getIncident(id: number): Promise<Incident | null>;
  queryIncidents(filter: IncidentFilter): Promise<Incident[]>;
  /** The filtered incidents counted per date bucket and event type (undated ones are left out); sort, limit and offset are ignored. */
  statsTime(filter: IncidentFilter, bucket: TimeBucket): Promise<TimeRow[]>;
  /** The `limit` actors and actor pairs with most filtered incidents. */
  statsActors(filter: IncidentFilter, limit: number): Promise<ActorStats>;
  /** Incidents and their dead per country or admin-1 area under a filter (its sort and page ignored): place-counts.ts. */
  placeCounts(by: PlaceGrouping, filter: IncidentFilter): Promise<PlaceCount[]>;
  dossier(id: number): Promise<Dossier | null>;
}
