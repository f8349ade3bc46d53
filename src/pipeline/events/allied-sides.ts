// allied-sides (case7, issue 13): two readings of who acts that typing.ts partiesOf asks for.
//  - A subject of several conjuncts that names a state force acts for the state: "Soldiers and allied militiamen captured
//    the town", "Government troops backed by tribal fighters retook the village" (codebook: Government regains territory is
//    won by "government forces or their affiliates"; the nearest conjunct alone would name the militia).
//  - A verb told of its subject on itself ("hurled stones at each other", "pelted one another with rocks"): people who are
//    no armed side and act on one another are a crowd fighting among itself (codebook: Mob violence, rioters acting
//    outside a demonstration, e.g. clashes between communities).
// General English grammar (coordination, reciprocal pronouns); provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** Words that may stand between two conjuncts of one subject ("the army, the police and allied militias"). */
const LINK: ReadonlySet<string> = new Set([',', 'and', 'the', 'a', 'an', 'its', 'their', 'allied', 'backed', 'by', 'supported', 'alongside',
  'along', 'with', 'together', 'pro', '-', 'pro-government', 'government', 'local', 'other', 'as', 'well', 'of', 'aided', 'assisted', 'joined']);
/** Words that join two conjuncts: one of them must stand between ("troops backed by tribal fighters"). */
const JOIN: ReadonlySet<string> = new Set([',', 'and', 'by', 'alongside', 'with']);
/** Words that end a subject: past them a party belongs to another clause ("the army, which fought rebels, …"). */
const BREAK: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose', 'after', 'before', 'when', 'while', 'said', 'says', 'say',
  'told', 'against', 'on', 'in', 'at', 'from', 'to', '.', ';', ':', '(', ')', 'but', 'or']);
/** How many words may stand between two conjuncts. */
const LINK_REACH = 5;

/** Whether words [from, to) join two conjuncts of one subject: link words, or plain modifiers ("tribal", "local"), with a
 * joining word among them and no verb form (-ed, -ing) other than the link words' own ("allied", "backed"). */
function joins(words: readonly string[], from: number, to: number): boolean {
  let joined = false;
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (JOIN.has(w)) joined = true;
    if (LINK.has(w)) continue;
    if (BREAK.has(w) || /(?:ed|ing)$/.test(w)) return false;
  }
  return joined;
}

/** Whether the subject whose nearest party starts at `subjectAt` also names a state force among its conjuncts before it. */
export function alliedWithState(hits: readonly CueHit<Concept>[], subjectAt: number, words: readonly string[],
  partyAt: (first: number) => string | null): boolean {
  let at = subjectAt;
  for (let hops = 0; hops < 4; hops++) {
    // The conjunct before: a party hit ending within LINK_REACH words of `at`, only link words between.
    let prev = -1;
    for (const h of hits) {
      if (h.first >= at || at - h.end > LINK_REACH || partyAt(h.first) === null) continue;
      if (joins(words, h.end, at) && (prev < 0 || h.first > prev)) prev = h.first;
    }
    if (prev < 0) return false;
    if (partyAt(prev) === 'state') return true;
    at = prev;
  }
  return false;
}

const RECIPROCAL: ReadonlySet<string> = new Set(['each other', 'one another']);
/** Words that may stand between a verb and its reciprocal pronoun ("hurled stones at each other", "attacked one another with"). */
const BEFORE_RECIPROCAL: ReadonlySet<string> = new Set(['at', 'on', 'upon', 'with', 'against', 'stones', 'rocks', 'bricks', 'brickbats']);

/** Whether the verb ending at `end` acts on its own subject: "each other" / "one another" right after it or after its
 * preposition or thrown object. */
export function reciprocalAfter(end: number, words: readonly string[]): boolean {
  for (let k = end; k <= end + 2; k++) {
    if (RECIPROCAL.has(`${words[k] ?? ''} ${words[k + 1] ?? ''}`)) return true;
    if (!BEFORE_RECIPROCAL.has(words[k] ?? '')) return false;
  }
  return false;
}

/** dwu10: the words that make an armed group the government's own side: "pro-government militiamen", "government-backed
 * fighters", "regime-allied militias", "fighters loyal to the government". */
const STATE_SIDE: ReadonlySet<string> = new Set(['government', 'regime', 'army', 'state']);
const AFFILIATE_MARK: ReadonlySet<string> = new Set(['backed', 'allied', 'aligned', 'affiliated', 'sponsored', 'supported', 'loyal', 'loyalist']);
const BEFORE_REACH = 4;

/** dwu10: whether the party named at `subjectAt` (ending at `subjectEnd`) is marked as the government's affiliate: "pro-" before
 * a state word, or a state word joined to "backed/allied/…", in the few words before it, or "loyal to / allied with the
 * government" right after it (codebook: Government regains territory is won by "government forces or their affiliates";
 * Non-state actor overtakes territory excludes groups "operating directly on behalf of the government"). General English:
 * a compound modifier before the noun, or a participle phrase after it. */
export function affiliatedWithState(subjectAt: number, subjectEnd: number, words: readonly string[]): boolean {
  for (let k = Math.max(0, subjectAt - BEFORE_REACH); k < subjectAt; k++) {
    const w = words[k];
    if (w === 'pro-government' || w === 'pro-regime') return true;
    if (!STATE_SIDE.has(w)) continue;
    const prev = words[k - 1] === '-' ? words[k - 2] : words[k - 1];
    const next = words[k + 1] === '-' ? words[k + 2] : words[k + 1];
    if (prev === 'pro' || AFFILIATE_MARK.has(next ?? '')) return true;
  }
  const a = words[subjectEnd], b = words[subjectEnd + 1], c = words[subjectEnd + 2], d = words[subjectEnd + 3];
  return (a === 'loyal' || a === 'allied' || a === 'aligned') && (b === 'to' || b === 'with') &&
    (STATE_SIDE.has(c ?? '') || (c === 'the' && STATE_SIDE.has(d ?? '')));
}
