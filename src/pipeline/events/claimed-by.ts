// world8: a named armed group that claims responsibility for an incident its report tells of an unnamed attacker
// ("Gunmen killed 26 men … The Resistance Front claimed responsibility") is that incident's actor1. ACLED codes an
// event to the group that claims it where the claim is the report's only attribution (codebook: actors are recorded as
// named in reports, and responsibility claims name the perpetrator). Only a claim of responsibility counts: a group that
// denies, or only speaks of the incident, names no attacker; an attacker already named keeps its name.
import type { Claim, ConflictEvent, Token } from '../../types.js';
import { actorCountryName } from '../../lexicon/actors.js';
import { findActorMentions } from './actors.js';
import { tokenAt } from './location.js';
import { extend } from '../extend.js';

/** The cue of a claim of responsibility ("claimed responsibility", "claimed credit for", "claimed the attack"). */
const RESPONSIBILITY = /\bclaim(?:ed|s|ing)?\b(?:.*\b(?:responsibility|credit)\b|\s+(?:the|it|its)\b)/i;
/** An attacker the report leaves unnamed, as the actor reader names it (world13: also an unnamed "gang" or "criminal
 * group", which is how officials in some countries name insurgents: a group that claims the act is its author). */
const UNNAMED = /^Unidentified (?:Armed Group|Gang)\b/;

export const CLAIMED_BY_RULE = { id: 'actor.claimed-responsibility', why: 'ACLED: a named group claiming responsibility for an attack by unnamed gunmen is its perpetrator (actor1).' };

/** Gives each event whose attacker is unnamed the named armed group that claims it. */
export function claimedBy(events: ConflictEvent[], claims: readonly Claim[], text: string, tokens: readonly Token[], words: readonly string[]): void {
  if (!tokens.length) return;
  for (const e of events) {
    if (e.actor1 && !UNNAMED.test(e.actor1.name)) continue;
    if (e.eventType === 'Protests' || e.eventType === 'Riots' || e.eventType === 'Strategic developments') continue;
    for (const c of claims) {
      // world13: the cue with the words after it ("claimed" + " the killing"): the cue span may hold the verb alone.
      if (c.stance !== 'asserts' || !c.events.includes(e.id) || !RESPONSIBILITY.test(text.slice(c.cue.start, Math.max(c.cue.end, c.cue.start + 24)))) continue;
      // The source with the word before it ("The Resistance Front"), read for a named group.
      const a = Math.max(0, tokenAt(tokens, c.source.start) - 1), b = tokenAt(tokens, Math.max(c.source.start, c.source.end - 1)) + 1;
      const m = findActorMentions(text, tokens, words, a, b, new Set()).find((x) => x.rule.startsWith('group.') && x.inter !== undefined && x.inter >= 2 && x.inter <= 4);
      if (!m) continue;
      const country = m.country ?? e.location?.country ?? null;
      const name = m.perCountry && e.location?.country ? `${m.name} (${actorCountryName(e.location.country)})` : m.name;
      e.actor1 = { name, text: m.text, country, start: m.start, end: m.end };
      e.why = extend(e.why ?? {}, { actor1: [{ rule: CLAIMED_BY_RULE.id, start: c.cue.start, end: c.cue.end, text: c.cue.text }, { rule: m.rule }] });
      break;
    }
  }
}
