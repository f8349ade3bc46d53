// riot14 (issue 13): a crowd's riot told with what prompted it. "Angry residents set fire to a police post after a suspect died
// in custody", "youths burned cars after a teenager was shot by an officer": the clause opened by "after" / "following" /
// "amid" told after the crowd's act came before it and is its cause; the report's event is the crowd's riot (codebook: Riots;
// a death told as a riot's cause is no attack of the riot's day, and the crowd is its actor). As protest-causes.ts sets aside
// a demonstration's cause (a protest word told), this sets aside the cause of a crowd's burning, looting or stone-throwing with
// no protest word. Not when an armed side is told (gunmen who burn after killing are no crowd). General English grammar;
// a pure function of the sentence's words and cue hits. Provenance: written for this project, from invented reports
// (test/probes/riot14.jsonl).
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { CueHit } from './cue-matcher.js';
import { causeClauseAfter, insideClause } from './cause-clause.js';
import type { ReadingNeeds } from './reading-needs.js';

/** A crowd's riot act: burning, looting, smashing, stone-throwing, fire bombs. */
const RIOT_ACTS: ReadonlySet<Concept> = new Set<Concept>(['RIOT_WEAK', 'BURN_ACT', 'LOOT', 'STONING', 'FIREBOMB', 'RAZE']);
/** A demonstration told: protest-causes.ts reads that sentence's cause. */
const DEMONSTRATION: ReadonlySet<Concept> = new Set<Concept>(['PROTEST', 'PROTEST_WEAK', 'STORY_PROTEST']);
/** An armed side told: its burning after a killing is its own attack, no crowd's riot. */
const ARMED_SIDE: ReadonlySet<Concept> = new Set<Concept>(['ARMED', 'MILITANT', 'KIDNAPPERS', 'GUNFIGHT']);
const CROWDS = conceptsWith('crowd');
/** The deeds a cause clause tells that would type the sentence as another event (a death, a shooting, an arrest): only these
 * are set aside. A quarrel told there stays ("rioters torched shops after a dispute between two groups": the crowd's own
 * fight, read by mob.dispute-turns-violent), and so do the parties, but for a force or post a deed names (DEED_PARTIES below). */
const CAUSE_DEEDS: ReadonlySet<Concept> = new Set<Concept>(['KILL', 'HARM', 'HARM_ACT', 'LETHAL_FORCE', 'FIRED', 'DEADLY', 'ARREST', 'ARREST_WEAK',
  'ATTACK', 'ATTACK_NOUN', 'ABDUCT', 'SEXUAL']);
/** The force and the post a cause's deed names (sub-event-sets.ts ARMED_SIDE's, but for those that end the reading above). */
const DEED_PARTIES: ReadonlySet<Concept> = new Set<Concept>(['STATE_FORCE', 'TARGET_MIL']);
/** How far after the act its cause may open, and how far the cause runs. */
const REACH = { open: 12, run: 12 };
/** How many words before the act its crowd may be named ("angry residents of Kessa set fire"). */
const CROWD_REACH = 6;
/** The reading's id (docs/extraction.md), for its why. */
export const RIOT_CAUSE_ID = 'riot.cause-clause'; // docs/extraction.md

/** dropRiotCause reads only a riot act with a crowd told. */
export const RIOT_CAUSE_NEEDS: ReadingNeeds = [RIOT_ACTS, CROWDS];
/** The hits left once a crowd's riot has its cause set aside (typing.ts typeHits). */
export function dropRiotCause(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (hits.some((h) => DEMONSTRATION.has(h.concept) || ARMED_SIDE.has(h.concept))) return hits;
  const act = hits.find((h) => RIOT_ACTS.has(h.concept));
  if (!act || !hits.some((h) => CROWDS.has(h.concept) && h.end <= act.first && act.first - h.end <= CROWD_REACH)) return hits;
  const c = causeClauseAfter(hits, words, RIOT_ACTS, REACH);
  if (!c) return hits;
  // case28: and the force and the post the cause's deed was done by or at ("after police shot dead a teenager at a checkpoint"):
  // the deed's parties, no armed side of the riot.
  const deedTold = hits.some((h) => insideClause(h, c) && CAUSE_DEEDS.has(h.concept));
  return hits.filter((h) => !insideClause(h, c) || !(CAUSE_DEEDS.has(h.concept) || (deedTold && DEED_PARTIES.has(h.concept))));
}
