// The API's Backend over the Store interface (src/store/store.ts): queries, dossiers, articles,
// storing and export, mapped into the API's own shapes (shapes.ts).
import type { ArticleInput, ExtractionResult } from '../types.js';
import type { IncidentFilter, Store } from '../store/store.js';
import { looksLikeHtml } from '../pipeline/normalize/html.js';
import { storeArticle, textHash, toNewArticle } from '../ingest/store-article.js';
import type { Backend, IncidentQuery, StoredOutcome } from './backend.js';
import { toApiIncident } from './to-api.js';
import { articleDetail, incidentDetail } from './store-dossier.js';
import { exportChunks } from '../export/stream.js';
import { toApiSource } from './routes-sources.js';
import { reviewFromBody } from './store-review.js';
import { standingIncident } from '../store/merged-into.js';

export function storeBackend(store: Store): Backend {
  // Store transactions do not nest: concurrent POSTs take turns.
  let writing: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = writing.then(fn, fn);
    writing = run.catch(() => {});
    return run;
  };
  return {
    async listIncidents(q) {
      // The store orders and pages in its query (through its indexes): one page read, whatever the total.
      const rows = await store.queryIncidents({ ...toFilter(q), sort: q.sort, limit: q.limit, offset: q.offset });
      return rows.map(toApiIncident);
    },
    incident: (id) => incidentDetail(store, id),
    mergedInto: (id) => standingIncident(store, id),
    article: (id) => articleDetail(store, id),
    known: (input) => knownArticle(store, input),
    store: (input, read) => serially(() => retryTransient(() => storeRead(store, input, read))),
    review: (id, body) => serially(() => retryTransient(() => reviewFromBody(store, id, body))),
    exportIncidents: (format, q, csv) => exportChunks(store, format, toFilter(q), csv),
    placeCounts: (by, q) => store.placeCounts(by, toFilter(q)),
    async stats() {
      const { articles, events, claims, incidents, schemaVersion } = await store.stats();
      return { articles, events, claims, incidents, schemaVersion };
    },
    statsTime: (q, bucket) => store.statsTime(toFilter(q), bucket),
    statsActors: (q, limit) => store.statsActors(toFilter(q), limit),
    sources: async () => (await store.watch.sourceHealth()).map(toApiSource),
    close: () => store.close(),
  };
}

/**
 * PostgreSQL may end one of two transactions that lock in crossing orders (deadlock detected) or clash
 * (serialization failure): nothing of it was stored, so the whole request is safely done again.
 */
async function retryTransient<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const code = String((err as { code?: unknown })?.code ?? '');
      if (i >= tries || (code !== '40P01' && code !== '40001')) throw err;
    }
  }
}

export function toFilter(q: Partial<IncidentQuery>): IncidentFilter {
  const { sort: _s, limit: _l, offset: _o, ...filter } = q;
  return filter;
}

/** Before reading: the stored article with this URL, or (plain text only: HTML is reduced by the reading) this text. */
async function knownArticle(store: Store, input: ArticleInput): Promise<number | null> {
  const url = input.url?.trim() || null;
  const found = await store.findArticle({ url, ...(looksLikeHtml(input.text) ? {} : { textHash: textHash(input.text) }) });
  return found?.id ?? null;
}

/** Stores one read article, with its events fused, in one transaction (checked again: another writer may have stored it). */
async function storeRead(store: Store, input: ArticleInput, read: ExtractionResult & { text?: string }): Promise<StoredOutcome> {
  const { text, ...result } = read;
  const article = toNewArticle({ ...input, title: input.title ?? result.title, published: result.published ?? input.published }, text ?? input.text, 'api');
  return store.transaction(async () => {
    const existing = await store.findArticle({ url: article.url, textHash: article.textHash });
    if (existing) return { status: 'duplicate' as const, articleId: existing.id, incidents: [] };
    const stored = await storeArticle(store, article, result);
    return { status: 'new' as const, articleId: stored.articleId, incidents: [...new Set(stored.incidents)] };
  });
}
