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
      const ticket = admission.enter(clientOf(c));
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
