// `sitrep watch`: poll every source when it is due, and read each new item's page into the store exactly
// as `sitrep ingest` reads an article (src/ingest/index.ts: stored, read, fused), or, on PostgreSQL,
// hand it to the work queue for `sitrep worker` processes. The state lives in the store
// (src/store/watch.ts), written so that a kill at any point loses no item and reads none twice:
// - a poll's new items and the source's ETag commit together (a crash before: polled again, same items);
// - an item is marked done in the transaction that stores its article (ingest's onItem) or queues it;
//   a page fetched but not yet stored is fetched again after a restart, never stored twice.
// A failing source is one error with a code on that source (its next poll backs off); the others go on.
// Stopping (SIGTERM, Ctrl-C: `signal`) finishes the article in hand, then returns.
import type { ArticleInput } from '../types.js';
import type { Store } from '../store/store.js';
import type { ItemOutcome, WatchSource } from '../store/watch.js';
import { ingest, type Extract, type IngestSummary } from '../ingest/index.js';
import type { HttpClient } from './http.js';
import { pagesAhead, pollSourceSafely, type Fail } from './fetch.js';
import { isEnglishTag } from './language.js';
import { MAX_ENTRIES } from './feeds.js';

export interface WatchOptions {
  store: Store;
  http: HttpClient;
  /** Time between two polls of a source (default 15 min). */
  everyMs?: number;
  /** One round, then return. */
  once?: boolean;
  extract: Extract;
  /** PostgreSQL: queue each article for `sitrep worker` instead of reading it here. */
  enqueue?: (input: ArticleInput, origin: string) => Promise<'queued' | 'duplicate' | 'parked'>;
  /** Pages fetched ahead of the one being read (default 4). */
  readAhead?: number;
  /** Sources polled at once (default 8; each host has its own limit besides). */
  pollConcurrency?: number;
  /** Tries of an item's page before it is given up (default 5). */
  maxAttempts?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  onRound?: (r: RoundSummary) => void;
}

export interface RoundSummary {
  at: string;
  polled: number;
  notModified: number;
  sourceErrors: number;
  newItems: number;
  /** Items read and stored (or queued), duplicates, given up, to be tried again, and stored unread (not English). */
  stored: number;
  queued: number;
  duplicate: number;
  failed: number;
  retrying: number;
  unread: number;
  incidents: number;
}

export interface WatchSummary { rounds: number; total: Omit<RoundSummary, 'at'>; stopped: boolean }

const MINUTE = 60_000;

type Opts = WatchOptions & { everyMs: number; readAhead: number; maxAttempts: number; log: (l: string) => void };

/** When a source is polled next: `every` after a good poll; after failures, `every` doubled per failure (at most 6 h, or `every` if longer), and never before the server's Retry-After. */
export function nextPollAt(now: number, everyMs: number, failures: number, retryAt?: number): number {
  const backoff = failures ? Math.min(everyMs * 2 ** Math.min(failures - 1, 10), Math.max(everyMs, 6 * 60 * MINUTE)) : everyMs;
  return Math.max(now + backoff, retryAt ?? 0);
}

/** When an item whose page failed for a passing reason is tried next: 5 min (or `every` if shorter), doubled per attempt. */
export function nextTryAt(now: number, everyMs: number, attempts: number, retryAt?: number): number {
  return Math.max(now + Math.min(everyMs, 5 * MINUTE) * 2 ** Math.min(attempts, 10), retryAt ?? 0);
}

/** Codes of failures in storing, not in the page: tried again. */
const STORE_TRANSIENT = new Set(['E_STORE', 'E_IO', 'E_INTERNAL']);

export async function watch(urls: string[] | null, opts: WatchOptions): Promise<WatchSummary> {
  const o = { everyMs: 15 * MINUTE, once: false, readAhead: 4, pollConcurrency: 8, maxAttempts: 5, log: () => undefined, ...opts };
  const clock = o.http.clock;
  const iso = (ms = clock.now()): string => new Date(ms).toISOString();
  const stopped = (): boolean => !!o.signal?.aborted;
  const total: WatchSummary['total'] = { polled: 0, notModified: 0, sourceErrors: 0, newItems: 0, stored: 0, queued: 0, duplicate: 0, failed: 0, retrying: 0, unread: 0, incidents: 0 };
  let sources: WatchSource[] = urls ? await o.store.watch.addSources(urls, iso()) : (await o.store.watch.sourceHealth());
  if (!sources.length) return { rounds: 0, total, stopped: false };
  const ids = sources.map((s) => s.id);
  let rounds = 0;
  for (;;) {
    const round: RoundSummary = { at: iso(), polled: 0, notModified: 0, sourceErrors: 0, newItems: 0, stored: 0, queued: 0, duplicate: 0, failed: 0, retrying: 0, unread: 0, incidents: 0 };
    const now = clock.now();
    const due = sources.filter((s) => (o.once && rounds === 0) || !s.nextPoll || Date.parse(s.nextPoll) <= now);
    await mapLimit(due, o.pollConcurrency, async (s) => { if (!stopped()) await pollOne(s, o, round, iso); });
    if (!stopped()) await readItems(ids, o, round, iso);
    rounds++;
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += round[k];
    o.onRound?.(round);
    if (o.once || stopped()) break;
    // Sleep until the next source is due; items waiting to be tried again are taken up each round.
    sources = (await o.store.watch.sourceHealth()).filter((s) => ids.includes(s.id));
    const wake = Math.min(...sources.map((s) => (s.nextPoll ? Date.parse(s.nextPoll) : clock.now())));
    if (wake > clock.now()) await clock.sleep(wake - clock.now(), o.signal);
    if (stopped()) break;
  }
  return { rounds, total, stopped: stopped() };
}

async function pollOne(s: WatchSource, o: Opts, round: RoundSummary, iso: (ms?: number) => string): Promise<void> {
  const clock = o.http.clock;
  const r = await pollSourceSafely(o.http, s, o.signal);
  if (!r.ok && r.code === 'E_STOPPED') return; // stopping: nothing learnt, nothing written
  const now = clock.now();
  const at = iso(now);
  let next: WatchSource;
  let entries: { url: string; title?: string; published?: string; outlet?: string; language?: string }[] = [];
  if (!r.ok) {
    const failures = s.failures + 1;
    next = { ...s, lastFetch: at, status: 'error', httpStatus: r.status ?? null, errorCode: r.code, errorMessage: r.message, failures, nextPoll: iso(nextPollAt(now, o.everyMs, failures, r.retryAt)) };
    round.sourceErrors++;
    o.log(`${s.url}: ${r.code}: ${r.message} (${failures} failed poll${failures > 1 ? 's' : ''} in a row; next poll ${next.nextPoll})`);
  } else if (r.notModified) {
    next = { ...s, lastFetch: at, lastOk: at, status: 'not-modified', httpStatus: 304, errorCode: null, errorMessage: null, failures: 0, etag: r.etag, lastModified: r.lastModified, nextPoll: iso(nextPollAt(now, o.everyMs, 0)) };
    round.notModified++;
  } else {
    entries = r.entries;
    next = {
      ...s, kind: r.kind, feedUrl: r.feedUrl, title: r.title ?? s.title, etag: r.etag, lastModified: r.lastModified, lastFetch: at, lastOk: at, status: 'ok',
      httpStatus: r.status, errorCode: null, errorMessage: null, failures: 0, nextPoll: iso(nextPollAt(now, o.everyMs, 0)),
    };
  }
  const added = await o.store.transaction(() => o.store.watch.recordPoll(next, entries));
  Object.assign(s, next, { newItems: added });
  round.polled++;
  round.newItems += added;
  if (r.ok && !r.notModified) o.log(`${s.url}: ${r.kind}, ${entries.length} item${entries.length === 1 ? '' : 's'}, ${added} new`);
  // Entries without a usable link (none, not http(s), too long) or past the limit of one feed: one line a
  // poll, with its code; the feed's other entries are read.
  if (r.ok && !r.notModified && r.skipped) o.log(`${s.url}: E_BAD_ITEM: ${r.skipped} entr${r.skipped === 1 ? 'y' : 'ies'} skipped (no http(s) link, a link over 2,048 characters, or past ${MAX_ENTRIES.toLocaleString('en')} entries)`);
}

/** Reads every due item of the watched sources, in the order they were found. */
async function readItems(ids: number[], o: Opts, round: RoundSummary, iso: (ms?: number) => string): Promise<void> {
  const seen = new Set<number>();
  for (;;) {
    if (o.signal?.aborted) return;
    const batch = (await o.store.watch.dueItems(iso(), 200, ids)).filter((i) => !seen.has(i.id));
    if (!batch.length) return;
    for (const i of batch) seen.add(i.id);
    const byOrigin = new Map(batch.map((i) => [i.url, i]));
    const failures = new Map<string, Fail>();
    const languages = new Map<string, string>();

    const record = async (origin: string, out: { status: 'new' | 'duplicate' | 'queued'; articleId: number | null } | { status: 'failed'; code: string; message: string }): Promise<void> => {
      const item = byOrigin.get(origin);
      if (!item) return;
      const at = iso();
      let outcome: ItemOutcome;
      if (out.status !== 'failed') {
        outcome = { state: 'done', outcome: out.status, articleId: out.articleId, at };
      } else {
        const f = failures.get(origin);
        const transient = f ? f.transient : STORE_TRANSIENT.has(out.code);
        if (transient && item.attempts + 1 < o.maxAttempts) {
          outcome = { state: 'pending', errorCode: out.code, errorMessage: out.message, nextTry: iso(nextTryAt(o.http.clock.now(), o.everyMs, item.attempts, f?.retryAt)), at };
          round.retrying++;
          o.log(`${origin}: ${out.code}: ${out.message} (try ${item.attempts + 1} of ${o.maxAttempts}; again from ${outcome.nextTry})`);
        } else {
          outcome = { state: 'failed', errorCode: out.code, errorMessage: out.message, at };
          round.failed++;
          o.log(`${origin}: ${out.code}: ${out.message} (given up)`);
        }
      }
      await o.store.watch.finishItem(item.id, outcome);
    };

    const list = batch.map((i) => ({ url: i.url, hints: { title: i.title ?? undefined, published: i.published ?? undefined, outlet: i.outlet ?? undefined, language: i.language ?? undefined } }));
    const pages = pagesAhead(list, o.http, o.readAhead, () => iso().slice(0, 10), o.signal, (url, f) => failures.set(url, f));
    if (o.enqueue) {
      for await (const it of pages) {
        if (!it.ok) { await record(it.origin, { status: 'failed', code: it.code, message: it.message }); continue; }
        const item = byOrigin.get(it.origin)!;
        await o.store.transaction(async () => {
          const r = await o.enqueue!(it.input, it.origin);
          await o.store.watch.finishItem(item.id, { state: 'done', outcome: r, articleId: null, at: iso() });
          // 'parked': the queue already holds it, failed (`sitrep queue retry` takes it up): not queued again.
          if (r === 'queued') round.queued++; else round.duplicate++;
          if (r === 'parked') o.log(`${it.origin}: already in the work queue, parked (see sitrep queue list)`);
        });
        if (o.signal?.aborted) break;
      }
      continue;
    }
    const onItem = (origin: string, out: Parameters<typeof record>[1]): Promise<void> => {
      if (out.status === 'new' && languages.has(origin) && !isEnglishTag(languages.get(origin))) round.unread++;
      return record(origin, out);
    };
    const tagged = (async function* () {
      for await (const it of pages) {
        if (it.ok && it.input.language) languages.set(it.origin, it.input.language);
        yield it;
      }
    })();
    const s: IngestSummary = await ingest(o.store, tagged, { extract: o.extract, batchSize: 1, shouldStop: () => !!o.signal?.aborted, onItem });
    round.stored += s.new;
    round.duplicate += s.duplicate;
    round.incidents += s.incidents;
  }
}

async function mapLimit<T>(xs: T[], limit: number, fn: (x: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(limit, xs.length) }, async () => { while (i < xs.length) await fn(xs[i++]); }));
}
