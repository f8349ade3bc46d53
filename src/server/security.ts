// Headers every response carries, and the bearer-token check on writes.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** Articles are untrusted text: even if one ever reached the DOM as HTML, no inline script may run. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
};

/** POSTs need `Authorization: Bearer TOKEN` when the server was given a token. */
export function requireToken(token: string | null): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (expected && c.req.method === 'POST') {
      const header = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!m) throw new ApiError(401, 'E_NO_TOKEN', 'this server needs "Authorization: Bearer TOKEN" on POST requests');
      // Compare digests of equal length in constant time, so the token cannot be guessed byte by byte.
      if (!timingSafeEqual(digest(m[1]), expected)) throw new ApiError(403, 'E_BAD_TOKEN', 'the bearer token is not the one this server was started with');
    }
    await next();
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}
