// typing: the ACLED sub-event type a sentence reports, from the concepts its cue words signal.
// Rules and their precedence are data (lexicon/sub-events.ts); this file only evaluates them.
import { CUES, type Concept } from '../../lexicon/event-cues.js';
import { SUB_EVENTS } from '../../lexicon/sub-events.js';
import type { EventType } from '../../types.js';
import { compileCues, type CueHit } from './cue-matcher.js';

export const cueMatcher = compileCues(CUES);

export interface Typed {
  subEventType: string;
  eventType: EventType;
  score: number;
  /** The cue hit the type was read from (first concept of the winning rule). */
  trigger: CueHit<Concept>;
}

const RULES = SUB_EVENTS.flatMap((d) => d.rules.map((r) => ({ ...r, subEventType: d.subEventType, eventType: d.eventType })));

/** The best-scoring sub-event type over a set of cue hits, or null when no rule fires. */
export function typeHits(hits: readonly CueHit<Concept>[]): Typed | null {
  if (!hits.length) return null;
  const first = new Map<Concept, CueHit<Concept>>();
  for (const h of hits) if (!first.has(h.concept)) first.set(h.concept, h);
  let best: Typed | null = null;
  for (const r of RULES) {
    if (!r.all.every((c) => first.has(c))) continue;
    if (r.any && !r.any.some((c) => first.has(c))) continue;
    if (r.none && r.none.some((c) => first.has(c))) continue;
    const trigger = first.get(r.all[0])!;
    if (!best || r.score > best.score || (r.score === best.score && trigger.first < best.trigger.first)) {
      best = { subEventType: r.subEventType, eventType: r.eventType, score: r.score, trigger };
    }
  }
  return best;
}

/** Lower-cased token words, the form every matcher reads. */
export const wordsOf = (tokens: readonly { text: string }[]): string[] =>
  tokens.map((t) => t.text.toLowerCase().replace(/[’‘`]/g, "'"));
