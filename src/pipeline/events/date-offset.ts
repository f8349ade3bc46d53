// date-offset: a date told as a distance from another moment of the story ("two days later", "a week after
// troops retook the town", "three days earlier"). Such a phrase dates nothing by itself: it is counted from
// the day the story last told, not from the report's day (chrono reads "a week after" as a week after
// publication, a day the report cannot have seen). The incident's date is the story's day moved by it.
import type { DateReading } from './date-calendar.js';
import { addDays, dateReading, DAY, iso, noonOf } from './date-calendar.js';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';

/** A count of days or weeks, then the side of the other moment the incident lies on. */
const OFFSET = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|afterwards|after|earlier|before)\b|\b(?:the\s+)?(next|following|previous|preceding)\s+(day)\b/gi;
/** The words chrono reads as such an offset, or as a span from now ("after a week", "in a week", "next day"): its
 * reading is counted from the report's day, so it is no date. */
export const COUNTED_FROM_ELSEWHERE = /\b(?:later|afterwards|after|earlier|before)\s*$|^(?:after|in|within)\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several)\s+(?:days?|weeks?|months?)$|^(?:the\s+)?next\s+day$/i;

export interface StoryOffset { days: number; start: number; end: number; text: string }

/** The offset the sentence tells nearest to `near` (an offset into it: the incident's trigger), in days, or
 * null. "later"/"earlier" place the sentence's incident after/before the other moment; so do "after"/"before"
 * when the incident is told before them ("troops retook it a week after the attack"). */
export function storyOffset(sentence: string, near: number): StoryOffset | null {
  let best: StoryOffset | null = null;
  OFFSET.lastIndex = 0;
  for (let m = OFFSET.exec(sentence); m; m = OFFSET.exec(sentence)) {
    // "the next day", "the previous day": one day after or before.
    const n = m[4] ? 1 : NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    if (!Number.isFinite(n) || n <= 0) continue;
    const side = m[4] ? (/^(?:next|following)$/i.test(m[4]) ? 'later' : 'earlier') : m[3].toLowerCase();
    const days = n * (/^week/i.test(m[2] ?? '') ? 7 : 1) * (side === 'later' || side === 'afterwards' || side === 'after' ? 1 : -1);
    const end = m.index + m[0].length;
    // The incident told in the complement ("a week after troops retook the town", "two days after their house
    // was bombed, …") is the other moment: which of the two the story's day dates, the words do not say.
    if ((side === 'after' || side === 'before') && near >= end) continue;
    const found = { days, start: m.index, end, text: m[0] };
    if (!best || Math.abs(found.start - near) < Math.abs(best.start - near)) best = found;
  }
  return best;
}

/** The story's day moved by the offset, the offset's words leading its reasons (offsets in the article: `at`
 * is the sentence's start); null with no story day, or when the move would pass the report's day. */
export function offsetDate(day: DateReading | null, offset: StoryOffset, at: number, published: string | undefined): DateReading | null {
  if (!day?.start || !day.end) return null;
  const start = addDays(noonOf(day.start), offset.days), end = addDays(noonOf(day.end), offset.days);
  const report = published ? noonOf(published).getTime() : NaN;
  if (start.getTime() > report + DAY / 2) return null;
  return dateReading(iso(start), iso(end), day.precision, offset.text,
    [{ rule: 'date.story-offset', start: at + offset.start, end: at + offset.end, text: offset.text }, ...day.why]);
}
