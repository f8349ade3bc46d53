// joint-fight (force17, issue 13): a reciprocal fight verb whose subject joins demonstrators and a state force ("protesters
// and police clashed", "demonstrators and security forces fought running battles"), or whose subject is one and its "with"
// partner the other ("protesters fought running battles with riot police"). General English grammar: a reciprocal
// verb (clash, scuffle, fight) with a coordinated subject tells each conjunct fighting the other, so the demonstrators fight
// the force; the act reader (typing.ts actDoneBy) reads only the conjunct nearest the verb, the force. ACLED codebook 2023:
// Violent demonstration is demonstrators engaging in violence, "physical clashes" with the police among it, whatever force
// is used on them. The reader marks the verb JOINT_FIGHT for the rule riot.demonstrators-and-forces-fight (the force17 row of
// lexicon/sub-events-riots.ts). A pure hit reading (typing.ts HIT_READINGS); it returns `hits` itself when nothing applies.
// Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

const STATE = conceptsWith('state-force');
/** Reciprocal fight verbs: FIGHT_VERB's single words and FOUGHT's ("fought", "battled"). */
const FIGHTS: ReadonlySet<Concept> = new Set<Concept>(['FIGHT_VERB', 'FOUGHT']);
/** What ends a subject read back from its verb ("and" is read past: it joins the conjuncts). */
const SUBJECT_START: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'when', 'after', 'as', 'while', 'where', 'but', 'who', 'which', 'that']);
/** Auxiliaries and adverbs between the subject and the verb ("have clashed", "again clashed", "were fighting"). */
const BETWEEN: ReadonlySet<string> = new Set(['have', 'has', 'had', 'were', 'was', 'again', 'also', 'later', 'briefly', 'repeatedly', 'reportedly', 'then']);
/** How far back the subject may run ("hundreds of [anti-government] protesters and riot police"). */
const SUBJECT_REACH = 8;

/** How many words may stand between the verb and "with" ("fought [running battles] with", "clashed [again] with"). */
const WITH_REACH = 3;
/** Words after the verb that keep "with" its partner's ("fought running battles with"): a noun phrase of fighting or an adverb. */
const TO_WITH: ReadonlySet<string> = new Set(['running', 'pitched', 'street', 'battles', 'battle', 'fierce', 'violently', 'again', 'briefly', 'repeatedly']);

/** Prepositions that end the partner's noun phrase ("with police [during a protest]", "with police [in] the capital"). */
const PARTNER_END: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'near', 'outside', 'over', 'against', 'after', 'before', 'for', 'to', 'from',
  'and', 'amid', 'across', 'throughout']);
/** The hits of the verb's partner named after "with" ("clashed with riot police"), read to the next clause mark. */
function withSide(hits: readonly CueHit<Concept>[], v: CueHit<Concept>, words: readonly string[]): CueHit<Concept>[] {
  let k = v.end;
  while (k < words.length && k - v.end < WITH_REACH && TO_WITH.has(words[k])) k++;
  if (words[k] !== 'with') return [];
  let end = k + 1;
  while (end < words.length && end - k <= SUBJECT_REACH && !SUBJECT_START.has(words[end]) && !PARTNER_END.has(words[end])) end++;
  return hits.filter((h) => h.first > k && h.end <= end);
}

/** markJointFight marks only a fight verb told with a PROTEST hit and a state force's. */
export const JOINT_FIGHT_NEEDS: ReadingNeeds = [['PROTEST'], STATE, FIGHTS];
/** The hits with a JOINT_FIGHT hit added at a fight verb whose subject holds both a demonstration word and a state force. */
export function markJointFight(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => h.concept === 'PROTEST') || !hits.some((h) => STATE.has(h.concept))) return hits;
  for (const v of hits) {
    if (!FIGHTS.has(v.concept)) continue;
    let end = v.first;
    while (end > 0 && BETWEEN.has(words[end - 1])) end--;
    let from = end;
    while (from > 0 && end - from < SUBJECT_REACH && !SUBJECT_START.has(words[from - 1])) from--;
    const subject = hits.filter((h) => h.first >= from && h.end <= end);
    // Across "with" only for FOUGHT's verbs: FIGHT_VERB's ("clashed with") are read by riot.protest-turns-violent and
    // riot.forces-clash-with-demonstrators.
    const partner = v.concept === 'FOUGHT' ? withSide(hits, v, words) : [];
    const demo = (side: CueHit<Concept>[]) => side.some((h) => h.concept === 'PROTEST');
    const force = (side: CueHit<Concept>[]) => side.some((h) => STATE.has(h.concept));
    // Coordinated ("protesters and police clashed") or across "with" ("protesters fought running battles with police").
    const joint = words.slice(from, end).includes('and') && demo(subject) && force(subject);
    if (!joint && !(demo(subject) && force(partner)) && !(force(subject) && demo(partner))) continue;
    const mark: CueHit<Concept> = { concept: 'JOINT_FIGHT', first: v.first, end: v.end };
    return [...hits, mark].sort((a, b) => a.first - b.first);
  }
  return hits;
}
