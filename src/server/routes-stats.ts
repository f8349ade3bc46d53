// The charts' data: incidents and fatalities over time by event type, and the top actors and actor
// pairs, each under the same filters as /api/incidents and /api/export (src/filters/grammar.ts), counted
// by the store in SQL (src/store/stats-sql.ts). The OpenAPI entries live here beside the routes.
import type { Hono } from 'hono';
import type { Backend } from './backend.js';
import { ApiError } from './errors.js';
import { parseFilters } from './params.js';
import { TIME_BUCKETS, type TimeBucket } from '../store/store.js';
import { apiName, FILTERS, intValue, FilterError } from '../filters/grammar.js';

export const ACTOR_LIMIT = { default: 10, max: 100 } as const;

/** The stats paths and the methods each answers (app.ts ROUTES, for 405s). */
export const STATS_ROUTES: [RegExp, string[]][] = [
  [/^\/api\/stats\/time$/, ['GET']],
  [/^\/api\/stats\/actors$/, ['GET']],
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
}

const int = { type: 'integer' };
const str = { type: 'string' };
const filterParams = () => FILTERS.map((d) => ({ name: d.name, in: 'query', required: false, description: `${d.arg}: ${d.help}`, schema: d.schema }));
const bad = { 400: { description: 'a parameter is unknown or invalid', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } };
const counted = { incidents: int, fatalities: { ...int, description: 'the sum of the incidents\' best fatality figures' } };

/** The OpenAPI paths of the stats routes (openapi.ts spreads them into its paths). */
export const statsPaths = {
  '/api/stats/time': {
    get: {
      summary: 'incidents and fatalities per day, ISO week or month and event type, for the filters',
      description: 'Undated incidents are left out. `start` is the first day of the bucket (a week starts on Monday). Buckets without incidents are absent.',
      parameters: [{ name: 'bucket', in: 'query', required: false, schema: { type: 'string', enum: TIME_BUCKETS, default: 'day' } }, ...filterParams()],
      responses: {
        200: {
          description: 'the rows, by start then type',
          content: { 'application/json': { schema: { type: 'object', properties: { bucket: str, rows: { type: 'array', items: { type: 'object', properties: { start: { type: 'string', format: 'date' }, type: str, ...counted } } } } } } },
        },
        ...bad,
      },
    },
  },
  '/api/stats/actors': {
    get: {
      summary: 'the actors and actor pairs (actor1 → actor2) with most incidents, for the filters',
      description: 'An incident counts once for each of its actors. Filter by an actor with actor=, by a pair with dyad=ACTOR1|ACTOR2.',
      parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: ACTOR_LIMIT.max, default: ACTOR_LIMIT.default } }, ...filterParams()],
      responses: {
        200: {
          description: 'most incidents first, then most fatalities',
          content: { 'application/json': { schema: { type: 'object', properties: {
            actors: { type: 'array', items: { type: 'object', properties: { name: str, ...counted } } },
            dyads: { type: 'array', items: { type: 'object', properties: { actor1: str, actor2: str, ...counted } } },
          } } } },
        },
        ...bad,
      },
    },
  },
};
