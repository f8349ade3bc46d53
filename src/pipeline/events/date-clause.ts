// date-clause: which of a sentence's dates is the incident's. A sentence that opens with a date
// ("On 3 May 2020, …", "Around 8 May (as reported), …", "Security measures: On 29 April, …") tells
// everything after it on that day; a date inside a clause of its own ("clashes that started on 2 May",
// "a blogger, who was arrested on 6 May", "…, his body was found on 8 May") dates that clause only. So
// the trigger's own clause is read first, then the opening date, then the date nearest the trigger.

/** What ends a clause: punctuation, and the words that open a relative or subordinate clause. */
const BOUNDARY = /[,;:()[\]—–"“”]|\b(?:that|which|who|whom|whose|after|before|since|following|until|while|when|where)\b/gi;

const ACRONYM_AFTER = /^\([A-Z][A-Z0-9&.-]{1,9}\)/;
const ACRONYM_BEFORE = /\([A-Z][A-Z0-9&.-]{1,9}\)$/;
/** The clause of the sentence that holds offset `near` (the trigger): [from, to). */
export function clauseAround(text: string, near: number): [number, number] {
  let from = 0, to = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    // news31: an acronym in brackets after its words ("an improvised explosive device (IED) went off") is part of the clause.
    if ((m[0] === '(' && ACRONYM_AFTER.test(text.slice(m.index, m.index + 12))) || (m[0] === ')' && ACRONYM_BEFORE.test(text.slice(Math.max(0, m.index - 11), m.index + 1)))) continue;
    const end = m.index + m[0].length;
    if (end <= near) from = end;
    else if (m.index > near) { to = m.index; break; }
  }
  return [from, to];
}

/** How far into a sentence its opening date may stand ("Around 19:00 in the evening of Sunday, …"). */
const OPENING_REACH = 48;
const CLAUSE_MARK = /[,;]/;

/** The index of the hint that opens the sentence before the trigger, or -1: the first hint, standing
 * within OPENING_REACH characters of the start with no comma before it (a "Label:" may precede it). */
export function framingHint(text: string, spans: readonly number[], near: number): number {
  if (!spans.length) return -1;
  const at = spans[0];
  return at < near && at <= OPENING_REACH && !CLAUSE_MARK.test(text.slice(0, at)) ? 0 : -1;
}
