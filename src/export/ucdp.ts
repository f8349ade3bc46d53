// UCDP GED's layout for the fields sitrep can fill (UCDP GED codebook): deaths as best/low/high,
// where_prec and date_prec on UCDP's scales, the sources as the codebook lays them out. UCDP codes
// organised violence only, so protests, riots and strategic developments are not exported in this format.
import type { Dossier, Incident } from '../store/store.js';
import { countryInfo } from './countries.js';
import { interCode, unnamedActor } from './actor-kind.js';
import type { Cell } from './csv.js';

export const UCDP_COLUMNS = [
  'id', 'year', 'type_of_violence', 'side_a', 'side_b', 'number_of_sources', 'source_article', 'source_office', 'source_date',
  'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'latitude', 'longitude',
  'geom_wkt', 'country', 'country_id', 'region', 'event_clarity', 'date_prec', 'date_start', 'date_end', 'deaths_unknown', 'best',
  'high', 'low',
  // sitrep's own, after UCDP's: whether a person checked the row (src/review): unreviewed, confirmed or corrected.
  'reviewed',
] as const;

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

export function inUcdp(d: Dossier): boolean {
  return VIOLENT.has(d.incident.eventType);
}

// UCDP where_prec: 1 the exact place, 2 within ~25 km of a known point, 3 a second-order administrative
// unit, 4 a first-order one, 5 a part of a country, 6 the country, 7 international waters or airspace.
// An undated incident is given date_prec 5 (known only within a year): see ucdpDates.
const WHERE_PREC: Record<number, number> = { 1: 1, 2: 2, 3: 4 };
// UCDP regions follow the Gleditsch-Ward numbering, not ACLED's or the UN's: the Caucasus states are in
// Europe, Egypt in the Middle East, the rest as their ACLED region says.
const UCDP_REGION: [RegExp, string][] = [[/Africa/, 'Africa'], [/Middle East/, 'Middle East'], [/Asia/, 'Asia'], [/Europe/, 'Europe'], [/America|Caribbean/, 'Americas']];
const REGION_BY_COUNTRY: Record<string, string> = { AM: 'Europe', AZ: 'Europe', GE: 'Europe', EG: 'Middle East' };

/**
 * UCDP date_prec: 1 the exact day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 longer. A range says it
 * by its length; a single date by its ACLED precision (1 the day, 2 the week, 3 the month).
 */
export function datePrec(start: string | null, end: string | null, precision: 1 | 2 | 3): number {
  const days = start && end ? Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1 : 1;
  if (days > 1) return days <= 6 ? 2 : days <= 7 ? 3 : days <= 31 ? 4 : 5;
  return { 1: 1, 2: 3, 3: 4 }[precision];
}

// The source columns hold one entry per report, in the same order, separated by ";" (UCDP's separator),
// so a semicolon inside an entry (a headline's) becomes a comma.
const entry = (s: string | null | undefined): string => (s ?? '').replace(/;/g, ',').replace(/\s+/g, ' ').trim();
const list = (items: (string | null | undefined)[]): string => items.map(entry).join(';');

/** A report as a reader would cite it: outlet, headline, URL (its date is source_date's). */
function reference(m: Dossier['members'][number]): string {
  const parts = [m.outlet, m.title ? `"${m.title}"` : null, m.url].filter(Boolean);
  return parts.length ? parts.join(', ') : `sitrep article ${m.articleId}`;
}

/** UCDP GED's date_start, date_end (the earliest and latest day the event may have happened) and date_prec.
 * GED records no event without dates: an incident sitrep could not date is given its year up to the day
 * sitrep first stored it (from 1 January to the latest day it can have happened), date_prec 5 (known only within a year), and
 * event_clarity 2. */
export function ucdpDates(i: Pick<Incident, 'dateStart' | 'dateEnd' | 'datePrecision' | 'created'>): { start: string; end: string; prec: number; known: boolean } {
  if (i.dateStart) return { start: i.dateStart, end: i.dateEnd ?? i.dateStart, prec: datePrec(i.dateStart, i.dateEnd, i.datePrecision), known: true };
  const end = i.created.slice(0, 10);
  const start = `${end.slice(0, 4)}-01-01`;
  return { start, end, prec: 5, known: false };
}

export function ucdpRow(d: Dossier): Cell[] {
  const i = d.incident;
  const c = countryInfo(i.country);
  // A side nobody named is the codebook's unidentified armed group, as in ACLED's export.
  const sideA = i.actor1 ?? unnamedActor(i.eventType, c?.name ?? null);
  const a = interCode(sideA);
  const b = interCode(i.actor2);
  // 1 state-based (a state is a side), 2 non-state, 3 one-sided violence against civilians.
  const type = i.eventType === 'Violence against civilians' || b === 7 ? 3 : a === 1 || b === 1 ? 1 : 2;
  const f = i.fatalities;
  // Who the reports quote: the "original source" behind the outlets (a ministry, residents, a monitor).
  const dates = ucdpDates(i);
  const originals = [...new Set(d.members.flatMap((m) => m.claims.map((cl) => cl.source.name)))];
  const row: Record<(typeof UCDP_COLUMNS)[number], Cell> = {
    id: i.id,
    year: Number(dates.start.slice(0, 4)),
    type_of_violence: type,
    side_a: sideA,
    side_b: i.actor2 ?? (type === 3 ? 'Civilians' : ''),
    number_of_sources: i.sources,
    source_article: list(d.members.map(reference)),
    source_office: list(d.members.map((m) => m.outlet)),
    source_date: list(d.members.map((m) => m.published)),
    source_headline: list(d.members.map((m) => m.title)),
    source_original: list(originals),
    where_prec: i.geoPrecision ? WHERE_PREC[i.geoPrecision] : 6,
    where_coordinates: i.locationName ?? '',
    where_description: [i.locationName, i.admin1, c?.name ?? i.country].filter(Boolean).join(', '),
    adm_1: i.admin1 ?? '',
    latitude: i.lat ?? '',
    longitude: i.lon ?? '',
    geom_wkt: i.lat != null && i.lon != null ? `POINT (${i.lon} ${i.lat})` : '',
    country: c?.name ?? i.country ?? '',
    // UCDP's country_id is a Gleditsch-Ward code, which sitrep has no table of: left empty rather than
    // filled with a number of another scheme (the ISO code is in the ACLED export's iso).
    country_id: '',
    region: (c && (REGION_BY_COUNTRY[c.iso2] ?? UCDP_REGION.find(([re]) => re.test(c.region))?.[1])) ?? '',
    // 1: the incident is clearly reported; 2: too little is known (no place or no figure).
    event_clarity: i.lat != null && f && dates.known ? 1 : 2,
    date_prec: dates.prec,
    date_start: dates.start,
    date_end: dates.end,
    deaths_unknown: f?.best ?? 0,
    best: f?.best ?? 0,
    high: f?.high ?? 0,
    low: f?.low ?? 0,
    reviewed: i.review.state,
  };
  return UCDP_COLUMNS.map((k) => row[k]);
}
