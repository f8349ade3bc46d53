// POST /api/extract: one article in, its reading out, nothing stored.
import type { Hono } from 'hono';
import { ApiError, statusForFailure } from './errors.js';
import { readBody } from './read-body.js';
import { isFailure, toArticleInput } from './article-input.js';
import type { Reading } from './reading.js';

export function extractRoutes(app: Hono, reading: Reading, maxBytes: number): void {
  app.post('/api/extract', (c) => reading.admit(c, async (ticket) => {
    const body = await readBody(c, maxBytes, { text: true, onBytes: ticket.grow });
    const published = c.req.query('published');
    const raw = body.kind === 'json' ? body.value : { id: 'request', text: body.value, ...(published ? { published } : {}) };
    const input = toArticleInput(raw, 'request');
    if (isFailure(input)) throw new ApiError(422, input.code, input.message);
    const result = await reading.reader.read(input, c.req.raw.signal);
    if (!result.ok) throw new ApiError(statusForFailure(result.code), result.code, result.message, result.code === 'E_BUSY' ? 5 : undefined);
    // The text the offsets refer to always travels with the result (HTML input is reduced to text).
    return c.json({ ...result.value, text: result.value.text ?? input.text });
  }));
}
