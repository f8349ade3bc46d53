// protest6 (issue 13): two readings of who acts that ACLED's codebook makes decisive for Riots: Mob violence, where the
// rioters are a crowd (inter code 5), not an organised armed group and not demonstrators.
//   1. `betweenSides`: a fight told as a noun with its sides after "between" ("clashes between two groups of villagers",
//      "a clash between Hausa and Yoruba traders"): when every side named is a crowd (no force, no armed group), the
//      crowd fights itself (codebook: rioters violently interacting with other rioters is Mob violence). A side that is a
//      force or an armed group leaves the reading to partiesOf ("clashes between the army and rebels").
//   2. `hasObjectOrAgent`: a kill or beat verb that takes someone as its object ("villagers killed a suspected thief") or
//      names its doer after "by" ("was beaten to death by a crowd"), not a headline's passive with no doer ("family members
//      killed in the attack"), whose subject is the victims.
// Pure functions of the sentence's words and cue hits; no state. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { ARMED_SIDE } from '../../lexicon/sub-event-sets.js';

/** Concepts that tell guns or an organised armed side: acled5's, with the armed groups by name and heavy weapons. */
const ARMED_OR_GUNS: ReadonlySet<Concept> = new Set([...ARMED_SIDE, 'MILITANT', 'HEAVY_WEAPON']);
/** A fight word that is itself a gunfight ("gunbattle", "shoot-out", "firefight"). */
const GUN_FIGHT = /gun|shoot|fire/;
/** The words of a fight's outbreak that may stand between its noun and "between". */
const OUTBREAK: ReadonlySet<string> = new Set(['broke', 'out', 'erupted', 'took', 'place', 'occurred', 'flared', 'up', 'have', 'has', 'had', 'reportedly']);
/** How far after "between" the sides may be named: "between [residents of two neighbouring villages] and …". */
const SIDES_WINDOW = 10;
const BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'in', 'at', 'on', 'near', 'over', 'after', 'when', 'while', 'that', 'which', 'who']);

/** Where "between" (and, with `among`, "among") stands right after a fight noun, with a verb of its own between: "clashes
 * between …", "clashes broke out between …", "fighting erupted between …"; -1 when it does not. */
function betweenAt(trigger: CueHit<Concept>, words: readonly string[], among: boolean): number {
  for (let k = trigger.end; k < Math.min(words.length, trigger.end + 4); k++) {
    if (words[k] === 'between' || (among && words[k] === 'among')) return k;
    if (!OUTBREAK.has(words[k])) break;
  }
  return -1;
}

/** The parties of the sides named after "between" / "among" right after a fight noun, or null when the trigger is not
 * followed by one; `partyAt` reads the party of the words at one start. */
export function betweenSides<P extends string>(hits: readonly CueHit<Concept>[], trigger: CueHit<Concept>, words: readonly string[],
  partyAt: (first: number) => P | null, crowd: P): P[] | null {
  const at = betweenAt(trigger, words, true);
  if (at < 0) return null;
  // A fight with guns is no crowd's brawl ("a shoot-out between the two groups", police or gunmen named anywhere in it).
  if (hits.some((h) => ARMED_OR_GUNS.has(h.concept))) return null;
  for (let k = trigger.first; k < trigger.end; k++) if (GUN_FIGHT.test(words[k])) return null;
  const sides: P[] = [];
  const starts = [...new Set(hits.map((h) => h.first))].sort((a, b) => a - b);
  for (const f of starts) {
    if (f <= at) continue;
    if (f - at > SIDES_WINDOW) break;
    let broken = false;
    for (let k = at + 1; k < f; k++) if (BREAK.has(words[k])) { broken = true; break; }
    if (broken) break;
    const p = partyAt(f);
    if (p) sides.push(p);
  }
  // "between two groups", "between rival families": sides named only by their number or rivalry are people (an armed group
  // is named as such: "two armed groups" holds the armed group's own cue).
  if (!sides.length) {
    for (let k = at + 1; k < Math.min(words.length, at + 4); k++) {
      if (BREAK.has(words[k])) break;
      if (PEOPLE_SIDES.has(words[k]) && SIDE_NUMBER.has(words[k - 1])) { sides.push(crowd); break; }
    }
  }
  return sides;
}
/** Nouns that name sides of people, and the words before them that make them two or more sides. */
const PEOPLE_SIDES: ReadonlySet<string> = new Set(['groups', 'families', 'communities', 'neighbourhoods', 'neighborhoods', 'villages']);
const SIDE_NUMBER: ReadonlySet<string> = new Set(['two', 'three', 'rival', 'several', 'neighbouring', 'neighboring']);

/** Words right after a verb that show it has neither an object nor, after "by", a doer: a headline's passive ("killed in
 * the attack", "killed on Sunday", "killed, police said"). */
const NO_OBJECT: ReadonlySet<string> = new Set([',', ';', ':', '.', 'in', 'at', 'on', 'during', 'after', 'when', 'while', 'near', 'as',
  'and', 'or', 'since', 'before', 'following', 'amid', 'inside', 'outside', 'last', 'yesterday', 'today', 'overnight', 'early', 'late',
  // w26: adverbs of manner and time after an intransitive use ("dispersed peacefully", "dispersed shortly after", self-dispersal.ts).
  'peacefully', 'quietly', 'calmly', 'later', 'afterwards', 'shortly', 'soon', 'once', 'without']);
/** How many words may stand between the verb and "by": "was beaten [to death] by", "were killed [allegedly] by". */
const BY_REACH = 2;

/** sides17: nouns of an act that take their own doer after "by": "killed in [an] attack by militants" names the attack's
 * doer, not the verb's (a headline's passive whose subject is the victims). */
const ACT_NOUNS: ReadonlySet<string> = new Set(['attack', 'attacks', 'raid', 'raids', 'ambush', 'ambushes', 'assault', 'clash', 'clashes', 'shooting', 'violence']);

/** The words after "by" that tell a time by which, not a doer: the parts of the day, "then", "now". */
const TIMES_BY: ReadonlySet<string> = new Set(['evening', 'nightfall', 'dusk', 'dawn', 'sunset', 'sunrise', 'noon', 'midday', 'midnight', 'morning',
  'afternoon', 'night', 'lunchtime', 'then', 'now']);

/** Whether the act at `trigger` names its doer after "by", or takes an object right after it. */
export function hasObjectOrAgent(trigger: CueHit<Concept>, words: readonly string[]): boolean {
  for (let k = trigger.end; k <= trigger.end + BY_REACH && k < words.length; k++) {
    if (ACT_NOUNS.has(words[k])) break;
    // case28: "by evening", "by nightfall" tell when, no doer ("the crowd dispersed by evening" dispersed of itself).
    if (words[k] === 'by') return !TIMES_BY.has(words[k + 1] ?? '');
  }
  const next = words[trigger.end];
  return next !== undefined && !NO_OBJECT.has(next);
}

/** news35: the armed sides of a fight told as a noun with "between" after it ("displaced by fighting between the army and
 * rebels", "clashes broke out between troops and militants"): the first side named is its agent and the second what it fought,
 * whoever is named before the noun (the people displaced by it, a crowd, are no side). The parties read by `partyAt` of the
 * words after "between", when at least two are named and one of them is armed (`armed`); else null. */
export function armedSidesBetween<P extends string>(trigger: CueHit<Concept>, hits: readonly CueHit<Concept>[], words: readonly string[],
  partyAt: (first: number) => P | null, armed: (p: P) => boolean): [P, P] | null {
  const at = betweenAt(trigger, words, false);
  if (at < 0) return null;
  const sides: P[] = [];
  const starts = [...new Set(hits.map((h) => h.first))].sort((a, b) => a - b);
  for (const f of starts) {
    if (f <= at) continue;
    if (f - at > SIDES_WINDOW || (BREAK.has(words[f - 1]) && f - 1 > at)) break;
    const p = partyAt(f);
    if (p && (sides.length === 0 || words.slice(at + 1, f).includes('and'))) sides.push(p);
    if (sides.length === 2) break;
  }
  return sides.length === 2 && sides.some(armed) ? [sides[0], sides[1]] : null;
}
