// case9p (issue 13): two readings of a demonstration's sentence that set aside deaths and force that are no force used on
// this demonstration (ACLED codebook 2023: Excessive force against protesters is peaceful demonstrators met with lethal
// force or violence that seriously injures them during their protest; a protest is coded as peaceful whatever it answers).
// - A deed dated before the report's day by a time that ends its clause ("marched with the body of a protester shot dead
//   by police the day before", "despite the deaths of 18 people in a crackdown the previous day"): another day's deed, the
//   cause or memory of this protest. Its words, back to the protest's word or a clause break, are set aside; the protest's
//   own words stay. "The day before the vote" dates by another event (a noun follows), and is left.
// - A toll told in the perfect up to now ("a wave of protests in which more than 450 people have been killed since October",
//   "Security forces have killed more than 500 people since the coup"): a tally of many earlier days, not this protest's
//   deaths (the tally rule, non-events.ts, reads the same phrasing when no protest is told). Read in a demonstration's
//   sentence and in the sentences of its story.
// - A death told with a cause no one dealt ("a farmer at the sit-in died of a heart attack", "died of cold at the protest
//   site", "hunger-striking teachers were hospitalised", "injured in a stampede"): the death or injury words beside it are
//   set aside.
// Pure hit readings (typing.ts HIT_READINGS): they return `hits` itself when nothing applies, and read only around the
// sentence's EARLIER and NATURAL_CAUSE hits. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { KIN_OF_THE_DEAD, RELATIVE_PRONOUNS, WHERE_PAST } from '../../lexicon/protest-readings.js';
import type { ReadingNeeds } from './reading-needs.js';
import { isYear } from '../../lexicon/numbers.js';

const PROTEST_WORDS: ReadonlySet<Concept> = new Set<Concept>(['PROTEST', 'PROTEST_WEAK']);
/** Words that end a clause: the earlier deed's words stand between one of them (or the protest's word) and its time. */
const CLAUSE_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')']);
/** How far back from its time an earlier deed's words may stand. */
const EARLIER_REACH = 16;
/** Words after "the day before" that make it date by another event ("the day before the vote", "a day before his trial"). */
const DATES_BY_EVENT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);
/** Death words a natural cause may follow ("died of a heart attack", "succumbed to covid", "died after a stroke"). */
const DEATH: ReadonlySet<Concept> = new Set<Concept>(['DEADLY', 'LETHAL_FORCE', 'KILL', 'HARM']);
/** A crush is an accident unless force is told beside it: then it is what the force did. */
const CRUSH: ReadonlySet<string> = new Set(['stampede', 'crush']);
const FORCE_USED: ReadonlySet<Concept> = new Set<Concept>(['PROTEST_FORCE', 'DISPERSE', 'STATE_FORCE', 'FIRED']);
/** "last week's", "last month's": the possessive's noun phrase is the earlier day's. */
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'"]);
/** How far after its death word a natural cause may stand ("died on Sunday of a heart attack"). */
const CAUSE_REACH = 6;

/** dropEarlierDeeds reads only a demonstration's sentence. */
export const EARLIER_DEEDS_NEEDS: ReadingNeeds = [[...PROTEST_WORDS, 'STORY_PROTEST']];
/** A demonstration's sentence without the words of a deed dated earlier, or of a death no one dealt. */
export function dropEarlierDeeds(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => PROTEST_WORDS.has(h.concept) || h.concept === 'STORY_PROTEST')) return hits;
  const drop = new Set<CueHit<Concept>>();
  for (const h of hits) if (DEATH.has(h.concept) && (perfectTally(h, words) || kinOfTheDead(h, hits, words) || wherePast(h, hits, words))) drop.add(h);
  if (!hits.some((h) => h.concept === 'EARLIER' || h.concept === 'NATURAL_CAUSE') || !hits.some((h) => PROTEST_WORDS.has(h.concept))) {
    return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
  }
  for (const t of hits) {
    if (t.concept === 'EARLIER') {
      // "last week's protests, in which three people were killed": the earlier day owns the noun phrase after it.
      if (POSSESSIVE.has(words[t.end] ?? '')) {
        let to = t.end + 1;
        while (to < words.length && to - t.end <= EARLIER_REACH && !CLAUSE_BREAK.has(words[to])) to++;
        for (const h of hits) if (h.first > t.end && h.first < to && !PROTEST_WORDS.has(h.concept)) drop.add(h);
        continue;
      }
      if (DATES_BY_EVENT.has(words[t.end] ?? '')) continue;
      let from = t.first;
      while (from > 0 && t.first - from < EARLIER_REACH && !CLAUSE_BREAK.has(words[from - 1])) from--;
      const protest = hits.filter((h) => PROTEST_WORDS.has(h.concept) && h.end <= t.first && h.first >= from);
      if (protest.length) from = Math.max(...protest.map((h) => h.end));
      for (const h of hits) if (h.first >= from && h.first < t.first && !PROTEST_WORDS.has(h.concept)) drop.add(h);
    } else if (t.concept === 'NATURAL_CAUSE' && !(CRUSH.has(words[t.first]) && hits.some((h) => FORCE_USED.has(h.concept)))) {
      // (A stampede forces set off, "police fired tear gas, causing a stampede in which two died", is their force.)
      // Either side: "died of a heart attack", "hunger-striking teachers were hospitalised".
      for (const h of hits) {
        if (!DEATH.has(h.concept)) continue;
        if (h.end <= t.first ? t.first - h.end <= CAUSE_REACH && !breaks(h.end, t.first, words) : h.first >= t.end && h.first - t.end <= CAUSE_REACH && !breaks(t.end, h.first, words)) drop.add(h);
      }
    }
  }
  return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
}

/** The perfect's auxiliaries ("have been killed", "has killed", "had died"). */
const PERFECT: ReadonlySet<string> = new Set(['have', 'has', 'had', "'ve"]);
/** Words that may stand between the auxiliary and the death word ("have been killed", "have reportedly been shot"). */
const AUX_GAP = 3;
/** How far after the death word "since" may stand ("killed more than 500 people since the coup"). */
const SINCE_REACH = 8;
/** Whether the death word `h` is told in the perfect and counted up to now from a start: "have been killed since October". */
function perfectTally(h: CueHit<Concept>, words: readonly string[]): boolean {
  let aux = false;
  for (let k = h.first - 1; k >= 0 && h.first - k <= AUX_GAP; k--) { if (PERFECT.has(words[k])) { aux = true; break; } if (CLAUSE_BREAK.has(words[k])) break; }
  if (!aux) return false;
  for (let k = h.end; k < words.length && k - h.end <= SINCE_REACH; k++) { if (words[k] === 'since') return true; if (CLAUSE_BREAK.has(words[k])) return false; }
  return false;
}

function breaks(from: number, to: number, words: readonly string[]): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_BREAK.has(words[k])) return true;
  return false;
}

/** Finite auxiliaries: "members of the union were injured" tells the members' own harm, a finite clause, not a participle
 * describing whom they mourn. */
const FINITE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'had', 'has', 'have']);
/** case15: what mourners carry of the dead (KIN_OF_THE_DEAD's images and coffins): whom they show may be demonstrators themselves
 * ("carried portraits of protesters shot dead by the security forces"), still the dead they remember, not force used on this protest. */
const CARRIED_IMAGES: ReadonlySet<string> = new Set(['pictures', 'photos', 'photographs', 'portraits', 'images', 'coffins', 'caskets']);
/** How far after "of" a kin noun's dead may be told ("relatives of two miners killed", "families of the people who were shot"). */
const KIN_REACH = 7;
/** riots10: the death word describes the object of a kin noun's "of" ("relatives of miners killed in a collapse picketed …",
 * "families of those who were shot by soldiers marched"): the dead are whom the demonstrators mourn, their grievance
 * (lexicon/protest-readings.ts KIN_OF_THE_DEAD). Not when a finite auxiliary tells the kin's own harm ("relatives of
 * the detainees were beaten") or a protest word or a clause break stands between. */
function kinOfTheDead(h: CueHit<Concept>, hits: readonly CueHit<Concept>[], words: readonly string[]): boolean {
  let relative = false, aux = false;
  for (let k = h.first - 1; k >= 1 && h.first - k <= KIN_REACH; k--) {
    const w = words[k];
    if (CLAUSE_BREAK.has(w)) return false;
    if (w === 'of') return KIN_OF_THE_DEAD.words.has(words[k - 1]) && (!aux || relative)
      && (CARRIED_IMAGES.has(words[k - 1]) || !hits.some((p) => PROTEST_WORDS.has(p.concept) && p.first > k && p.first < h.first));
    if (RELATIVE_PRONOUNS.has(w)) relative = true;
    else if (FINITE_AUX.has(w) && !relative) aux = true;
  }
  return false;
}

/** How far back from a death word "where" may open its clause, and how far the clause runs. */
const WHERE_REACH = 12;
/** riots10: the death word stands in a clause opened by ", where" that names no demonstrator and is dated to another time (a
 * four-digit year, lexicon/numbers.ts isYear, dates it as well as WHERE_PAST's words)
 * ("gathered in the square, where dozens were killed during the uprising"): the place's past, no force on this protest
 * (lexicon/protest-readings.ts WHERE_PAST). "…, where police opened fire, killing two" has no such date and stays. */
function wherePast(h: CueHit<Concept>, hits: readonly CueHit<Concept>[], words: readonly string[]): boolean {
  let open = -1;
  for (let k = h.first - 1; k >= 1 && h.first - k <= WHERE_REACH; k--) {
    if (CLAUSE_BREAK.has(words[k])) return false;
    if (words[k] === 'where') { if (words[k - 1] === ',') open = k; break; }
  }
  if (open < 0) return false;
  let end = h.end;
  while (end < words.length && end - open <= WHERE_REACH * 2 && !CLAUSE_BREAK.has(words[end])) end++;
  if (hits.some((p) => PROTEST_WORDS.has(p.concept) && p.first > open && p.first < end)) return false;
  for (let k = open + 1; k < end; k++) if (WHERE_PAST.words.has(words[k]) || isYear(words[k])) return true;
  return false;
}
