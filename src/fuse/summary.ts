// The one-sentence summary of an incident (ACLED "notes" style: when, who, what, where, toll, sources).
import type { Figure } from '../types.js';
import { countryInfo } from '../export/countries.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const day = (date: string): string => { const [y, m, d] = date.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };

/** ACLED's notes' wording for a date: "On 3 May 2020", "Around 8 May 2020 (from 24 April 2020)" for a span
 * (coded to its last day, as the ACLED export's event_date is), "In May 2020" for a month. */
function when(date: string | null, precision: number, end?: string | null): string {
  if (!date) return 'On an unknown date';
  const [y, m] = date.split('-').map(Number);
  if (precision === 3 && (!end || end.slice(0, 7) === date.slice(0, 7))) return `In ${MONTHS[m - 1]} ${y}`;
  if (precision === 1) return `On ${day(date)}`;
  return end && end !== date ? `Around ${day(end)} (from ${day(date)})` : `Around ${day(date)}`;
}

export interface SummaryInput {
  dateStart: string | null;
  dateEnd?: string | null;
  datePrecision: number;
  actor1: string | null;
  actor2: string | null;
  subEventType: string;
  eventType: string;
  locationName: string | null;
  admin1: string | null;
  country: string | null;
  fatalities: Figure | null;
  injuries?: Figure | null;
  sources: number;
}

export function summarize(s: SummaryInput): string {
  const who = s.actor1 ?? 'unidentified actors';
  const what = `${s.subEventType.toLowerCase()} (${s.eventType})`;
  const target = s.actor2 ? ` against ${s.actor2}` : '';
  const country = countryInfo(s.country)?.name ?? s.country;
  const where = [s.locationName, s.admin1 !== s.locationName ? s.admin1 : null, country].filter(Boolean).join(', ');
  const f = s.fatalities;
  const range = (x: Figure, what: string) => (x.low === x.high ? `${x.best} reported ${what}` : `${x.low}-${x.high} reported ${what} (best ${x.best})`);
  const toll = (!f ? 'no fatality figure given' : range(f, 'killed')) + (s.injuries ? `, ${range(s.injuries, 'injured')}` : '');
  const sources = `${s.sources} independent source${s.sources === 1 ? '' : 's'}`;
  return `${when(s.dateStart, s.datePrecision, s.dateEnd)}, ${who} — ${what}${target}${where ? ` in ${where}` : ''}; ${toll}; ${sources}.`;
}
