// POST /api/extract: one article in, its reading out, nothing stored.
import type { Hono } from 'hono';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { ApiError, statusForFailure } from './errors.js';
import { readBody } from './read-body.js';
import { isFailure, toArticleInput } from './article-input.js';

export function extractRoutes(app: Hono, maxBytes: number): void {
  app.post('/api/extract', async (c) => {
    const body = await readBody(c, maxBytes);
    const published = c.req.query('published');
    const raw = body.kind === 'json' ? body.value : { id: 'request', text: body.value, ...(published ? { published } : {}) };
    const input = toArticleInput(raw, 'request');
    if (isFailure(input)) throw new ApiError(422, input.code, input.message);
    let result;
    try {
      result = extractArticle(input, getContext());
    } catch (err) {
      throw new ApiError(500, 'E_INTERNAL', `the reader failed on this article: ${String((err as Error)?.message ?? err).slice(0, 200)}`);
    }
    if (!result.ok) throw new ApiError(statusForFailure(result.code), result.code, result.message);
    // The text the offsets refer to always travels with the result (HTML input is reduced to text).
    return c.json({ ...result.value, text: result.value.text ?? input.text });
  });
}
