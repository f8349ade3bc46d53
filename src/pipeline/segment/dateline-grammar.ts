// The wire dateline's grammar, one for its two readers: a town in capitals opening a sentence, up to three comma-separated
// parts (country, date), an agency in brackets, then a dash ("TRIPOLI, Libya, Aug. 19 — ", "KYIV, June 10 (Reuters) - ").
//   - As what dates the report (`datelineLength`: dateline.ts reads its date; the claims and events stages step over it), a
//     single hyphen ends it only after the agency ("(Reuters) - "): "NATO - the alliance said" opens no dateline.
//   - As where the report was filed (`closesFiledDateline`: events/dateline-site.ts, where15's loc.dateline-not-site), it is
//     wider: a lone hyphen or a colon ends it too ("BISHKEK - ", "PESHAWAR: "), since it only tells that the town is no site.
//   - Both ways, a town in title case with a date and a colon ("Peshawar, June 3: "), as South Asian papers write it.
// Provenance: wire style (AP, Reuters, AFP datelines); written for this project.
import type { Span } from '../../types.js';

const TOWN = "[A-Z][A-Z .'’-]{1,40}";
/** Up to three comma-separated parts after the town (a country, a date), none crossing a line or a closing dash (`stops`). */
const parts = (stops: string): string => `(?:,[^,${stops}\\n]{1,30}){0,3}`;
const AGENCY = "\\([A-Z][\\w .&’'-]{1,30}\\)";
const DASH = '—|–|--';
const HYPHEN = '-(?=\\s)';

const DATELINE = new RegExp(`\\s*${TOWN}${parts('—–')}\\s*(?:${AGENCY}\\s*(?:${DASH}|${HYPHEN})|${DASH})\\s*`, 'y');
/** w26: a dateline whose last part is a date ("PORT SUDAN, June 9 - ", "GOMA, Congo, 3 May - ") ends at a lone hyphen too: "NATO - the
 * alliance said" has no date before its hyphen. */
/** A month's name or its abbreviation, as datelines write it (its name in group 1; dateline.ts reads the day with it). */
export const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A dateline's day: "June 9", "3 May". */
const DAY_OF_MONTH = `(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})`;
const DATED = new RegExp(`\\s*${TOWN}(?:,[^,—–\\n]{1,30}){0,2},\\s*${DAY_OF_MONTH}\\s*${HYPHEN}\\s*`, 'y');
/** w27: the South Asian press's dateline, its town in title case, a date and a colon ("Peshawar, June 3: ", "Bogura, Jan 14: "): the
 * date and the colon tell it is a dateline, as capitals do in wire style. */
const TITLE = "[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}";
const TITLE_TOWN = new RegExp(`^${TITLE}$`);
const DATED_COLON_TAIL = `(?:,[^,—–:\\n]{1,30})?,\\s*${DAY_OF_MONTH}(?:,?\\s+\\d{4})?\\s*:(?=\\s)`;
const DATED_TITLE = new RegExp(`\\s*${TITLE}${DATED_COLON_TAIL}\\s*`, 'y');
const TITLE_TAIL = new RegExp(`^${DATED_COLON_TAIL}`);
/** news33: a release's dateline, its town (or two towns with a slash) in title case, a full date with its year and a dash
 * ("Sana'a / Aden, 10 February 2025 – Three children were killed …", "Geneva, 3 March 2024 — "): the year and the dash tell it is
 * a dateline, as capitals do in wire style. */
const DATED_DASH_TITLE = new RegExp(`\\s*${TITLE}(?:\\s*/\\s*${TITLE})?,\\s*${DAY_OF_MONTH},?\\s+\\d{4}\\s*(?:${DASH}|${HYPHEN})\\s*`, 'y');
/** What follows the town of a filed-at dateline, up to the dash or the colon that closes it. */
const FILED_TAIL = new RegExp(`^${parts('—–:')}\\s*(?:${AGENCY}\\s*)?(?:${DASH}|${HYPHEN}|:(?=\\s))`);
/** The town's own words read as where a report was filed: capitals (letters, spaces, dots, apostrophes, hyphens). */
const FILED_TOWN = /^[A-Z][A-Z .'’-]*[A-Z.]$/;

/** The length of the dateline that opens `text` at `from`; 0 when there is none. */
export function datelineLength(text: string, from = 0): number {
  DATELINE.lastIndex = from;
  const m = DATELINE.exec(text);
  if (m) return m[0].length;
  DATED.lastIndex = from;
  const d = DATED.exec(text);
  if (d) return d[0].length;
  DATED_TITLE.lastIndex = from;
  const t = DATED_TITLE.exec(text);
  if (t) return t[0].length;
  DATED_DASH_TITLE.lastIndex = from;
  const r = DATED_DASH_TITLE.exec(text);
  return r ? r[0].length : 0;
}

/** Whether the span is a town in capitals that a dateline's tail (parts, agency, a dash or a colon) closes: where the report was
 * filed. Whether it opens a sentence is the caller's. */
export function closesFiledDateline(text: string, town: Span): boolean {
  const words = text.slice(town.start, town.end), tail = text.slice(town.end, town.end + 60);
  return words.length >= 3 && ((FILED_TOWN.test(words) && FILED_TAIL.test(tail)) || (TITLE_TOWN.test(words) && TITLE_TAIL.test(tail)));
}
