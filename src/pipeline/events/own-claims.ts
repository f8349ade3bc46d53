// own claims: what the acting party itself says it did. A claim whose source belongs to the party that
// acted (the "Russian defence ministry" for the Military Forces of Russia, the group's own spokesman for
// a named group) and that asserts the strike in its own voice ("its forces carried out a strike") backs
// that party's incidents of the story and acknowledges them; a denial of only a part ("denied hitting
// civilians") is a separate claim and does not undo the acknowledgement.
import { OWN_ACT_CUES } from '../../lexicon/status.js';
import type { Claim, ConflictEvent, Place, Token } from '../../types.js';
import { compileCues } from './cue-matcher.js';
import { tokenAt } from './location.js';
import { PASSIVE_OR_MODAL } from '../../lexicon/voice.js';
import { isStateForceName } from '../../lexicon/actors.js';

const ownActMatcher = compileCues(OWN_ACT_CUES);
const PASSIVE = PASSIVE_OR_MODAL;

/** Ids of the claims by which the acting party acknowledges incidents, linked both ways to them. */
export function linkOwnClaims(events: ConflictEvent[], claims: Claim[], places: readonly Place[], tokens: readonly Token[],
  words: readonly string[]): Set<string> {
  const own = new Set<string>();
  if (!tokens.length) return own;
  for (const c of claims) {
    if (c.stance !== 'asserts') continue;
    const a = tokenAt(tokens, c.content.start), b = tokenAt(tokens, Math.max(c.content.start, c.content.end - 1)) + 1;
    const hits = ownActMatcher.match(words, a, b);
    // "its forces carried out": the party speaks of itself, then of its act; "its men were attacked" is no act of its own.
    const self = hits.find((h) => h.concept === 'self');
    if (!self || !hits.some((h) => h.concept === 'act' && h.first > self.first && !PASSIVE.has(words[h.first - 1]) && !PASSIVE.has(words[h.first - 2]))) continue;
    const party = (e: ConflictEvent): boolean => {
      const actor = e.actor1;
      if (!actor) return false;
      // A named group speaks for itself by name; a state force through its country's organs.
      if (c.source.text.toLowerCase().includes(actor.text.toLowerCase()) && !isStateForceName(actor.name)) return true;
      if (!isStateForceName(actor.name) || !actor.country || (c.source.kind !== 'military' && c.source.kind !== 'government')) return false;
      return places.some((p) => p.country === actor.country && p.start >= c.source.start && p.end <= c.source.end);
    };
    const mine = events.filter(party);
    if (!mine.length) continue;
    // The story the statement answers: the party's incidents on the day of its first one.
    const day = mine[0].date.start;
    for (const e of mine) {
      if (e.date.start !== day || e.eventType !== mine[0].eventType) continue;
      if (!e.claims.includes(c.id)) e.claims.push(c.id);
      if (!c.events.includes(e.id)) c.events.push(e.id);
      own.add(c.id);
    }
  }
  return own;
}
