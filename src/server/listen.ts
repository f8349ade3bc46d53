// The app on a socket. Requests that never reach the app still get the API's answer: a JSON error body
// with a code and the security headers. Node refuses some before any handler runs (a request line or
// headers over 16 KiB: 431; a malformed request: 400; a slow one: 408), and @hono/node-server refuses a
// malformed Host with a bare 400; both are answered here. A client that goes away is no error of ours:
// nothing is logged for it.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { errorBody } from './errors.js';
import { CSP } from './security.js';

/** Headers every answer carries (security.ts sets the same on the app's own answers). */
const HEADERS: Record<string, string> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** Errors of a socket whose client went away: closing it is all there is to do. */
const GONE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

export function errorResponse(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify(errorBody(code, message)), { status, headers: HEADERS });
}

/** What Node's parser refused, as a status and a code. */
export function clientErrorAnswer(err: NodeJS.ErrnoException): { status: number; code: string; message: string } {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'E_HEADERS_TOO_LARGE', message: 'the request line and headers are over 16 KiB (a URL that long is refused)' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'E_TIMEOUT', message: 'the request did not arrive in time' };
    default:
      return { status: 400, code: 'E_BAD_REQUEST', message: 'the request is not valid HTTP/1.1' };
  }
}

function rawAnswer(status: number, code: string, message: string): string {
  const body = JSON.stringify(errorBody(code, message));
  const head = Object.entries({ ...HEADERS, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' }).map(([k, v]) => `${k}: ${v}`).join('\r\n');
  return `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\n${head}\r\n\r\n${body}`;
}

/** host[:port], an IPv4, a name or a bracketed IPv6 address, nothing else (no user, path or spaces). */
function validHostHeader(host: string): boolean {
  if (!/^(\[[0-9a-f:.]+\]|[^\s/?#@\\[\]:]+)(:\d{1,5})?$/i.test(host)) return false;
  try {
    return new URL(`http://${host}/`).host !== '';
  } catch {
    return false;
  }
}

export interface ListenOptions {
  port: number;
  hostname: string;
}

/** Starts an HTTP server for `app`; resolves once it listens. */
export function listen(app: Hono, opts: ListenOptions): Promise<Server> {
  const listener = getRequestListener(app.fetch, {
    hostname: opts.hostname,
    // @hono/node-server could not build a Request (a malformed Host, a bad request target).
    errorHandler: (err) => errorResponse(400, 'E_BAD_REQUEST', `the request cannot be read: ${String((err as Error)?.message ?? err).slice(0, 100)}`),
  });
  // Node would answer a request without a Host with a bare 400 of its own: this server answers it (below).
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    // A Host that is not a host name never reaches the adapter (which would answer a bare 400).
    const host = req.headers.host;
    if (host === undefined || !validHostHeader(host)) {
      const body = JSON.stringify(errorBody('E_BAD_HOST', 'the Host header is missing or not a host name'));
      res.writeHead(400, { ...HEADERS, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' }).end(body);
      return;
    }
    void listener(req, res);
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (GONE.has(err.code ?? '') || !socket.writable) {
      socket.destroy();
      return;
    }
    const a = clientErrorAnswer(err);
    socket.end(rawAnswer(a.status, a.code, a.message));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.hostname, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
