// terr11 (issue 13): a taking dated before an attack is the attack's background. "Rebels attacked an army post in X on Monday, two
// weeks after government forces retook the town": the main clause tells the attack, and the clause opened after it by a span of
// time and "after" ("two weeks after", "days after") or by "since" tells an earlier change of hands (codebook: each event is coded
// when it occurs; the report's incident is the attack). General English: "<span> after" dates the clause that follows before the
// main verb. The strike's counterpart is strike-background.ts. A pure function of the sentence's words and cue hits; runs only
// when a finite attack verb and a taking word after it are both told. Provenance: written for this project, from invented
// reports (test/probes/terr11.jsonl).
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { finiteAct } from './act-agents.js';
import { dropTakingsBehind, TAKINGS } from './strike-background.js';
import type { ReadingNeeds } from './reading-needs.js';

/** An attack told as the main clause's act ("attacked", "ambushed", "stormed"). */
const ATTACKS: ReadonlySet<Concept> = new Set(['CLASH_WEAK', 'ATTACK']);
/** Spans of time that date a clause opened by "after" before the main verb ("two weeks after", "a day after"). */
const SPANS = /^(hours?|days?|weeks?|months?|years?)$/;

const opensEarlier = (words: readonly string[], k: number): boolean =>
  words[k] === 'since' || (words[k] === 'after' && SPANS.test(words[k - 1] ?? ''));

/** dropTakingBehindAttack reads only an attack with a taking told. */
export const ATTACK_BACKGROUND_NEEDS: ReadingNeeds = [ATTACKS, TAKINGS];
/** The hits left once a taking told in a clause dated before an attack is set aside (typing.ts typeHits). */
export function dropTakingBehindAttack(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return dropTakingsBehind(hits, hits.find((h) => ATTACKS.has(h.concept) && finiteAct(h, words)), (h) => TAKINGS.has(h.concept),
    (k) => opensEarlier(words, k));
}
