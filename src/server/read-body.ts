// Request bodies: JSON (or, for one article, text), within a size limit, anything else a 4xx with a code.
import type { Context } from 'hono';
import { ApiError } from './errors.js';
import { crossOrigin } from './guard.js';

export type Body = { kind: 'json'; value: unknown } | { kind: 'text'; value: string; html: boolean };

/**
 * Reads the body once, counting bytes as they arrive so an oversize body is refused early.
 * JSON routes take `application/json` only. The routes that take one article (`text: true`) also take
 * `text/plain` and `text/html` — the types a page on another origin can send without a CORS preflight
 * (a `<form enctype=text/plain>`, `fetch` with `mode: 'no-cors'`) — and only from a client that is not a
 * browser on another origin: the origin rule (guard.ts) refuses those first, and this check again, so
 * that neither alone stands between another site and the store.
 */
export async function readBody(c: Context, maxBytes: number, opts: { text?: boolean; onBytes?: (n: number) => void } = {}): Promise<Body> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const isJson = type === 'application/json' || type.endsWith('+json');
  const isText = opts.text === true && (type === 'text/plain' || type === 'text/html');
  if (!isJson && !isText) {
    const allowed = opts.text ? 'application/json, text/plain or text/html' : 'application/json';
    throw new ApiError(415, 'E_MEDIA_TYPE', `send ${allowed}, not "${type.slice(0, 60) || 'nothing'}"`);
  }
  if (isText && crossOrigin(c)) throw new ApiError(415, 'E_MEDIA_TYPE', 'a text body from another origin is refused; send application/json');
  const bytes = await readLimited(c.req.raw, maxBytes, opts.onBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(422, 'E_ENCODING', 'the body is not valid UTF-8');
  }
  if (isText) return { kind: 'text', value: text, html: type === 'text/html' };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch {
    throw new ApiError(400, 'E_BAD_JSON', 'the body is not valid JSON');
  }
}

async function readLimited(req: Request, maxBytes: number, onBytes?: (n: number) => void): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch {
      // The client closed the connection mid-body: nobody is left to answer, and it is no fault of ours.
      throw new ApiError(400, 'E_ABORTED', 'the request body ended early (the client went away)');
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    try {
      onBytes?.(value.byteLength);
    } catch (err) {
      await reader.cancel().catch(() => {});
      throw err;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'E_TOO_LARGE', `the request body is over ${maxBytes} bytes, this route's limit`);
}
