// The one check every date that enters sitrep passes (CLI options, JSONL lines, manifest entries, API
// bodies and queries, feed items, HTML metadata): a real calendar day, YYYY-MM-DD, optionally followed by
// an ISO 8601 time ("2024-05-10T14:30:00Z", of which the day is kept). An impossible day (2026-02-30,
// 2026-13-45) is refused, never rolled over into the next month as Date.parse does, and so is a year
// outside the range news reports can carry (0050-06-01, which JavaScript's two-digit years would read
// as 1950): a publication date is the reference every relative date of the article is read against.
import type { Outcome } from '../types.js';

/** The years a publication (or query) date may name. ACLED's coverage starts in 1997 and UCDP's in 1989;
 * 1900-2100 leaves room for archives and for typing ahead, and refuses what can only be a mistake. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const DAY_FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether year-month-day is a day of the calendar (proleptic Gregorian). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** The day a date string names, as YYYY-MM-DD, or E_BAD_DATE saying why not. */
export function checkDay(value: unknown, what = 'published'): Outcome<string> {
  const bad = (why: string): Outcome<string> => ({ ok: false, code: 'E_BAD_DATE', message: `${what} ${why}, got ${JSON.stringify(value)?.slice(0, 40)}` });
  if (typeof value !== 'string') return bad('must be a date string YYYY-MM-DD');
  const m = DAY_FORM.exec(value.trim());
  if (!m) return bad('must be a date YYYY-MM-DD');
  const year = +m[1], month = +m[2], day = +m[3];
  if (year < MIN_YEAR || year > MAX_YEAR) return bad(`must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  if (!isCalendarDay(year, month, day)) return bad('is not a day of the calendar');
  return { ok: true, value: `${m[1]}-${m[2]}-${m[3]}` };
}
