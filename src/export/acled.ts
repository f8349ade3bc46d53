// ACLED's export layout, column for column (ACLED codebook / data export tool), one incident a row.
// Conventions: fatalities is the most conservative figure (the low end of the range); notes is a
// one-sentence summary; source lists the independent outlets, separated by semicolons.
import type { Dossier, Incident } from '../store/store.js';
import { countryInfo } from './countries.js';
import { interaction, interCode, unnamedActor } from './actor-kind.js';
import type { Cell } from './csv.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1',
  'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region',
  'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale',
  'notes', 'fatalities', 'tags', 'timestamp',
  // sitrep's own, after ACLED's: whether a person checked the row (src/review): unreviewed, confirmed or corrected.
  'reviewed',
] as const;

/** ACLED's disorder types: political violence, demonstrations, strategic developments. */
export function disorderType(i: Pick<Incident, 'eventType' | 'subEventType'>): string {
  if (i.subEventType === 'Excessive force against protesters') return 'Political violence; Demonstrations';
  if (i.eventType === 'Protests' || i.eventType === 'Riots') return 'Demonstrations';
  if (i.eventType === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

/** ACLED's event_date, year and time_precision for an incident. A day (precision 1) is itself; a week or a
 * range (2) and a month (3) are coded to the latest day the event may have happened, as ACLED's own notes
 * code a span ("Around 8 May 2020 (from 24 April-8 May)") and an event known from its report ("Around 4
 * May 2020 (as reported)"). ACLED records no event without a date: an incident sitrep could not date (no
 * date in its reports, no publication date) is coded to the day sitrep first stored it, the latest it can
 * have happened, with the lowest precision (3), and tagged "date unknown" so that it can be filtered out. */
export function acledDate(i: Pick<Incident, 'dateStart' | 'dateEnd' | 'datePrecision' | 'created'>): { date: string; year: number; precision: 1 | 2 | 3; known: boolean } {
  const known = Boolean(i.dateStart);
  const date = !known ? i.created.slice(0, 10) : i.datePrecision === 1 ? i.dateStart! : (i.dateEnd ?? i.dateStart!);
  return { date, year: Number(date.slice(0, 4)), precision: known ? i.datePrecision : 3, known };
}

/** Independent outlets: one per syndication group, in the order they reported. */
export function independentOutlets(d: Dossier): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const m of d.members) {
    if (seen.has(m.group)) continue;
    seen.add(m.group);
    if (m.outlet && !out.includes(m.outlet)) out.push(m.outlet);
  }
  return out;
}

export function acledRow(d: Dossier): Cell[] {
  const i = d.incident;
  const c = countryInfo(i.country);
  // ACLED records no event without an actor1: one the reports did not name is coded as the codebook does.
  const actor1 = i.actor1 ?? unnamedActor(i.eventType, c?.name ?? null);
  const inter1 = interCode(actor1, i.country);
  const inter2 = interCode(i.actor2, i.country);
  const civilians = i.eventType === 'Violence against civilians' || inter2 === 7;
  const assoc = i.assocActors.join('; ');
  const when = acledDate(i);
  const row: Record<(typeof ACLED_COLUMNS)[number], Cell> = {
    event_id_cnty: `${c?.iso3 ?? 'XXX'}${i.id}`,
    event_date: when.date,
    year: when.year,
    time_precision: when.precision,
    disorder_type: disorderType(i),
    event_type: i.eventType,
    sub_event_type: i.subEventType,
    actor1,
    assoc_actor_1: assoc,
    inter1: inter1 || '',
    actor2: i.actor2 ?? '',
    assoc_actor_2: '',
    inter2: inter2 || '',
    interaction: interaction(inter1, inter2) || '',
    civilian_targeting: civilians ? 'Civilian targeting' : '',
    iso: c?.numeric ?? '',
    region: c?.region ?? '',
    country: c?.name ?? i.country ?? '',
    admin1: i.admin1 ?? '',
    admin2: '',
    admin3: '',
    location: i.locationName ?? '',
    latitude: i.lat != null ? Number(i.lat.toFixed(4)) : '',
    longitude: i.lon != null ? Number(i.lon.toFixed(4)) : '',
    geo_precision: i.geoPrecision ?? '',
    source: independentOutlets(d).join('; '),
    source_scale: '',
    notes: i.summary,
    fatalities: i.fatalities?.low ?? 0,
    tags: `status: ${i.status}; independent sources: ${i.sources}${when.known ? '' : '; date unknown'}${i.actor1 ? '' : '; actor unknown'}`,
    timestamp: Math.floor(Date.parse(i.updated) / 1000),
    reviewed: i.review.state,
  };
  return ACLED_COLUMNS.map((k) => row[k]);
}
