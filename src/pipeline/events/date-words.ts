// date-words: the day words of news read directly against the publication date, without chrono-node:
// a weekday (the last such day on or before the report), "yesterday", "overnight" (the night before the
// report, which starts on the day before it), and the weeks ACLED codes with time_precision 2 ("last
// week", "earlier this week", "over the weekend").
import { addDays, dated, type DateReading } from './date-calendar.js';

const WEEKDAY = /^([Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day$/;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };
/** "overnight", "last night": the night before the report, which starts on the day before it. */
const NIGHT_BEFORE = /\b(?:overnight|(?:late\s+)?last\s+night|during\s+the\s+night)\b/i;
/** Round 33: the rule id of a weekday the report puts after itself ("next Wednesday"): a day to come (mentions.ts reads no incident
 * on it). */
export const FUTURE_DAY_RULE = 'date.weekday-after-published';
/** Before a weekday, the words that put it after the report: "next Wednesday", "(this) coming Friday". */
const AHEAD = /\b(?:next|coming)\s+$/i;
/** How far before its hint word a phrase may start ("late last night", "over the weekend"). */
const REACH = 16;

/** The day a weekday, "yesterday" or a night word at [start, end) names, or null. `ref`: the report's day. */
export function readDayWord(text: string, start: number, end: number, ref: Date): DateReading | null {
  const word = text.slice(start, end);
  const wd = WEEKDAY.exec(word);
  if (wd) {
    // Round 33: "next Wednesday", "this coming Friday": the first such day after the report (general English), a day to come.
    const ahead = AHEAD.exec(text.slice(Math.max(0, start - REACH), start));
    if (ahead) {
      const d = addDays(ref, (WEEKDAY_INDEX[wd[1].toLowerCase()] - ref.getUTCDay() + 7) % 7 || 7);
      return dated(d, d, 1, FUTURE_DAY_RULE, `${ahead[0]}${word}`, start - ahead[0].length);
    }
    const d = addDays(ref, -((ref.getUTCDay() - WEEKDAY_INDEX[wd[1].toLowerCase()] + 7) % 7));
    return dated(d, d, 1, 'date.weekday-before-published', word, start);
  }
  if (/^yesterday$/i.test(word)) { const d = addDays(ref, -1); return dated(d, d, 1, 'date.yesterday', word, start); }
  const from = Math.max(0, start - REACH);
  const night = NIGHT_BEFORE.exec(text.slice(from, end + 4));
  if (!night) return null;
  // "overnight into Sunday", "overnight to Friday": the night that ends on that weekday (the last one on or before the report).
  const into = NIGHT_INTO.exec(text.slice(from + night.index + night[0].length, from + night.index + night[0].length + 20));
  if (into) {
    const day = addDays(ref, -((ref.getUTCDay() - WEEKDAY_INDEX[into[1].toLowerCase()] + 7) % 7));
    return dated(addDays(day, -1), day, 1, 'date.overnight-into-day', `${night[0]}${into[0]}`, from + night.index);
  }
  return dated(addDays(ref, -1), ref, 1, 'date.overnight', night[0], from + night.index);
}
/** After a night word: " into Sunday", " to Friday" (the weekday the night ends on). */
const NIGHT_INTO = /^\s+(?:in)?to\s+([Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b/;

const WEEK_HINT = /^[Ww]eek(?:end)?$/;
/** "over the weekend", "last weekend": the last Saturday and Sunday on or before the report. */
const WEEKEND = /\b(?:over|at|during|on|this|last|past)\s+(?:the\s+)?weekend$/i;
/** "last week" (the calendar week before the report's, Monday to Sunday); "this week", "earlier this
 * week" (the report's week up to the report). */
const LAST_WEEK = /\b(?:last|previous)\s+week$/i;
const THIS_WEEK = /\bthis\s+week$/i;
/** Round 44: "next week", "the coming week", "next weekend": the calendar week (or weekend) after the report's, a time to come
 * (general English), read with FUTURE_DAY_RULE as "next Wednesday" is. Not "the following week", which counts from the story. */
const NEXT_WEEK = /\b(?:next|coming)\s+week(end)?$/i;

/** The week or weekend a "week" word at [start, end) names, or null ("a week ago" is chrono's). */
export function readWeek(text: string, start: number, end: number, ref: Date): DateReading | null {
  if (!WEEK_HINT.test(text.slice(start, end))) return null;
  const from = Math.max(0, start - REACH);
  const before = text.slice(from, end);
  const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7));
  let m = WEEKEND.exec(before);
  if (m) {
    const saturday = addDays(ref, -((ref.getUTCDay() + 1) % 7));
    return dated(saturday, ref.getUTCDay() === 6 ? saturday : addDays(saturday, 1), 2, 'date.weekend', m[0], from + m.index);
  }
  if ((m = LAST_WEEK.exec(before))) return dated(addDays(monday, -7), addDays(monday, -1), 2, 'date.week', m[0], from + m.index);
  if ((m = THIS_WEEK.exec(before))) return dated(monday, ref, 2, 'date.week', m[0], from + m.index);
  if ((m = NEXT_WEEK.exec(before))) {
    return m[1] ? dated(addDays(monday, 12), addDays(monday, 13), 2, FUTURE_DAY_RULE, m[0], from + m.index)
      : dated(addDays(monday, 7), addDays(monday, 13), 2, FUTURE_DAY_RULE, m[0], from + m.index);
  }
  return null;
}
