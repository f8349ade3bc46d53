// non-events: sentences that mention violence without reporting one incident — disasters and
// accidents, drills, plans and threats, policies, tallies of many past incidents, ordinary crime,
// negated reports. ACLED codes none of these (codebook: no accidents, no planned or threatened events).
import { NON_EVENT_CUES, type NonEventConcept } from '../../lexicon/non-events.js';
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { compileCues, type CueHit } from './cue-matcher.js';
import type { Typed } from './typing.js';
import type { EventType } from '../../types.js';

export const nonEventMatcher = compileCues(NON_EVENT_CUES);

/** Cue concepts that mark organised political violence: with one of these a fire or blast is not an accident. */
const ARMED_MARKS = conceptsWith('political');
/** How far before a trigger a modal, plan or negation word still governs it. */
const IRREALIS_WINDOW = 5;
const NEGATION_WINDOW = 3;
/** Tallies bind tightly to the trigger: "hundreds of airstrikes". */
const TALLY_WINDOW = 8;

/** Incident nouns that a count turns into a tally. */
const TALLIED = conceptsWith('tallied');

export type NonEventReason = 'disaster' | 'drill' | 'irrealis' | 'tally' | 'crime' | 'negated';

/** What the whole article says: a disaster story makes its blasts and deaths accidents too. */
export interface DocContext {
  disaster: boolean;
  armed: boolean;
}

export const isArmed = (hits: readonly CueHit<Concept>[]): boolean => hits.some((h) => ARMED_MARKS.has(h.concept));
/** Forces and armed groups: a lead where they fight or fire tells of organised violence. */
const FORCES: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force')]);
const FIGHTING: ReadonlySet<EventType> = new Set(['Battles', 'Explosions/Remote violence']);
/** As sure as a clear lead (index.ts): a generic word alone does not make a story armed. */
const ARMED_LEAD_SCORE = 60;
/** A lead that reports forces fighting or firing ("Russian forces clashed with Ukrainian troops …",
 * "rockets fired by the army hit …") and names no hazard itself makes the story armed: the fire crews
 * and blaze told after it are its aftermath, not a disaster story. */
export function armedLead(typed: Typed | null, hits: readonly CueHit<Concept>[], nonHits: readonly CueHit<NonEventConcept>[]): boolean {
  return !!typed && typed.score >= ARMED_LEAD_SCORE && FIGHTING.has(typed.eventType) && hits.some((h) => FORCES.has(h.concept)) &&
    !nonHits.some((h) => h.concept === 'NATURAL' || h.concept === 'ACCIDENT');
}
/** A disaster story says so in its lead or says it often; one word in passing ("fireworks") does not make one. */
export function isDisaster(nonHits: readonly CueHit<NonEventConcept>[], leadEnd: number): boolean {
  const d = nonHits.filter((h) => h.concept === 'NATURAL' || h.concept === 'ACCIDENT');
  return d.length >= DISASTER_MENTIONS || d.some((h) => h.first < leadEnd);
}
const DISASTER_MENTIONS = 3;

export function whyNotAnEvent(
  typed: Typed,
  hits: readonly CueHit<Concept>[],
  nonHits: readonly CueHit<NonEventConcept>[],
  doc: DocContext = { disaster: false, armed: false },
): NonEventReason | null {
  const t = typed.trigger.first;
  const armed = isArmed(hits);
  if (doc.disaster && !doc.armed && typed.eventType !== 'Protests') return 'disaster';
  for (const n of nonHits) {
    switch (n.concept) {
      case 'NATURAL':
        if (!armed) return 'disaster';
        break;
      case 'ACCIDENT':
        if (!armed && typed.eventType !== 'Protests') return 'disaster';
        break;
      case 'DRILL':
        return 'drill';
      case 'POLICY':
        if (typed.eventType !== 'Protests') return 'irrealis';
        break;
      case 'IRREALIS':
        if (typed.eventType !== 'Protests' && n.first < t && t - n.end < IRREALIS_WINDOW) return 'irrealis';
        break;
      case 'TALLY_COUNT':
        // "hundreds of airstrikes" is a tally; "dozens of rockets" or "hundreds of protesters" is one incident.
        if (n.end <= t && t - n.end <= 1 && TALLIED.has(typed.trigger.concept)) return 'tally';
        break;
      case 'TALLY':
        // "Since the war began, ..." / "has on occasion admitted to ...": the whole clause is habitual.
        if (n.first < t || n.first - t <= TALLY_WINDOW) return 'tally';
        break;
      case 'CRIME':
        if (!armed && (typed.eventType === 'Violence against civilians' || typed.eventType === 'Riots')) return 'crime';
        break;
      case 'NEGATION':
        if (n.first < t && t - n.end < NEGATION_WINDOW) return 'negated';
        break;
    }
  }
  return null;
}
