// The routes over stored data: incidents, articles, ingest and export.
import type { Context, Hono } from 'hono';
import type { Backend, ExportFormat } from './backend.js';
import { EXPORT_FORMATS } from './backend.js';
import { EXPORT_MEDIA } from '../export/stream.js';
import { ApiError, errorBody } from './errors.js';
import { mergedMessage } from '../store/merged-into.js';
import { PAGE, parseFilters, parseId, parseIncidentQuery } from './params.js';
import { readBody } from './read-body.js';
import { isFailure, toArticleInput } from './article-input.js';
import type { ArticleInput } from '../types.js';
import type { IncidentPage, IngestItemResult } from './shapes.js';
import type { Reading } from './reading.js';
import type { Reader, ReadResult } from './reader.js';
import { readReviewBody } from './review-input.js';

/** A review body is a few actions: far below any article. */
export const MAX_REVIEW_BYTES = 64 * 1024;

export const MAX_BATCH = 500;


export function dataRoutes(app: Hono, backend: Backend, reading: Reading, maxBatchBytes: number): void {
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
    if (detail) return c.json(detail);
    // An id merged away is still linked and bookmarked: send the client on to the incident that holds its
    // reports. 307, not 301: a person's merge can be reverted, and the old id then stands again.
    const moved = await backend.mergedInto?.(id);
    if (!moved) throw new ApiError(404, 'E_NOT_FOUND', `no incident ${id}`);
    const body = errorBody('E_MERGED', mergedMessage(moved));
    return c.json({ error: { ...body.error, incident: moved.id } }, 307, { Location: `/api/incidents/${moved.id}`, 'Cache-Control': 'no-store' });
  });

  // A person's decision on an incident (src/review): token-protected as every POST is; the body names the
  // version the reviewer read, and a stale one is answered 409, never a silent overwrite.
  app.post('/api/incidents/:id/review', async (c) => {
    const id = parseId(c.req.param('id'), 'incident');
    const body = await readBody(c, MAX_REVIEW_BYTES);
    const done = await backend.review(id, readReviewBody(body.value));
    return c.json(done);
  });

  app.get('/api/articles/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'article');
    const article = await backend.article(id);
    if (!article) throw new ApiError(404, 'E_NOT_FOUND', `no article ${id}`);
    return c.json(article);
  });

  app.post('/api/articles', (c) => reading.admit(c, async (ticket) => {
    const items = await readArticles(c, maxBatchBytes, ticket.grow);
    const inputs: { index: number; input: ArticleInput }[] = [];
    const out: IngestItemResult[] = new Array(items.length);
    items.forEach((raw, index) => {
      const input = toArticleInput(raw, `request-${index + 1}`);
      if (!isFailure(input)) inputs.push({ index, input });
      else out[index] = { index, key: `request-${index + 1}`, status: 'failed', articleId: null, incidents: [], error: { code: input.code, message: input.message } };
    });
    // The body is no longer needed: only the inputs are (a 32 MiB batch must not be held twice).
    items.length = 0;
    await readAndStore(inputs, backend, reading.reader, c.req.raw.signal, (index, r) => { out[index] = r; });
    const count = (s: IngestItemResult['status']) => out.filter((o) => o.status === s).length;
    const summary = { read: out.length, new: count('new'), duplicate: count('duplicate'), failed: count('failed'), items: out };
    return c.json(summary, summary.new > 0 ? 201 : 200);
  }));

  app.get('/api/export', async (c) => {
    const params = c.req.query();
    const format = params.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new ApiError(400, 'E_BAD_PARAM', `parameter "format" must be one of ${EXPORT_FORMATS.join(', ')}`);
    // csv=raw: text cells as stored; by default a formula-looking one is neutralised (src/export/csv.ts).
    const { format: _f, csv, ...rest } = params;
    if (csv !== undefined && csv !== 'raw' && csv !== 'safe') throw new ApiError(400, 'E_BAD_PARAM', 'parameter "csv" must be safe (the default) or raw');
    const filters = parseFilters(rest, ['format', 'csv']);
    const { type, ext } = EXPORT_MEDIA[format];
    c.header('Content-Type', type);
    c.header('Content-Disposition', `attachment; filename="sitrep-incidents-${format}.${ext}"`);
    return c.body(toStream(backend.exportIncidents(format, filters, { raw: csv === 'raw' })));
  });
}

/** One article object, an array of them, or {articles:[...]}. */
async function readArticles(c: Context, maxBytes: number, onBytes: (n: number) => void): Promise<unknown[]> {
  const body = await readBody(c, maxBytes, { text: true, onBytes });
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

/**
 * Reads a request's articles and stores each as soon as it is read, in request order: at most the
 * reader's width of them are being read at once, and each reading is dropped once stored, so a batch
 * holds a few readings in memory, not all of them (a 2 MiB article's reading is ~15 MB). Articles
 * already stored are answered without being read again.
 */
async function readAndStore(inputs: { index: number; input: ArticleInput }[], backend: Backend, reader: Reader, signal: AbortSignal | undefined,
  answer: (index: number, r: IngestItemResult) => void): Promise<void> {
  const pending: (Promise<IngestItemResult | { read: ReadResult }> | undefined)[] = [];
  const start = (k: number): void => {
    const { index, input } = inputs[k];
    pending[k] = (async () => {
      const known = await backend.known(input);
      if (known !== null) return { index, key: input.id, status: 'duplicate' as const, articleId: known, incidents: [] };
      return { read: await reader.read(input, signal) };
    })();
  };
  const width = Math.max(1, reader.width);
  for (let k = 0; k < Math.min(width, inputs.length); k++) start(k);
  for (let k = 0; k < inputs.length; k++) {
    const got = await pending[k]!;
    pending[k] = undefined;
    if (k + width < inputs.length) start(k + width);
    const { index, input } = inputs[k];
    const base = { index, key: input.id, articleId: null, incidents: [] as number[] };
    if (!('read' in got)) { answer(index, got); continue; }
    if (!got.read.ok) { answer(index, { ...base, status: 'failed', error: { code: got.read.code, message: got.read.message } }); continue; }
    try {
      const stored = await backend.store(input, got.read.value);
      answer(index, { ...base, ...stored });
    } catch (err) {
      if (signal?.aborted) throw err;
      process.stderr.write(`sitrep serve: storing ${input.id.slice(0, 100)} failed: ${(err as Error)?.message ?? err}\n`);
      answer(index, { ...base, status: 'failed', error: { code: 'E_STORE', message: 'the article could not be stored; the server log has the details' } });
    }
  }
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
