// date-calendar: the day arithmetic the date readers share. Every day is held as noon UTC, so that adding or
// taking whole days never crosses a date line, whatever the process's time zone.
import type { EventDate, Reason } from '../../types.js';

export const DAY = 86_400_000;
const two = (n: number): string => (n < 10 ? '0' : '') + n;
/** YYYY-MM-DD, as toISOString gives it (which also spells years outside 1000-9999, e.g. "2024 BC"). */
export const iso = (d: Date): string => {
  const y = d.getUTCFullYear();
  return y >= 1000 && y <= 9999 ? `${y}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}` : d.toISOString().slice(0, 10);
};
/** Noon UTC of a calendar day, or null when the day does not exist (30 February, month 13). */
export function noon(year: number, month: number, day: number): Date | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(2000, month - 1, day, 12));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY);
/** Noon UTC of a day given as YYYY-MM-DD. */
export const noonOf = (day: string): Date => new Date(`${day.slice(0, 10)}T12:00:00Z`);

/** A date read from the text, with the rule that read it: what `why.date` reports. `why` offsets are
 * into the text given to the reader (the sentence); mentions.ts moves them into the article. */
export interface DateReading extends EventDate {
  why: Reason[];
}

/** Every date reading, made here and only here: one literal, so all of them share one hidden class, and reasons copied by push
 * into an array of one kind (a mapped array is holey, a literal packed). mentions.ts's `date?.why.some(…)` met reasons of a
 * second kind only after V8 had optimised readMentions, and threw that code away (a "wrong map": ~0.3 s of compiling again
 * on the bench's first pass). */
export function dateReading(start: string | null, end: string | null, precision: 1 | 2 | 3, text: string | null, why: readonly Reason[]): DateReading {
  const reasons: Reason[] = [];
  for (let i = 0; i < why.length; i++) reasons.push(why[i]);
  return { start, end, precision, text, why: reasons };
}

/** `d` with other reasons. */
export const withWhy = (d: EventDate, why: Reason[]): DateReading => dateReading(d.start, d.end, d.precision, d.text, why);

/** One day (precision 1) or a span (2 a week or range, 3 a month), with the rule and the words. */
export function dated(start: Date, end: Date, precision: 1 | 2 | 3, rule: string, text: string, at: number): DateReading {
  return dateReading(iso(start), iso(end), precision, text, [{ rule, start: at, end: at + text.length, text }]);
}
