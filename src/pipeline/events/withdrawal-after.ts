// withdrawal-after (terr17, issue 13): a taking told first and the other side's withdrawal told in the next sentence. "Rebels
// seized control of Kessa on Thursday. The army had withdrawn from the town a day earlier, residents said.": the first sentence
// tells no fight and reads as a taking by force, but the second tells that the place was left to the taker (codebook: Non-violent
// transfer of territory is a location acquired without a violent interaction, such as a side moving into a place the other
// withdrew from; the sentence-level row is transfer.taken-after-withdrawal). When the sentence right after a taking with no one
// harmed and no fight told tells a withdrawal, with no fight, harm or side driven out in either, the taking is retyped as that
// transfer (lexicon/sub-events-strategic.ts WITHDRAWAL_AFTER_TAKING).
import type { Concept } from '../../lexicon/event-cues.js';
import { WITHDRAWAL_AFTER_TAKING as RULE } from '../../lexicon/sub-events-strategic.js';
import type { CueHit } from './cue-matcher.js';
import { withTyped, type Mention } from './types.js';
import { retyped } from './typing.js';

const LEADS: ReadonlySet<string> = new Set(RULE.leads);
const NOT_WITH: ReadonlySet<Concept> = new Set(RULE.notWith);
const harmless = (t: Mention['dead']): boolean => !t || t.best === 0;

/** The taking `last` retyped as a transfer by sentence `s` (its hits), the taking's own sentence's hits `leadHits`, or null. */
export function withdrawalAfter(last: Mention | undefined, s: number, hits: readonly CueHit<Concept>[],
  leadHits: readonly CueHit<Concept>[] | undefined): Mention | null {
  if (!last || s - last.sentence !== 1 || !LEADS.has(last.typed.subEventType) || !harmless(last.dead) || !harmless(last.injured)) return null;
  if (!hits.some((h) => h.concept === RULE.concept) || hits.some((h) => NOT_WITH.has(h.concept))) return null;
  if (!leadHits || leadHits.some((h) => NOT_WITH.has(h.concept))) return null;
  return withTyped(last, retyped(last.typed, { subEventType: RULE.subEventType, eventType: 'Strategic developments', rule: RULE.id }));
}
