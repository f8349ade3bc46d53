// earlier-adjuncts (round 31, issue 13): a sentence that opens with an earlier act told by its distance in time ("A day after
// security forces killed a militant commander in a gunfight, suspected militants lobbed a grenade into the market", "Two weeks
// after …, ", "Days after …, "): the opening clause is the setting and the main clause the news (general English: a preposed
// adverbial clause of time, closed by its comma). Its words type nothing, its counts are no toll of the news, its parties none
// of the news' sides; the main clause must tell an act of its own. Only with a distance of days or more named: "After the blast,
// gunmen opened fire" or "Hours after …" may tell one incident's course. A pure function of the sentence's words; provenance:
// written for this project.
import type { Token } from '../../types.js';

/** The reason listed in why.type for the words set aside (docs/extraction.md). */
export const EARLIER_ADJUNCT_RULE = 'type.earlier-adjunct-background';

const UNITS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'fortnight']);
/** What may count or qualify the distance: "a day", "two days", "barely a week", "more than a month", "several days". */
const DISTANCE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'several', 'few', 'some', 'just', 'only', 'barely', 'nearly', 'almost', 'about', 'more', 'than', 'less', 'over', 'the']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'where']);
/** How many words the opening clause may run before its comma. */
const ADJUNCT_REACH = 32;

/** The token span [first, end) of the sentence's opening "<distance> after <clause>," in tokens [from, to), or (round 39) of the
 * same adjunct set off by a comma after the main clause; null when there is none. A dateline's opening ("SRINAGAR:", "KYIV, Dec 18
 * (Reuters) -") is passed over. */
export function earlierAdjunct(tokens: readonly Token[], words: readonly string[], from: number, to: number): { first: number; end: number; after?: true } | null {
  let k = from;
  // past a dateline that ends in a colon or a dash within the sentence's first words
  for (let j = from; j < Math.min(to, from + 10); j++) if (words[j] === ':' || words[j] === '-' || words[j] === '—' || words[j] === '–') { k = j + 1; break; }
  const j = distanceAfter(tokens, words, k, to);
  if (j >= 0) {
    for (let e = j + 2; e < to && e - j <= ADJUNCT_REACH; e++) {
      if (words[e] !== ',') continue;
      // A relative clause on the earlier act's noun runs on to its own comma ("A day after the arrest of X, who was flown to the
      // capital on 28 December, his supporters …").
      if (RELATIVES.has(words[e + 1] ?? '')) continue;
      return e + 1 < to ? { first: k, end: e } : null;
    }
    return null;
  }
  // Round 39: …and the same adjunct after the main clause, set off by a comma ("… was bundled into a car outside his home, two days
  // after he addressed a party rally in the city on Thursday, his family said"): to its closing comma, or the sentence's end.
  for (let c = k + 1; c < to - 3; c++) {
    if (words[c] !== ',') continue;
    const d = distanceAfter(tokens, words, c + 1, to);
    if (d < 0) continue;
    let e = d + 2;
    while (e < to && e - d <= ADJUNCT_REACH && words[e] !== ',' && words[e] !== '.' && words[e] !== ';') e++;
    return e > d + 2 ? { first: c + 1, end: e, after: true } : null;
  }
  return null;
}

/** The token of the unit in "<distance> <unit> after" opening at k ("two days after", "a week after"), or -1. */
function distanceAfter(tokens: readonly Token[], words: readonly string[], k: number, to: number): number {
  let j = k;
  while (j < to && j - k < 4 && (DISTANCE_WORDS.has(words[j]) || tokens[j].pos === 'NUM')) j++;
  return j > k && UNITS.has(words[j]) && words[j + 1] === 'after' ? j : -1;
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
/** How many days the opening at [first, …) names between the earlier act and the news ("a day after" 1, "two days after" 2, "a
 * week after" 7), or null when it names no exact distance ("days after", "barely a week after", "months after"). */
export function settingDays(words: readonly string[], first: number): number | null {
  const n = NUMBER_WORDS.get(words[first]) ?? (/^\d+$/.test(words[first] ?? '') ? Number(words[first]) : undefined);
  const unit = words[first + 1];
  if (n === undefined || words[first + 2] !== 'after') return null;
  if (unit === 'day' || unit === 'days') return n;
  if (unit === 'week' || unit === 'weeks') return 7 * n;
  return null;
}
