// where15 (loc.dateline-not-site): a wire dateline ("BISHKEK - ", "BANGKOK — ", "KABUL, May 9 (Reuters) - ",
// "PESHAWAR: ") names where the report was filed, not where the event took place (ACLED codebook, location: the
// place where the event itself happened). A town in capitals opening one of the article's first sentences and closed
// by a dash or a colon (after an optional country, date or agency) is such a dateline. It is a site only when the
// story tells no other: beside a place of the same sentence ("BANGKOK - … clashed in Oddar Meanchey province") it is
// passed over (mentions.ts), and an incident placed only there takes the site of the incident of the same event type
// the story tells in the next sentences ("BISHKEK - Two guards were killed. The shootout took place near X.": index.ts).
import type { Doc, Span } from '../../types.js';
import { DATELINE_REACH } from '../segment/dateline.js';

/** The place's own words: a town in capitals (letters, spaces, dots, apostrophes, hyphens). */
const CAPITALS = /^[A-Z][A-Z .'’-]*[A-Z.]$/;
/** After the town: up to three comma-separated parts (country, date), an agency in brackets, then a dash or a colon. Wider
 * than segment/dateline.ts's DATELINE, which takes a lone hyphen only after an agency and no colon (it dates the report;
 * this only tells where it was filed). */
const TAIL = /^(?:,[^,\n—–:]{1,30}){0,3}\s*(?:\([A-Z][\w .&’'-]{1,30}\)\s*)?(?:—|–|--|-(?=\s)|:(?=\s))/;
/** How far a later incident may be told for the dateline's incident to take its site (sentences). */
export const DATELINE_NEXT = 2;

/** Whether the span is a dateline's town: capitals opening one of the article's first sentences, closed by a dash or colon. */
export function isDatelinePlace(doc: Pick<Doc, 'text' | 'sentences'>, span: Span): boolean {
  const { text } = doc;
  const words = text.slice(span.start, span.end);
  if (words.length < 3 || !CAPITALS.test(words)) return false;
  const opens = doc.sentences.slice(0, DATELINE_REACH).some((s) => s.start <= span.start && text.slice(s.start, span.start).trim() === '');
  return opens && TAIL.test(text.slice(span.end, span.end + 60));
}

export const DATELINE_RULE = 'loc.dateline-not-site';
