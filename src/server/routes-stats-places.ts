// GET /api/stats/places: incidents and fatalities per country or admin-1 area under the same filters as
// /api/incidents (src/filters/grammar.ts), counted by the store: the web app's choropleth.
import type { Hono } from 'hono';
import type { Backend } from './backend.js';
import { ApiError } from './errors.js';
import { parseFilters } from './params.js';
import { PLACE_GROUPINGS, type PlaceGrouping } from '../store/place-counts.js';

export function placeStatsRoutes(app: Hono, backend: Backend): void {
  app.get('/api/stats/places', async (c) => {
    const { by = 'country', ...rest } = c.req.query();
    if (!PLACE_GROUPINGS.includes(by as PlaceGrouping)) throw new ApiError(400, 'E_BAD_PARAM', `parameter "by" must be one of ${PLACE_GROUPINGS.join(', ')}, got ${JSON.stringify(by.slice(0, 40))}`);
    const rows = await backend.placeCounts(by as PlaceGrouping, parseFilters(rest));
    return c.json({ by, rows });
  });
}
