// Round 33 (issue 13): a flight told as what a fight or an attack caused. "Fierce fighting broke out between the army and the
// rebels around Kibumba, forcing thousands of residents to flee", "shelling hit the town, sending families fleeing": a participle
// set off by a comma after the main clause ("forcing", "sending", "prompting", "causing", "driving") tells the main clause's
// result (general English: a participle clause of result), so the people who fled are its outcome, and the fight is the event
// (codebook: Other covers a displacement of no other kind, told as the news; a battle that displaces people is a battle).
// The main clause must tell the fight or the attack itself: "thousands fled after fighting" keeps the flight (the "after" clause
// tells its cause, and other.displacement reads it). A pure function of the sentence's words and cue hits.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

/** The flight words a result clause may hold. */
const FLIGHT: ReadonlySet<Concept> = new Set<Concept>(['DISPLACE', 'FLED']);
/** The acts whose result a flight may be: a fight, an attack, a strike, shelling, fire. */
const ACT: ReadonlySet<Concept> = new Set<Concept>(['CLASH', 'CLASH_WEAK', 'ATTACK', 'ATTACK_NOUN', 'FIRED', 'GUNFIGHT', 'SHELL', 'SHELL_WEAK', 'AIR', 'STRIKE_NOUN', 'BOMBING']);
/** The participles that open a clause of result after a comma. */
const RESULT_PARTICIPLES: ReadonlySet<string> = new Set(['forcing', 'sending', 'prompting', 'causing', 'driving', 'pushing', 'triggering', 'leading']);
/** How far after its participle the flight word may stand ("forcing thousands of residents of nearby villages to flee"). */
const REACH = 8;

/** dropConsequenceFlight reads only a sentence with a flight word and an act, and sets aside only flight words. */
export const CONSEQUENCE_FLIGHT_NEEDS: ReadingNeeds = [FLIGHT, ACT];
/** The hits left once a flight told in a clause of result after the act is set aside (typing.ts typeHits). */
export function dropConsequenceFlight(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return dropFlightsOpenedBy(hits, words, REACH, opensResult, actBeforeResult);
}
const opensResult = (words: readonly string[], k: number): boolean => RESULT_PARTICIPLES.has(words[k]) && words[k - 1] === ',';
const actBeforeResult = (a: CueHit<Concept>, k: number): boolean => ACT.has(a.concept) && a.end <= k - 1;

/** The hits left once each flight word is set aside whose clause opens, within `reach` words before it and no punctuation
 * between, with a word `opens` accepts, when `toldBefore` accepts some hit for that opening (the flight's first such opening
 * decides). */
function dropFlightsOpenedBy(hits: readonly CueHit<Concept>[], words: readonly string[], reach: number,
  opens: (words: readonly string[], k: number) => boolean, toldBefore: (a: CueHit<Concept>, k: number) => boolean): readonly CueHit<Concept>[] {
  let drop: Set<CueHit<Concept>> | null = null;
  for (const h of hits) {
    if (!FLIGHT.has(h.concept)) continue;
    for (let k = h.first - 1; k >= Math.max(1, h.first - reach); k--) {
      if (words[k] === ',' || words[k] === '.' || words[k] === ';') break;
      if (!opens(words, k)) continue;
      if (hits.some((a) => toldBefore(a, k))) (drop ??= new Set()).add(h);
      break;
    }
  }
  return drop ? hits.filter((h) => !drop!.has(h)) : hits;
}

/** Round 43: the acts a main clause may tell before a flight told as what had happened first: a fight, an attack or a strike as
 * above, and property burnt or destroyed, people taken or killed. */
const MAIN_ACT: ReadonlySet<Concept> = new Set<Concept>([...ACT, 'LOOT', 'LOOT_WEAK', 'RAZE', 'DESTROY', 'ABDUCT', 'ARREST', 'KILL', 'HARM_ACT']);
/** The conjunctions of a time clause that tells what happened before the main clause's act. */
const EARLIER_CONJUNCTIONS: ReadonlySet<string> = new Set(['after', 'once']);
/** How far after its conjunction the flight word may stand ("after its residents had fled", "after most of the villagers fled"). */
const EARLIER_REACH = 6;
/** dropEarlierFlight reads only a sentence with a flight word and a main act. */
export const EARLIER_FLIGHT_NEEDS: ReadingNeeds = [FLIGHT, MAIN_ACT];
/** Round 43: the hits left once a flight told in a time clause after the main clause's act is set aside ("soldiers burned roughly
 * 200 houses in the village after its residents had fled"): general English, "after" opens what happened first, the setting of the
 * news, which is the main clause's act (the mirror of "thousands fled after fighting", whose flight is the main clause's). */
export function dropEarlierFlight(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return dropFlightsOpenedBy(hits, words, EARLIER_REACH, opensEarlier, actBeforeEarlier);
}
const opensEarlier = (words: readonly string[], k: number): boolean => EARLIER_CONJUNCTIONS.has(words[k]);
const actBeforeEarlier = (a: CueHit<Concept>, k: number): boolean => MAIN_ACT.has(a.concept) && !FLIGHT.has(a.concept) && a.end <= k;
