// hit-readings (clash7, issue 13): three readings of general English that decide who an act was done by or to, applied to a
// sentence's cue hits before the sub-event rules read them (typing.ts typeHits), so that the rules that read concepts
// anywhere in the sentence ("a force word beside an attack word is a battle") see what the words name:
// - "armed youths", "armed villagers", "heavily armed herders": people told as armed are an armed group, not a crowd or
//   civilians (ACLED codebook 2023, actor types: identity and communal militias, inter 4, are armed; rioters, inter 5, and
//   civilians, inter 7, are not). The crowd's or civilians' hit becomes an ARMED hit over "armed" and the noun.
// - "a man suspected of rape", "accused of theft", "charged with murder", "suspected of supporting the PDF": what follows is
//   the charge, another deed than the one told (counting.ts reads the same phrases for tolls); its words tell no act and no
//   party of this sentence and are set aside.
// - "the house of a police officer", "a soldier's wife": a force told as whose the object is (target-kind.ts ofKinOrHome,
//   isPossessor) is no party to the act; its hit is set aside, so that no rule reads a force in the sentence.
// - "local self-defence group", "village guards", "civilian JTF": a people word that begins a force's name is part of it
//   (forceCompounds).
// Pure functions; they return `hits` itself when nothing applies (most sentences). Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { GENERIC_ACTORS } from '../../lexicon/actors.js';
import { NEUTRALISED_DEVICES, NUMBER_WORDS } from '../../lexicon/numbers.js';
import { isPossessor, ofKinOrHome } from './target-kind.js';
import { KIN, PERSON_NOUNS } from '../../lexicon/counting.js';
import type { ReadingNeeds } from './reading-needs.js';

const PEOPLE: ReadonlySet<Concept> = new Set([...conceptsWith('crowd'), ...conceptsWith('civilian')]);
/** Words before "armed" that still make the people armed ("heavily armed", "well-armed"). */
const ARMED_ADVERBS: ReadonlySet<string> = new Set(['heavily', 'well', 'lightly']);
/** Nouns that "armed" before a people word may qualify instead (a "group of armed youths" is read the same). */
const PEOPLE_AFTER_ARMED_REACH = 2;

/** Round 44: collective nouns of people (WordNet 3.1 "group" n.1, "band" n.2, "gang" n.1) and how far "armed" may stand after their
 * "of" ("a group of [about 30] armed …"), with nothing but a count between. */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'groups', 'band', 'bands', 'gang', 'gangs', 'party', 'unit']);
const CROWD_GROUPS: ReadonlySet<Concept> = conceptsWith('crowd');
const GROUP_BEFORE_ARMED_REACH = 3;
/** The words of a count between the collective noun and "armed": a number (in figures or lexicon/numbers.ts's words), its hedges
 * and the adverbs "armed" takes. */
const COUNT_HEDGES: ReadonlySet<string> = new Set(['about', 'around', 'some', 'nearly', 'over', 'more', 'than', 'at', 'least', 'dozens',
  'hundreds', 'several', 'heavily', 'well']);
const STOPPED_BETWEEN = (words: readonly string[], from: number, to: number): boolean => {
  for (let j = from; j < to; j++) if (!/^\d+$/.test(words[j]) && !Object.hasOwn(NUMBER_WORDS, words[j]) && !COUNT_HEDGES.has(words[j])) return true;
  return false;
};
/** armedPeople recasts only a crowd's or civilians' hit. */
export const ARMED_PEOPLE_NEEDS: ReadingNeeds = [PEOPLE];
/** People told as armed ("armed youths", "armed Fulani herders"): their crowd or civilian hits replaced by one ARMED hit. */
export function armedPeople(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  // `words` are the article's: read only around the sentence's hits (no per-article pass per sentence).
  const [lo, hi] = spanOf(hits);
  for (let k = Math.max(0, lo - PEOPLE_AFTER_ARMED_REACH); k < hi; k++) {
    if (words[k] !== 'armed') continue;
    // "armed men", "armed group" are ARMED cues already; the people word must follow within a name's reach ("armed Fulani herders").
    if (hits.some((h) => h.first === k && h.concept === 'ARMED')) continue;
    // Round 34: two names joined before the noun ("armed Borana and Garre herders"), neither a word of the lexicon: one more name's reach.
    const joined = words[k + 2] === 'and' && !hits.some((h) => h.first === k + 1 || h.first === k + 3);
    for (let j = k + 1; j <= k + PEOPLE_AFTER_ARMED_REACH + (joined ? 2 : 0) && j < words.length; j++) {
      const people = (out ?? hits).filter((h) => h.first === j && PEOPLE.has(h.concept));
      if (!people.length) { if (STOP.has(words[j]) && !(joined && j === k + 2)) break; continue; }
      out ??= [...hits];
      const end = Math.max(...people.map((h) => h.end));
      out = out.filter((h) => !(h.first === j && PEOPLE.has(h.concept)));
      const from = ARMED_ADVERBS.has(words[k - 1] ?? '') ? k - 1 : k;
      out.push({ concept: 'ARMED', first: from, end });
      break;
    }
    // Round 44: "a group of about 30 armed dahalo", "a band of armed herders": with no people word of the lexicon after "armed", the
    // collective noun before it ("group of", "band of", within GROUP_BEFORE_ARMED_REACH words) heads people told as armed.
    if (out && out.some((h) => h.concept === 'ARMED' && h.first <= k && k < h.end)) continue;
    // Not "a group of residents armed with machetes": "armed with" tells the crowd's weapons (a mob's, mob.* rules), and the group's
    // own noun is read as before.
    const group: CueHit<Concept> | undefined = words[k + 1] === 'with' ? undefined : (out ?? hits).find((h) => CROWD_GROUPS.has(h.concept) &&
      h.end - h.first === 2 && words[h.first + 1] === 'of' && GROUP_NOUNS.has(words[h.first]) && h.end <= k && k - h.end <= GROUP_BEFORE_ARMED_REACH &&
      !STOPPED_BETWEEN(words, h.end, k));
    if (group) {
      out = (out ?? [...hits]).filter((h) => h !== group);
      out.push({ concept: 'ARMED', first: group.first, end: k + 1 });
    }
  }
  return out ? out.sort((a, b) => a.first - b.first) : hits;
}
/** The word span the hits cover: [first word of the earliest, end of the latest]. */
function spanOf(hits: readonly CueHit<Concept>[]): [number, number] {
  let lo = Infinity, hi = -1;
  // A story's context hit stands at no word (mentions.ts STORY_PROTEST_HIT: first -1): it spans nothing.
  for (const h of hits) { if (h.first < 0) continue; if (h.first < lo) lo = h.first; if (h.end > hi) hi = h.end; }
  return hi >= 0 ? [lo, hi] : [0, 0];
}
const STOP: ReadonlySet<string> = new Set([',', '.', ';', ':', 'and', 'or', 'with', 'by', 'in', 'on', 'at', 'to', 'of', 'from']);

/** Phrases that open a charge: what follows is another deed the person is held to have done. */
const CHARGE_OPENERS: ReadonlyArray<readonly [string, string]> = [['suspected', 'of'], ['accused', 'of'], ['charged', 'with'], ['convicted', 'of'],
  ['wanted', 'for'], ['suspicion', 'of'], ['allegedly', 'involved'],
  // clash10: whom the killers took the victims for ("mistaking them for insurgents") is no party of the act
  ['mistaking', 'them'], ['mistaking', 'him'], ['mistaken', 'for'], ['mistook', 'them'], ['mistook', 'him']];
const CHARGE_FIRST: ReadonlySet<string> = new Set(CHARGE_OPENERS.map(([a]) => a));
/** Verbs of accusing that take the accused as their object before "of" or "with" ("accusing them of", "charged him with"). */
const ACCUSING_WHOM: ReadonlySet<string> = new Set(['accusing', 'accused', 'accuse', 'accuses', 'charging', 'charged', 'suspecting', 'suspected']);
/** The shortest word that may open a charge ("caught" too): shorter words, most of a sentence's, are passed over unread. */
const CHARGE_MIN = Math.min('caught'.length, 'accuse'.length, ...CHARGE_OPENERS.map(([a]) => a.length));
/** The -ing word after "caught" that tells what the person was caught doing (clash10). */
const CAUGHT_DOING = /^[a-z]{3,}ing$/;
/** How many words a charge runs ("suspected of stealing a goat from a neighbour"). */
const CHARGE_REACH = 5;
/** Words that end a charge: a new clause or the place and time of the act. */
const CHARGE_END: ReadonlySet<string> = new Set([',', '.', ';', ':', 'and', 'but', 'in', 'at', 'on', 'near', 'after', 'before', 'when',
  'while', 'by', 'who', 'which', 'during', '(', ')', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'being']);
/** Forms of "be" (and a modal's "be") before the participle: the accusation is the sentence's own. */
const BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Words that open a clause giving the reason of the act told, or describing its victim (clash10). */
const CHARGE_CLAUSE: ReadonlySet<string> = new Set(['after', 'because', 'since', 'who', 'whom', 'as']);
/** How far before the charge's participle such a word may stand ("after [he] [was] accused of", "who [had] [been] suspected of"). */
const CHARGE_CLAUSE_REACH = 4;
function chargeClause(words: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - CHARGE_CLAUSE_REACH); j--) if (CHARGE_CLAUSE.has(words[j])) return true;
  return false;
}

/** The hits inside a charge set aside ("lynched a man suspected of rape": no sexual violence). */
export function dropCharges(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  const [lo, hi] = spanOf(hits);
  for (let k = Math.max(0, lo - CHARGE_REACH - 2); k < hi && k + 1 < words.length; k++) {
    // clash10: "caught stealing a motorcycle", "caught trying to rob": what he was caught doing is the charge, from its -ing word.
    // Every call reads the sentence's words (dropCharges runs at every typing): a length test first.
    if (words[k].length < CHARGE_MIN) continue;
    const caught = words[k] === 'caught' && CAUGHT_DOING.test(words[k + 1] ?? '');
    // Round 31: the accuser's own verb with its object pronoun ("detained three men, accusing them of organising the protests").
    const accusing = !caught && ACCUSING_WHOM.has(words[k]) && OBJECT_PRONOUNS.has(words[k + 1] ?? '') && (words[k + 2] === 'of' || words[k + 2] === 'with');
    if (!caught && !accusing && (!CHARGE_FIRST.has(words[k]) || !CHARGE_OPENERS.some(([a, b]) => words[k] === a && words[k + 1] === b))) continue;
    // "Soldiers were accused of raping women", "a commander is suspected of ordering the killings": told with its own "be", the
    // accusation is what the report tells (an alleged act), not a description of someone acted on.
    // clash10: unless a clause of cause or a relative opens it ("lynched after he was accused of rape", "a man who was suspected
    // of theft"): then it is the charge again, the reason of the act the sentence tells.
    if ((BE.has(words[k - 1] ?? '') || BE.has(words[k - 2] ?? '')) && !chargeClause(words, k)) continue;
    const from = caught ? k + 1 : accusing ? k + 3 : k + 2;
    let end = from;
    while (end < words.length && end - from < CHARGE_REACH && !CHARGE_END.has(words[end])) end++;
    // Parties too: "villagers suspected of supporting the PDF" name no PDF that acts or is acted on.
    const inside = (h: CueHit<Concept>): boolean => h.first >= from && h.first < end;
    if (!(out ?? hits).some(inside)) continue;
    out = (out ?? [...hits]).filter((h) => !inside(h));
  }
  return out ?? hits;
}

const FORCES: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force'), ...conceptsWith('military-target')]);
const PARTY: ReadonlySet<Concept> = new Set([...FORCES, ...PEOPLE]);
const FORCE_PEOPLE: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force')]);
/** dropOwners sets aside only a force's hit; forceCompounds only a people hit with a force's after it. */
export const OWNERS_NEEDS: ReadingNeeds = [FORCES];
export const FORCE_COMPOUNDS_NEEDS: ReadingNeeds = [PEOPLE, FORCE_PEOPLE];

/** The hits with every force told as an owner ("the house of a police officer", "a soldier's wife") set aside. */
export function dropOwners(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  const isParty = (f: number): boolean => hits.some((h) => h.first === f && PARTY.has(h.concept));
  for (const h of hits) {
    if (!FORCES.has(h.concept)) continue;
    if (!ofKinOrHome(h.first, words) && !isPossessor(hits, h.first, words, isParty)) continue;
    out ??= [...hits];
    out = out.filter((o) => !(o.first === h.first && FORCES.has(o.concept)));
  }
  return out ?? hits;
}

/** People words that stand as the first part of a force's name ("local militia", "village defence guards", "the civilian JTF",
 * "community vigilantes"): general English compounds are head-final, so the force is what is named. The people hit is set
 * aside when a force's hit starts right after it, or at it and runs further. */
export function forceCompounds(hits: readonly CueHit<Concept>[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (!PEOPLE.has(h.concept) || (out && !out.includes(h))) continue;
    // A force's people, not its things: "a passenger convoy", "a civilian vehicle" are the people's, not a military target.
    const head = hits.some((o) => FORCE_PEOPLE.has(o.concept) && (o.first === h.end || (o.first === h.first && o.end > h.end)));
    if (!head) continue;
    out ??= [...hits];
    out = out.filter((o) => o !== h);
  }
  return out ?? hits;
}

/** Ranks and roles inside a force, told before "of" and the force ("a local commander of the militia"). */
const RANKS: ReadonlySet<string> = new Set(['leader', 'leaders', 'commander', 'commanders', 'chief', 'chiefs', 'head', 'member', 'members',
  'officer', 'officers', 'fighter', 'fighters', 'official', 'officials', 'coordinator', 'emir', 'spokesman']);
/** How many words (a determiner, a name) may stand between "of" and the force word. */
const OF_FORCE_REACH = 3;

/** localRanks drops only a CIVILIAN hit, with a force's hit after it. */
export const LOCAL_RANKS_NEEDS: ReadingNeeds = [['CIVILIAN'], FORCE_PEOPLE];
/** clash8: "local" before a rank and "of" a force ("a local commander of the Popular Mobilisation Forces", "a local leader of
 * the militia") qualifies the force's own member, not civilians: its CIVILIAN hit ("local*", or one read with the rank, "local
 * leader") is dropped, so the force after "of" is what the act was done to (codebook: killing an armed group's member is a
 * Battle). */
export function localRanks(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (h.concept !== 'CIVILIAN' || h.end > h.first + 2 || words[h.first] !== 'local') continue;
    if (!RANKS.has(words[h.first + 1] ?? '') || words[h.first + 2] !== 'of') continue;
    const at = h.first + 3;
    if (!hits.some((o) => FORCE_PEOPLE.has(o.concept) && o.first >= at && o.first - at <= OF_FORCE_REACH)) continue;
    out = (out ?? [...hits]).filter((o) => o !== h);
  }
  return out ?? hits;
}

/** How many words after "neutralised" its object may begin ("neutralised two improvised explosive devices"). */
const NEUTRALISED_OBJECT_REACH = 4;
/** fix15 (fat.neutralised-count; fix16: the one reading both typing and counting.ts use): a device (lexicon/numbers.ts
 * NEUTRALISED_DEVICES) among the words of the object after "neutralised" at `i` (up to a clause's or phrase's break; "of"
 * reads on: "two pieces of ordnance"): the neutralising made a device harmless and killed no one. */
export function neutralisedDevice(words: readonly string[], i: number): boolean {
  for (let k = i; k < i + NEUTRALISED_OBJECT_REACH && k < words.length; k++) {
    if (STOP.has(words[k]) && words[k] !== 'of') return false;
    if (NEUTRALISED_DEVICES.has(words[k])) return true;
  }
  return false;
}
/** neutralisedDevices sets aside only a KILL hit. */
export const NEUTRALISED_NEEDS: ReadingNeeds = [['KILL']];
/** fix15 (issue 13): "neutralised a roadside bomb", "neutralized two explosive devices": the communiqué's word for killing
 * ("neutralised 5 terrorists", counting.ts) with a device as its object makes the device harmless and kills no one (codebook:
 * Disrupted weapons use covers explosives defused or destroyed before use). Its KILL hit is set aside, so that the clearing
 * rows (disrupted.explosives-cleared) read it; people told as its object keep it ("neutralised three fighters"). */
export function neutralisedDevices(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (h.concept !== 'KILL' || !(words[h.first] ?? '').startsWith('neutrali')) continue;
    if (neutralisedDevice(words, h.end)) (out ??= [...hits]).splice(out.indexOf(h), 1);
  }
  return out ?? hits;
}

/** The words a "neutralised" is read in as making a weapon or a plot harmless (Disrupted weapons use's words). */
const MADE_HARMLESS: ReadonlySet<Concept> = new Set<Concept>(['INTERCEPT', 'FOIL', 'CLEAR']);
/** neutralisedPeople sets aside only those hits, beside the word's KILL hit. */
export const NEUTRALISED_PEOPLE_NEEDS: ReadingNeeds = [[...MADE_HARMLESS], ['KILL']];
/** world22 (issue 13): "claiming 12 militants were neutralised", "neutralising 12 fighters": the communiqué's word for killing,
 * with people as its object after it or as the subject of its passive, kills them; it made no weapon harmless. Its
 * intercepting, foiling and clearing hits are set aside, so that its KILL hit is what typing reads, and it is read as a plain
 * killing too (KILL_PLAIN: "neutralised three terrorists and recovered weapons" tells a fight whose spoils the weapons are). A
 * device as its object drops the KILL hit instead (neutralisedDevices). Told beside a warplane ("warplanes struck positions,
 * neutralising 12 militants"), the interception row read the word as a missile shot down. The object is the first word after it
 * that a people cue or a person's noun reads, past numbers and determiners; the passive's subject is the noun right before
 * its "were" ("a suspected car bomb was neutralised": a bomb, no one). */
export function neutralisedPeople(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  const person = (k: number): boolean => hits.some((x) => x.first === k && SEIZED_PEOPLE.has(x.concept)) || personWord(words[k] ?? '');
  for (const h of hits) {
    if (h.end - h.first !== 1 || h.concept !== 'KILL' || !(words[h.first] ?? '').startsWith('neutrali')) continue;
    let people = false;
    for (let k = h.end; k < h.end + NEUTRALISED_OBJECT_REACH && k < words.length && !people; k++) {
      if (STOP.has(words[k])) break;
      people = person(k);
    }
    if (!people && BE_FORMS.has(words[h.first - 1] ?? '')) {
      const be = BE_FORMS.has(words[h.first - 2] ?? '') ? h.first - 2 : h.first - 1;
      people = person(be - 1);
    }
    if (!people) continue;
    out = (out ?? [...hits]).filter((x) => !(x.first === h.first && MADE_HARMLESS.has(x.concept)));
    if (!out.some((x) => x.first === h.first && x.concept === 'KILL_PLAIN')) out.push({ concept: 'KILL_PLAIN', first: h.first, end: h.end });
  }
  return out ? out.sort((a, b) => a.first - b.first) : hits;
}

/** fix15: the nouns of people held that an ABDUCT hit may be ("ten hostages", "the captives"). */
const HELD_NOUNS: ReadonlySet<string> = new Set(['hostage', 'hostages', 'captives', 'abductee', 'abductees']);
/** The abducting participles that may describe those released ("students abducted last month were released"). */
const TAKEN_PARTICIPLES: ReadonlySet<string> = new Set(['abducted', 'kidnapped', 'kidnaped']);
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'is', 'are', 'have', 'has', 'had', 'be', 'being']);
/** How far before the held noun its releasing verb may stand ("released [all] ten hostages", "freed the 12 captives"). */
const RELEASE_BEFORE = 4;
/** How far a participle's noun phrase runs before its passive release ("abducted [from a school last month] were freed"). */
const PARTICIPLE_REACH = 8;
/** freedHostages reads only a release beside an ABDUCT hit. */
export const FREED_HOSTAGES_NEEDS: ReadingNeeds = [['RELEASE'], ['ABDUCT']];
/** fix15 (issue 13): "Kidnappers released ten hostages", "the hostages were freed on Friday", "twenty students abducted last month
 * were released": the release of people already held tells no abduction (codebook: Abduction/forced disappearance is the taking;
 * a release is a development of no other kind, Other, as other.detainees-freed reads one side's release of detainees). The held
 * noun's, or the describing participle's, ABDUCT hit becomes a HOSTAGES_FREED hit, which other.hostages-freed reads. Not when
 * the sentence tells an abduction of its own ("abducted ten passengers and released two") or a ransom (the abduction's
 * bargain, read by the abduction rows). */
export function freedHostages(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const releases = hits.filter((h) => h.concept === 'RELEASE');
  if (!releases.length || hits.some((h) => h.concept === 'RANSOM')) return hits;
  const freed = new Set<CueHit<Concept>>();
  for (const h of hits) {
    if (h.concept !== 'ABDUCT') continue;
    const w = words[h.first] ?? '';
    if (HELD_NOUNS.has(w)) {
      // "released ten hostages" (the verb before), "the hostages were freed" (a passive after).
      const before = releases.some((r) => r.end <= h.first && h.first - r.end <= RELEASE_BEFORE && !words.slice(r.end, h.first).some((x) => STOP.has(x) && x !== 'of'));
      if (before || passiveRelease(h.end, releases, words, PARTICIPLE_REACH)) freed.add(h);
    // A reduced relative only ("students abducted last month were freed"): "a man was abducted … and was released" tells the abduction.
    } else if (TAKEN_PARTICIPLES.has(w) && h.end - h.first === 1 && !BE_FORMS.has(words[h.first - 1] ?? '') && words[h.first - 1] !== 'who' &&
      passiveRelease(h.end, releases, words, PARTICIPLE_REACH)) freed.add(h);
    // case22: the taking told in the pluperfect beside the release ("released two aid workers they had held captive", "the men who
    // had been kidnapped in March were freed"): it was done before the release the sentence tells.
    else if (pluperfect(words, h.first) && (releaseBefore(h.first, releases, words, PARTICIPLE_REACH) || passiveRelease(h.end, releases, words, PARTICIPLE_REACH))) freed.add(h);
  }
  // An abduction told as an act beside the release keeps every ABDUCT hit.
  if (!freed.size || hits.some((h) => h.concept === 'ABDUCT' && !freed.has(h))) return hits;
  return hits.map((h) => (freed.has(h) ? { concept: 'HOSTAGES_FREED' as Concept, first: h.first, end: h.end } : h));
}
/** Whether the verb at `i` is in the pluperfect ("had held", "had been kidnapped"). */
const pluperfect = (words: readonly string[], i: number): boolean => words[i - 1] === 'had' || (words[i - 1] === 'been' && words[i - 2] === 'had');
/** A release told before `at` in the same clause run ("released two aid workers they had held captive"). */
function releaseBefore(at: number, releases: readonly CueHit<Concept>[], words: readonly string[], reach: number): boolean {
  return releases.some((r) => r.end <= at && at - r.end <= reach && !words.slice(r.end, at).some((x) => x === '.' || x === ';'));
}
/** A release told in the passive within `reach` words after `from`: a form of "be" just before the releasing word. */
function passiveRelease(from: number, releases: readonly CueHit<Concept>[], words: readonly string[], reach: number): boolean {
  return releases.some((r) => r.first >= from && r.first - from <= reach && BE_FORMS.has(words[r.first - 1] ?? '') &&
    !words.slice(from, r.first).some((x) => x === '.' || x === ';'));
}

/** fix15: the people a handing over may hand (forces, fighters, civilians, crowds, detainees, suspects, hostages). */
const HANDED_PEOPLE: ReadonlySet<Concept> = new Set<Concept>([...conceptsWith('state-force'), ...conceptsWith('nonstate-force'), ...PEOPLE,
  'DETAINEES', 'SUSPECTS', 'ABDUCT', 'HOSTAGES_FREED', 'KIDNAPPERS', 'MILITANT', 'ARMED']);
const HANDED_PLACES: ReadonlySet<Concept> = new Set<Concept>(['TERRITORY_NOUN', 'PLACE_NAME']);
const REMAINS: ReadonlySet<string> = new Set(['bodies', 'body', 'remains', 'corpses', 'corpse']);
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'us', 'me']);
/** How far after "handed over" its object may begin ("handed over the two captured soldiers"). */
const HANDED_OBJECT_REACH = 5;
/** handedPeople reads only a HANDOVER hit. */
export const HANDED_PEOPLE_NEEDS: ReadingNeeds = [['HANDOVER']];
/** fix15 (issue 13): "agreed to hand over the captured soldiers to the Red Cross", "handed over him to the police": people handed
 * over are no place (codebook: Non-violent transfer of territory is control of a location passing; a captive handed to another
 * is the capture's or arrest's sequel). A HANDOVER hit whose object, before any place, is a person, force or pronoun of persons
 * is marked by a PEOPLE_HANDED hit over it, which rules transfer.handover out (the rows of people handed over still read the
 * HANDOVER hit: other.detainees-handed-over); a place handed has none ("handed over the town", "control of"). */
export function handedPeople(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (h.concept !== 'HANDOVER' || !/^hand/.test(words[h.first] ?? '') || words[h.end - 1] !== 'over') continue;
    let people = false;
    for (let k = h.end; k < h.end + HANDED_OBJECT_REACH && k < words.length; k++) {
      if (k === h.end && words[k] === 'control') break;
      if (REMAINS.has(words[k])) break;
      const at = hits.filter((x) => x.first === k && x !== h);
      if (at.some((x) => HANDED_PLACES.has(x.concept))) break;
      if (PERSON_PRONOUNS.has(words[k]) || at.some((x) => HANDED_PEOPLE.has(x.concept))) { people = true; break; }
      // "the bodies of three soldiers": the dead's remains are handed (other.remains-handed-over), no one alive.
      if (words[k] === ',' || words[k] === '.' || words[k] === 'to' || words[k] === 'of' || REMAINS.has(words[k])) break;
    }
    if (people) (out ??= [...hits]).push({ concept: 'PEOPLE_HANDED', first: h.first, end: h.end });
  }
  return out ? out.sort((a, b) => a.first - b.first) : hits;
}

/** fix16: the seizing words that may take people as well as goods or ground ("seized four officials", "seized the town"). */
const SEIZE_FORMS: ReadonlySet<string> = new Set(['seized', 'seize', 'seizes', 'seizing']);
/** The concepts a seizing word is read in (goods, ground, weapons found): each reads the word alone. */
const SEIZING: ReadonlySet<Concept> = new Set<Concept>(['SEIZE_GOODS', 'TAKE_TERRITORY', 'OVERTAKE_WEAK', 'FIND']);
/** The people a seizing may take: civilians, crowds, a force's men, suspects (no kidnappers: an agent noun tells no one taken). */
const SEIZED_PEOPLE: ReadonlySet<Concept> = new Set<Concept>([...PEOPLE, ...conceptsWith('state-force'), 'MILITANT', 'ARMED', 'SUSPECTS']);
/** The one-word names of civilians and of people named by no side (lexicon/actors.ts, generic.civilians and generic.person:
 * "officials", "traders", "men"), stems without their star: people whose noun no cue concept holds. */
const PEOPLE_WORDS: readonly string[] = GENERIC_ACTORS.filter((g) => g.kind === 'civilians' || g.kind === 'person').flatMap((g) => g.aliases).filter((a) => !a.includes(' '));
function personWord(w: string): boolean {
  for (const a of PEOPLE_WORDS) if (a.endsWith('*') ? w.startsWith(a.slice(0, -1)) : w === a) return true;
  return false;
}
/** Places and things a seizing takes (CIVILIAN holds a village and a bus as civilians' sites). */
const SEIZED_THINGS: ReadonlySet<Concept> = new Set<Concept>(['TERRITORY_NOUN', 'PLACE_NAME', 'GOODS', 'PROPERTY', 'BASE', 'TARGET_MIL', 'STRIKE_TARGET']);
/** How many words after "seized" its object's head may stand ("seized [the] four local officials"). */
const SEIZED_OBJECT_REACH = 5;
/** seizedPeople reads only a seizing word's hits. */
export const SEIZED_PEOPLE_NEEDS: ReadingNeeds = [SEIZING];
/** fix16 (issue 13): "insurgents seized four officials from their car", "gunmen seized two aid workers": a seizing whose object is
 * people takes them (codebook: Abduction/forced disappearance is the taking of people by an armed group; Arrests the detention
 * of people by state forces; Looting covers goods seized, the territory sub-types ground). Its goods, ground and finding hits
 * become one ARREST hit, the detention word that the arrest rows read for a state force and abduction.detained-by-group for a
 * non-state group; goods or a place told as the object first keep them ("seized four cars from traders", "seized the village").
 * A people word that qualifies the next noun ("army positions", "village chief" reads on to its head) or a possessor ("the
 * soldiers' weapons") is no object. */
export function seizedPeople(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (h.end - h.first !== 1 || !SEIZING.has(h.concept) || !SEIZE_FORMS.has(words[h.first] ?? '')) continue;
    if (out?.some((x) => x.concept === 'ARREST' && x.first === h.first)) continue;
    let people = false;
    for (let k = h.end; k < h.end + SEIZED_OBJECT_REACH && k < words.length; k++) {
      if (STOP.has(words[k])) break;
      const at = hits.filter((x) => x.first === k);
      if (!at.length) {
        if (!personWord(words[k])) continue;
        people = words[k + 1] !== "'s" && words[k + 1] !== "'";
        break;
      }
      const end = Math.max(...at.map((x) => x.end));
      // The longest cue read decides ("village chief" is a person, "village" a place).
      const longest = at.filter((x) => x.end === end);
      const person = longest.some((x) => SEIZED_PEOPLE.has(x.concept));
      if (words[end] === "'s" || words[end] === "'") break;
      // A modifier of the next noun ("village chief", "army positions"): read on to the head.
      if (!STOP.has(words[end] ?? '.') && (hits.some((x) => x.first === end) || personWord(words[end] ?? ''))) continue;
      // A place or a thing is no one, whatever people it holds ("seized a village", "seized the bus").
      people = person && !longest.some((x) => SEIZED_THINGS.has(x.concept));
      break;
    }
    if (!people) continue;
    out = (out ?? [...hits]).filter((x) => !(x.first === h.first && x.end === h.end && SEIZING.has(x.concept)));
    out.push({ concept: 'ARREST', first: h.first, end: h.end });
  }
  return out ? out.sort((a, b) => a.first - b.first) : hits;
}

/** world35: "snatched" takes people or things ("gunmen snatched two girls", "the attacker also snatched the victim's gold
 * necklace"): told with a thing as its object, and no person in that object but its owner, it takes no one (general English: to
 * snatch is to grab a thing, and only of people to kidnap them). The ABDUCT hit of such a snatching is set aside; a passive ("were
 * snatched by gunmen"), a pronoun ("snatched her from her home") or a person or kin in the object phrase keeps it. */
export function snatchedThings(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => h.concept === 'ABDUCT' && words[h.first] === SNATCHED)) return hits;
  return hits.filter((h) => !(h.concept === 'ABDUCT' && words[h.first] === SNATCHED && h.end - h.first === 1 && thingSnatched(h.end, hits, words)));
}
const SNATCHED = 'snatched';
export const SNATCHED_NEEDS: ReadingNeeds = [['ABDUCT']];
/** How far after "snatched" its object phrase is read. */
const SNATCH_REACH = 6;
/** Whether the object phrase from `from` names a thing and no person (an owner before "'s" is no object). */
function thingSnatched(from: number, hits: readonly CueHit<Concept>[], words: readonly string[]): boolean {
  let things = 0;
  for (let k = from; k < from + SNATCH_REACH && k < words.length; k++) {
    const w = words[k];
    if (STOP.has(w) || w === 'before' || w === 'after' || w === 'as') break;
    if (w === "'s" || w === "'") continue;
    // "her" with nothing after it is the object ("snatched her"); before a noun it is the owner ("snatched her phone").
    if (OBJECT_PRONOUNS.has(w) && (w !== 'her' || STOP.has(words[k + 1] ?? '.'))) return false;
    if (words[k + 1] === "'s" || words[k + 1] === "'") continue;
    if (personWord(w) || KIN.has(w) || hits.some((x) => x.first === k && SEIZED_PEOPLE.has(x.concept))) return false;
    things++;
  }
  return things > 0;
}
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/** world35: goods named before a person's noun qualify that noun ("a livestock trader", "a fuel vendor", "cattle herders"): in an
 * English noun compound the last noun is the head, so the person is told, no goods (an abducting verb's object is then a person:
 * Abduction/forced disappearance, not Looting). The GOODS hit right before a person's noun is set aside. */
export function goodsModifiers(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const modifier = (h: CueHit<Concept>): boolean => h.concept === 'GOODS' && personNoun(words[h.end] ?? '');
  return hits.some(modifier) ? hits.filter((h) => !modifier(h)) : hits;
}
export const GOODS_MODIFIERS_NEEDS: ReadingNeeds = [['GOODS']];
/** A noun for people (counting.ts PERSON_NOUNS, singular or plural in -s; the generic people words). */
const personNoun = (w: string): boolean => PERSON_NOUNS.has(w) || (w.endsWith('s') && PERSON_NOUNS.has(w.slice(0, -1))) || personWord(w);

/** news33: the dead or wounded named as such with a definite determiner ("were still burying their dead after gunmen stormed the
 * area on Sunday night", "took the wounded to hospital after the blast"), beside a word of the act itself, name the victims of
 * that act: the act word, not theirs, is the sentence's trigger (its clause dates the incident). General English: "their dead" is
 * a noun for people, no verb of killing. */
const NAMED_VICTIMS: ReadonlySet<string> = new Set(['dead', 'wounded', 'injured', 'deceased']);
const VICTIM_DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'its', 'his', 'her', 'our']);
const VICTIM_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>(['KILL', 'KILL_PLAIN', 'HARM', 'DEADLY', 'LETHAL_FORCE']);
const ACT_WORDS: ReadonlySet<Concept> = conceptsWith('incident');
export const NAMED_VICTIMS_NEEDS: ReadingNeeds = [VICTIM_CONCEPTS, ACT_WORDS];
/** The victims named as a verb's object ("burying their dead", "took the wounded"), not as a clause's subject ("that the dead were
 * detainees"), which tells who they were. */
const verbBefore = (w: string): boolean => /(?:ing|ed)$/.test(w) || OBJECT_VERBS.has(w);
const OBJECT_VERBS: ReadonlySet<string> = new Set(['took', 'take', 'bury', 'buried', 'mourn', 'carry', 'treat', 'evacuate', 'count', 'counted']);
export function dropNamedVictims(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const named = (h: CueHit<Concept>): boolean => VICTIM_CONCEPTS.has(h.concept) && h.end - h.first === 1 && NAMED_VICTIMS.has(words[h.first]) &&
    VICTIM_DETERMINERS.has(words[h.first - 1] ?? '') && verbBefore(words[h.first - 2] ?? '');
  if (!hits.some(named) || !hits.some((h) => ACT_WORDS.has(h.concept) && !named(h) && !NAMED_VICTIMS.has(words[h.first]))) return hits;
  return hits.filter((h) => !named(h));
}

/** world37: "released" of a document ("in a communique released on Saturday", "the army released a video") publishes it: no one
 * is freed and no deal is made (general English: to release a statement or a film is to issue it to the public). The AGREE_WEAK and
 * RELEASE hits of such a "released" are set aside. */
const DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'statements', 'communique', 'communiqué', 'report', 'reports', 'video', 'videos',
  'footage', 'photographs', 'photos', 'pictures', 'images', 'list', 'figures', 'data', 'recording', 'audio', 'document', 'documents',
  'findings', 'results', 'letter', 'manifesto', 'message', 'details', 'names', 'toll', 'tally', 'bulletin', 'press']);
const RELEASING: ReadonlySet<Concept> = new Set<Concept>(['AGREE_WEAK', 'RELEASE']);
export const RELEASED_DOCUMENTS_NEEDS: ReadingNeeds = [RELEASING];
export function releasedDocuments(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  const published = (h: CueHit<Concept>): boolean => {
    if (!RELEASING.has(h.concept) || !words[h.first].startsWith('releas')) return false;
    if (DOCUMENTS.has(words[h.first - 1] ?? '')) return true;
    for (let k = h.end; k < h.end + 4 && k < words.length; k++) {
      if (DOCUMENTS.has(words[k])) return true;
      if (!DOCUMENT_LEAD.has(words[k])) return false;
    }
    return false;
  };
  return hits.some(published) ? hits.filter((h) => !published(h)) : hits;
}
/** What may stand between "released" and the document ("released a new video", "released its annual report"). */
const DOCUMENT_LEAD: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new', 'short', 'annual', 'joint', 'official', 'latest', 'final']);

/** world37: people who barricade or chain themselves in a place are demonstrators only when no armed side is told ("about 30 masked
 * gunmen ambushed a patrol … before barricading themselves in a monastery, where they traded fire with special police units"):
 * armed men holed up fight from there (codebook: Armed clash). The PROTEST hit of such a phrase is set aside. */
const HOLED_UP: ReadonlySet<string> = new Set(['barricaded', 'barricading', 'barricade', 'chained', 'chaining']);
const ARMED_SIDE_TOLD: ReadonlySet<Concept> = new Set<Concept>(['ARMED', 'MILITANT', 'GUNFIGHT']);
export const HOLED_UP_NEEDS: ReadingNeeds = [['PROTEST'], ARMED_SIDE_TOLD];
export function armedHoledUp(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  if (!hits.some((h) => ARMED_SIDE_TOLD.has(h.concept))) return hits;
  const holed = (h: CueHit<Concept>): boolean => h.concept === 'PROTEST' && HOLED_UP.has(words[h.first]) && words[h.first + 1] === 'themselves';
  return hits.some(holed) ? hits.filter((h) => !holed(h)) : hits;
}

/** Round 36: "as the strike entered its fourth week", "the war enters its third year": a thing that goes on entering a span of
 * time (WordNet 3.1 "enter" v.4, "come to a certain stage"), no side entering a place; the verb's hits are set aside. */
export const ENTERED_SPAN_NEEDS: ReadingNeeds = [['ENTERED']];
export function enteredSpan(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    if (h.concept !== 'ENTERED') continue;
    // The object opens with its determiner ("its fourth week", "a new phase"); "entered earlier this week", "entered last week" tell
    // when a place was entered.
    if (!SPAN_DETERMINERS.has(words[h.end] ?? '')) continue;
    // …then only words that order or qualify a stage ("its fourth week", "a second straight day"), then the span itself.
    let k = h.end + 1;
    while (k < h.end + SPAN_OBJECT_REACH && (STAGE_WORDS.has(words[k]) || /^\d+(st|nd|rd|th)$/.test(words[k] ?? ''))) k++;
    const span = TIME_SPANS.has(words[k] ?? '');
    // Every reading of the verb goes (ENTERED, and the taking words that hold "entered": TAKEOVER, TRANSFER_WEAK).
    if (span) out = (out ?? [...hits]).filter((x) => x.first !== h.first);
  }
  return out ?? hits;
}
/** How far after "entered" the span's noun may stand ("entered [its fourth] week", "entered [a second straight] day"). */
const SPAN_OBJECT_REACH = 4;
const SPAN_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'a', 'the', 'his', 'her']);
const STAGE_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'new', 'final', 'last', 'next', 'straight', 'consecutive', 'critical', 'decisive']);
const TIME_SPANS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'phase', 'stage', 'decade']);
