// The poll state of `sitrep watch`, kept in the store (SQLite or PostgreSQL alike) so that a watch killed at
// any point loses nothing and reads nothing twice:
// - a source (a feed, sitemap or page URL) keeps what its last poll learnt: its ETag and Last-Modified (for
//   the next conditional GET), status, HTTP status, error code and message, failures in a row, new items,
//   and when it is polled next;
// - each item a source listed is a row, unique by URL (an article two feeds list is read once), 'pending'
//   until its page was read and stored ('done') or gave up on ('failed').
// A poll's new items and the source's new ETag are written in one transaction (the caller's), so a crash
// before it commits polls again without the ETag and finds the same items; after it, the items wait as
// pending. An item is marked done in the transaction that stores its article (src/ingest/index.ts onItem),
// or that queues it on PostgreSQL.

export type SourceStatus = 'new' | 'ok' | 'not-modified' | 'error';

export interface WatchSource {
  id: number;
  url: string;
  added: string;
  /** rss, atom, jsonfeed, sitemap, page (an article page read once), or null before the first poll. */
  kind: string | null;
  /** The feed a page advertised (<link rel=alternate>), polled in the page's place. */
  feedUrl: string | null;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  /** ISO timestamps. */
  lastFetch: string | null;
  lastOk: string | null;
  status: SourceStatus;
  httpStatus: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  /** Failed polls in a row. */
  failures: number;
  /** Items the last poll found that had not been seen before. */
  newItems: number;
  nextPoll: string | null;
}

/** A source with the counts of its items, as `sitrep sources` and GET /api/sources show it. */
export interface WatchSourceHealth extends WatchSource {
  items: number;
  pending: number;
  done: number;
  failed: number;
}

export interface NewWatchItem {
  url: string;
  title?: string;
  published?: string;
  outlet?: string;
  language?: string;
}

export type ItemState = 'pending' | 'done' | 'failed';

export interface WatchItem {
  id: number;
  sourceId: number;
  url: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  language: string | null;
  state: ItemState;
  attempts: number;
  nextTry: string | null;
  /** new, duplicate (stored already), queued (PostgreSQL: handed to the work queue), parked (the queue holds it, failed). */
  outcome: string | null;
  articleId: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  seen: string;
  finished: string | null;
}

export type ItemOutcome =
  | { state: 'done'; outcome: 'new' | 'duplicate' | 'queued' | 'parked'; articleId: number | null; at: string }
  | { state: 'failed'; errorCode: string; errorMessage: string; at: string }
  /** A failure that may pass: tried again from nextTry on. */
  | { state: 'pending'; errorCode: string; errorMessage: string; nextTry: string; at: string };

export interface WatchStore {
  /** Registers sources (known ones are left as they are) and returns them, in the order given. */
  addSources(urls: string[], at: string): Promise<WatchSource[]>;
  getSource(id: number): Promise<WatchSource | null>;
  /** Every source with its item counts, in the order they were added. */
  sourceHealth(): Promise<WatchSourceHealth[]>;
  /**
   * Writes a poll: the source's new state, and the items it listed that no source listed before (as
   * pending). Returns how many items were new. Run it in a transaction with anything that must go with it.
   */
  recordPoll(source: WatchSource, items: NewWatchItem[]): Promise<number>;
  /** Pending items due at `at` (never tried, or their retry time come), oldest first; of `sourceIds` only, when given. */
  dueItems(at: string, limit: number, sourceIds?: number[]): Promise<WatchItem[]>;
  /** Records what became of an item; every outcome but 'done' counts an attempt. */
  finishItem(id: number, outcome: ItemOutcome): Promise<void>;
  getItem(id: number): Promise<WatchItem | null>;
}

export function sourceFromRow(r: any): WatchSource {
  return {
    id: Number(r.id), url: r.url, added: r.added, kind: r.kind, feedUrl: r.feed_url, title: r.title, etag: r.etag, lastModified: r.last_modified,
    lastFetch: r.last_fetch, lastOk: r.last_ok, status: r.status, httpStatus: r.http_status, errorCode: r.error_code, errorMessage: r.error_message,
    failures: r.failures, newItems: r.new_items, nextPoll: r.next_poll,
  };
}

export function healthFromRow(r: any): WatchSourceHealth {
  return { ...sourceFromRow(r), items: Number(r.items), pending: Number(r.pending), done: Number(r.done), failed: Number(r.failed) };
}

export function itemFromRow(r: any): WatchItem {
  return {
    id: Number(r.id), sourceId: Number(r.source_id), url: r.url, title: r.title, published: r.published, outlet: r.outlet, language: r.language,
    state: r.state, attempts: r.attempts, nextTry: r.next_try, outcome: r.outcome, articleId: r.article_id == null ? null : Number(r.article_id),
    errorCode: r.error_code, errorMessage: r.error_message, seen: r.seen, finished: r.finished,
  };
}

/** The columns recordPoll writes, in the order of sourceValues. */
export const SOURCE_STATE_COLUMNS = ['kind', 'feed_url', 'title', 'etag', 'last_modified', 'last_fetch', 'last_ok', 'status', 'http_status', 'error_code', 'error_message', 'failures', 'new_items', 'next_poll'] as const;

export function sourceValues(s: WatchSource): unknown[] {
  return [s.kind, s.feedUrl, s.title, s.etag, s.lastModified, s.lastFetch, s.lastOk, s.status, s.httpStatus, s.errorCode, s.errorMessage, s.failures, s.newItems, s.nextPoll];
}

/** The SQL of the health query: each source with its item counts (both dialects have FILTER). */
export const HEALTH_SQL = `SELECT s.*, count(i.id) AS items,
    count(i.id) FILTER (WHERE i.state = 'pending') AS pending,
    count(i.id) FILTER (WHERE i.state = 'done') AS done,
    count(i.id) FILTER (WHERE i.state = 'failed') AS failed
  FROM watch_sources s LEFT JOIN watch_items i ON i.source_id = s.id
  GROUP BY s.id ORDER BY s.id`;

/** The migration both adapters run (SQL common to SQLite and PostgreSQL but the id type). */
export function watchTables(id: string, ref: string): string {
  return `
  CREATE TABLE watch_sources (
    id ${id} PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    added TEXT NOT NULL,
    kind TEXT,
    feed_url TEXT,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    last_fetch TEXT,
    last_ok TEXT,
    status TEXT NOT NULL DEFAULT 'new',
    http_status INTEGER,
    error_code TEXT,
    error_message TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    new_items INTEGER NOT NULL DEFAULT 0,
    next_poll TEXT
  );
  CREATE TABLE watch_items (
    id ${id} PRIMARY KEY,
    source_id ${ref} NOT NULL REFERENCES watch_sources(id),
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    outlet TEXT,
    language TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try TEXT,
    outcome TEXT,
    article_id ${ref},
    error_code TEXT,
    error_message TEXT,
    seen TEXT NOT NULL,
    finished TEXT
  );
  CREATE INDEX watch_items_due ON watch_items(source_id, id) WHERE state = 'pending';
  CREATE INDEX watch_items_source_state ON watch_items(source_id, state);
  `;
}
