// intercepted-after (dwu12, issue 13): a launch told first and its interception told next. "Militants fired two rockets at the
// town. Both were intercepted by the air defences.": the second sentence names no weapon of its own, so it types as nothing,
// and the launch would stand as a shelling; but the projectiles never struck (codebook: Disrupted weapons use covers missiles
// and rockets intercepted or shot down). When the sentence right after a launch with no one harmed tells an interception, with
// no harm, fight or landing and no word of a part ("four of them", "some"), the launch is retyped as that disrupted use
// (lexicon/sub-events-strategic.ts INTERCEPTED_AFTER_LAUNCH).
import type { Concept } from '../../lexicon/event-cues.js';
import { INTERCEPTED_AFTER_LAUNCH as RULE } from '../../lexicon/sub-events-strategic.js';
import type { CueHit } from './cue-matcher.js';
import { withTyped, type Mention } from './types.js';
import { retyped } from './typing.js';

const LEADS: ReadonlySet<string> = new Set(RULE.leads);
const NOT_WITH: ReadonlySet<Concept> = new Set(RULE.notWith);
const PARTIAL: ReadonlySet<string> = new Set(RULE.partial.filter((p) => !p.includes(' ')));
const harmless = (t: Mention['dead']): boolean => !t || t.best === 0;

/** The launch `last` retyped as intercepted by sentence `s` (its hits and its words [first, end)), or null when it is not. */
export function interceptedAfter(last: Mention | undefined, s: number, hits: readonly CueHit<Concept>[], words: readonly string[],
  first: number, end: number): Mention | null {
  if (!last || s - last.sentence !== 1 || !LEADS.has(last.typed.subEventType) || !harmless(last.dead) || !harmless(last.injured)) return null;
  if (!hits.some((h) => h.concept === RULE.concept) || hits.some((h) => NOT_WITH.has(h.concept))) return null;
  for (let i = first; i < end; i++) {
    // "four of them", "some were intercepted": a part of the launch, the rest of which struck.
    if (PARTIAL.has(words[i]) || (words[i + 1] === 'of' && /^\d+$|^(two|three|four|five|six|seven|eight|nine|ten|one)$/.test(words[i]))) return null;
  }
  return withTyped(last, retyped(last.typed, { subEventType: RULE.subEventType, eventType: 'Strategic developments', rule: RULE.id }));
}
