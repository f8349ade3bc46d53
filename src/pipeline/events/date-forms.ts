// date-forms: the month-name dates of news text ("in March", "March 2024", "on 3 March 2024",
// "Sept. 3, 2024") read directly, with exactly the result chrono-node gives for the same window. chrono
// runs some twenty parsers and a dozen refiners over every window, the largest single cost of dating an
// incident; most windows hold one month name and nothing else chrono reads. A window that holds anything
// more (a weekday, a casual or relative word, a time or a number next to the date) is left to chrono.
import { DATE_WORD, FULL_MONTHS, LITTLE_ENDIAN, MIDDLE_ENDIAN, MONTHS, MONTH_NAME, ORDINAL_WORD, RELATIVE, RELATIVE_HINT } from './date-grammar.js';

/** What readDate needs of chrono's first result certain of its day, weekday or month. */
export interface Reading {
  text: string;
  /** Where `text` starts in the window read. */
  index: number;
  year: number;
  month: number;
  day: number;
  certainDay: boolean;
  certainWeekday: boolean;
  certainYear: boolean;
}

/** One parser's reading of the month name: where, what text, and its numbers as written. */
interface Candidate { index: number; text: string; month: number; day: string | null; year: string | undefined }

/** Numeric dates, times and ISO forms ("3/4", "10:30", "2024-03-04", "2024 3 4"): chrono's domain. */
const DIGIT_DATE = /\d[/.\-:：]\d|\d{4}\s\d/;
const DIGIT = /\d/;
const WIDE_GAP = /\s{4}/;
// The text chrono's merging refiners allow between two results (ENMergeDateTime, ENMergeDateRange), and the
// time parser's own lead ("at 10", "from 9"); a time or zone written around the date, in any of these
// shapes, may be merged into it or replace it.
const BETWEEN = '(?:(?:t|at|after|before|on|of|to|until|through|till|from|[,\\-–.∙:])\\s*)';
const NUMBER_BEFORE = new RegExp(`\\d(?:\\s*(?:a\\.m\\.|p\\.m\\.|am?|pm?))?(?:\\s*o\\W*clock)?(?:\\s*,?\\s*\\(?[a-z]{2,4}\\)?)?\\s*${BETWEEN}?$`, 'i');
const NUMBER_AFTER = new RegExp(`^\\s*${BETWEEN}{0,2}\\(?[+-]?\\d`, 'i');
const TIME_AFTER = /^\s*(?:[ap](?:\.?m\.?)?(?![a-z])|o\W*clock)/i;
/** ExtractTimezoneAbbr/OffsetRefiner: "(EST)", "GMT+3" after a date extend it. */
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/;
const GMT_AFTER = /^\s*\(?(?:GMT|UTC)/i;
/** ENEndOfPeriodRefiner: "end of March" is the month's last day. */
const END_OF = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const OF = /of/i;
const IN_BEFORE = /\b(in)$/i;
const PLAIN_YEAR = /^\d{2,4}$/;
/** Matches where any of DIGIT_DATE, ORDINAL_WORD or RELATIVE_HINT does (their alternation): one scan of the window
 * instead of three, since almost no window holds any of them (10 of 12,769 on the bench corpus). */
const SCREEN = new RegExp(`${DIGIT_DATE.source}|${ORDINAL_WORD.source}|${RELATIVE_HINT.source}`, 'i');

/** chrono's findYearClosestToRef, step for step, in local time as chrono computes it. */
export function closestYearLocal(ref: Date, day: number, month: number): number {
  let date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = new Date(date), last = new Date(date);
  next.setFullYear(next.getFullYear() + 1);
  last.setFullYear(last.getFullYear() - 1);
  if (Math.abs(next.getTime() - ref.getTime()) < Math.abs(date.getTime() - ref.getTime())) date = next;
  else if (Math.abs(last.getTime() - ref.getTime()) < Math.abs(date.getTime() - ref.getTime())) date = last;
  return date.getFullYear();
}

/** The same steps in UTC arithmetic, the same result on a UTC clock (local-time calls consult the time-zone
 * tables, several times slower). setMonth may run into the next month ("31 January" to March 2). */
export function closestYearUtc(ref: Date, day: number, month: number): number {
  const t = ref.getTime(), y = ref.getUTCFullYear(), dom = ref.getUTCDate();
  const clock = t - Date.UTC(y, ref.getUTCMonth(), dom);
  const moved = new Date(Date.UTC(y, month - 1, dom) + clock);
  const date = Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth(), day) + clock;
  const set = new Date(date), y2 = set.getUTCFullYear(), m2 = set.getUTCMonth(), d2 = set.getUTCDate();
  const next = Date.UTC(y2 + 1, m2, d2) + clock, last = Date.UTC(y2 - 1, m2, d2) + clock;
  if (Math.abs(next - t) < Math.abs(date - t)) return new Date(next).getUTCFullYear();
  if (Math.abs(last - t) < Math.abs(date - t)) return new Date(last).getUTCFullYear();
  return y2;
}

/** Whether the process clock keeps UTC: no offset on any 1 January or 1 July from 1900 to 2100 (asked
 * once, at load: a fact of the process, no article's). */
const keepsUtc = (): boolean => {
  for (let y = 1900; y <= 2100; y++) if (new Date(y, 0, 1).getTimezoneOffset() !== 0 || new Date(y, 6, 1).getTimezoneOffset() !== 0) return false;
  return true;
};
const UTC_CLOCK = keepsUtc();
/** The closest year, remembered by reference instant, month and day (every window of an article shares
 * its publication date): a pure function of the three, in a bounded memo that spans articles. The key is
 * exact: the instant in milliseconds times 512 plus month·32+day (below 512) stays below 2^53 to the year 2500. */
const closestYears = new Map<number, number>();
const YEAR_MEMO = 4_000;
function closestYear(ref: Date, day: number, month: number): number {
  const key = ref.getTime() * 512 + month * 32 + day;
  const known = closestYears.get(key);
  if (known !== undefined) return known;
  const y = ref.getUTCFullYear();
  const year = UTC_CLOCK && y > 1900 && y < 2100 ? closestYearUtc(ref, day, month) : closestYearLocal(ref, day, month);
  if (closestYears.size >= YEAR_MEMO) closestYears.clear();
  closestYears.set(key, year);
  return year;
}

/** chrono's parseYear for plain digits ("2024", "'24" as 2024); era forms ("2024 AD") are left to chrono. */
const plainYear = (s: string): number => { const n = parseInt(s, 10); return n < 100 ? (n > 50 ? n + 1900 : n + 2000) : n; };
const validDay = (year: number, month: number, day: number): boolean => {
  if (day <= 28) return true;
  const d = new Date(Date.UTC(year, month - 1, day, 12));
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

/** Where each parser's groups stand (0: the parser has none). */
interface Groups { readonly month: number; readonly day: number; readonly to: number; readonly year: number; readonly prefix: number }
const LITTLE: Groups = { day: 2, to: 3, month: 4, year: 5, prefix: 0 };
const MIDDLE: Groups = { month: 2, day: 3, to: 4, year: 5, prefix: 0 };
const NAMED: Groups = { prefix: 2, month: 3, year: 4, day: 0, to: 0 };

/** A parser's match as chrono's executeParser records it (the left-boundary group dropped; `prefix`, the
 * "in" before a month, left out of the text). null: no match; undefined: a match chrono reads by rules
 * not restated here (ranges, era years). */
function candidate(m: RegExpExecArray | null, groups: Groups): Candidate | null | undefined {
  if (!m) return null;
  const start = m.index + m[1].length, skip = groups.prefix ? (m[groups.prefix] ?? '').length : 0;
  const day = groups.day ? m[groups.day] : null, year = m[groups.year];
  if (groups.to && m[groups.to] !== undefined) return undefined;
  if (year !== undefined && !PLAIN_YEAR.test(year)) return undefined;
  const monthWord = m[groups.month].toLowerCase();
  // ENMonthNameParser drops a match of three letters or fewer that is not a full name ("Jan", not "May");
  // chrono then searches on, but the window holds no other month for it to find.
  if (groups.prefix && m[0].length - m[1].length <= 3 && !FULL_MONTHS.has(monthWord)) return null;
  return { index: start + skip, text: m[0].slice(m[1].length + skip), month: MONTHS[monthWord], day, year };
}

/** OverlapRemovalRefiner on results that all overlap: the longer stays, the earlier parser on a tie. */
const longer = (a: Candidate | null, b: Candidate | null): Candidate | null => (!a || (b && b.text.length > a.text.length) ? b : a);

/** chrono's reading of a window whose only date is one month name (null: chrono reads no date in it), or
 * undefined when the window needs chrono itself. `ref` is the publication date (chrono's reference
 * instant), null when unknown. */
export function readMonthForm(window: string, ref: Date | null): Reading | null | undefined {
  // Exactly one date word, a month; no numeric date or clock time; no ordinal word; no relative phrase.
  DATE_WORD.lastIndex = 0;
  const word = DATE_WORD.exec(window);
  if (!word || MONTHS[word[1].toLowerCase()] === undefined || DATE_WORD.exec(window)) return undefined;
  // Most windows hold no digit at all ("in March, the army said"): no day, year, time or numeric date to look for.
  const digits = DIGIT.test(window);
  if (SCREEN.test(window) && ((digits && DIGIT_DATE.test(window)) || ORDINAL_WORD.test(window) || (RELATIVE_HINT.test(window) && RELATIVE.test(window)))) return undefined;
  const le = digits ? LITTLE_ENDIAN.exec(window) : null;
  if (le && WIDE_GAP.test(le[0])) return undefined; // chrono's pattern allows three spaces in each gap
  const little = candidate(le, LITTLE);
  const middle = digits ? candidate(MIDDLE_ENDIAN.exec(window), MIDDLE) : null;
  const named = candidate(MONTH_NAME.exec(window), NAMED);
  if (little === undefined || middle === undefined || named === undefined) return undefined;
  // All three read the one month, so they overlap.
  const best = longer(longer(little, middle), named);
  if (!best) return undefined;
  const before = window.slice(0, best.index), after = window.slice(best.index + best.text.length);
  // END_OF, anchored at the end, would be tried at every position: "of" must be there first.
  if ((digits && (NUMBER_BEFORE.test(before) || NUMBER_AFTER.test(after))) || (OF.test(before) && END_OF.test(before))) return undefined;
  if (TIME_AFTER.test(after) || ZONE_AFTER.test(after) || GMT_AFTER.test(after)) return undefined;
  // ENUnlikelyFormatFilter: a bare "may" is a month only after "in"; without it chrono reads no date here.
  if (best.month === 5 && best.day === null && best.year === undefined) {
    const trimmed = best.text.trim();
    if (trimmed.toLowerCase() === 'may' && trimmed !== window.trim() && !IN_BEFORE.test(before.trim())) return null;
  }
  const certainYear = best.year !== undefined, certainDay = best.day !== null, day = certainDay ? parseInt(best.day!, 10) : 1;
  if (day > 31) return undefined;
  if (!ref && !certainYear) {
    // readDate drops a date with no year when there is no publication date; but chrono first checks the
    // day against the year it implies from the clock, so a 29 February is left to chrono.
    if ((best.month === 2 && day === 29) || !validDay(2001, best.month, day)) return undefined;
    return { text: best.text, index: best.index, year: NaN, month: best.month, day, certainDay, certainWeekday: false, certainYear };
  }
  const year = certainYear ? plainYear(best.year!) : closestYear(ref!, day, best.month);
  // UnlikelyFormatFilter drops an impossible day ("30 February").
  if (!validDay(year, best.month, day)) return undefined;
  return { text: best.text, index: best.index, year, month: best.month, day, certainDay, certainWeekday: false, certainYear };
}
