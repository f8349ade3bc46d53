// typing: the ACLED sub-event type a sentence reports, from the concepts its cue words signal.
// Rules and their precedence are data (lexicon/sub-events.ts); this file only evaluates them.
import { CUES, type Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { SUB_EVENTS } from '../../lexicon/sub-events.js';
import type { EventType } from '../../types.js';
import { compileCues, type CueHit } from './cue-matcher.js';

export const cueMatcher = compileCues(CUES);

export interface Typed {
  subEventType: string;
  eventType: EventType;
  score: number;
  /** The id of the rule that chose the type (`why.type`). */
  rule: string;
  /** The cue hit the type was read from (first concept of the winning rule). */
  trigger: CueHit<Concept>;
}

/** How far after its verb an object may stand: "captured [the strategic hilltop] town". */
const OBJECT_WINDOW = 5;
/** Scores this close count as a tie, broken by word order (wider ties measured worse on dev). */
const NEAR_TIE = 0;

const RULES = SUB_EVENTS.flatMap((d) => d.rules.map((r) => ({ ...r, subEventType: d.subEventType, eventType: d.eventType })));
/** Rule indexes by the first concept each requires: a sentence tries only the rules its concepts can fire. */
const RULES_BY_HEAD = new Map<Concept, number[]>();
/** A rule that requires no concept (none today) is tried for every sentence. */
const HEADLESS: number[] = [];
RULES.forEach((r, i) => {
  if (!r.all.length) return void HEADLESS.push(i);
  const list = RULES_BY_HEAD.get(r.all[0]) ?? [];
  list.push(i);
  RULES_BY_HEAD.set(r.all[0], list);
});

/** The best-scoring sub-event type over a set of cue hits, or null when no rule fires. */
export function typeHits(all: readonly CueHit<Concept>[], words: readonly string[] = []): Typed | null {
  if (!all.length) return null;
  const hits = longestOnly(all);
  const first = new Map<Concept, CueHit<Concept>>();
  for (const h of hits) if (!first.has(h.concept)) first.set(h.concept, h);
  const fired: Typed[] = [];
  // In the rules' own order, which breaks ties.
  const tried: number[] = [...HEADLESS];
  for (const c of first.keys()) for (const i of RULES_BY_HEAD.get(c) ?? []) tried.push(i);
  tried.sort((a, b) => a - b);
  for (const i of tried) {
    const r = RULES[i];
    if (!r.all.every((c) => first.has(c))) continue;
    if (r.any && !r.any.some((c) => first.has(c))) continue;
    if (r.none && r.none.some((c) => first.has(c))) continue;
    const trigger = first.get(r.all[0])!;
    if (r.agent) {
      // "an attack to capture the town": an attempt, not a capture.
      if (words[trigger.first - 1] === 'to') continue;
      let agent = agentOf(hits, trigger.first);
      // "the rebels were pushed back": in a passive, the group named first is the one that lost ground.
      if (agent && (PASSIVE.has(words[trigger.first - 1] ?? '') || PASSIVE.has(words[trigger.first - 2] ?? ''))) agent = agent === 'state' ? 'nonstate' : agent === 'nonstate' ? 'state' : null;
      if (agent !== r.agent) continue;
    }
    if (r.object && !hits.some((h) => h.concept === r.object && (FOLLOWS_VERB.has(r.object)
      ? h.first >= trigger.end && h.first - trigger.end <= OBJECT_WINDOW
      : Math.abs(h.first - trigger.first) <= OBJECT_WINDOW + 1))) continue;
    fired.push({ subEventType: r.subEventType, eventType: r.eventType, score: r.score, rule: r.id, trigger });
  }
  if (!fired.length) return null;
  const top = Math.max(...fired.map((f) => f.score));
  // Two clear readings of nearly equal weight: the sentence tells the first one first.
  let best: Typed | null = null;
  for (const f of fired) {
    if (f.score < top - NEAR_TIE) continue;
    if (!best || f.trigger.first < best.trigger.first || (f.trigger.first === best.trigger.first && f.score > best.score)) best = f;
  }
  return best;
}

/** A word inside a longer cue of another concept is read only as part of it: "air strike" is no labour
 * strike, "riot police" are no rioters, "stun grenade" is no grenade attack. */
function longestOnly(hits: readonly CueHit<Concept>[]): CueHit<Concept>[] {
  return hits.filter((h) => !hits.some((o) => o.concept !== h.concept && o.end - o.first > h.end - h.first && o.first <= h.first && o.end >= h.end));
}

const PASSIVE = new Set(['was', 'were', 'been', 'being']);
const STATE_AGENT = conceptsWith('state-force');
const NONSTATE_AGENT = conceptsWith('nonstate-force');
/** Objects read only after their verb: "captured the town", never "the town's men captured". */
const FOLLOWS_VERB = conceptsWith('territory');

/** Who acts around token t: the nearest state force or armed group named before it, else after it. */
export function agentOf(hits: readonly CueHit<Concept>[], t: number): 'state' | 'nonstate' | null {
  let before: CueHit<Concept> | null = null, after: CueHit<Concept> | null = null;
  for (const h of hits) {
    if (!STATE_AGENT.has(h.concept) && !NONSTATE_AGENT.has(h.concept)) continue;
    if (h.first < t) { if (!before || h.first > before.first) before = h; }
    else if (!after) after = h;
  }
  const h = before ?? after;
  return h ? (STATE_AGENT.has(h.concept) ? 'state' : 'nonstate') : null;
}

/** The article's words live with their ids (word-ids.ts); the tests and the stage read them from here too. */
export { wordsOf } from './word-ids.js';
