// sequel-clauses: a sentence that tells a later act in a clause of its own, opened by a coordinator and told as later
// ("two men tossed a grenade at a checkpoint …; hours later police raided a house and arrested a suspect", "the army and
// the RSF signed a ceasefire in Jeddah on Saturday, though fighting was reported in Khartoum hours later"), tells two
// incidents: the first clause's act and the later one (general English: "later", "afterwards", "the next day" place the
// clause's act after the one before it). mentions.ts reads each clause on its own and keeps both only when they are
// incidents of different event types; an act and its own sequel of one kind ("was shot, and later died in hospital", "pulled out
// before dawn, and the rebels moved in hours later") stay one.
import type { Clause } from './clauses.js';
import { REPORTING } from '../../lexicon/counting.js';

/** The words that open a clause of its own: a semicolon, a contrast, a coordinator after a comma. */
const OPENERS: ReadonlySet<string> = new Set([';', 'though', 'although', 'but', 'while', 'whereas']);
/** What tells the clause's act came after the one before it. */
const LATER: ReadonlySet<string> = new Set(['later', 'afterwards', 'afterward', 'subsequently']);
/** "the next day", "the following morning": a day after. */
const NEXT: ReadonlySet<string> = new Set(['next', 'following']);
const DAY_PARTS: ReadonlySet<string> = new Set(['day', 'morning', 'evening', 'night', 'afternoon', 'week']);
/** How many words each of the two clauses holds at least: no cut at the sentence's edges. */
const MIN_CLAUSE = 3;

/** A death or wound that follows from the act before ("and later died in hospital", "later succumbed to his wounds") is its
 * outcome, no act of its own. */
const OUTCOMES: ReadonlySet<string> = new Set(['died', 'dies', 'succumbed', 'succumbs', 'perished', 'passed', 'dead', 'injured', 'wounded']);
export const outcomeOnly = (words: readonly string[], trigger: { first: number }): boolean => OUTCOMES.has(words[trigger.first]);

/** A later finding or telling of the same act ("deminers later identified the remains of a mine", "the account later reported"):
 * what is found or reported is the act told before, no new one (reporting verbs, counting.ts, and verbs of finding out). */
const FOUND_OUT: ReadonlySet<string> = new Set(['identified', 'found', 'discovered', 'determined', 'concluded', 'established', 'revealed', 'learned',
  'learnt', 'realised', 'realized', 'attributed', 'blamed', 'acknowledged', 'admitted', 'denied', 'spoke', 'added', 'explained', 'clarified', 'corrected', 'revised', 'raised', 'updated']);
const toldNotDone = (w: string): boolean => REPORTING.has(w) || FOUND_OUT.has(w);

/** The sentence [from, to) cut at the first opener whose clause tells a later act (a LATER word or "the next day" in it, before
 * the next opener), or null. `words` lower-case. */
export function sequelClauses(words: readonly string[], from: number, to: number): Clause[] | null {
  for (let k = from + MIN_CLAUSE; k < to - MIN_CLAUSE; k++) {
    const w = words[k];
    const opens = OPENERS.has(w) || (w === 'and' && words[k - 1] === ',');
    if (!opens) continue;
    const cut = w === 'and' ? k - 1 : k;
    for (let j = k + 1; j < to && !OPENERS.has(words[j]); j++) {
      // Not a report told later ("but the account later reported that the hospital had received five"): what was reported is
      // the same act, told again.
      if ((LATER.has(words[j]) && !toldNotDone(words[j + 1] ?? '') && !toldNotDone(words[j - 1])) ||
        (NEXT.has(words[j]) && words[j - 1] === 'the' && DAY_PARTS.has(words[j + 1] ?? ''))) {
        return [{ from, to: cut }, { from: cut, to }];
      }
    }
  }
  return null;
}

