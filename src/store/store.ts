// The store: one interface that ingest, fusion, the CLI and (later) the HTTP API talk to.
// Every method is async so that a PostgreSQL adapter can implement it without touching callers;
// the SQLite adapter answers synchronously under the hood.
import type { Claim, ConflictEvent, EventStatus, ExtractionResult, Figure, Place } from '../types.js';
import type { WatchStore } from './watch.js';

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
}

/** What fusion writes; the store adds id/created/updated. */
export type IncidentFields = Omit<Incident, 'id' | 'created' | 'updated'>;

export interface HistoryEntry {
  id: number;
  incidentId: number;
  at: string;
  action: 'create' | 'join' | 'merge' | 'split';
  eventId: number | null;
  otherIncident: number | null;
  detail: string;
}

/** The order of a query: by date (the default), fatalities (best figure) or independent sources; "-" descends. Ties go by id. */
export type IncidentSort = 'date' | '-date' | 'fatalities' | '-fatalities' | 'sources' | '-sources';

export interface IncidentFilter {
  since?: string;
  until?: string;
  country?: string; // ISO alpha-2
  type?: string;
  subType?: string;
  actor?: string; // substring, case-insensitive
  source?: string; // an outlet or a claim source, substring, case-insensitive
  near?: { lat: number; lon: number; km: number };
  bbox?: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  text?: string; // full-text query over the incident's articles
  minSources?: number;
  status?: EventStatus;
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
  /** The store files the incident under its grid cell and day range (see grid.ts). */
  createIncident(fields: IncidentFields): Promise<number>;
  updateIncident(id: number, fields: IncidentFields): Promise<void>;
  /** Moves every event and history entry of `from` to `into`, then deletes `from`. */
  absorbIncident(into: number, from: number): Promise<void>;
  assignEvent(eventId: number, incidentId: number): Promise<void>;
  incidentMembers(incidentId: number): Promise<MemberEvent[]>;
  addHistory(entry: Omit<HistoryEntry, 'id' | 'at'>): Promise<void>;
  history(incidentId: number): Promise<HistoryEntry[]>;

  // query
  getIncident(id: number): Promise<Incident | null>;
  queryIncidents(filter: IncidentFilter): Promise<Incident[]>;
  dossier(id: number): Promise<Dossier | null>;
}
