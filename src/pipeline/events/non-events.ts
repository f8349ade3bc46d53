// non-events: sentences that mention violence without reporting one incident — disasters and
// accidents, drills, plans and threats, policies, tallies of many past incidents, ordinary crime,
// negated reports. ACLED codes none of these (codebook: no accidents, no planned or threatened events).
import { NON_EVENT_CUES, type NonEventConcept } from '../../lexicon/non-events.js';
import type { Concept } from '../../lexicon/event-cues.js';
import { compileCues, type CueHit } from './cue-matcher.js';
import type { Typed } from './typing.js';

export const nonEventMatcher = compileCues(NON_EVENT_CUES);

/** Cue concepts that mark organised political violence: with one of these a fire or blast is not an accident. */
const ARMED_MARKS: ReadonlySet<Concept> = new Set(['ARMED', 'MILITANT', 'SUICIDE', 'AIR', 'SHELL', 'GRENADE', 'CLASH', 'PROTEST', 'RIOT', 'MOB']);
/** How far before a trigger a modal, plan or negation word still governs it. */
const IRREALIS_WINDOW = 5;
const NEGATION_WINDOW = 3;
/** Tallies bind tightly to the trigger: "hundreds of airstrikes". */
const TALLY_WINDOW = 8;

export type NonEventReason = 'disaster' | 'drill' | 'irrealis' | 'tally' | 'crime' | 'negated';

/** What the whole article says: a disaster story makes its blasts and deaths accidents too. */
export interface DocContext {
  disaster: boolean;
  armed: boolean;
}

export const isArmed = (hits: readonly CueHit<Concept>[]): boolean => hits.some((h) => ARMED_MARKS.has(h.concept));
export const isDisaster = (nonHits: readonly CueHit<NonEventConcept>[]): boolean =>
  nonHits.some((h) => h.concept === 'NATURAL' || h.concept === 'ACCIDENT');

export function whyNotAnEvent(
  typed: Typed,
  hits: readonly CueHit<Concept>[],
  nonHits: readonly CueHit<NonEventConcept>[],
  doc: DocContext = { disaster: false, armed: false },
): NonEventReason | null {
  const t = typed.trigger.first;
  const armed = isArmed(hits);
  if (doc.disaster && !doc.armed && typed.eventType !== 'Protests' && typed.eventType !== 'Strategic developments') return 'disaster';
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
        return 'irrealis';
      case 'IRREALIS':
        if (n.first < t && t - n.end < IRREALIS_WINDOW) return 'irrealis';
        break;
      case 'TALLY_COUNT':
        if (n.end <= t && t - n.end <= 1 && typed.eventType !== 'Protests' && typed.eventType !== 'Riots') return 'tally';
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
