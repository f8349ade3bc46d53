// What the routes that read articles share: the reader (worker threads with a time budget under
// `sitrep serve`), the admission limits, and who the client is.
import type { Context } from 'hono';
import type { Admission, Ticket } from './admission.js';
import type { Reader } from './reader.js';

export interface Reading {
  reader: Reader;
  /** Runs `fn` as an admitted reading request (429/503 past the limits), released however it ends. */
  admit(c: Context, fn: (ticket: Ticket) => Promise<Response>): Promise<Response>;
}

export function reading(reader: Reader, admission: Admission): Reading {
  return {
    reader,
    async admit(c, fn) {
      let ticket: Ticket;
      try {
        ticket = admission.enter(clientOf(c));
      } catch (err) {
        // A small body is read before the refusal goes out: closing a connection with unread bytes resets
        // it, and a client could lose the 429/503 (and its Retry-After) to that reset.
        await drainSmall(c);
        throw err;
      }
      try {
        return await fn(ticket);
      } finally {
        ticket.leave();
      }
    },
  };
}

/** The client's address (a request built in-process has none: all such are one client). */
export function clientOf(c: Context): string {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket;
  return socket?.remoteAddress ?? 'in-process';
}

/** Bodies up to this size are read and dropped before a refusal; larger ones are left to the adapter. */
const DRAIN_BYTES = 1024 * 1024;

async function drainSmall(c: Context): Promise<void> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  const body = c.req.raw.body;
  if (!body || !(declared <= DRAIN_BYTES)) return;
  const reader = body.getReader();
  try {
    for (let n = 0; n <= DRAIN_BYTES;) {
      const { done, value } = await reader.read();
      if (done) return;
      n += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client went away: nothing to drain.
  }
}
