// date: when an incident happened, read with chrono-node against the publication date, with ACLED
// time_precision (1 a day, 2 a week or a range of days, 3 a month). News reports the past, so a
// weekday or a month-day that chrono places after publication is moved back (a week or a year).
// The common month-name dates are read directly (date-forms), with chrono's exact result; chrono reads the rest.
// English only: the package's default entry loads every locale, more than twice the load time.
import * as chrono from 'chrono-node/en';
import type { EventDate } from '../../types.js';
import { readMonthForm, type Reading } from './date-forms.js';

const DAY = 86_400_000;
const two = (n: number): string => (n < 10 ? '0' : '') + n;
/** YYYY-MM-DD, as toISOString gives it (which also spells years outside 1000-9999, e.g. "2024 BC"). */
const iso = (d: Date): string => {
  const y = d.getUTCFullYear();
  return y >= 1000 && y <= 9999 ? `${y}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}` : d.toISOString().slice(0, 10);
};
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
/** The publication date as chrono's reference instant (noon UTC), remembered: an article asks for it at every sentence. */
let lastPublished = '', lastRef: Date | null = null;
const parseIso = (s: string): Date | null => {
  if (s === lastPublished) return lastRef;
  const m = ISO_DAY.exec(s);
  lastPublished = s;
  lastRef = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)) : null;
  return lastRef;
};
/** "overnight", "last night": the night before the report. */
const NIGHT_BEFORE = /\b(overnight|last night|late last night|during the night)\b/i;
/** "the night of Monday to Tuesday": the night starts on the first day named. */
const NIGHT_OF = /\bnight (?:of|from|between) ((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
const WEEK_WORDS = /\bweek(?:end)?\b/i;

/** The publication date as an EventDate: what a report with no date of its own is dated by. */
export function publishedDate(published: string | undefined): EventDate {
  const ref = published ? parseIso(published) : null;
  return ref ? { start: iso(ref), end: iso(ref), precision: 2, text: null } : { start: null, end: null, precision: 3, text: null };
}

/** Words without which chrono finds no date: checked first, since parsing every sentence is slow. */
// Month names are matched capitalised only ("in May", not "may"); weekdays and relative words in any case.
const DATE_HINT_SOURCE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|ago|[Ww]eek|[Ww]eekend|[Mm]onth|[Nn]ight|[Oo]vernight|[Mm]orning|[Ee]vening|[Aa]fternoon|[Dd]awn)\b|\d{1,4}[/.-]\d{1,2}/g;
/** Where the hints stand in a text: [start, end] pairs, flat, in order. One pass both tests for a hint and finds them all. */
function findHints(text: string): number[] {
  const spans: number[] = [];
  DATE_HINT_SOURCE.lastIndex = 0;
  for (let m = DATE_HINT_SOURCE.exec(text); m; m = DATE_HINT_SOURCE.exec(text)) spans.push(m.index, m.index + m[0].length);
  return spans;
}
/** chrono reads only a window around each hint: parsing whole long sentences dominated the run time. */
const WINDOW = 40;

/** What only chrono reads well: calendar dates, "last week", "two days ago". */
const NEEDS_CHRONO = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:ago|[Ww]eek|[Ww]eekend|[Mm]onth)\b|\d{1,4}[/.-]\d{1,2}/;
const WEEKDAY = /\b([Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b/;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };
const WEEKDAYS = new RegExp(WEEKDAY.source, 'g');
/** Of several matches, the one nearest a character offset (the incident's trigger). */
function nearest(matches: Iterable<RegExpMatchArray>, near: number): RegExpMatchArray | null {
  let best: RegExpMatchArray | null = null;
  for (const m of matches) if (!best || Math.abs(m.index! - near) < Math.abs(best.index! - near)) best = m;
  return best;
}
const YESTERDAY = /\b[Yy]esterday\b/;

/** The date a sentence gives, or null when it names none. The common news forms (a weekday,
 * "yesterday", "overnight") are read directly; chrono reads the rest, in a window around its hint. */
export function readDate(sentence: string, published: string | undefined, near = 0): EventDate | null {
  const found = findHints(sentence);
  if (!found.length) return null;
  const ref = published ? parseIso(published) : null;
  if (!NEEDS_CHRONO.test(sentence)) {
    const wd = NIGHT_OF.exec(sentence) ?? nearest(sentence.matchAll(WEEKDAYS), near);
    if (wd && ref) {
      const day = WEEKDAY_INDEX[wd[1].toLowerCase().replace(/day$/, '')];
      if (day !== undefined) {
        const back = (ref.getUTCDay() - day + 7) % 7;
        const d = new Date(ref.getTime() - back * DAY);
        return { start: iso(d), end: iso(d), precision: 1, text: wd[0] };
      }
    }
    if (ref && YESTERDAY.test(sentence)) {
      const d = new Date(ref.getTime() - DAY);
      return { start: iso(d), end: iso(d), precision: 1, text: 'yesterday' };
    }
    if (ref && NIGHT_BEFORE.test(sentence)) {
      const d = new Date(ref.getTime() - DAY);
      return { start: iso(d), end: iso(ref), precision: 1, text: NIGHT_BEFORE.exec(sentence)![0] };
    }
    if (!wd) return null;
  }
  const night = NIGHT_OF.exec(sentence);
  const text = night ? sentence.replace(NIGHT_OF, '$1') : sentence;
  let r: Reading | null = null;
  const parsed: Array<[number, number]> = [];
  // The hint nearest the incident's trigger first: a sentence may date both the incident and its report.
  const spans = night ? findHints(text) : found;
  const order = Array.from({ length: spans.length / 2 }, (_, k) => k);
  if (order.length > 1) order.sort((a, b) => Math.abs(spans[2 * a] - near) - Math.abs(spans[2 * b] - near));
  for (const k of order) {
    const start = spans[2 * k], end = spans[2 * k + 1];
    if (parsed.some(([a, b]) => start >= a && end <= b)) continue;
    const from = Math.max(0, start - WINDOW), to = Math.min(text.length, end + WINDOW);
    parsed.push([from + 10, to - 10]);
    r = readWindow(text.slice(from, to), published, ref);
    if (r) break;
  }
  // With no publication date, only a date that names its own year can be placed.
  if (r && !ref && !r.certainYear) r = null;
  if (!r) {
    if (ref && NIGHT_BEFORE.test(sentence)) {
      const d = new Date(ref.getTime() - DAY);
      return { start: iso(d), end: iso(ref), precision: 1, text: NIGHT_BEFORE.exec(sentence)![0] };
    }
    return null;
  }
  let start = new Date(Date.UTC(r.year, r.month - 1, r.day, 12));
  const label = night ? night[0] : r.text;
  if (r.certainDay) {
    // A day after the report is last year's, unless the text gives the year itself.
    if (ref && !r.certainYear && start.getTime() > ref.getTime() + DAY) start = new Date(Date.UTC(start.getUTCFullYear() - 1, start.getUTCMonth(), start.getUTCDate(), 12));
    if (WEEK_WORDS.test(r.text)) return { start: iso(start), end: iso(new Date(start.getTime() + 6 * DAY)), precision: 2, text: label };
    return { start: iso(start), end: iso(start), precision: 1, text: label };
  }
  if (r.certainWeekday) {
    if (ref) while (start.getTime() > ref.getTime() + DAY / 2) start = new Date(start.getTime() - 7 * DAY);
    return { start: iso(start), end: iso(start), precision: 1, text: label };
  }
  // A month without a day: ACLED codes the month, from its first day to its last (or the report).
  let year = r.year;
  const month = r.month - 1;
  if (ref && !r.certainYear && Date.UTC(year, month, 1) > ref.getTime()) year--;
  const first = new Date(Date.UTC(year, month, 1, 12));
  let last = new Date(Date.UTC(year, month + 1, 0, 12));
  // The month the report is written in ends at the report; a month given whole is kept whole.
  if (ref && last > ref && first <= ref) last = ref;
  return { start: iso(first), end: iso(last), precision: 3, text: label };
}

/** The readings of this article's windows: the same sentence is read again for each clause and site. */
let cachedFor: string | undefined = '', cache = new Map<string, Reading | null>();
function readWindow(window: string, published: string | undefined, ref: Date | null): Reading | null {
  if (published !== cachedFor || cache.size > 500) { cachedFor = published; cache = new Map(); }
  let r = cache.get(window);
  if (r === undefined) {
    const direct = readMonthForm(window, ref);
    r = direct === undefined ? readWithChrono(window, ref) : direct;
    cache.set(window, r);
  }
  return r;
}

/** chrono's first result certain of its day, weekday or month: what the direct readers cannot vouch for. */
function readWithChrono(window: string, ref: Date | null): Reading | null {
  // A copy of the reference, since the one publication date is shared by every reading of the article.
  const results = chrono.parse(window, ref ? { instant: new Date(ref), timezone: 0 } : undefined, { forwardDate: false });
  const r = results.find((x) => x.start.isCertain('day') || x.start.isCertain('weekday') || x.start.isCertain('month'));
  if (!r) return null;
  return { text: r.text, year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')!,
    certainDay: r.start.isCertain('day'), certainWeekday: r.start.isCertain('weekday'), certainYear: r.start.isCertain('year') };
}
