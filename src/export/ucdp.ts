// UCDP GED's layout for the fields sitrep can fill (UCDP GED codebook): deaths as best/low/high,
// where_prec and date_prec on UCDP's scales. UCDP codes organised violence only, so protests, riots and
// strategic developments are not exported in this format.
import type { Dossier, Incident } from '../store/store.js';
import { countryInfo } from './countries.js';
import { interCode } from './actor-kind.js';
import { independentOutlets } from './acled.js';
import type { Cell } from './csv.js';

export const UCDP_COLUMNS = [
  'id', 'year', 'type_of_violence', 'side_a', 'side_b', 'number_of_sources', 'source_article', 'source_office', 'source_date',
  'source_headline', 'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'latitude', 'longitude', 'geom_wkt',
  'country', 'country_id', 'region', 'event_clarity', 'date_prec', 'date_start', 'date_end', 'deaths_unknown', 'best', 'high', 'low',
] as const;

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

export function inUcdp(d: Dossier): boolean {
  return VIOLENT.has(d.incident.eventType);
}

// UCDP where_prec: 1 exact place, 2 within ~25 km, 4 first-order admin unit. date_prec: 1 day, 3 week, 4 month,
// 5 known only within a year.
const WHERE_PREC: Record<number, number> = { 1: 1, 2: 2, 3: 4 };
const DATE_PREC: Record<number, number> = { 1: 1, 2: 3, 3: 4 };
// UCDP regions are coarser than ACLED's.
const UCDP_REGION: [RegExp, string][] = [[/Africa/, 'Africa'], [/Middle East/, 'Middle East'], [/Asia|Caucasus/, 'Asia'], [/Europe/, 'Europe'], [/America|Caribbean/, 'Americas']];

/** UCDP GED's date_start, date_end (the earliest and latest day the event may have happened) and date_prec.
 * GED records no event without dates: an incident sitrep could not date is given the year up to the day
 * sitrep first stored it (the latest it can have happened), date_prec 5 (known only within a year), and
 * event_clarity 2. */
export function ucdpDates(i: Pick<Incident, 'dateStart' | 'dateEnd' | 'datePrecision' | 'created'>): { start: string; end: string; prec: number; known: boolean } {
  if (i.dateStart) return { start: i.dateStart, end: i.dateEnd ?? i.dateStart, prec: DATE_PREC[i.datePrecision], known: true };
  const end = i.created.slice(0, 10);
  const start = new Date(Date.parse(`${end}T12:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  return { start, end, prec: 5, known: false };
}

export function ucdpRow(d: Dossier): Cell[] {
  const i = d.incident;
  const c = countryInfo(i.country);
  const a = interCode(i.actor1);
  const b = interCode(i.actor2);
  // 1 state-based (a state is a side), 2 non-state, 3 one-sided violence against civilians.
  const type = i.eventType === 'Violence against civilians' || b === 7 ? 3 : a === 1 || b === 1 ? 1 : 2;
  const f = i.fatalities;
  const dates = ucdpDates(i);
  const row: Record<(typeof UCDP_COLUMNS)[number], Cell> = {
    id: i.id,
    year: Number((dates.known ? dates.start : dates.end).slice(0, 4)),
    type_of_violence: type,
    side_a: i.actor1 ?? '',
    side_b: i.actor2 ?? (type === 3 ? 'Civilians' : ''),
    number_of_sources: i.sources,
    source_article: d.members.map((m) => [m.outlet, m.published, m.title].filter(Boolean).join(' ')).join(';'),
    source_office: independentOutlets(d).join(';'),
    source_date: [...new Set(d.members.map((m) => m.published).filter(Boolean))].join(';'),
    source_headline: [...new Set(d.members.map((m) => m.title).filter(Boolean))].join(';'),
    where_prec: i.geoPrecision ? WHERE_PREC[i.geoPrecision] : 6,
    where_coordinates: i.locationName ?? '',
    where_description: i.summary,
    adm_1: i.admin1 ?? '',
    latitude: i.lat ?? '',
    longitude: i.lon ?? '',
    geom_wkt: i.lat != null && i.lon != null ? `POINT (${i.lon} ${i.lat})` : '',
    country: c?.name ?? i.country ?? '',
    country_id: c?.numeric ?? '',
    region: UCDP_REGION.find(([re]) => re.test(c?.region ?? ''))?.[1] ?? '',
    // 1: the incident is clearly reported; 2: too little is known (no place or no figure).
    event_clarity: i.lat != null && f && dates.known ? 1 : 2,
    date_prec: dates.prec,
    date_start: dates.start,
    date_end: dates.end,
    deaths_unknown: f?.best ?? 0,
    best: f?.best ?? 0,
    high: f?.high ?? 0,
    low: f?.low ?? 0,
  };
  return UCDP_COLUMNS.map((k) => row[k]);
}
