// dwu10 (issue 13): a deal told with the fighting that led to it. "Elders brokered a truce between two clan militias after weeks
// of deadly clashes", "the two sides signed a ceasefire following heavy fighting": the fight told in a clause opened by "after" /
// "following" / "amid" came before the news, which is the deal (codebook: Agreement covers any sort of agreement between
// actors, such as ceasefires and peace deals; the fighting before it is an event of its own, told elsewhere). As
// movement-causes.ts sets aside a force's move's cause, this sets aside the deal's, casualties and all: the toll of the weeks
// before a truce is its background, not a fight of its day. General English grammar; provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { causeClauseAfter, insideClause, OPENERS } from './cause-clause.js';
import type { ReadingNeeds } from './reading-needs.js';

/** The deal words (a ceasefire, truce or agreement named, or brokered / reached): not the weak "agreed", "deal". */
const DEAL: ReadonlySet<Concept> = new Set<Concept>(['AGREEMENT', 'AGREE_MORE']);
/** What a deal's cause clause may hold that is set aside: the fight and its toll. */
const CAUSE: ReadonlySet<Concept> = new Set<Concept>(['CLASH', 'CLASH_WEAK', 'GUNFIGHT', 'ATTACK', 'ATTACK_NOUN', 'FIRED', 'KILL', 'HARM', 'DEADLY']);
/** news29: besides what came before it, what the deal ended ("agreed to a ceasefire in Tripoli, ending two days of fierce fighting"):
 * a participle of ending that follows the deal tells the fight it stopped, no fight of the deal's day. */
// Round 32: …and what the deal covers ("signed a cessation of hostilities agreement, covering fighting in X state"): a participle
// of scope after the deal names its topic, no fight of its day.
const DEAL_OPENERS: ReadonlySet<string> = new Set([...OPENERS, 'ending', 'halting', 'covering', 'concerning', 'regarding', 'governing']);
/** How far after the deal word its cause may open, and how far the cause runs. */
const REACH = { open: 12, run: 10 };

/** dropDealCause reads only a deal's cause, and sets aside only its fight and toll words. */
export const DEAL_CAUSE_NEEDS: ReadingNeeds = [DEAL, CAUSE];
/** The hits left once the fighting that led to a deal, told after it, is set aside (typing.ts typeHits). */
export function dropDealCause(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const c = causeClauseAfter(hits, words, DEAL, REACH, DEAL_OPENERS);
  return c ? hits.filter((h) => !(insideClause(h, c) && CAUSE.has(h.concept))) : hits;
}
