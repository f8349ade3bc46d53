// case10x (issue 13): a taking told behind a strike is the strike's background. "Warplanes bombed rebel positions in X, a day
// after the rebels captured the town"; "jets struck the town, which rebels took control of last week": the main clause tells the
// strike, and the clause opened after it by "after", "since" or "which" tells an earlier change of hands (codebook: each event is
// coded when it occurs; the report's incident is the strike). General English: a subordinate or relative clause after the main
// verb tells what came before or what the place is. A pure function of the sentence's words and cue hits; runs only when a strike
// word and a taking word are both told. Provenance: written for this project, from invented reports (test/probes/case10x.jsonl).
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

export const STRIKE_BACKGROUND = { id: 'type.taking-behind-strike', why: 'Codebook: each event is coded when it occurs; a place taken, told in a clause after the strike ("a day after the rebels captured the town", "which rebels seized last week"), is the strike\'s background' } as const;
/** Remote violence told as the main clause's act (codebook: Explosions/Remote violence). */
const STRIKES: ReadonlySet<Concept> = new Set(['AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'BOMBING', 'SHELL']);
/** Takings of ground. */
export const TAKINGS: ReadonlySet<Concept> = new Set(['TAKE_TERRITORY', 'TAKE_PLAIN', 'OCCUPY', 'REGAIN', 'OVERTAKE']);
/** INTERCEPT's seizing words ("seized" of a town is no weapon seized); not its shooting down ("which was intercepted by air
 * defences" is the strike's own end, disrupted weapons use). */
const SEIZING = /^(seiz|captur)/;
const taking = (h: CueHit<Concept>, words: readonly string[]): boolean => TAKINGS.has(h.concept) || (h.concept === 'INTERCEPT' && SEIZING.test(words[h.first] ?? ''));
/** Words that open a clause of what came before, or of what a place is. */
const OPENERS: ReadonlySet<string> = new Set(['after', 'since', 'which']);
/** How far after the opener the taking may stand: "a day after [the rebels] captured", "which [the group] seized". */
const REACH = 6;

/** dropTakingBehindStrike reads only a strike with a taking (or INTERCEPT's seizing) told. */
export const STRIKE_BACKGROUND_NEEDS: ReadingNeeds = [STRIKES, [...TAKINGS, 'INTERCEPT']];
/** The hits left once a taking told in a clause opened after a strike is set aside (typing.ts typeHits). */
export function dropTakingBehindStrike(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return dropTakingsBehind(hits, hits.find((h) => STRIKES.has(h.concept)), (h) => taking(h, words), (k) => OPENERS.has(words[k]));
}

/** The hits left once every taking (`isTaking`) told after the main clause's act `main`, within REACH words of a word that opens
 * a clause of what came before (`opensAt`, a word index), is set aside: the mechanism this file and attack-background.ts share. */
export function dropTakingsBehind(hits: readonly CueHit<Concept>[], main: CueHit<Concept> | undefined,
  isTaking: (h: CueHit<Concept>) => boolean, opensAt: (k: number) => boolean): readonly CueHit<Concept>[] {
  if (!main || !hits.some((h) => isTaking(h) && h.first > main.end)) return hits;
  const behind = (h: CueHit<Concept>): boolean => {
    if (!isTaking(h) || h.first <= main.end) return false;
    for (let k = h.first - 1; k >= Math.max(main.end, h.first - REACH); k--) if (opensAt(k)) return true;
    return false;
  };
  return hits.filter((h) => !behind(h));
}
