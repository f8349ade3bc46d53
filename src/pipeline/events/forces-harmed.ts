// forces-harmed (riots11, issue 13; force17: and deaths, "a policeman was killed during the protest"): whose injuries a demonstration's sentence tells. Injuries told in the passive of police
// or troops ("three police officers were injured during a protest", "a soldier was seriously wounded during a demonstration"),
// with no demonstrator named in the same subject, were dealt by the demonstrators: their violence (codebook: Violent
// demonstration), not force used on them (Excessive force against protesters, whose injured are the demonstrators). The
// reader marks the injury word FORCES_HARMED for the rule riot.forces-harmed (the riots11 rows of lexicon/sub-events-riots.ts); violence told
// in words (RIOT, RIOT_WEAK, stones, fire bombs) is left to the riot rules. General English grammar: a passive's subject is
// who suffered the act. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { PASSIVE_PAST } from '../../lexicon/voice.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

const STATE = conceptsWith('state-force');
/** Who is no force: demonstrators, crowds, civilians (a subject "three protesters and a policeman" names the demonstrators). */
const NOT_FORCE: ReadonlySet<Concept> = new Set([...conceptsWith('crowd'), ...conceptsWith('civilian'), 'PROTEST']);
const VIOLENCE_TOLD: ReadonlySet<Concept> = new Set(['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB']);
/** force17: the concepts that tell harm or death suffered (HARM's injuries, KILL's deaths; not DEADLY's hospital care, which is
 * told of anyone: "five of them were taken to hospital"). */
const HARM_OR_DEATH: ReadonlySet<Concept> = new Set<Concept>(['HARM', 'KILL']);
/** Intransitive verbs of dying, whose subject suffered the death with no passive ("a police officer died"). */
const DIED: ReadonlySet<string> = new Set(['died', 'dies', 'perished', 'succumbed']);
/** What ends a passive's subject, read back from its verb. */
const SUBJECT_START: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'when', 'after', 'as', 'while', 'where', 'and']);
/** How far back the subject may run ("four [riot] police officers were injured"). */
const SUBJECT_REACH = 6;

/** markForcesHarmed marks only harm or death told with a PROTEST hit. */
export const FORCES_HARMED_NEEDS: ReadingNeeds = [['PROTEST'], HARM_OR_DEATH];
/** The hits with a FORCES_HARMED hit added at the sentence's first injury word when it is told of forces in the passive. */
export function markForcesHarmed(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => h.concept === 'PROTEST') || hits.some((h) => VIOLENCE_TOLD.has(h.concept))) return hits;
  // force17: deaths told of them as of the injured ("a policeman was killed during the protest", "two officers died"): the
  // first word of harm or death, whichever comes first.
  const harm = hits.find((h) => HARM_OR_DEATH.has(h.concept));
  if (!harm) return hits;
  const t = harm.first;
  const aux = PASSIVE_PAST.has(words[t - 1] ?? '') ? t - 1 : PASSIVE_PAST.has(words[t - 2] ?? '') ? t - 2
    : DIED.has(words[t]) ? t : -1;
  if (aux < 0) return activeOnForces(hits, harm, words) ? withMark(hits, harm) : hits;
  let from = aux;
  // "a policeman and two protesters were injured": a conjunction inside the subject is read past, a clause mark is not;
  // force17: nor a passive's agent before it ("were beaten by police officers and five of them were taken …").
  while (from > 0 && aux - from < SUBJECT_REACH && words[from - 1] !== 'by' && (!SUBJECT_START.has(words[from - 1]) || words[from - 1] === 'and')) from--;
  const subject = hits.filter((h) => h.first >= from && h.first < aux);
  if (!subject.some((h) => STATE.has(h.concept)) || subject.some((h) => NOT_FORCE.has(h.concept))) return hits;
  return withMark(hits, harm);
}

const withMark = (hits: readonly CueHit<Concept>[], harm: CueHit<Concept>): readonly CueHit<Concept>[] =>
  [...hits, { concept: 'FORCES_HARMED' as Concept, first: harm.first, end: harm.end }].sort((a, b) => a.first - b.first);

const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during', 'on', 'from', 'near', 'with', 'after', 'amid', 'outside', 'inside', 'for', 'of']);
/** force17: how many words may stand between an active verb of harm and the force that is its object ("injuring [two riot]
 * police officers"). */
const OBJECT_REACH = 3;
/** force17: an active verb of harm or killing whose object is a force and whose subject, told before it in the sentence, is
 * the demonstrators with no force among them ("demonstrators protested against the tax, injuring two police officers",
 * "protesters injured a policeman"): the demonstrators harmed the force (general English: an active verb's subject does it
 * to its object). */
function activeOnForces(hits: readonly CueHit<Concept>[], harm: CueHit<Concept>, words: readonly string[]): boolean {
  const object = hits.find((h) => h.first >= harm.end && h.first - harm.end <= OBJECT_REACH);
  // news33: a force in a phrase after a preposition is no object ("a teenager killed in a police operation").
  if (!object || !STATE.has(object.concept) || words.slice(harm.end, object.first).some((w) => SUBJECT_START.has(w) || w === 'by' || PREPOSITIONS.has(w))) return false;
  const before = hits.filter((h) => h.end <= harm.first);
  return before.some((h) => h.concept === 'PROTEST') && !before.some((h) => STATE.has(h.concept));
}
