// The charts' and the choropleth's data: incidents and fatalities over time by event type, the top actors
// and actor pairs, and the counts per country or admin-1 area, each under the same filters as
// /api/incidents and /api/export (src/filters/grammar.ts), counted by the store in SQL (stats-sql.ts,
// place-counts.ts). Described in openapi.ts with the other routes.
import type { Hono } from 'hono';
import type { Backend } from './backend.js';
import { ApiError } from './errors.js';
import { parseFilters } from './params.js';
import { TIME_BUCKETS, type TimeBucket } from '../store/store.js';
import { apiName, intValue, FilterError } from '../filters/grammar.js';
import { PLACE_GROUPINGS, type PlaceGrouping } from '../store/place-counts.js';

export const ACTOR_LIMIT = { default: 10, max: 100 } as const;

/** The stats paths and the methods each answers (app.ts ROUTES, for 405s). */
export const STATS_ROUTES: [RegExp, string[]][] = [
  [/^\/api\/stats\/time$/, ['GET']],
  [/^\/api\/stats\/actors$/, ['GET']],
  [/^\/api\/stats\/places$/, ['GET']],
];

export function statsRoutes(app: Hono, backend: Backend): void {
  app.get('/api/stats/time', async (c) => {
    const { bucket = 'day', ...rest } = c.req.query();
    if (!TIME_BUCKETS.includes(bucket as TimeBucket)) throw new ApiError(400, 'E_BAD_PARAM', `parameter "bucket" must be one of ${TIME_BUCKETS.join(', ')}; got ${JSON.stringify(bucket.slice(0, 40))}`);
    const rows = await backend.statsTime(parseFilters(rest, ['bucket']), bucket as TimeBucket);
    return c.json({ bucket, rows });
  });

  app.get('/api/stats/actors', async (c) => {
    const { limit, ...rest } = c.req.query();
    let n: number = ACTOR_LIMIT.default;
    try {
      if (limit !== undefined) n = intValue(limit, 'limit', 1, ACTOR_LIMIT.max, apiName);
    } catch (err) {
      if (err instanceof FilterError) throw new ApiError(400, 'E_BAD_PARAM', err.message);
      throw err;
    }
    return c.json(await backend.statsActors(parseFilters(rest, ['limit']), n));
  });

  app.get('/api/stats/places', async (c) => {
    const { by = 'country', ...rest } = c.req.query();
    if (!PLACE_GROUPINGS.includes(by as PlaceGrouping)) throw new ApiError(400, 'E_BAD_PARAM', `parameter "by" must be one of ${PLACE_GROUPINGS.join(', ')}, got ${JSON.stringify(by.slice(0, 40))}`);
    const rows = await backend.placeCounts(by as PlaceGrouping, parseFilters(rest));
    return c.json({ by, rows });
  });
}
