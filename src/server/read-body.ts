// Request bodies: JSON or text, within a size limit, anything else a 4xx with a code.
import type { Context } from 'hono';
import { ApiError } from './errors.js';

export type Body = { kind: 'json'; value: unknown } | { kind: 'text'; value: string; html: boolean };

/** Reads the body once, counting bytes as they arrive so an oversize body is refused early. */
export async function readBody(c: Context, maxBytes: number): Promise<Body> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const isJson = type === 'application/json' || type.endsWith('+json');
  const isText = type === 'text/plain' || type === 'text/html';
  if (!isJson && !isText) {
    throw new ApiError(415, 'E_MEDIA_TYPE', `send application/json, text/plain or text/html, not "${type.slice(0, 60) || 'nothing'}"`);
  }
  const bytes = await readLimited(c.req.raw, maxBytes);
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

async function readLimited(req: Request, maxBytes: number): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
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
