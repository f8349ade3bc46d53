// A wire dateline opening a sentence ("TRIPOLI, Libya, Aug. 19 — ", "KYIV, June 10 (Reuters) - "): it dates
// and places the report. It is neither part of what a source said nor the incident's own date, so the
// claims and events stages both step over it; an article that comes with no publication date takes the
// dateline's (readDatelineDate). Its grammar, shared with events/dateline-site.ts, is dateline-grammar.ts.
import type { Doc, Reason } from '../../types.js';
import { checkDay } from '../../io/dates.js';
import { datelineLength, MONTH } from './dateline-grammar.js';

const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** "June 10", "Aug. 19, 2024" (wire style) and "10 June 2024". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4}))?`);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?![\\w])`);
/** The sentences a dateline may open: a title and a byline may come first. */
export const DATELINE_REACH = 3;

/** The publication date a dateline gives, with the words it was read from, or null. A dateline rarely
 * names its year: the day is then the latest such day on or before `today` (the reader's clock, given by
 * the caller; news is read after it is written), and without `today` it cannot be placed. */
export function readDatelineDate(doc: Pick<Doc, 'text' | 'sentences'>, today?: string): { day: string; why: Reason } | null {
  for (const sent of doc.sentences.slice(0, DATELINE_REACH)) {
    const length = datelineLength(doc.text, sent.start);
    if (!length) continue;
    const words = doc.text.slice(sent.start, sent.start + length);
    const md = MONTH_DAY.exec(words), dm = md ? null : DAY_MONTH.exec(words);
    const m = md ?? dm;
    if (!m) return null;
    const month = MONTH_NUMBER[(md ? md[1] : dm![2]).slice(0, 3).toLowerCase()], day = +(md ? md[2] : dm![1]);
    let year = m[3] ? +m[3] : NaN;
    if (!m[3]) {
      const t = today ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(today) : null;
      if (!t) return null;
      year = +t[1];
      if (month * 100 + day > +t[2] * 100 + +t[3]) year--;
    }
    // Checked as every date entering sitrep is: "Feb. 30" or a year out of range gives no date.
    const checked = checkDay(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    if (!checked.ok) return null;
    const at = sent.start + m.index;
    return { day: checked.value, why: { rule: 'date.dateline', start: at, end: at + m[0].length, text: m[0] } };
  }
  return null;
}
