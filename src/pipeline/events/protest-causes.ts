// protest6 (issue 13): words of a demonstration's sentence that tell no act of the demonstration, read by typing.ts after
// the grievance (dropGrievance, protest-objects.ts):
//  - the cause told after the protest, in a clause opened by "after" / "following" / "a day after" ("lawyers held a protest
//    rally after one of their colleagues was shot dead", "residents staged a protest after gunmen killed 12 villagers"):
//    a killing that came before the demonstration is its cause, not force used on the demonstrators (codebook: Excessive
//    force against protesters is violence against demonstrators during their peaceful protest). The clause is kept when
//    it names a demonstration (the force was used on one: "two died after police opened fire on the march") or a state
//    force (who the police or troops acted on is left to the protest rules: "protesters fled after police opened fire");
//  - the charge of an arrest ("arrested for taking part in protests", "detained over his role in the protests"): the
//    protest is what they are accused of, held before, not where forces intervened (codebook: Arrests; Protest with
//    intervention is the protest suppressed as it happens).
// General English grammar; pure functions of the sentence's words and cue hits. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { ReadingNeeds } from './reading-needs.js';

const CAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'following']);
/** Units of a measured interval told before "after" ("a week after", "two months after"); hours may be the same event. */
const INTERVAL: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'fortnight', 'decade', 'decades']);
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'and', 'but', 'while', 'whereas']);
/** How far a cause clause runs: "after [one of their colleagues was shot dead in Lahore]". */
const CAUSE_REACH = 14;
const DEMONSTRATION = conceptsWith('protest-own');
/** Words that name a demonstration, its riot, or force used on one: a clause with one tells of the demonstration itself. */
const TELLS_DEMONSTRATION: ReadonlySet<Concept> = new Set(['PROTEST', 'PROTEST_WEAK', 'RIOT', 'STONING', 'FIREBOMB', 'PROTEST_FORCE', 'DISPERSE', 'GRIEVANCE']);
const STATE_FORCES = conceptsWith('state-force');

/** The token span [first, end) of a cause clause after the demonstration's word `p`, or null. */
export function causeClause(p: CueHit<Concept>, hits: readonly CueHit<Concept>[], words: readonly string[]): [number, number] | null {
  for (let k = p.end; k < Math.min(words.length, p.end + CAUSE_REACH); k++) {
    if (words[k] === '.' || words[k] === ';') return null;
    if (!CAUSE_OPENERS.has(words[k]) && !(words[k] === 'for' && victimFor(k, hits, words))) continue;
    let end = k + 1;
    while (end < words.length && end - k <= CAUSE_REACH && !(CLAUSE_END.has(words[end]) && end > k + 1)) end++;
    const inside = hits.filter((h) => h.first > k && h.first < end);
    // case8: a measured interval before the opener ("a week after", "two months after", "days after") dates the clause's
    // deed to another day than the demonstration: it is the cause whoever did it, a force or a crowd at an earlier protest.
    if (k > 0 && INTERVAL.has(words[k - 1])) return [k + 1, end];
    // case7: a state force in the clause keeps it ("protesters fled after police opened fire", "the march ended after
    // troops fired"), unless the protest is told as the demonstrators' own act: "residents protested after police shot
    // dead a teenager", "lawyers staged a protest after soldiers beat a colleague" answer that act (its cause).
    if (inside.some((h) => (TELLS_DEMONSTRATION.has(h.concept) && !inCustody(h, words)) || (STATE_FORCES.has(h.concept) && !protestAct(p, words)))) return null;
    return [k + 1, end];
  }
  return null;
}

/** news33: "marched for a teenager killed in a police operation", "a vigil for the three students shot dead": "for" and the
 * victims the demonstration is held for, told with the participle of what befell them, open its cause (general English: the
 * reduced relative "killed in …" tells what was done to them before). A person's noun right before the participle, within
 * FOR_REACH words of "for". */
function victimFor(k: number, hits: readonly CueHit<Concept>[], words: readonly string[]): boolean {
  for (let j = k + 1; j <= k + FOR_REACH && j < words.length; j++) {
    if (hits.some((h) => h.first === j && VICTIM_FATE.has(h.concept))) return j > k + 1 && PAST_PARTICIPLE.test(words[j]) && hits.some((h) => h.first === j - 1 && PEOPLE.has(h.concept));
    if (CLAUSE_END.has(words[j])) return false;
  }
  return false;
}
const FOR_REACH = 4;
const VICTIM_FATE: ReadonlySet<Concept> = new Set(['KILL', 'HARM']);
const PAST_PARTICIPLE = /(?:ed|shot|slain)$/;
const PEOPLE: ReadonlySet<Concept> = new Set([...conceptsWith('civilian'), ...conceptsWith('crowd')]);

/** (case9p) Verbs that tell a protest breaking out or spreading, and how far after the protest's word (its place between:
 * "protests erupted in the city after …", "demonstrations have spread"). */
const OUTBREAK: ReadonlySet<string> = new Set(['erupted', 'broke', 'spread', 'flared', 'sparked', 'began', 'started', 'erupt', 'spread', 'continued', 'grew', 'escalated']);
// prot13: five words, so that a short grievance may stand between ("protests against police brutality continued after …").
const OUTBREAK_REACH = 5;
/** (case9p) "died in police custody", "his death in custody": custody that holds the dead is the cause's, no arrest at the
 * demonstration ("taken into custody" is one, and keeps the clause). */
export function inCustody(h: CueHit<Concept>, words: readonly string[]): boolean {
  return words[h.first] === 'custody' && words[h.first - 1] !== 'into' && (words[h.first - 1] === 'in' || words[h.first - 2] === 'in');
}

/** Verbs that make a protest noun their object: the demonstrators' own act ("held a protest", "staged a sit-in"). */
const HOLDING: ReadonlySet<string> = new Set(['held', 'staged', 'organised', 'organized', 'mounted', 'launched', 'called', 'began', 'started', 'led']);
/** Protest verbs told as a finite act of the demonstrators (past tense), not a person ("protesters") or a noun. */
const PROTEST_VERBS: ReadonlySet<string> = new Set(['protested', 'demonstrated', 'marched', 'rallied', 'picketed']);

const PRESENT_PROTEST: ReadonlySet<string> = new Set(['march', 'rally', 'protest', 'demonstrate']);
/** Words in -s that are no plural subject. */
const NOT_PLURAL: ReadonlySet<string> = new Set(['its', 'his', 'this', 'was', 'has', 'is', 'as']);
/** (case7) Whether the protest word is told as the demonstrators' act: a past protest verb, "took to the streets", or a
 * protest noun held or staged ("staged a sit-in", "held a silent protest"). */
function protestAct(p: CueHit<Concept>, words: readonly string[]): boolean {
  const w = words[p.first];
  if (PROTEST_VERBS.has(w) || w === 'took') return true;
  // news33: a title's present tense after its plural subject ("Maré residents march for teenager killed in police operation").
  if (PRESENT_PROTEST.has(w) && /[a-z]s$/.test(words[p.first - 1] ?? '') && !NOT_PLURAL.has(words[p.first - 1])) return true;
  // case9p: a protest told as breaking out ("protests erupted after police shot dead a man", "demonstrations spread after
  // …"): what came after "after" came first, the cause the demonstrations answer.
  for (let k = p.end; k < words.length && k - p.end < OUTBREAK_REACH; k++) if (OUTBREAK.has(words[k])) return true;
  for (let k = p.first - 1; k >= 0 && p.first - k <= 3; k--) if (HOLDING.has(words[k])) return true;
  return false;
}

/** What an arrest is for: the protest named after these is the charge. */
const CHARGES: readonly string[][] = [
  'for taking part in', 'for participating in', 'for participation in', 'for their participation in', 'for his participation in',
  'for her participation in', 'for organising', 'for organizing', 'for leading', 'for inciting', 'for instigating', 'for staging',
  'for joining', 'for their role in', 'for his role in', 'for her role in', 'over their role in', 'over his role in', 'over her role in',
  'for their involvement in', 'for his involvement in', 'over their involvement in', 'in connection with',
  // case8: the charge told as alleged ("over his alleged role in the attacks on protesters").
  'for their alleged role in', 'for his alleged role in', 'for her alleged role in', 'over their alleged role in', 'over his alleged role in',
  'over her alleged role in', 'for their alleged involvement in', 'for his alleged involvement in', 'over his alleged involvement in',
  // …and a protest still to come: what the arrests forestall ("detained 20 opposition leaders ahead of a planned rally").
  'ahead of', 'to prevent', 'to stop', 'to foil', 'for calling for', 'for calling', 'for announcing', 'who planned', 'planning to',
  // prot16: a protest still to come told by the time before it ("detained the organisers a day before the rally", "on the eve of
  // the march"), and a protest the arrested held before their arrest, told as their own act after "after" ("arrested the union's
  // coordinator after he led a demonstration"): the arrest is no suppression of a protest as it happens (codebook: Arrests;
  // Protest with intervention is the protest suppressed as it happens). "Arrested 20 people after protesters blocked the road"
  // names the demonstrators as the clause's doers, no pronoun of the arrested: it stays the protest's.
  'on the eve of', 'a day before', 'the day before', 'days before', 'a week before', 'in the run - up to', 'in the run-up to',
  // world33: hours before it ("arrested a Hirak activist at his home …, hours before the weekly march").
  'hours before', 'shortly before', 'an hour before',
  'after he led', 'after she led', 'after they led', 'after he organised', 'after she organised', 'after they organised',
  'after he organized', 'after she organized', 'after they organized', 'after leading', 'after organising', 'after organizing',
  'after taking part in', 'after participating in', 'after joining',
  // world35: the same charge told as an accusation ("detained eight men accused of taking part in the mid-May protests").
  ...['accused of', 'charged with', 'suspected of'].flatMap((a) => ['taking part in', 'participating in', 'organising', 'organizing', 'leading',
    'inciting', 'instigating', 'staging', 'joining'].map((d) => `${a} ${d}`)),
].map((c) => c.split(' '));
const CHARGE_FIRST: ReadonlySet<string> = new Set(CHARGES.map((c) => c[0]));
/** How far after the charge its protest may be named: "for organising [last month's anti-government] protests". */
const CHARGE_REACH = 6;

/** The token span [first, end) that names an arrest's charge, or null. */
export function chargeSpan(words: readonly string[]): [number, number] | null {
  for (let k = 0; k < words.length; k++) {
    // force17: a measured interval before "after"/"since" ("a day after they protested", "two weeks after the march") dates the
    // protest told after it to another day than the arrest, as it dates a cause (causeClause): no protest suppressed as it
    // happens (codebook: Arrests; Protest with intervention is the protest suppressed as it happens).
    const interval = (words[k] === 'after' || words[k] === 'since') && k > 0 && INTERVAL.has(words[k - 1]) ? 1 : 0;
    if (!interval && !CHARGE_FIRST.has(words[k])) continue;
    const c = interval ? ['after'] : CHARGES.find((ph) => ph.every((w, i) => words[k + i] === w));
    if (!c) continue;
    let end = k + c.length;
    while (end < words.length && end - (k + c.length) < CHARGE_REACH && !CLAUSE_END.has(words[end])) end++;
    return [k + c.length, end];
  }
  return null;
}

const PROTEST_WORDS: ReadonlySet<Concept> = new Set(['PROTEST', 'PROTEST_WEAK']);
/** Arrest words proper (not DISPERSE's tear gas or "intervened to prevent", which suppress a protest as it happens). */
const ARREST_WORDS: ReadonlySet<Concept> = new Set(['ARREST', 'ARREST_WEAK']);

/** dropCausesAndCharges reads only a demonstration's sentence (a PROTEST or PROTEST_WEAK hit). */
export const CAUSES_AND_CHARGES_NEEDS: ReadingNeeds = [PROTEST_WORDS];
/** The hits left once a demonstration's cause clause and an arrest's charge are set aside (typing.ts typeHits). */
export function dropCausesAndCharges(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const p = hits.find((h) => PROTEST_WORDS.has(h.concept));
  if (!p) return hits;
  let out = hits;
  if (hits.some((h) => ARREST_WORDS.has(h.concept))) {
    const charge = chargeSpan(words);
    if (charge) out = out.filter((h) => !(DEMONSTRATION.has(h.concept) && h.first >= charge[0] && h.first < charge[1]));
  }
  // The cause is read after the first protest or grievance word that opens one within reach (case8: a later one, "holding
  // placards that read …, a week after", reaches a clause the first, "gathered", is too far from).
  let cause: [number, number] | null = null;
  for (const q of out) if ((PROTEST_WORDS.has(q.concept) || q.concept === 'GRIEVANCE') && (cause = causeClause(q, out, words))) break;
  if (cause) out = out.filter((h) => h.first < cause[0] || h.first >= cause[1]);
  return out;
}
