// Dates as day numbers, bucket edges, and the ticks of a date axis: pure functions, no DOM, so the
// chart's arithmetic can be tested apart (date-axis.test.ts). All in UTC: a stored date is a calendar day.

export type Bucket = 'day' | 'week' | 'month';
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const dayOf = (date: string): number => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first day after the bucket that starts on `start` (a week is 7 days; a month ends with its month). */
export function bucketEnd(start: number, bucket: Bucket): number {
  if (bucket === 'day') return start + 1;
  if (bucket === 'week') return start + 7;
  const d = new Date(start * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}

/** The bucket a span of days reads best in: days up to three months, weeks up to two years, then months. */
export function autoBucket(days: number): Bucket {
  return days <= 92 ? 'day' : days <= 730 ? 'week' : 'month';
}

export interface Tick { day: number; label: string }

// Candidate tick steps, finest first: [kind, count].
const STEPS: [('day' | 'month'), number][] = [['day', 1], ['day', 2], ['day', 7], ['day', 14], ['month', 1], ['month', 3], ['month', 6], ['month', 12], ['month', 24], ['month', 60]];

/**
 * Ticks for the days [first, last): the finest step that leaves at least `minGap` pixels between labels
 * on an axis `width` wide. Day steps start on a Monday when weekly; month steps fall on the 1st (of
 * January, April, July, October for quarters). Month labels carry the year in January and on the first tick.
 */
export function dateTicks(first: number, last: number, width: number, minGap = 64): Tick[] {
  const span = Math.max(1, last - first);
  const most = Math.max(2, Math.floor(width / minGap));
  for (const [kind, n] of STEPS) {
    const approx = kind === 'day' ? span / n : span / (30.44 * n);
    if (approx > most && !(kind === 'month' && n === 60)) continue;
    return kind === 'day' ? dayTicks(first, last, n) : monthTicks(first, last, n);
  }
  return [];
}

function dayTicks(first: number, last: number, n: number): Tick[] {
  // 1970-01-01 was a Thursday: day 4 is a Monday, so weekly ticks fall on Mondays.
  const start = n >= 7 ? first + ((4 - first) % 7 + 7) % 7 : first;
  const out: Tick[] = [];
  for (let d = start; d < last; d += n) {
    const date = new Date(d * DAY_MS);
    const label = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
    out.push({ day: d, label: out.length === 0 || date.getUTCMonth() === 0 && date.getUTCDate() <= n ? `${label} ${date.getUTCFullYear()}` : label });
  }
  return out;
}

function monthTicks(first: number, last: number, n: number): Tick[] {
  const f = new Date(first * DAY_MS);
  let y = f.getUTCFullYear();
  let m = f.getUTCMonth() + (f.getUTCDate() > 1 ? 1 : 0);
  m = Math.ceil(m / n) * n; // quarters on Jan/Apr/Jul/Oct, halves on Jan/Jul
  const out: Tick[] = [];
  for (;;) {
    const d = Math.floor(Date.UTC(y, m, 1) / DAY_MS);
    if (d >= last) break;
    const date = new Date(d * DAY_MS);
    const mm = date.getUTCMonth();
    const label = n >= 12 ? String(date.getUTCFullYear()) : mm === 0 || out.length === 0 ? `${MONTHS[mm]} ${date.getUTCFullYear()}` : MONTHS[mm];
    if (d >= first) out.push({ day: d, label });
    m += n;
    if (m >= 12) { y += Math.floor(m / 12); m %= 12; }
  }
  return out;
}

/** Round values 0, step, 2·step… up to at least `max`, with a 1-2-5 step giving about `count` ticks. */
export function valueTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw)!);
  const out: number[] = [];
  for (let v = 0; v < max + step; v += step) out.push(v);
  return out;
}
