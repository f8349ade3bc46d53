// protest-occasions (riots11, issue 13): in a sentence that tells an arrest, the words that name a demonstration or a deed
// that is not the occasion of the arrest, read by typing.ts (HIT_READINGS) after the charges and causes:
//  - a protest word that names a group or its leaders ("the spokesman of a protest movement", "protest leaders"), and a
//    demonstration only called for ("over a post calling for demonstrations"): no demonstration is held where the arrest
//    is, and the arrest is its own event (codebook: Arrests; Protest with intervention is arrests at a protest);
//  - an arrest told in the demonstrators' condition ("refused to bury them until the killers are arrested"): what they
//    demand, no intervention (codebook: Peaceful protest);
//  - a relative clause after what those arrested are accused of ("accused of organising last week's protests, in which a
//    bank was set on fire"): the charge still, an earlier deed (codebook: Arrests).
// General English grammar (a noun modifier, a verb's object, a condition clause, a relative clause); word tables in
// lexicon/protest-readings.ts. Pure functions of the sentence's words and cue hits. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { CHARGE_RELATIVE, CONDITION_OPENERS, PROTEST_AS_NAME, PROTEST_CALLED_FOR, SPEECH_AT_PROTEST } from '../../lexicon/protest-readings.js';
import type { CueHit } from './cue-matcher.js';
import { relativeAfterGrievance, GRIEVANCE_RELATIVE_REACH } from './grievance-relatives.js';
import type { ReadingNeeds } from './reading-needs.js';

const PROTEST_WORDS: ReadonlySet<Concept> = new Set(['PROTEST', 'PROTEST_WEAK']);
const ARREST_WORDS: ReadonlySet<Concept> = new Set(['ARREST', 'ARREST_WEAK', 'DISPERSE']);
/** Who and where stay parties of the sentence wherever they are told (relative-clauses.ts KEPT). */
const PARTIES: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force'), ...conceptsWith('crowd'),
  ...conceptsWith('civilian'), ...conceptsWith('military-target'), ...conceptsWith('territory')]);
/** How many words before a protest word its call may stand ("calling for [nationwide] protests"). */
const CALL_REACH = 2;
/** How far a condition clause runs after its opener ("until [those responsible for the killings are] arrested"). */
const CONDITION_REACH = 8;
/** Finite forms that tell a condition not yet met ("until the killers are arrested"); a past one tells what befell them
 * ("stayed until they were arrested"). */
const NOT_YET: ReadonlySet<string> = new Set(['are', 'is', 'be', 'get', 'gets', 'will', 'would', 'have', 'has']);
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')']);
/** How far after the accusation's opener its relative clause may open. */
const CHARGE_RELATIVE_REACH = 8;

const phraseAt = (words: readonly string[], k: number, n: number): string => words.slice(k, k + n).join(' ');

/** Whether the protest word at `h` only names people: a group or leaders it modifies ("protest movement", "the
 * demonstration 's organisers"); a person noun ("protesters") names demonstrators and is left. */
function namesGroup(h: CueHit<Concept>, words: readonly string[]): boolean {
  const w = words[h.end - 1];
  if (h.end - h.first !== 1 || /(?:ers|ors|ants)$/.test(w)) return false;
  const next = words[h.end] === "'s" ? words[h.end + 1] : words[h.end];
  if (PROTEST_AS_NAME.words.has(next ?? '')) return true;
  // force17: the same group or leaders told before "of" ("the organisers of Sunday's protest", "leaders of the march"): an
  // "of" phrase after a person noun names whose organisers they are (general English), no demonstration held at the arrest.
  for (let k = h.first - 1; k > 0 && h.first - k <= OF_REACH + 1; k--) {
    if (words[k] === 'of') return PROTEST_AS_NAME.words.has(words[k - 1].toLowerCase());
    if (!OF_DETERMINERS.has(words[k].toLowerCase())) return false;
  }
  return false;
}
/** What may stand between "of" and the protest word: determiners and the protest's day ("of last Sunday 's protest"); a
 * noun between ("a group of students protesting") makes the "of" phrase name the people, who are demonstrators. */
const OF_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'its', "'s", 'last', 'yesterday', 'today',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weekend', 'month', 'recent', 'planned']);
/** How many words may stand between "of" and the protest word ("of [last Sunday 's] protest"). */
const OF_REACH = 4;

/** Whether the protest word at `h` is what a call asks for ("calling for demonstrations"). */
function calledFor(h: CueHit<Concept>, words: readonly string[]): boolean {
  for (let k = h.first - 1; k >= 0 && h.first - k <= CALL_REACH + 2; k--) {
    if (CLAUSE_END.has(words[k])) return false;
    for (const n of [1, 2]) if (PROTEST_CALLED_FOR.words.has(phraseAt(words, k, n)) && h.first - (k + n) <= CALL_REACH) return true;
  }
  return false;
}

/** How many words before "at" a speech noun or verb may stand ("comments [he] made at"), and how many words (a determiner,
 * modifiers) between "at" and the protest word ("at [a campaign] rally"). */
const SPEECH_REACH = 3;
const VENUE_REACH = 3;
const SPEECH_VERBS: ReadonlySet<string> = new Set(['made', 'delivered', 'gave', 'given', 'uttered']);

/** Whether the protest word at `h` is where earlier speech was given ("over comments he made at a rally"): "at" or
 * "during" before it, and before that a speech noun with a verb of making or giving it (riot14). */
function speechVenue(h: CueHit<Concept>, words: readonly string[]): boolean {
  for (let k = h.first - 1; k >= 0 && h.first - k <= VENUE_REACH + 1; k--) {
    if (CLAUSE_END.has(words[k])) return false;
    if (words[k] !== 'at' && words[k] !== 'during') continue;
    let verb = false;
    for (let j = k - 1; j >= 0 && k - j <= SPEECH_REACH + 1; j--) {
      if (CLAUSE_END.has(words[j])) return false;
      const w = words[j].toLowerCase();
      if (SPEECH_VERBS.has(w)) verb = true;
      else if (SPEECH_AT_PROTEST.words.has(w)) return verb;
    }
    return false;
  }
  return false;
}

/** Whether the arrest word at `h` stands in a condition not yet met ("until the killers are arrested"). */
function inCondition(h: CueHit<Concept>, words: readonly string[]): boolean {
  let notYet = false;
  for (let k = h.first - 1; k >= 0 && h.first - k <= CONDITION_REACH; k--) {
    if (CLAUSE_END.has(words[k])) return false;
    if (NOT_YET.has(words[k])) notYet = true;
    if (CONDITION_OPENERS.words.has(words[k])) return notYet;
  }
  return false;
}

/** The span [first, end) of an accusation and the relative clause about it, told after an arrest word, or null. */
function chargeWithRelative(hits: readonly CueHit<Concept>[], words: readonly string[]): [number, number] | null {
  const arrest = hits.find((h) => h.concept === 'ARREST' || h.concept === 'ARREST_WEAK');
  if (!arrest) return null;
  for (let k = arrest.end; k < words.length; k++) {
    if (words[k] === '.' || words[k] === ';') return null;
    const n = [2, 3, 4].find((m) => CHARGE_RELATIVE.words.has(phraseAt(words, k, m)));
    if (!n) continue;
    const rel = relativeAfterGrievance(k + n, words, CHARGE_RELATIVE_REACH);
    if (rel < 0) return null;
    let end = rel + 1;
    while (end < words.length && end - rel <= GRIEVANCE_RELATIVE_REACH && !CLAUSE_END.has(words[end])) end++;
    return [k + n, end];
  }
  return null;
}

/** dropArrestOccasions reads only an arrest's sentence. */
export const ARREST_OCCASIONS_NEEDS: ReadingNeeds = [ARREST_WORDS];
/** The hits left once the protest words and deeds that are not the arrest's occasion are set aside (typing.ts). */
export function dropArrestOccasions(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => ARREST_WORDS.has(h.concept))) return hits;
  let out = hits;
  // "the spokesman of a protest movement", "calling for demonstrations": with the group noun's own hit ("movement").
  const named = out.filter((h) => PROTEST_WORDS.has(h.concept) && (namesGroup(h, words) || calledFor(h, words) || speechVenue(h, words)));
  if (named.length) {
    const heads = new Set(named.map((h) => (words[h.end] === "'s" ? h.end + 1 : h.end)));
    out = out.filter((h) => !named.includes(h) && !(PROTEST_WORDS.has(h.concept) && heads.has(h.first)));
  }
  // "until the killers are arrested": in a demonstration's sentence, the condition is their demand.
  if (out.some((h) => PROTEST_WORDS.has(h.concept))) {
    const cond = out.filter((h) => ARREST_WORDS.has(h.concept) && inCondition(h, words));
    if (cond.length) out = out.filter((h) => !cond.includes(h));
  }
  const charge = chargeWithRelative(out, words);
  if (charge) out = out.filter((h) => PARTIES.has(h.concept) || h.first < charge[0] || h.first >= charge[1]);
  return out;
}
