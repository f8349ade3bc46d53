// Ingest: articles in, extracted, stored and fused, in batches of one transaction each. A batch is
// committed whole or not at all, so a crash or Ctrl-C loses at most the batch in flight, and a re-run
// skips what is stored (same URL or same normalised text) and carries on. Bad items are counted with
// their reason and skipped; a store error in one article is retried alone so it cannot sink its batch.
import type { ArticleInput, ExtractionResult, Outcome } from '../types.js';
import type { NewArticle, Store } from '../store/store.js';
import type { Item } from './sources.js';
import { storeArticle, textHash, toNewArticle } from './store-article.js';
import { sqliteErrorCode } from '../store/index.js';
import { isReduced, reduceInput } from './reduce.js';

/** Reads one article; may answer later (a worker pool reads several at once). */
export type Extract = (input: ArticleInput) => Outcome<ExtractionResult & { text?: string }> | Promise<Outcome<ExtractionResult & { text?: string }>>;

export interface Failure { origin: string; code: string; message: string }

export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  /** Failures by error code. */
  reasons: Record<string, number>;
  /** The first failures in full (the count is in `failed`). */
  failures: Failure[];
  incidents: number; // incidents created or updated
  interrupted: boolean;
  bytesDone: number;
}

/** An input's duplicate key and what to read (reduce.ts); may answer later (a worker pool reduces too). */
export type Reduce = (input: ArticleInput) => ReturnType<typeof reduceInput> | Promise<ReturnType<typeof reduceInput>>;

export interface IngestOptions {
  extract: Extract;
  /** Default: reduceInput on this thread. */
  reduce?: Reduce;
  batchSize?: number;
  onProgress?: (s: IngestSummary) => void;
  /** Checked between batches: a true answer ends the run cleanly after the batch in flight. */
  shouldStop?: () => boolean;
  /**
   * Told what became of each item, by its origin: for a stored article inside the transaction that stores
   * it, so that a caller's own record of the item (sitrep watch's item state) commits with the article or
   * not at all.
   */
  onItem?: (origin: string, outcome: ItemOutcome) => Promise<void> | void;
}

export type ItemOutcome = { status: 'new' | 'duplicate'; articleId: number } | { status: 'failed'; code: string; message: string };

const MAX_LISTED_FAILURES = 200;

interface Prepared { origin: string; article: NewArticle; result: ExtractionResult }
interface Duplicate { origin: string; articleId: number }

export async function ingest(store: Store, items: AsyncIterable<Item>, opts: IngestOptions): Promise<IngestSummary> {
  const s: IngestSummary = { read: 0, new: 0, duplicate: 0, failed: 0, reasons: {}, failures: [], incidents: 0, interrupted: false, bytesDone: 0 };
  const fail = async (f: Failure): Promise<void> => {
    s.failed++;
    s.reasons[f.code] = (s.reasons[f.code] ?? 0) + 1;
    if (s.failures.length < MAX_LISTED_FAILURES) s.failures.push(f);
    await opts.onItem?.(f.origin, { status: 'failed', code: f.code, message: f.message });
  };
  const size = Math.max(1, opts.batchSize ?? 100);
  let pending: { input: ArticleInput; origin: string }[] = [];
  const flush = async (): Promise<void> => {
    // The batch is read all at once (in parallel when `extract` is a worker pool), then stored in order.
    const prepared = await Promise.all(pending.map((p) => prepare(store, p.input, p.origin, opts.extract, opts.reduce ?? reduceInput)));
    pending = [];
    const batch: Prepared[] = [];
    for (const p of prepared) {
      if ('code' in p) await fail(p);
      else if ('article' in p) batch.push(p);
      else {
        s.duplicate++;
        await opts.onItem?.(p.origin, { status: 'duplicate', articleId: p.articleId });
      }
    }
    if (batch.length) await commitBatch(store, batch, s, fail, opts.onItem);
    opts.onProgress?.(s);
  };
  for await (const item of items) {
    s.read++;
    s.bytesDone = item.bytesDone;
    if (!item.ok) await fail({ origin: item.origin, code: item.code, message: item.message });
    else pending.push({ input: item.input, origin: item.origin });
    if (pending.length >= size) {
      await flush();
      if (opts.shouldStop?.()) { s.interrupted = true; break; }
    }
  }
  if (!s.interrupted) await flush();
  return s;
}

/** Reads one article outside any transaction (extraction is the slow part and needs no lock). */
async function prepare(store: Store, input: ArticleInput, origin: string, extract: Extract, reduce: Reduce): Promise<Prepared | Failure | Duplicate> {
  let out;
  let read = input;
  try {
    // Cheap checks first: a re-run after a crash skips stored articles without reading them again. The key
    // is the hash the store keeps: of the readable text, so an HTML page is reduced to it first (reduce.ts).
    const reduced = await reduce(input);
    if (!isReduced(reduced)) return { origin, code: reduced.code, message: reduced.message };
    const found = await store.findArticle({ url: input.url?.trim() || null, textHash: textHash(reduced.key) });
    if (found) return { origin, articleId: found.id };
    read = reduced.input;
    out = await extract(read);
  } catch (err) {
    return { origin, code: 'E_INTERNAL', message: String((err as Error)?.message ?? err).slice(0, 300) };
  }
  if (!out.ok) return { origin, code: out.code, message: out.message };
  const { text, ...result } = out.value;
  const article = toNewArticle({ ...read, title: read.title ?? result.title, published: result.published ?? read.published }, text ?? read.text, origin);
  return { origin, article, result };
}

type OnItem = IngestOptions['onItem'];

async function storeOne(store: Store, p: Prepared, s: IngestSummary, onItem: OnItem): Promise<void> {
  // Checked again inside the transaction: another process may have stored it meanwhile.
  const found = await store.findArticle({ url: p.article.url, textHash: p.article.textHash });
  if (found) {
    s.duplicate++;
    await onItem?.(p.origin, { status: 'duplicate', articleId: found.id });
    return;
  }
  const stored = await storeArticle(store, p.article, p.result);
  s.new++;
  s.incidents += stored.incidents.length;
  await onItem?.(p.origin, { status: 'new', articleId: stored.articleId });
}

async function commitBatch(store: Store, batch: Prepared[], s: IngestSummary, fail: (f: Failure) => Promise<void>, onItem: OnItem): Promise<void> {
  const before = { ...s };
  try {
    await store.transaction(async () => { for (const p of batch) await storeOne(store, p, s, onItem); });
    return;
  } catch {
    Object.assign(s, { new: before.new, duplicate: before.duplicate, incidents: before.incidents });
  }
  for (const p of batch) {
    const one = { ...s };
    try {
      await store.transaction(() => storeOne(store, p, s, onItem));
    } catch (err) {
      Object.assign(s, { new: one.new, duplicate: one.duplicate, incidents: one.incidents });
      await fail({ origin: p.origin, code: sqliteErrorCode(err, 'E_STORE'), message: String((err as Error)?.message ?? err).slice(0, 300) });
    }
  }
}

