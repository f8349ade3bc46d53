// date: when an incident happened, read against the publication date, with ACLED time_precision (1 a
// day, 2 a week or a range of days, 3 a month). News reports the past, so a weekday or a month-day that
// would fall after publication is moved back (a week or a year); a year the text gives is never replaced.
// The common news forms are read directly (weekdays, "yesterday", "overnight", ranges and nights in
// date-ranges, month-name dates in date-forms); chrono-node reads the rest in a window around its hint.
// English only: the package's default entry loads every locale, more than twice the load time.
import * as chrono from 'chrono-node/en';
import type { EventDate, Reason } from '../../types.js';
import { addDays, dated, dateReading, DAY, iso, noon, withWhy, type DateReading } from './date-calendar.js';
import { memoized } from '../../memo.js';
import { readMonthForm, type Reading } from './date-forms.js';
import { findRanges, type RangeFound } from './date-ranges.js';
import { clauseAround, framingHint } from './date-clause.js';
import { readDayWord, readWeek } from './date-words.js';
import { COUNTED_FROM_ELSEWHERE } from './date-offset.js';

export type { DateReading } from './date-calendar.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The publication date as chrono's reference instant (noon UTC), remembered (an article asks for it at
 * every sentence) in a bounded memo that spans articles: a pure function of the date, no article's state.
 * The instant is shared: readers copy it before handing it to chrono. */
const parseIso = memoized(1_000, (s: string): Date | null => {
  const m = ISO_DAY.exec(s.slice(0, 10));
  return m ? noon(+m[1], +m[2], +m[3]) : null;
});

/** The publication date as an EventDate: what a report with no date of its own is dated by (precision 2:
 * the report's day bounds the incident's, as ACLED's "as reported" dates do). `from` says where the
 * publication date came from when the article did not give it (its dateline). With no publication date
 * at all the incident is undated: start and end null. */
export function publishedDate(published: string | undefined, from?: Reason): DateReading {
  const ref = published ? parseIso(published) : null;
  return ref ? dateReading(iso(ref), iso(ref), 2, null, [{ rule: 'date.published' }, ...(from ? [from] : [])])
    : dateReading(null, null, 3, null, [{ rule: 'date.undated' }]);
}

/** Words without which no date is read: checked first, since parsing every sentence is slow. */
// Month names are matched capitalised only ("in May", not "may"); weekdays and relative words in any case.
const DATE_HINT_SOURCE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|ago|[Ww]eek|[Ww]eekend|[Mm]onth|[Nn]ight|[Oo]vernight|[Mm]orning|[Ee]vening|[Aa]fternoon|[Dd]awn)\b|\d{1,4}[/.-]\d{1,2}/g;
const LETTER = /\p{L}/u;
/** Where the hints stand in a text: [start, end] pairs, flat, in order. One pass both tests for a hint and finds them all. */
function findHints(text: string): number[] {
  const spans: number[] = [];
  DATE_HINT_SOURCE.lastIndex = 0;
  for (let m = DATE_HINT_SOURCE.exec(text); m; m = DATE_HINT_SOURCE.exec(text)) {
    // news33: \b knows only ASCII letters: "Mar" in "Maré", "Dec" in "Decía" are no month.
    const end = m.index + m[0].length;
    if (end < text.length && text.charCodeAt(end) > 127 && LETTER.test(text[end])) continue;
    spans.push(m.index, end);
  }
  return spans;
}
/** The month names among the hints (DATE_HINT_SOURCE's first words, read with no trailing stop). */
const MONTH_HINTS: ReadonlySet<string> = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
/** Whether the hint at [start, end) is a month name. */
const isMonthHint = (text: string, start: number, end: number): boolean =>
  MONTH_HINTS.has(text.slice(start, text.charCodeAt(end - 1) === 46 ? end - 1 : end));
/** chrono reads only a window around each hint: parsing whole long sentences dominated the run time. */
const WINDOW = 40;

/** "the evening of 9 October", "late at night on Monday": the part of the day says nothing of the
 * date, and chrono reads "evening of <date>" as the evening of the report's day. Blanked before reading;
 * "night of X to Y" is read as a night first (date-ranges). */
const PART_OF_DAY_OF = /\b(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|dawn|daytime|(?:early|small|late)\s+hours|hours)\s+(?:of|on)\s+(?=(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;
/** What only chrono reads well: calendar dates, "last week", "two days ago". */
const NEEDS_CHRONO = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:ago|[Ww]eek|[Ww]eekend|[Mm]onth)\b|\d{1,4}[/.-]\d{1,2}/;
const WEEK_WORDS = /\bweek(?:end)?\b/i;
/** A date that names a place or a body ("July 7 neighbourhood", "6th of October City", "26 July Movement",
 * "25 January Street"): streets, squares, towns and movements are often named for a date. Blanked before reading. */
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const NAMED_FOR_DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?=\\s+(?:street|st\\.|road|avenue|square|bridge|neighbou?rhood|district|quarter|city|town|suburb|area|camp|hospital|school|university|stadium|mosque|market|roundabout|movement|brigade|battalion|division|front|revolution|uprising|martyrs)\\b)`, 'gi');
/** Round 43: a day's name that holds a weekday ("Bloody Friday", "Good Friday", "Black Friday", "Ash Wednesday", "Super Tuesday":
 * general English names of days, WordNet 3.1 "Good Friday" n.1, "Ash Wednesday" n.1): a name, no weekday before the report. Blanked
 * before reading, so "the anniversary of Bloody Friday on Sept. 30, 2022, when forces killed dozens" is dated by its calendar date. */
const NAMED_DAY = /\b(?:Bloody|Black|Good|Holy|Ash|Super|Cyber|Palm|Maundy|Great|Easter)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
/** Offsets kept: what names a date, or a part of the day, is overwritten with '#'. */
const blank = (w: string): string => '#'.repeat(w.length);
/** news30: a day or a span told as a possessive before what it dates ("protests over last month's disputed election", "Sunday's
 * vote"): it dates that thing, not the incident, unless that thing is an incident's word ("Tuesday's attack killed five"). The time
 * words are blanked when none of the three words after the possessive is one. */
const GENITIVE_TIME = /\b(?:(?:last|this|next|previous)\s+(?:week|month|year|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)(?='s\b|’s\b)/gi;
const INCIDENT_NOUNS = /^(?:attacks?|strikes?|airstrikes?|air|drone|bombings?|blasts?|explosions?|shelling|raids?|clash(?:es)?|fighting|protests?|rally|rallies|march(?:es)?|demonstrations?|killings?|massacre|ambush|shootings?|violence|riots?|rioting|unrest|kidnappings?|abductions?|assault|offensive|incursion|arrests?|crackdown)$/i;
function blankGenitiveTimes(text: string): string {
  GENITIVE_TIME.lastIndex = 0;
  if (!GENITIVE_TIME.test(text)) return text;
  GENITIVE_TIME.lastIndex = 0;
  return text.replace(GENITIVE_TIME, (w: string, at: number) => {
    const after = text.slice(at + w.length + 2).split(/\s+/).filter((x) => x).slice(0, 3).map((x) => x.replace(/[^\p{L}-]/gu, ''));
    return after.some((x) => INCIDENT_NOUNS.test(x)) ? w : blank(w);
  });
}

/** The date a sentence gives, or null when it names none. Several dates: one in the trigger's own clause
 * wins, then one that opens the sentence ("On 3 May, …"), then the nearest to the trigger (`near`,
 * an offset into the sentence). `why` says which form was read, and which choice among several. */
export function readDate(sentence: string, published: string | undefined, near = 0): DateReading | null {
  const known = sentenceReadings.get(sentence);
  if (known !== undefined && known.published === published) return known.reading && copyOf(known.reading);
  const hints = findHints(sentence);
  if (!hints.length) return remember(sentence, published, null);
  const ref = published ? parseIso(published) : null;
  const ranges = findRanges(sentence, ref);
  PART_OF_DAY_OF.lastIndex = NAMED_FOR_DATE.lastIndex = NAMED_DAY.lastIndex = 0;
  const partOfDay = PART_OF_DAY_OF.test(sentence), named = NAMED_FOR_DATE.test(sentence), namedDay = NAMED_DAY.test(sentence);
  let text = partOfDay ? sentence.replace(PART_OF_DAY_OF, blank) : sentence;
  if (named) text = text.replace(NAMED_FOR_DATE, blank);
  if (namedDay) text = text.replace(NAMED_DAY, blank);
  const genitive = blankGenitiveTimes(text);
  const dated = genitive !== text;
  text = genitive;
  const spans = withoutSince(text, partOfDay || named || namedDay || dated ? findHints(text) : hints);
  if (!spans.length) return remember(sentence, published, ranges.length ? ranges[0].reading : null);
  const n = spans.length / 2;
  // A month name as the one hint: chrono's words by themselves (NEEDS_CHRONO holds every month name the hints do).
  const chronoSentence = (n === 1 && isMonthHint(text, spans[0], spans[1])) || NEEDS_CHRONO.test(text);
  // One hint (most sentences): nothing to choose, so neither the trigger's clause nor `near` is read, and the
  // reading is the sentence's whatever its trigger (remembered for the sentence's other readings).
  if (n === 1) return remember(sentence, published, readHint(text, spans[0], spans[1], ref, ranges, chronoSentence, []) ?? ranges[0]?.reading ?? null);
  const order = Array.from({ length: n }, (_, k) => k);
  const [from, to] = clauseAround(text, near);
  const frame = framingHint(text, spans, near);
  const rank = (k: number): number => (spans[2 * k] >= from && spans[2 * k] < to ? 0 : k === frame ? 1 : 2);
  order.sort((a, b) => rank(a) - rank(b) || Math.abs(spans[2 * a] - near) - Math.abs(spans[2 * b] - near));
  const parsed: Array<[number, number]> = [];
  for (const k of order) {
    const start = spans[2 * k], end = spans[2 * k + 1];
    const r = readHint(text, start, end, ref, ranges, chronoSentence, parsed);
    if (!r) continue;
    // A date after the one that opens the sentence tells what was planned or expected then ("held a
    // protest against the decision to hold a parade on 9 May"), not the incident told in the past.
    if (frame >= 0 && k !== frame) {
      const opening = readHint(text, spans[0], spans[1], ref, ranges, chronoSentence, []);
      if (opening && opening.end! < r.start!) return withWhy(opening, [...opening.why, { rule: 'date.sentence-opening' }]);
    }
    r.why.push({ rule: rank(k) === 0 ? 'date.trigger-clause' : rank(k) === 1 ? 'date.sentence-opening' : 'date.nearest-trigger' });
    return r;
  }
  // A range whose words hold no hint of their own ("between 3 and 5 May" always holds its month).
  return ranges[0]?.reading ?? null;
}

/** The readings of sentences with at most one hint (which `near` cannot change), by sentence and publication date: a pure
 * function of both, in a bounded memo that spans articles. A sentence is read again for the story's day (date-story.ts), and
 * news repeats its set phrases. Handed out as copies: a caller may add to a reading's reasons. */
const sentenceReadings = new Map<string, { published: string | undefined; reading: DateReading | null }>();
const SENTENCE_MEMO = 4_000;
function remember(sentence: string, published: string | undefined, reading: DateReading | null): DateReading | null {
  if (sentenceReadings.size >= SENTENCE_MEMO) sentenceReadings.clear();
  sentenceReadings.set(sentence, { published, reading });
  return reading && copyOf(reading);
}
const copyOf = (d: DateReading): DateReading => withWhy(d, d.why.slice());

/** recall16b: a date right after "since" ("Since March, fighting has killed dozens, and four died in a blast on Monday") starts a
 * span a running count is told over, never the day of an incident: with another date in the sentence, it is not read. */
const SINCE_BEFORE = /\bsince\s+(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+)?(?:(?:early|late|mid|last|this)\s*-?\s*)?$/i;
function withoutSince(text: string, spans: number[]): number[] {
  if (spans.length < 4) return spans;
  const kept: number[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    if (!SINCE_BEFORE.test(text.slice(Math.max(0, spans[k] - 40), spans[k]))) kept.push(spans[k], spans[k + 1]);
  }
  return kept.length ? kept : spans;
}

/** The date read at one hint, or null. */
function readHint(text: string, start: number, end: number, ref: Date | null,
  ranges: RangeFound[], chronoSentence: boolean, parsed: Array<[number, number]>): DateReading | null {
  const range = ranges.find((r) => start >= r.start && start < r.end);
  if (range) return withWhy(range.reading, [...range.reading.why]);
  // A month name is no week word, and is itself what NEEDS_CHRONO finds in its window.
  const month = isMonthHint(text, start, end);
  const week = ref && !month ? readWeek(text, start, end, ref) : null;
  if (week) return week;
  // A weekday, "yesterday", "overnight" with no calendar date near it: read directly.
  if (!chronoSentence || (!month && !NEEDS_CHRONO.test(text.slice(Math.max(0, start - WINDOW), end + WINDOW)))) return ref ? readDayWord(text, start, end, ref) : null;
  if (parsed.some(([a, b]) => start >= a && end <= b)) return null;
  const from = Math.max(0, start - WINDOW), to = Math.min(text.length, end + WINDOW);
  parsed.push([from + 10, to - 10]);
  let r = readWindow(text.slice(from, to), ref);
  // "a week after", "two weeks later": counted from another moment of the story (date-offset.ts), not the
  // report's day; a date beside it ("12 days later on 29 October") is read without it.
  if (r && COUNTED_FROM_ELSEWHERE.test(r.text)) {
    const at = from + r.index;
    r = readWindow(text.slice(from, at) + blank(r.text) + text.slice(at + r.text.length, to), ref);
    if (r && COUNTED_FROM_ELSEWHERE.test(r.text)) r = null;
  }
  if (!r) return null;
  // With no publication date, only a date that names its own year can be placed.
  if (!ref && !r.certainYear) return null;
  return fromReading(r, ref, from + r.index);
}

const NUMERIC_DATE = /^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$/;
/** chrono's (or date-forms') reading as an EventDate: a day, a weekday, a week or a month. */
function fromReading(r: Reading, ref: Date | null, at: number): DateReading | null {
  let start = noon(r.year, r.month, r.day) ?? new Date(Date.UTC(r.year, r.month - 1, r.day, 12));
  // "7/5/2024": chrono reads month first (US); outside the US the day comes first. A reading after the
  // report is the other one, when that one is a day on or before it (news tells the past).
  if (ref && r.certainDay && NUMERIC_DATE.test(r.text) && start.getTime() > ref.getTime() + DAY) {
    const swapped = noon(r.year, r.day, r.month);
    if (swapped && swapped.getTime() <= ref.getTime() + DAY) return dated(swapped, swapped, 1, 'date.day-month-numeric', r.text, at);
  }
  if (r.certainDay) {
    // A day after the report is last year's, unless the text gives the year itself.
    if (ref && !r.certainYear && start.getTime() > ref.getTime() + DAY) {
      const back = noon(start.getUTCFullYear() - 1, start.getUTCMonth() + 1, start.getUTCDate());
      if (!back) return null;
      start = back;
    }
    if (WEEK_WORDS.test(r.text)) return dated(start, addDays(start, 6), 2, 'date.week', r.text, at);
    if (NUMERIC_DATE.test(r.text)) return dated(start, start, 1, 'date.day-month-numeric', r.text, at);
    if (!/\d/.test(r.text) || !/[A-Za-z]{3}/.test(r.text)) return dated(start, start, 1, 'date.relative', r.text, at);
    return dated(start, start, 1, r.certainYear ? 'date.day-month-year' : 'date.day-month', r.text, at);
  }
  if (r.certainWeekday) {
    if (ref) while (start.getTime() > ref.getTime() + DAY / 2) start = addDays(start, -7);
    return dated(start, start, 1, 'date.weekday-before-published', r.text, at);
  }
  // Round 36: a month's name alone in lower case is a word of its own ("doctors march in Kisumu", "may"): English capitalises months.
  if (!r.certainYear && /^[a-z]+$/.test(r.text.trim())) return null;
  // A month without a day: ACLED codes the month (precision 3), from its first day to its last (or the report).
  let year = r.year;
  const month = r.month - 1;
  if (ref && !r.certainYear && Date.UTC(year, month, 1) > ref.getTime()) year--;
  const first = noon(year, month + 1, 1)!;
  let last = new Date(Date.UTC(year, month + 1, 0, 12));
  last.setUTCFullYear(year);
  // The month the report is written in ends at the report; a month given whole is kept whole.
  if (ref && last > ref && first <= ref) last = ref;
  return dated(first, last, 3, 'date.month', r.text, at);
}

/** A window's reading: the month-form reader's, else chrono's. */
function readWindow(window: string, ref: Date | null): Reading | null {
  const direct = readMonthForm(window, ref);
  return direct === undefined ? readWithChrono(window, ref) : direct;
}

/** chrono's first result certain of its day, weekday or month: what the direct readers cannot vouch for. Remembered by
 * window and the publication date's instant (from parseIso) in a bounded memo that spans articles (a pure function of both):
 * chrono is the costly reader. The month-form reader's windows are not remembered: after the sentences' memo (readDate) they
 * almost never come again (62 of 12,769 on the bench corpus), and hashing each window cost more than the readings it saved. */
const chronoReadings = new Map<string, { at: number; reading: Reading | null }>();
const CHRONO_MEMO = 500;
function readWithChrono(window: string, ref: Date | null): Reading | null {
  const at = ref ? ref.getTime() : NaN;
  const known = chronoReadings.get(window);
  // NaN (no publication date) is told apart from every instant by Object.is, and matches itself.
  if (known !== undefined && Object.is(known.at, at)) return known.reading;
  const reading = chronoReading(window, ref);
  if (chronoReadings.size >= CHRONO_MEMO) chronoReadings.clear();
  chronoReadings.set(window, { at, reading });
  return reading;
}

function chronoReading(window: string, ref: Date | null): Reading | null {
  // A copy of the reference, since the one publication date is shared by every reading of the article.
  const results = chrono.parse(window, ref ? { instant: new Date(ref), timezone: 0 } : undefined, { forwardDate: false });
  const r = results.find((x) => x.start.isCertain('day') || x.start.isCertain('weekday') || x.start.isCertain('month'));
  if (!r) return null;
  return { text: r.text, index: r.index, year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')!,
    certainDay: r.start.isCertain('day'), certainWeekday: r.start.isCertain('weekday'), certainYear: r.start.isCertain('year') };
}

/** An EventDate without the reading's rules (what the output carries). */
export const plainDate = (d: DateReading | EventDate): EventDate => ({ start: d.start, end: d.end, precision: d.precision, text: d.text });
