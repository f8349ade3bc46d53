// The HTTP app: security headers, the host and origin rules (guard.ts), token check, routes, and one
// error handler that answers every failure as {error:{code,message}} with a fitting status. Built
// in-process, so tests call app.request(); listen.ts puts it on a socket.
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { Backend } from './backend.js';
import { ApiError, errorBody } from './errors.js';
import { requireToken, securityHeaders } from './security.js';
import { hostRule, LOOPBACK_HOSTS, originRule } from './guard.js';
import { Admission, type AdmissionOptions } from './admission.js';
import { inProcessReader, type Reader } from './reader.js';
import { reading } from './reading.js';
import { extractRoutes } from './routes-extract.js';
import { dataRoutes } from './routes-data.js';
import { sourcesRoutes } from './routes-sources.js';
import { STATS_ROUTES, statsRoutes } from './routes-stats.js';
import { mapRoutes } from './routes-map.js';
import { loadGazetteer, type Gazetteer } from '../gazetteer/index.js';
import { openapi } from './openapi.js';
import { staticHandler } from './static.js';
import { LIMITS } from '../io/limits.js';

export interface AppOptions {
  backend: Backend;
  /** When set, every POST needs `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Host names the server answers to (guard.ts; default the loopback names). */
  allowedHosts?: readonly string[];
  /** How articles are read (default: on the calling thread, no time budget; `sitrep serve` gives a ThreadReader). */
  reader?: Reader;
  /** Limits on reading requests in progress (admission.ts). */
  admission?: AdmissionOptions;
  /** Body limits in bytes: one article (extract), and a batch (ingest). */
  maxArticleBytes?: number;
  maxBatchBytes?: number;
  /** Where the built web app is (default: the package's dist/web). */
  webRoot?: string;
  /** A vector basemap (PMTiles) the web map draws under the incidents (`sitrep serve --basemap`). */
  basemap?: string | null;
  /** The gazetteer behind the map's town labels (default: the package's). */
  gazetteer?: () => Gazetteer;
}

// src/server and dist/server both sit two levels below the package root.
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** API paths and the methods each answers, for 405s. */
export const ROUTES: [RegExp, string[]][] = [
  [/^\/api\/incidents$/, ['GET']],
  [/^\/api\/incidents\/[^/]+$/, ['GET']],
  [/^\/api\/incidents\/[^/]+\/review$/, ['POST']],
  [/^\/api\/articles$/, ['POST']],
  [/^\/api\/articles\/[^/]+$/, ['GET']],
  [/^\/api\/extract$/, ['POST']],
  [/^\/api\/export$/, ['GET']],
  [/^\/api\/sources$/, ['GET']],
  ...STATS_ROUTES,
  [/^\/api\/places$/, ['GET']],
  [/^\/api\/basemap$/, ['GET']],
  [/^\/api\/openapi\.json$/, ['GET']],
  [/^\/healthz$/, ['GET']],
];

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  const maxArticle = opts.maxArticleBytes ?? LIMITS.maxArticleBytes + 64 * 1024;
  const maxBatch = opts.maxBatchBytes ?? 32 * 1024 * 1024;

  const admission = new Admission(opts.admission);
  const reads = reading(opts.reader ?? inProcessReader(), admission);

  app.use('*', securityHeaders);
  app.use('*', hostRule(opts.allowedHosts ?? LOOPBACK_HOSTS));
  app.use('*', originRule());
  app.use('/api/*', requireToken(opts.token ?? null));

  app.get('/healthz', async (c) => {
    const stats = await opts.backend.stats();
    return c.json({ ok: true, version: '0.1.0', store: stats });
  });
  app.get('/api/openapi.json', (c) => c.json(openapi));
  extractRoutes(app, reads, maxArticle);
  dataRoutes(app, opts.backend, reads, maxBatch);
  sourcesRoutes(app, opts.backend);
  statsRoutes(app, opts.backend);
  mapRoutes(app, opts.gazetteer ?? (() => loadGazetteer()), opts.basemap ?? null);

  app.all('/api/*', (c) => methodOrNotFound(c.req.path, c.req.method));
  app.all('/healthz', (c) => methodOrNotFound(c.req.path, c.req.method));
  const serveWeb = staticHandler(opts.webRoot ?? DEFAULT_WEB_ROOT);
  app.get('*', serveWeb);
  app.all('*', (c) => methodOrNotFound(c.req.path, c.req.method));

  app.onError((err, c) => {
    if (err instanceof ApiError) {
      if (err.retryAfter !== undefined) c.header('Retry-After', String(err.retryAfter));
      return c.json(errorBody(err.code, err.message), err.status);
    }
    // The client went away (a closed connection aborts the request): nobody to answer, nothing to log.
    if (c.req.raw.signal?.aborted) return c.json(errorBody('E_ABORTED', 'the client went away'), 400);
    // A bug of ours: say so without leaking internals, and keep the stack on the server's stderr.
    process.stderr.write(`sitrep serve: internal error on ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? err}\n`);
    return c.json(errorBody('E_INTERNAL', 'internal error; the server log has the details'), 500);
  });
  return app;
}

function methodOrNotFound(path: string, method: string): never {
  const route = ROUTES.find(([re]) => re.test(path));
  if (route && !route[1].includes(method)) throw new ApiError(405, 'E_METHOD', `${method} is not allowed on ${path}; use ${route[1].join(', ')}`);
  throw new ApiError(404, 'E_NOT_FOUND', `no route ${method} ${path.slice(0, 100)}`);
}
