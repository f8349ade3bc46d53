// time-adjunct (round 39, issue 13): a short adverbial of time between a verb and what it takes ("announced on Sunday an
// indefinite armed strike", "claimed on Thursday to have seized an army post", "declared late on Friday a curfew"). Wire copy
// puts the day right after the verb; the verb's object or infinitive comes after it. General English: a time adjunct may stand
// between a verb and its complement. A pure function of the tokens; provenance: written for this project.
import type { Token } from '../../types.js';
import { MONTHS } from '../../lexicon/counting.js';

/** The days an adjunct of time names (also read by location.ts `spokeIn`: "said on Monday in X"). */
export const DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'today', 'tonight', 'overnight']);
/** Words that may open the adjunct before its day: "late on Friday", "early Sunday", "on Thursday". */
const OPENERS: ReadonlySet<string> = new Set(['late', 'early', 'on']);
/** A part of the day after it: "on Sunday night", "Thursday morning". */
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** The token after a time adjunct that starts at token k ("on Sunday", "late on Friday night", "on 12 May", "on May 12, 2024"),
 * or k itself when none starts there. Reads no further than `end`. */
export function pastTimeAdjunct(tokens: readonly Token[], k: number, end = tokens.length): number {
  const w = (i: number): string => (i < end ? tokens[i]?.text.toLowerCase() ?? '' : '');
  let j = k;
  while (j < k + 2 && OPENERS.has(w(j))) j++;
  if (DAYS.has(w(j))) {
    j++;
    if (PARTS_OF_DAY.has(w(j))) j++;
    return j;
  }
  // "on 12 May", "on May 12", "on 12 May 2024", "on May 12, 2024"
  const start = j;
  let dated = false;
  for (let n = 0; n < 5 && j < end; n++, j++) {
    const x = w(j);
    if (MONTHS.has(x)) { dated = true; continue; }
    if (/^\d{1,4}$/.test(x) || (x === ',' && /^\d{4}$/.test(w(j + 1)))) continue;
    break;
  }
  return dated && j > start && w(k) === 'on' ? j : k;
}
