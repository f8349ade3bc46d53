// victim-armed-after (acled15, issue 13): a killing told first and its victims named in the next sentence. "Gunmen shot dead a
// man in X. The victim was a municipal police officer.": the first sentence names only "a man", so it reads as an Attack on a
// civilian; the second names no act of its own, so it types as nothing; but the victim was a member of a force, and the target's
// kind decides (codebook: violence against an armed side is a Battle, against unarmed people an Attack). When the sentence right
// after an Attack is "<the victim(s) / he / they> was / were <a member of a force or armed group>", with nothing between "was"
// and the party but determiners, numbers, adjectives, nouns and "of", and no word of a former member, kin or an accusation, the
// Attack is retyped an Armed clash (lexicon/sub-events-battles.ts VICTIM_ARMED_AFTER).
import type { Concept } from '../../lexicon/event-cues.js';
import { VICTIM_ARMED_AFTER as RULE } from '../../lexicon/sub-events-battles.js';
import type { Token } from '../../types.js';
import { findActorMentions } from './actors.js';
import type { CueHit } from './cue-matcher.js';
import { withTyped, type ActorMention, type Mention } from './types.js';
import { retyped } from './typing.js';
import { extend } from '../extend.js';

const LEADS: ReadonlySet<string> = new Set(RULE.leads);
const SUBJECTS: ReadonlySet<string> = new Set(RULE.subjects);
const PARTIES: ReadonlySet<Concept> = new Set(RULE.parties);
const NOT_WITH: ReadonlySet<Concept> = new Set(RULE.notWith);
const NOT: ReadonlySet<string> = new Set(RULE.not);
/** English grammar: what may stand in the noun phrase after "was / were" before its head ("a member of a pro-government"). */
const IN_NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PUNCT']);
const COPULA: ReadonlySet<string> = new Set(['was', 'were']);
/** How many words may open the sentence before "was / were" ("The two victims were"). */
const SUBJECT_REACH = 4;

/** The Attack `last` retyped an Armed clash by sentence `s` (its hits, its words [first, end)), or null when it is not. */
export function victimArmedAfter(last: Mention | undefined, s: number, hits: readonly CueHit<Concept>[], words: readonly string[],
  tokens: readonly Token[], first: number, end: number, text: string): Mention | null {
  if (!last || s - last.sentence !== 1 || !LEADS.has(last.typed.subEventType)) return null;
  if (hits.some((h) => NOT_WITH.has(h.concept))) return null;
  let cop = -1;
  for (let i = first; i < end && i - first <= SUBJECT_REACH; i++) if (COPULA.has(words[i])) { cop = i; break; }
  if (cop < 0) return null;
  let subject = false;
  for (let i = first; i < cop; i++) if (SUBJECTS.has(words[i])) subject = true;
  if (!subject) return null;
  const party = hits.find((h) => PARTIES.has(h.concept) && h.first > cop && h.first - cop <= RULE.reach);
  if (!party) return null;
  for (let i = cop + 1; i < party.first; i++) {
    if (NOT.has(words[i])) return null;
    if (!IN_NOUN_PHRASE.has(tokens[i]?.pos ?? '') && words[i] !== 'of') return null;
    if (words[i] === ',') return null;
  }
  const m = withTyped(last, retyped(last.typed, { subEventType: RULE.subEventType, eventType: 'Battles', rule: RULE.id }));
  // The party named is who was acted on (actor 2), in place of the unnamed victim the first sentence read.
  const named = victimParty(text, tokens, words, cop, end);
  return named ? extend(m, { actor2: extend(named, { role: RULE.id }) }) : m;
}

/** The first party named after "was / were" in the naming sentence ("a municipal police officer": the police). */
function victimParty(text: string, tokens: readonly Token[], words: readonly string[], cop: number, end: number): ActorMention | null {
  const found = findActorMentions(text, tokens, words, cop + 1, end, new Set());
  return found.find((a) => a.tokFirst > cop && a.tokFirst - cop <= RULE.reach + 2) ?? null;
}
