// target-kind (acled6): what the act was done to decides Battles against Violence against civilians (ACLED codebook 2023:
// attacks on armed agents are Battles, even one-sided; violence against unarmed non-combatants is Violence against
// civilians). Two readings of general English that typing.ts `partiesOf` applies to the parties it reads, kept apart so the
// typing files stay easy to merge:
// - a force word told after "former", "ex-", "retired", "demobilised" names people who have left the force: civilians
//   ("two former Boko Haram fighters", "a retired colonel", "ex-FARC members");
// - a force told as a possessor ("a soldier's wife", "the militia leader's house") or after "of" a kin or home noun ("the
//   brother of a soldier", "the house of a police officer") names whose the object is, not the object: the act was done
//   to the head;
// - (clash8) a state force's member told as off duty after his noun ("a policeman was shot while off duty", "an officer on
//   leave", "who was off-duty at the time") is not engaged as one, as "an off-duty policeman" is not (event-cues CIVILIAN).
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import type { ReadingNeeds } from './reading-needs.js';

const FORCES: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force'), ...conceptsWith('military-target')]);
/** Words that say a person has left the force the next words name. */
const FORMER: ReadonlySet<string> = new Set(['former', 'ex', 'retired', 'demobilised', 'demobilized', 'reintegrated', 'erstwhile', 'one-time']);
/** Words that a name standing between "former" and the force word never holds: past them "former" qualifies something else. */
const STOP: ReadonlySet<string> = new Set([',', '.', ';', ':', 'and', 'or', 'the', 'a', 'an', 'of', 'by', 'to', 'in', 'on', 'at', 'with', 'from', 'for']);
/** How many words (a group's name: "Boko Haram") may stand between "former" and the force word. */
const NAME_REACH = 2;

/** formerAsCivilians recasts only a force's hit. */
export const FORMER_NEEDS: ReadingNeeds = [FORCES];
/** The hits with every force word told after "former" (or "ex-") read as civilians: a CIVILIAN hit from "former" to the
 * force word's end, the force's own hits dropped. Returns `hits` itself when no such word is told (most sentences). */
export function formerAsCivilians(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (!FORCES.has(h.concept)) continue;
    const from = formerBefore(h.first, words);
    if (from < 0) continue;
    out ??= [...hits];
    for (let i = out.length - 1; i >= 0; i--) if (out[i].first === h.first && FORCES.has(out[i].concept)) out.splice(i, 1);
    if (!out.some((o) => o.concept === 'CIVILIAN' && o.first === from)) out.push({ concept: 'CIVILIAN', first: from, end: h.end });
  }
  return out ? out.sort((a, b) => a.first - b.first) : hits;
}

const STATE: ReadonlySet<Concept> = new Set(conceptsWith('state-force'));
/** How far before "off duty" the force word it tells of may stand ("a police officer was shot dead by gunmen while off duty"). */
const OFF_DUTY_REACH = 12;

/** Where "off duty" / "off-duty" / "on leave" is told at `k` and no force word follows it (that one is read whole, CIVILIAN's
 * "off - duty police*"): the words it spans, else 0. */
function offDutyAt(k: number, words: readonly string[]): number {
  if (words[k] === 'off' && words[k + 1] === 'duty') return 2;
  if (words[k] === 'off' && words[k + 1] === '-' && words[k + 2] === 'duty') return 3;
  if (words[k] === 'on' && words[k + 1] === 'leave') return 2;
  return 0;
}

/** offDutyAsCivilians recasts only a state force's hit. */
export const OFF_DUTY_NEEDS: ReadingNeeds = [STATE];
/** The hits with the state force told before an "off duty" of its own clause read as a civilian (its force hits dropped, a
 * CIVILIAN hit in their place): the nearest one within reach, with no sentence end between. Returns `hits` itself when no
 * such phrase is told (most sentences). */
export function offDutyAsCivilians(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  // With no state force word there is nothing to recast: the scan of the sentence's words is skipped (most calls).
  let state = false;
  for (const h of hits) if (STATE.has(h.concept)) { state = true; break; }
  if (!state) return hits;
  let out: CueHit<Concept>[] | null = null;
  let lo = Infinity, hi = -1;
  for (const h of hits) { if (h.first < 0) continue; if (h.first < lo) lo = h.first; if (h.end > hi) hi = h.end; }
  for (let k = Math.max(0, lo); k < Math.min(words.length, hi + OFF_DUTY_REACH); k++) {
    const n = offDutyAt(k, words);
    if (!n) continue;
    const cur: readonly CueHit<Concept>[] = out ?? hits;
    // Told before a force word it is that word's own ("an off-duty police officer"): CIVILIAN reads it whole.
    if (cur.some((h) => h.first === k + n && STATE.has(h.concept))) continue;
    let force: CueHit<Concept> | undefined;
    for (const h of cur) if (STATE.has(h.concept) && h.end <= k && k - h.end <= OFF_DUTY_REACH && (!force || h.first > force.first)) force = h;
    if (!force || words.slice(force.end, k).includes('.')) continue;
    // clash10: a force word right before it is the same member's ("a police sergeant who was off duty"): read with it.
    let from = force.first;
    for (let again = true; again;) {
      again = false;
      for (const h of cur) if (STATE.has(h.concept) && h.end === from && h.first < from) { from = h.first; again = true; }
    }
    const f = force, start = from;
    out = cur.filter((h) => !(h.first >= start && h.first <= f.first && STATE.has(h.concept)));
    if (!out.some((o) => o.concept === 'CIVILIAN' && o.first === start)) out.push({ concept: 'CIVILIAN', first: start, end: f.end });
  }
  return out ? out.sort((a, b) => a.first - b.first) : hits;
}

/** The index of the "former" that qualifies the word at `f`, or -1: right before it, as "ex -", or before a short name. */
export function formerBefore(f: number, words: readonly string[]): number {
  for (let k = f - 1; k >= 0 && f - 1 - k <= NAME_REACH; k--) {
    const w = words[k];
    if (FORMER.has(w)) return k;
    if (w === '-' && words[k - 1] === 'ex') return k - 1;
    if (STOP.has(w)) return -1;
  }
  return -1;
}

/** Whether the party named at `f` is a possessor whose head is another party ("a soldier's wife", "the militia leader's
 * children"): its name, within a few words, is followed by "'s" or a bare "'", and a party word (`isParty`) follows that
 * within a few words, so the act was done to that head. A head that names no party ("the regime's 1st lieutenant", "the
 * army's commander") leaves the possessor as what the act was done to: the rank is the force's own. */
export function isPossessor(hits: readonly CueHit<Concept>[], f: number, words: readonly string[], isParty: (first: number) => boolean): boolean {
  let end = f + 1;
  for (const h of hits) if (h.first === f && h.end > end) end = h.end;
  for (let k = end; k < words.length && k - end <= NAME_REACH; k++) {
    if (words[k] === "'s" || words[k] === "'") {
      for (let j = k + 1; j < words.length && j - k <= HEAD_REACH; j++) if (isParty(j)) return true;
      return false;
    }
    if (STOP.has(words[k])) return false;
  }
  return false;
}
/** How far after the "'s" the possessed head may stand ("a soldier's [young] wife"). */
const HEAD_REACH = 3;

/** Kin and home nouns: told before "of" and a force ("the brother of a soldier", "the home of a militia leader"), they are
 * the object of the act, and the force names whose they are. Ranks and memberships ("a commander of", "members of") are not
 * here: those name the force's own people. */
const KIN_OR_HOME: ReadonlySet<string> = new Set(['brother', 'brothers', 'sister', 'sisters', 'cousin', 'cousins', 'nephew', 'nephews',
  'niece', 'nieces', 'uncle', 'uncles', 'aunt', 'aunts', 'relative', 'relatives', 'grandson', 'granddaughter', 'grandfather',
  'grandmother', 'in-laws', 'family', 'families', 'house', 'home', 'homes', 'residence', 'shop', 'farm', 'widow', 'relations',
  // clash12: spouses, children and parents, as "the wife of a soldier" (victims picked out by "including": included-victims.ts).
  'wife', 'wives', 'husband', 'husbands', 'son', 'sons', 'daughter', 'daughters', 'child', 'children', 'father', 'mother', 'parents', 'widows']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'two', 'three', 'several']);

/** Whether the force named at `f` follows "of" (and a determiner) after a kin or home noun: "the brother of a soldier". */
export function ofKinOrHome(f: number, words: readonly string[]): boolean {
  let k = f - 1;
  if (DETERMINERS.has(words[k])) k--;
  return words[k] === 'of' && KIN_OR_HOME.has(words[k - 1] ?? '');
}

// sides17: an object pronoun ("him", "her", event-cues CIVILIAN as a person) names the person told before it in the
// sentence, not a civilian of its own: "a soldier was injured when gunmen opened fire on him" wounds the soldier (codebook
// 2023: violence against a force's member is a Battle). English binding: an object pronoun is never its own clause's
// subject, so in a clause opened by "when"/"as"/"after" with its own subject, the pronoun names the party told last before
// that clause. Only a force or an armed group's member is carried over; "a farmer was shot when gunmen fired on him" stays a
// civilian.
/** Object pronouns that CIVILIAN reads as a person. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);
/** Words after "her" that show it is an object pronoun, not a possessive before its noun ("on her car"). */
const AFTER_OBJECT: ReadonlySet<string> = new Set([',', '.', ';', ':', 'and', 'in', 'at', 'on', 'near', 'with', 'as', 'while', 'after',
  'before', 'during', 'outside', 'inside', 'from', 'to', 'dead', 'when', 'killing', 'injuring', 'wounding', 'twice', 'several', 'multiple']);
const PARTIES: ReadonlySet<Concept> = new Set([...FORCES, ...conceptsWith('civilian'), ...conceptsWith('crowd')]);
/** Words that open the clause the pronoun stands in, after the clause that names its antecedent. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'as', 'after', 'while', 'before', 'because']);

/** pronounAntecedents reads only a CIVILIAN pronoun, and carries over only a force's hits. */
export const PRONOUN_NEEDS: ReadingNeeds = [['CIVILIAN'], FORCES];
/** The hits with "him"/"her" read as the force told as its antecedent (its force hits copied to the pronoun in place of
 * CIVILIAN). Returns `hits` itself when no such pronoun is told (most sentences). */
export function pronounAntecedents(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (h.concept !== 'CIVILIAN' || h.end - h.first !== 1 || !OBJECT_PRONOUNS.has(words[h.first])) continue;
    if (words[h.first] === 'her' && !AFTER_OBJECT.has(words[h.first + 1] ?? '.')) continue;
    // The pronoun's clause is opened by a subordinator ("when", "as", "after") with its own subject after it; the antecedent is
    // the party named last before that subordinator ("a soldier was injured when gunmen opened fire on him"). With no such
    // clause ("soldiers arrested a man and beat him") nothing is carried over.
    let sub = -1;
    for (let k = h.first - 1; k >= 0 && words[k] !== '.'; k--) if (SUBORDINATORS.has(words[k])) { sub = k; break; }
    if (sub < 0 || !hits.some((o) => o.first > sub && o.first < h.first && PARTIES.has(o.concept))) continue;
    let ante = -1;
    for (const o of hits) if (o.first < sub && PARTIES.has(o.concept) && o.first > ante) ante = o.first;
    if (ante < 0 || words.slice(ante, sub).includes('.')) continue;
    const forces = hits.filter((o) => o.first === ante && FORCES.has(o.concept));
    if (!forces.length || hits.some((o) => o.first === ante && o.concept === 'CIVILIAN')) continue;
    out ??= [...hits];
    out = out.filter((o) => !(o.first === h.first && o.concept === 'CIVILIAN'));
    for (const f of forces) out.push({ concept: f.concept, first: h.first, end: h.end });
  }
  return out ? out.sort((a, b) => a.first - b.first) : hits;
}
