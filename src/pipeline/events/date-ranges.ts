// date-ranges: spans of days written as one phrase, read directly ("between 24 April and 8 May",
// "from 3 to 5 May 2020", "October 9-10, 2023", "from Monday to Wednesday"), and the night that runs
// from one day into the next ("the night of 9 to 10 October", "the night of Monday to Tuesday").
// chrono-node reads the first day of such a phrase alone, or a time range of the report's day.
// ACLED time_precision (codebook, "Time precision"): 1 a day, 2 a week or a few days, 3 a month.
// A night belongs to the day it starts on: the night of 9 to 10 October is coded 9 October, precision 1.
import { MONTHS } from './date-grammar.js';
import { addDays, dated, DAY, noon, type DateReading } from './date-calendar.js';

/** One range found in a sentence: where it stands, and what it reads as. */
export interface RangeFound { start: number; end: number; reading: DateReading }

const MON = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((m) => m.replace('.', '\\.')).join('|')})`;
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '(\\d{4})';
/** "to", "until", "-": a range's link; "and" only after "between" or in "the night of X and Y". */
const LINK = '\\s*(to|and|until|till|through|into|-|–|—)\\s*';
const LEAD = '(?:\\b(between|from)\\s+)?';
// "24 April to 8 May 2020", "from 3 to 5 May", "2 and 3 May 2020" (groups: lead, d1, m1, y1, link, d2, m2, y2)
const LITTLE = new RegExp(`${LEAD}(?<![\\w.])${D}(?:\\s+(?:of\\s+)?${MON}(?:,?\\s+${Y})?)?${LINK}${D}\\s+(?:of\\s+)?${MON}(?:,?\\s+${Y})?(?![\\w])`, 'gi');
// "April 24 to May 8, 2020", "October 9-10, 2023" (groups: lead, m1, d1, y1, link, m2, d2, y2)
const MIDDLE = new RegExp(`${LEAD}\\b${MON}\\s+${D}(?:,?\\s+${Y})?${LINK}(?:${MON}\\s+)?${D}(?![\\w:])(?:,?\\s+${Y})?(?![\\w])`, 'gi');
const WD = '(mon|tues|wednes|thurs|fri|satur|sun)day';
// "from Monday to Wednesday", "the night of Monday to Tuesday", w26: "overnight Saturday into Sunday" (groups: lead word, wd1, link,
// wd2)
const WEEKDAYS = new RegExp(`\\b(of|from|between|overnight)\\s+${WD}${LINK}${WD}\\b`, 'gi');
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };
/** The words that make a range a night: "the night of", "overnight from", "nights between". */
const NIGHT_BEFORE = /\b(?:over)?nights?\s+(?:(?:of|from|between)\s+)?(?:the\s+)?$/i;
const NIGHT_LEAD = /\b(?:over)?nights?\s+$/i;
/** Only what a range can be: the sentence names two days or two weekdays near each other. */
const MAYBE = /\d\s*(?:to|and|until|till|through|into|-|–|—)\s*\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s*(?:\d{4}\s*)?(?:to|and|until|till|through|into|-|–|—)|day\s*(?:to|and|into|-|–)\s*\w+day/i;

/** The ranges and nights a sentence names. `ref` is the publication date (noon UTC), null when unknown:
 * a range with no year then cannot be placed. */
export function findRanges(text: string, ref: Date | null): RangeFound[] {
  if (!MAYBE.test(text)) return [];
  const out: RangeFound[] = [];
  for (const m of text.matchAll(LITTLE)) add(out, text, m, ref, { lead: 1, d1: 2, m1: 3, y1: 4, link: 5, d2: 6, m2: 7, y2: 8 });
  for (const m of text.matchAll(MIDDLE)) add(out, text, m, ref, { lead: 1, m1: 2, d1: 3, y1: 4, link: 5, m2: 6, d2: 7, y2: 8 });
  for (const m of text.matchAll(WEEKDAYS)) {
    const night = m[1].toLowerCase() === 'overnight' || NIGHT_LEAD.test(text.slice(Math.max(0, m.index! - 16), m.index!));
    if (!ref || (m[3].toLowerCase() === 'and' && !night && m[1].toLowerCase() !== 'between')) continue;
    const d1 = WEEKDAY_INDEX[m[2].toLowerCase()], d2 = WEEKDAY_INDEX[m[4].toLowerCase()];
    // The later day is the last such weekday on or before the report; the first, the days before it.
    const end = addDays(ref, -((ref.getUTCDay() - d2 + 7) % 7));
    const start = addDays(end, -((d2 - d1 + 7) % 7));
    const at = m.index! + m[1].length + 1, words = m[0].slice(m[1].length + 1);
    out.push({ start: m.index!, end: m.index! + m[0].length,
      reading: night ? dated(start, start, 1, 'date.night-of-x-to-y', words, at) : dated(start, end, 2, 'date.range', words, at) });
  }
  return out;
}

interface Groups { lead: number; d1: number; m1: number; y1: number; link: number; d2: number; m2: number; y2: number }

function add(out: RangeFound[], text: string, m: RegExpMatchArray, ref: Date | null, g: Groups): void {
  const at = m.index!, words = m[0];
  if (out.some((r) => r.start < at + words.length && at < r.end)) return;
  const night = NIGHT_BEFORE.test(text.slice(Math.max(0, at - 24), at));
  const lead = m[g.lead]?.toLowerCase();
  if (m[g.link].toLowerCase() === 'and' && lead !== 'between' && !night) return;
  const m2 = MONTHS[m[g.m2]?.toLowerCase() ?? ''] ?? MONTHS[m[g.m1].toLowerCase()];
  const m1 = m[g.m1] ? MONTHS[m[g.m1].toLowerCase()] : m2;
  const d1 = +m[g.d1], d2 = +m[g.d2];
  const yearGiven = m[g.y2] ?? m[g.y1];
  if (!yearGiven && !ref) return;
  let y2 = m[g.y2] ? +m[g.y2] : m[g.y1] && m1 <= m2 ? +m[g.y1] : ref ? ref.getUTCFullYear() : NaN;
  // A range with no year is the latest one that ends by the report (news tells the past).
  if (!yearGiven && ref) { const e = noon(y2, m2, d2); if (e && e.getTime() > ref.getTime() + DAY) y2--; }
  const y1 = m[g.y1] ? +m[g.y1] : m1 > m2 ? y2 - 1 : y2;
  const start = noon(y1, m1, d1), end = noon(y2, m2, d2);
  if (!start || !end || end < start || end.getTime() - start.getTime() > 62 * DAY) return;
  // "between" and "from" are the range's words, not its dates: the reading starts at the first day.
  const skip = lead ? m[0].length - m[0].slice(m[g.lead].length).trimStart().length : 0;
  const shown = words.slice(skip);
  const reading = night ? dated(start, start, 1, 'date.night-of-x-to-y', shown, at + skip)
    : dated(start, end, end.getTime() - start.getTime() <= 6 * DAY ? 2 : 3, 'date.range', shown, at + skip);
  out.push({ start: at, end: at + words.length, reading });
}
