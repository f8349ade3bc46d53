// date-story: the day a story is told on. An incident told with no date of its own ("A bystander was
// wounded.", "The attack killed two.") happened on the day the story last named: the lead's "On 2 May
// 2020, …" dates what follows it until another date is told. Dates that only date the report (the
// dateline, "the ministry said on Thursday") are blanked first, as for the incident's own sentence.
// The old rule took the day of the incident told before; the lead's own date was lost when the lead
// itself was not read as an incident ("On 30 April 2020, residents ..." dated by the report, a day late).
import type { Doc, Span } from '../../types.js';
import { datelineLength } from '../segment/dateline-grammar.js';
import { readDate, type DateReading } from './date.js';
import { withWhy } from './date-calendar.js';
import { extend } from '../extend.js';

/** The sentence with its dateline and attribution clauses blanked (offsets kept), for reading the date. */
export function eventText(text: string, sent: { start: number; end: number }, attributions: readonly Span[]): string {
  let t = text.slice(sent.start, sent.end);
  // Filled with '#', not spaces: chrono reads "on 14 June," followed by a long run of spaces as "June, …"
  // (the month alone), dropping the day. '#' is no word character and no range sign ("-", "~").
  const blank = (a: number, b: number) => { if (b > a) t = t.slice(0, a) + '#'.repeat(b - a) + t.slice(b); };
  blank(0, datelineLength(t));
  for (const a of attributions) if (a.start < sent.end && sent.start < a.end) blank(Math.max(0, a.start - sent.start), Math.min(t.length, a.end - sent.start));
  return t;
}

/** A reading's rule offsets moved from its sentence into the article. */
export function inArticle(d: DateReading, sentStart: number): DateReading {
  return withWhy(d, d.why.map((w) => (w.start == null ? w : extend(w, { start: w.start + sentStart, end: w.end! + sentStart }))));
}

/** The sentences that open a story (a title, the lead and the one after it): a date told there dates the
 * story, whatever the sentence tells. Further on, only a sentence that tells an incident moves the story's
 * day: in a long report, the day a list was published or a post was made dates nothing that follows. */
const LEAD_SENTENCES = 3;

/** The story's day before sentence `s`: the date told in the nearest earlier sentence of the lead or of an
 * incident (`told`), read from its opening, or null. Each sentence is read once. */
export function storyDays(doc: Doc, attributions: readonly Span[], told: ReadonlySet<number>): (s: number) => DateReading | null {
  const read = new Map<number, DateReading | null>();
  const dateOf = (t: number): DateReading | null => {
    let d = read.get(t);
    if (d === undefined) {
      const sent = doc.sentences[t];
      const r = readDate(eventText(doc.text, sent, attributions), doc.published, 0);
      read.set(t, (d = r ? inArticle(r, sent.start) : null));
    }
    return d;
  };
  return (s) => {
    for (let t = s - 1; t >= 0; t--) {
      if (t >= LEAD_SENTENCES && !told.has(t)) continue;
      const d = dateOf(t);
      if (d) return withWhy(d, [{ rule: 'date.story-day' }, ...d.why.filter((w) => w.start != null)]);
    }
    return null;
  };
}

/** Whether sentence 0 stands as a paragraph of its own before the next sentence's (a title's place; index.ts's title also has
 * no full stop). */
export function standsApart(doc: Doc): boolean {
  const [title, next] = doc.sentences;
  return !!title && !!next && title.paragraph !== next.paragraph;
}

/** A page's own line ("Published 30 Nov 2024", "Updated …"): it dates the page. */
const PAGE_LINE = /^\s*(?:published|updated|posted|last updated|first published)\b/i;
/** news31: the day a title's incident happened, when the title tells none ("43 AL men arrested in Gopalganj under 'Devil Hunt'",
 * then "Police arrested 43 leaders … on Sunday"): a headline tells the news its lead goes on to date. The first day told (a day's
 * precision, not "last month") in the sentences after a title that stands as a paragraph of its own, within the story's opening;
 * null when sentence 0 is no such title or the opening tells no day. */
export function headlineDay(doc: Doc, attributions: readonly Span[]): DateReading | null {
  if (!standsApart(doc)) return null;
  for (let t = 1; t < LEAD_SENTENCES + 1 && t < doc.sentences.length; t++) {
    const sent = doc.sentences[t];
    // A page's own line ("Published 30 Nov 2024", "Updated …") dates the page.
    if (PAGE_LINE.test(doc.text.slice(sent.start, sent.end))) continue;
    const r = readDate(eventText(doc.text, sent, attributions), doc.published, 0);
    if (!r || r.precision !== 1) continue;
    const d = inArticle(r, sent.start);
    return withWhy(d, [{ rule: 'date.headline-lead-day' }, ...d.why.filter((w) => w.start != null)]);
  }
  return null;
}

