// acled13: whether a violent demonstration's own sentences tell the rioters damaging or attacking what belongs to civilians
// (a bank's facade, a shop, a house, hospital workers): ACLED then names civilians its actor2 (lexicon/protest-readings.ts
// RIOT_DAMAGE_VERBS, RIOT_CIVILIAN_TARGETS). A road blocked or tyres burned tell no one acted on.
import { CROWDS_FIGHT_EACH_OTHER, CROWDS_OF_TWO_SIDES, MUTUAL_FIGHT_VERBS, RIOT_CIVILIAN_TARGETS, RIOT_DAMAGE_VERBS } from '../../lexicon/protest-readings.js';

/** How far after a verb of damage its object may stand ("hurled rocks and iron pieces on its new facade"). */
const REACH = 8;
const MULTI = [...RIOT_DAMAGE_VERBS.words].filter((w) => w.includes(' ')).map((w) => w.split(' '));

/** Whether tokens [from, to) of the article's words tell a verb of damage with a civilian target within reach after it. */
export function damagesCivilianProperty(words: readonly string[], spans: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [from, to] of spans) {
    for (let i = from; i < to; i++) {
      let len = RIOT_DAMAGE_VERBS.words.has(words[i]) ? 1 : 0;
      if (!len) for (const p of MULTI) if (p.every((x, k) => words[i + k] === x)) { len = p.length; break; }
      if (!len) continue;
      for (let j = i + len; j < Math.min(to, i + len + REACH); j++) {
        if (words[j] === '.' || words[j] === ';') break;
        if (RIOT_CIVILIAN_TARGETS.has(words[j])) return true;
      }
    }
  }
  return false;
}

const EACH_OTHER = [...CROWDS_FIGHT_EACH_OTHER.words].map((w) => w.split(' '));

/** riot14: whether tokens [from, to) tell a fight between two crowds ("two groups pelted stones at each other", "supporters of
 * the two parties clashed"): ACLED names both sides of such mob violence "Rioters (X)" (protest-readings.ts CROWDS_FIGHT_EACH_OTHER). */
export function crowdsFightEachOther(words: readonly string[], spans: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [from, to] of spans) {
    for (let i = from; i < to; i++) {
      for (const p of EACH_OTHER) if (i + p.length <= to && p.every((x, k) => words[i + k]?.toLowerCase() === x)) return true;
      if (CROWDS_OF_TWO_SIDES.words.has(words[i]) && twoSidesClash(words, i, from, to)) return true;
    }
  }
  return false;
}

const TWO_SIDES_REACH = 8;
/** world17: a crowd noun with two sides joined by "and" ("supporters of the A and the B", "A and B activists") and a verb
 * of mutual fighting right after the noun phrase ("clashed"), all inside one clause. */
function twoSidesClash(words: readonly string[], i: number, from: number, to: number): boolean {
  const stop = (w: string): boolean => w === '.' || w === ';' || w === ',';
  if (words[i + 1] === 'of') {
    let and = false;
    for (let j = i + 2; j < Math.min(to, i + 2 + TWO_SIDES_REACH); j++) {
      if (stop(words[j])) return false;
      if (words[j] === 'and') and = true;
      else if (MUTUAL_FIGHT_VERBS.has(words[j])) return and;
    }
    return false;
  }
  if (!MUTUAL_FIGHT_VERBS.has(words[i + 1] ?? '')) return false;
  for (let j = i - 1; j >= Math.max(from, i - TWO_SIDES_REACH); j--) {
    if (stop(words[j])) return false;
    if (words[j] === 'and') return true;
  }
  return false;
}
