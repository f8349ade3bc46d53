// The API's Backend over the Store interface (src/store/store.ts): queries, dossiers, articles,
// ingest and export, mapped into the API's own shapes (shapes.ts).
import type { ArticleInput } from '../types.js';
import type { IncidentFilter, Store } from '../store/store.js';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { storeArticle, toNewArticle } from '../ingest/store-article.js';
import type { Backend, IncidentQuery } from './backend.js';
import type { IngestItemResult, IngestResult } from './shapes.js';
import { toApiIncident } from './to-api.js';
import { articleDetail, incidentDetail } from './store-dossier.js';
import { exportChunks } from '../export/stream.js';
import { toApiSource } from './routes-sources.js';

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
    article: (id) => articleDetail(store, id),
    ingest: (items) => serially(() => retryTransient(() => ingestItems(store, items))),
    exportIncidents: (format, q) => exportChunks(store, format, toFilter(q)),
    async stats() {
      const { articles, events, claims, incidents, schemaVersion } = await store.stats();
      return { articles, events, claims, incidents, schemaVersion };
    },
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

/**
 * Stores each article that is new (same URL or same normalised text counts as stored), fusing its
 * events, all in one transaction; an article that cannot be read is reported and skipped.
 */
async function ingestItems(store: Store, items: ArticleInput[]): Promise<IngestResult> {
  const out: IngestItemResult[] = [];
  const ctx = getContext();
  // Reading is the slow part and needs no lock: do it before the write transaction.
  const prepared = items.map((input, index) => {
    const base = { index, key: input.id, articleId: null, incidents: [] as number[] };
    let read;
    try {
      read = extractArticle(input, ctx);
    } catch (err) {
      read = { ok: false as const, code: 'E_INTERNAL', message: String((err as Error)?.message ?? err).slice(0, 300) };
    }
    if (!read.ok) {
      out.push({ ...base, status: 'failed', error: { code: read.code, message: read.message } });
      return null;
    }
    const { text, ...result } = read.value;
    const article = toNewArticle({ ...input, title: input.title ?? result.title, published: result.published ?? input.published }, text ?? input.text, 'api');
    return { base, article, result };
  });
  await store.transaction(async () => {
    for (const p of prepared) {
      if (!p) continue;
      const existing = await store.findArticle({ url: p.article.url, textHash: p.article.textHash });
      if (existing) {
        out.push({ ...p.base, status: 'duplicate', articleId: existing.id });
        continue;
      }
      const stored = await storeArticle(store, p.article, p.result);
      out.push({ ...p.base, status: 'new', articleId: stored.articleId, incidents: [...new Set(stored.incidents)] });
    }
  });
  out.sort((a, b) => a.index - b.index);
  const count = (s: IngestItemResult['status']) => out.filter((o) => o.status === s).length;
  return { read: items.length, new: count('new'), duplicate: count('duplicate'), failed: count('failed'), items: out };
}
