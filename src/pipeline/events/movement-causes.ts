// strat7 (issue 13): a force's move told with the fighting that prompted it. "Reinforcements arrived in the district following
// clashes with tribesmen", "the army deployed troops after clashes between two clans", "sent reinforcements to the front after
// heavy fighting": the fight told in a clause opened by "after" / "following" / "amid" came before, or around, the news,
// which is the move (codebook: Change to group/activity covers troop movements and reinforcements; the earlier fight is an
// event of its own, told elsewhere). As protest-causes.ts sets aside a demonstration's cause, this sets aside the move's,
// unless the clause tells casualties (a fight that killed or hurt people is news of its own: "after clashes killed five").
// General English grammar; a pure function of the sentence's words and cue hits. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { causeClauseAfter, insideClause } from './cause-clause.js';
import type { ReadingNeeds } from './reading-needs.js';

/** A force on the move or taking up a posture: the concepts of the quiet Change to group/activity rules. */
const MOVE: ReadonlySet<Concept> = new Set<Concept>(['DEPLOY', 'ARRIVE', 'SEND', 'FORCE_POSTURE', 'RESTRICT']);
/** The fight words a cause clause may hold: only these are set aside (a weapon found is news of its own: "the road was closed
 * after two explosive devices were found"). */
const FIGHT: ReadonlySet<Concept> = new Set<Concept>(['CLASH', 'CLASH_WEAK', 'ATTACK', 'ATTACK_NOUN', 'FIRED']);
/** How far after the move its cause may open, and how far the cause runs. */
const REACH = { open: 14, run: 12 };
/** Casualties: a cause that tells them is news of its own. */
const CASUALTY: ReadonlySet<Concept> = new Set<Concept>(['KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'DEADLY', 'SEXUAL']);

/** dropMovementCause reads only a move's cause, and sets aside only its fight words. */
export const MOVEMENT_CAUSE_NEEDS: ReadingNeeds = [MOVE, FIGHT];
/** The hits left once the fight that prompted a force's move is set aside (typing.ts typeHits). */
export function dropMovementCause(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const c = causeClauseAfter(hits, words, MOVE, REACH);
  if (!c || hits.some((h) => insideClause(h, c) && CASUALTY.has(h.concept))) return hits;
  return hits.filter((h) => !(insideClause(h, c) && FIGHT.has(h.concept)));
}
