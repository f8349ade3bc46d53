// A wire dateline opening a sentence ("TRIPOLI, Libya, Aug. 19 — "): it dates and places the report.
// It is neither part of what a source said nor the incident's own date, so the claims and events
// stages both step over it.
const DATELINE = /\s*[A-Z][A-Z .'’-]{1,40}(?:,[^,—–\n]{1,30}){0,3}\s*(?:—|–|--)\s*/y;

/** The length of the dateline that opens `text` at `from`; 0 when there is none. */
export function datelineLength(text: string, from = 0): number {
  DATELINE.lastIndex = from;
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}
