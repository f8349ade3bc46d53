// where15 (loc.dateline-not-site): a wire dateline ("BISHKEK - ", "BANGKOK — ", "KABUL, May 9 (Reuters) - ",
// "PESHAWAR: ") names where the report was filed, not where the event took place (ACLED codebook, location: the
// place where the event itself happened). A town in capitals opening one of the article's first sentences and closed
// by a dash or a colon (after an optional country, date or agency) is such a dateline. It is a site only when the
// story tells no other: beside a place of the same sentence ("BANGKOK - … clashed in Oddar Meanchey province") it is
// passed over (mentions.ts), and an incident placed only there takes the site of the incident of the same event type
// the story tells in the next sentences ("BISHKEK - Two guards were killed. The shootout took place near X.": index.ts).
import type { Doc, Span } from '../../types.js';
import { DATELINE_REACH } from '../segment/dateline.js';
import { closesFiledDateline } from '../segment/dateline-grammar.js';

/** How far a later incident may be told for the dateline's incident to take its site (sentences). */
export const DATELINE_NEXT = 2;

/** Whether the span is a dateline's town: capitals opening one of the article's first sentences, closed by a dash or colon. */
export function isDatelinePlace(doc: Pick<Doc, 'text' | 'sentences'>, span: Span): boolean {
  const { text } = doc;
  if (!closesFiledDateline(text, span)) return false;
  return doc.sentences.slice(0, DATELINE_REACH).some((s) => s.start <= span.start && text.slice(s.start, span.start).trim() === '');
}

export const DATELINE_RULE = 'loc.dateline-not-site';
