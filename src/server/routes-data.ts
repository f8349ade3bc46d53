// The routes over stored data: incidents, articles, ingest and export.
import type { Context, Hono } from 'hono';
import type { Backend, ExportFormat } from './backend.js';
import { EXPORT_FORMATS } from './backend.js';
import { ApiError } from './errors.js';
import { PAGE, parseFilters, parseId, parseIncidentQuery } from './params.js';
import { readBody } from './read-body.js';
import { isFailure, toArticleInput } from './article-input.js';
import type { ArticleInput } from '../types.js';
import type { IncidentPage, IngestItemResult } from './shapes.js';

export const MAX_BATCH = 500;

const EXPORT_TYPES: Record<ExportFormat, { type: string; ext: string }> = {
  acled: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  ucdp: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  geojson: { type: 'application/geo+json; charset=utf-8', ext: 'geojson' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
};

export function dataRoutes(app: Hono, backend: Backend, maxBatchBytes: number): void {
  app.get('/api/incidents', async (c) => {
    const q = parseIncidentQuery(c.req.query());
    // One row more than the page tells whether another page follows, without counting them all.
    const rows = await backend.listIncidents({ ...q, limit: q.limit + 1 });
    const page: IncidentPage = {
      items: rows.slice(0, q.limit),
      offset: q.offset,
      limit: q.limit,
      next: rows.length > q.limit && q.offset + q.limit <= PAGE.maxOffset ? q.offset + q.limit : null,
    };
    return c.json(page);
  });

  app.get('/api/incidents/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'incident');
    const detail = await backend.incident(id);
    if (!detail) throw new ApiError(404, 'E_NOT_FOUND', `no incident ${id}`);
    return c.json(detail);
  });

  app.get('/api/articles/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'article');
    const article = await backend.article(id);
    if (!article) throw new ApiError(404, 'E_NOT_FOUND', `no article ${id}`);
    return c.json(article);
  });

  app.post('/api/articles', async (c) => {
    const items = await readArticles(c, maxBatchBytes);
    const inputs: ArticleInput[] = [];
    const origin: number[] = []; // inputs[k] came from items[origin[k]]
    const rejected: IngestItemResult[] = [];
    items.forEach((raw, index) => {
      const input = toArticleInput(raw, `request-${index + 1}`);
      if (!isFailure(input)) {
        inputs.push(input);
        origin.push(index);
      } else rejected.push({ index, key: `request-${index + 1}`, status: 'failed', articleId: null, incidents: [], error: { code: input.code, message: input.message } });
    });
    const result = inputs.length ? await backend.ingest(inputs) : { new: 0, duplicate: 0, failed: 0, items: [] };
    // Items the API refused keep their place in the answer, so a client can match answers to requests.
    const merged = [...result.items.map((it) => ({ ...it, index: origin[it.index] })), ...rejected].sort((a, b) => a.index - b.index);
    const summary = { read: items.length, new: result.new, duplicate: result.duplicate, failed: result.failed + rejected.length, items: merged };
    return c.json(summary, summary.new > 0 ? 201 : 200);
  });

  app.get('/api/export', async (c) => {
    const params = c.req.query();
    const format = params.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new ApiError(400, 'E_BAD_PARAM', `parameter "format" must be one of ${EXPORT_FORMATS.join(', ')}`);
    const { format: _f, ...rest } = params;
    const filters = parseFilters(rest, ['format']);
    const { type, ext } = EXPORT_TYPES[format];
    c.header('Content-Type', type);
    c.header('Content-Disposition', `attachment; filename="sitrep-incidents-${format}.${ext}"`);
    return c.body(toStream(backend.exportIncidents(format, filters)));
  });
}

/** One article object, an array of them, or {articles:[...]}. */
async function readArticles(c: Context, maxBytes: number): Promise<unknown[]> {
  const body = await readBody(c, maxBytes);
  if (body.kind === 'text') {
    const published = c.req.query('published');
    return [{ text: body.value, ...(published ? { published } : {}) }];
  }
  const v = body.value as any;
  const items = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray(v.articles) ? v.articles : v && typeof v === 'object' ? [v] : null;
  if (!items) throw new ApiError(400, 'E_BAD_ARTICLE', 'send an article object, an array of them, or {"articles": [...]}');
  if (items.length === 0) throw new ApiError(400, 'E_EMPTY', 'the batch has no articles');
  if (items.length > MAX_BATCH) throw new ApiError(413, 'E_TOO_MANY', `a batch holds at most ${MAX_BATCH} articles, this one ${items.length}`);
  return items;
}

/** Chunks of text → a byte stream, pulled as the client reads so a large export is never held whole. */
function toStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  const enc = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { done, value } = await it.next();
        if (done) controller.close();
        else controller.enqueue(enc.encode(value));
      } catch (err) {
        // Headers are gone already; the client sees a truncated body, the server log says why.
        process.stderr.write(`sitrep serve: export failed: ${(err as Error)?.message ?? err}\n`);
        controller.error(err);
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
}
