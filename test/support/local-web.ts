// A web server on a loopback address for the tests of `sitrep watch` and `sitrep ingest URL`: feeds and
// pages written for the tests, answers that change between polls, and every request logged. No test of
// this project contacts anything but loopback.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

// Every sitrep HTTP client made in this process, and in the sitrep processes it starts, refuses any host
// but loopback (src/sources/http.ts loopbackOnly); scripts/test.mjs sets it for every test besides.
process.env.SITREP_LOOPBACK_ONLY = '1';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status?: number;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
}

export type Handler = Answer | ((req: IncomingMessage, res: ServerResponse) => void | Answer | Promise<void | Answer>);

export interface Request { method: string; path: string; headers: IncomingMessage['headers']; at: number }

export interface LocalWeb {
  /** http://HOST:PORT */
  base: string;
  host: string;
  requests: Request[];
  /** Requests for a path (query included). */
  hits(path: string): number;
  route(path: string, handler: Handler): void;
  /** Requests still open (a test's slow drip or held answer). */
  open(): number;
  close(): Promise<void>;
}

/** Starts a server on `address` (any of 127.0.0.0/8); unknown paths answer 404. */
export async function localWeb(address = '127.0.0.1', routes: Record<string, Handler> = {}): Promise<LocalWeb> {
  const table = new Map<string, Handler>(Object.entries(routes));
  const requests: Request[] = [];
  const sockets = new Set<import('node:net').Socket>();
  let inFlight = 0;
  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, at: Date.now() });
    inFlight++;
    res.on('close', () => { inFlight--; });
    const handler = table.get(path) ?? table.get(path.split('?')[0]) ?? { status: 404, body: 'not found' };
    try {
      const answer = typeof handler === 'function' ? await handler(req, res) : handler;
      if (answer && !res.headersSent) {
        res.writeHead(answer.status ?? 200, Object.fromEntries(Object.entries(answer.headers ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string>);
        res.end(answer.body ?? '');
      }
    } catch (err) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    }
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, address, () => resolve()); });
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://${address}:${port}`,
    host: `${address}:${port}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    route: (path, handler) => { table.set(path, handler); },
    open: () => inFlight,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A fake clock: sleeping moves time on at once, and every sleep is recorded. */
export function fakeClock(start = Date.UTC(2026, 2, 13, 12, 0)) {
  const clock = {
    t: start,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => { clock.sleeps.push(ms); clock.t += Math.max(0, ms); },
  };
  return clock;
}

export const html = (body: string, head = ''): string => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

export const rss = (title: string, items: { title: string; link: string; date?: string }[]): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>http://example.invalid/</link><description>test feed</description>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}<guid>${i.link}</guid></item>`).join('\n')}
</channel></rss>`;
