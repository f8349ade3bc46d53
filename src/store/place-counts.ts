// Incidents and their dead per country or per admin-1 area, for the filters of an incident query: the
// choropleth of the web app (GET /api/stats/places). Counted in SQL by both adapters over the same WHERE
// clause as the incident list (filter-sql.ts), so a map mode and the list never disagree.

/** How the counts are grouped: by country, or by admin-1 area within its country. */
export const PLACE_GROUPINGS = ['country', 'admin1'] as const;
export type PlaceGrouping = (typeof PLACE_GROUPINGS)[number];

export interface PlaceCount {
  country: string | null;
  /** Only when grouped by admin1 (null: incidents placed in the country alone). */
  admin1?: string | null;
  incidents: number;
  /** The sum of the incidents' best fatality figures (an incident with none counts 0). */
  fatalities: number;
}

/**
 * The grouping statement over `filtered` ("FROM incidents WHERE ..."); `int` casts an aggregate to a
 * plain number where the dialect widens it (PostgreSQL's count is bigint, its sum numeric).
 */
export function placeCountsSql(by: PlaceGrouping, filtered: string, int: (sql: string) => string = (s) => s): string {
  const keys = by === 'admin1' ? ['country', 'admin1'] : ['country'];
  // Unknown places last, in both dialects (SQLite sorts NULL first, PostgreSQL last).
  const order = keys.map((k) => `${k} IS NULL, ${k}`).join(', ');
  return `SELECT ${keys.join(', ')}, ${int('count(*)')} AS incidents, ${int('COALESCE(sum(fat_best), 0)')} AS fatalities ${filtered}
    GROUP BY ${keys.join(', ')} ORDER BY incidents DESC, ${order}`;
}

/** A row of the grouping statement as a PlaceCount. */
export function placeCountFromRow(by: PlaceGrouping, r: any): PlaceCount {
  const out: PlaceCount = { country: r.country ?? null, incidents: Number(r.incidents), fatalities: Number(r.fatalities) };
  if (by === 'admin1') return { country: out.country, admin1: r.admin1 ?? null, incidents: out.incidents, fatalities: out.fatalities };
  return out;
}
