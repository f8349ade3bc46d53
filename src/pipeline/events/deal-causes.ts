// dwu10 (issue 13): a deal told with the fighting that led to it. "Elders brokered a truce between two clan militias after weeks
// of deadly clashes", "the two sides signed a ceasefire following heavy fighting": the fight told in a clause opened by "after" /
// "following" / "amid" came before the news, which is the deal (codebook: Agreement covers any sort of agreement between
// actors, such as ceasefires and peace deals; the fighting before it is an event of its own, told elsewhere). As
// movement-causes.ts sets aside a force's move's cause, this sets aside the deal's, casualties and all: the toll of the weeks
// before a truce is its background, not a fight of its day. General English grammar; provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** The deal words (a ceasefire, truce or agreement named, or brokered / reached): not the weak "agreed", "deal". */
const DEAL: ReadonlySet<Concept> = new Set<Concept>(['AGREEMENT', 'AGREE_MORE']);
/** What a deal's cause clause may hold that is set aside: the fight and its toll. */
const CAUSE: ReadonlySet<Concept> = new Set<Concept>(['CLASH', 'CLASH_WEAK', 'GUNFIGHT', 'ATTACK', 'ATTACK_NOUN', 'FIRED', 'KILL', 'HARM', 'DEADLY']);
const OPENERS: ReadonlySet<string> = new Set(['after', 'following', 'amid', 'amidst']);
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'and', 'but', 'while', 'whereas', 'which', 'who']);
/** How far after the deal word its cause may open, and how far the cause runs. */
const DEAL_REACH = 12;
const CAUSE_REACH = 10;

/** The hits left once the fighting that led to a deal, told after it, is set aside (typing.ts typeHits). */
export function dropDealCause(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const d = hits.find((h) => DEAL.has(h.concept));
  if (!d) return hits;
  for (let k = d.end; k < Math.min(words.length, d.end + DEAL_REACH); k++) {
    if (words[k] === '.' || words[k] === ';') return hits;
    if (!OPENERS.has(words[k])) continue;
    let end = k + 1;
    while (end < words.length && end - k <= CAUSE_REACH && !(CLAUSE_END.has(words[end]) && end > k + 1)) end++;
    return hits.filter((h) => !(h.first > k && h.first < end && CAUSE.has(h.concept)));
  }
  return hits;
}
