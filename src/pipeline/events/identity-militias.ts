// identity-militias: a people's, clan's or tribe's armed men, named as ACLED names identity militias
// ("Fulani herdsmen" → "Fulani Ethnic Militia (X)", "the Marehan clan militia" → "Marehan Clan Militia (X)",
// "the X and Y families" → a clan militia on each side, "clansmen" → "Unidentified Clan Militia (X)").
// The peoples are lexicon/actors.ts ETHNIC_GROUPS; clans and tribes are read from the words "clan", "tribe".
import { ETHNIC_GROUPS, PEOPLES_WITH_ARMED_NOUNS_ONLY } from '../../lexicon/actors.js';
import type { Token } from '../../types.js';

const ETHNIC = new Set(ETHNIC_GROUPS);
/** What follows a people's name when its armed men act: "Fulani herdsmen", "Dinka youths". */
const MILITIA_NOUNS = new Set(['militia', 'militias', 'militiamen', 'herdsmen', 'herders', 'gunmen', 'fighters', 'youths', 'youth', 'men', 'tribesmen', 'clansmen', 'pastoralists', 'armed', 'vigilantes', 'attackers', 'assailants',
  // "Pokot bandits", "Turkana raiders", "Murle warriors": East Africa's words for a people's cattle-raiding armed men (elsewhere6).
  'bandits', 'raiders', 'warriors', 'nomads']);
/** A people's herding men ("Fulani herders"): civilians when they are attacked, its militia only when the report tells them acting. */
const HERDING_MEN: ReadonlySet<string> = new Set(['herdsmen', 'herders', 'pastoralists', 'nomads']);
/** The words after a name that can make it an identity militia (a cheap test before identityMilitia). */
export const IDENTITY_NEXT = new Set([...MILITIA_NOUNS, 'clan', 'sub - clan', 'subclan', 'tribe', 'tribal', 'tribesmen', 'ethnic']);

/** Starts with a capital A-Z (a char code test: this runs for every token of every incident sentence). */
export const isCap = (t: Token): boolean => { const c = t.text.charCodeAt(0); return c >= 65 && c <= 90 && t.pos !== 'PUNCT'; };
/** The texts of tokens [a, b) joined by single spaces, without an array per call. */
export function joinTexts(tokens: readonly Token[], a: number, b: number, sep = ' '): string {
  let s = tokens[a].text;
  for (let k = a + 1; k < b; k++) s += sep + tokens[k].text;
  return s;
}

/** Words that open a phrase of armed men and are capitalised only when they open the sentence ("Armed Murle youths attacked",
 * "Suspected Fulani herdsmen"): never the first word of a people's name (the tagger may read them as names there). */
const BEFORE_PEOPLE: ReadonlySet<string> = new Set(['armed', 'suspected', 'alleged', 'heavily', 'rival', 'unknown', 'unidentified', 'hundreds', 'dozens',
  'scores', 'several', 'some', 'many', 'local', 'angry', 'irate', 'young', 'the', 'a', 'an']);

/** "X clan militia", "X tribesmen", "Fulani herdsmen": a people's or clan's armed men, named as ACLED names identity militias. */
export function identityMilitia(tokens: readonly Token[], words: readonly string[], i: number, to: number): { end: number; label: string; style: 'Ethnic' | 'Clan' | 'Tribal'; rule: string } | null {
  // The name: one or two capitalised words ("Habar Gidir", "Al Hayash"), a name, not "The" or "Armed".
  if (BEFORE_PEOPLE.has(words[i])) return null;
  if (tokens[i].pos !== 'PROPN' && !ETHNIC.has(tokens[i].text) && !PEOPLES_WITH_ARMED_NOUNS_ONLY.has(tokens[i].text)) return null;
  let n = 1;
  if (i + 1 < to && isCap(tokens[i + 1]) && !MILITIA_NOUNS.has(words[i + 1])) n = 2;
  for (let len = n; len >= 1; len--) {
    const k = i + len;
    const label = joinTexts(tokens, i, k);
    const w = words[k];
    if (w === 'clan' || w === 'sub - clan' || w === 'subclan') {
      const end = MILITIA_NOUNS.has(words[k + 1]) || words[k + 1] === 'members' ? k + 2 : k + 1;
      return { end, label, style: 'Clan', rule: 'actor.clan-militia' };
    }
    if (w === 'tribe' || w === 'tribal' || w === 'tribesmen') {
      const end = w === 'tribesmen' ? k + 1 : MILITIA_NOUNS.has(words[k + 1]) ? k + 2 : k + 1;
      if (w === 'tribe' && !MILITIA_NOUNS.has(words[k + 1])) continue;
      return { end, label, style: 'Tribal', rule: 'actor.tribal-militia' };
    }
    // world17: a section of a people named before it ("Lou Nuer", "Bor Dinka", "Gaajak Nuer"), as South Sudan's and the
    // Horn's press writes its cattle-raiding youth: the two words are the militia's name, as ACLED keeps them.
    const section = len === 2 && ETHNIC.has(tokens[i + 1].text) && tokens[i].pos === 'PROPN' && !ETHNIC.has(tokens[i].text);
    // world17: a people named too broadly for any noun ("Arab") names a militia only with its herding or militia nouns.
    const broad = PEOPLES_WITH_ARMED_NOUNS_ONLY.get(label)?.has(w) ?? false;
    // Round 43: the people's militia told with its style between, as ACLED's own name has it ("suspected Fulani ethnic militiamen").
    if ((ETHNIC.has(label) || section) && w === 'ethnic' && k + 1 < to && MILITIA_NOUNS.has(words[k + 1]) && words[k + 1] !== 'armed') {
      return { end: k + 2, label, style: 'Ethnic', rule: 'actor.ethnic-militia' };
    }
    if ((ETHNIC.has(label) || section || broad) && k < to && MILITIA_NOUNS.has(w)) {
      // "Fulani armed men"
      const end = w === 'armed' && (words[k + 1] === 'men' || words[k + 1] === 'group') ? k + 2 : k + 1;
      return { end, label, style: 'Ethnic', rule: 'actor.ethnic-militia' };
    }
    if ((label === 'Ethnic' || label === 'ethnic') && ETHNIC.has(tokens[k]?.text ?? '') && MILITIA_NOUNS.has(words[k + 1])) {
      return { end: k + 2, label: tokens[k].text, style: 'Ethnic', rule: 'actor.ethnic-militia' };
    }
  }
  return null;
}

/** Nouns told only after "armed" as a community's militia ("armed youths from the X community"): alone they may be its victims
 * ("killed five men from the Tiv community"). */
const ARMED_ONLY_MEN: ReadonlySet<string> = new Set(['youths', 'youth', 'men', 'people', 'groups', 'group', 'elements']);
/** The armed men a community's militia is told by ("gunmen from the Murle community", "militiamen of the Hawiye clan"): the
 * militia nouns, but those that alone may name its victims or its herders' way of life, and "armed" itself. */
const COMMUNITY_MEN: ReadonlySet<string> = new Set([...MILITIA_NOUNS].filter((w) => !ARMED_ONLY_MEN.has(w) && w !== 'armed' &&
  (w === 'herdsmen' || !HERDING_MEN.has(w))));
/** The words a people, a clan or a tribe is told as the group of: the militia's style, a "community" of a named people being Ethnic. */
const COMMUNITY_STYLE: Readonly<Record<string, 'Communal' | 'Clan' | 'Tribal'>> = { community: 'Communal', communities: 'Communal', clan: 'Clan', 'sub - clan': 'Clan',
  subclan: 'Clan', tribe: 'Tribal' };

/** "gunmen from the Murle community", "armed youths from the Lou Nuer community", "militiamen of the Hawiye clan": a people's, a
 * clan's or a community's armed men told as coming from it (ACLED's identity militias, named after the group). `i`: the name's
 * first word, after "from the" / "of the"; `first`: the armed men's first word. A named people (lexicon/actors.ts ETHNIC_GROUPS)
 * is an ethnic militia, another name a communal one. */
export function communityMilitia(tokens: readonly Token[], words: readonly string[], i: number, to: number): { first: number; end: number; label: string; style: 'Ethnic' | 'Communal' | 'Clan' | 'Tribal' } | null {
  if (words[i - 1] !== 'the' || (words[i - 2] !== 'from' && words[i - 2] !== 'of')) return null;
  const men = words[i - 3] ?? '';
  const first = COMMUNITY_MEN.has(men) ? i - 3 : ARMED_ONLY_MEN.has(men) && words[i - 4] === 'armed' ? i - 4 : -1;
  if (first < 0) return null;
  for (let n = 1; n <= 2 && i + n < to; n++) {
    if (!isCap(tokens[i + n - 1])) return null;
    const style = COMMUNITY_STYLE[words[i + n]];
    if (!style) continue;
    const label = joinTexts(tokens, i, i + n);
    const last = i + n - 1;
    // "fighters of the Marehan clan militia": the militia's own noun after the clan's is part of the name.
    const end = COMMUNITY_MEN.has(words[i + n + 1] ?? '') && i + n + 1 < to ? i + n + 2 : i + n + 1;
    return { first, end, label, style: style === 'Communal' && (ETHNIC.has(label) || ETHNIC.has(tokens[last].text)) ? 'Ethnic' : style };
  }
  return null;
}

/** Round 33: the rule id of a people's or community's armed men told as coming from it (communityMilitia). */
export const COMMUNITY_MILITIA_RULE = 'actor.community-militia';
/** Whether an identity militia read by `rule`, its mention ending before token `end`, names a people's armed men ("Lou Nuer
 * youths", "Marehan clan militia", "gunmen from the Murle community"), an armed party whichever side it is on; not a clan or a
 * people named alone ("members of the X clan", "the X and Y families"), nor its herders ("militiamen attacked Fulani herders"), who
 * may be the people attacked. */
export function armedIdentity(rule: string, words: readonly string[], end: number): boolean {
  if (rule === COMMUNITY_MILITIA_RULE) return true;
  if (rule !== 'actor.ethnic-militia' && rule !== 'actor.clan-militia' && rule !== 'actor.tribal-militia') return false;
  const noun = words[end - 1];
  return MILITIA_NOUNS.has(noun) && !HERDING_MEN.has(noun);
}

const PAIR_NOUNS: Record<string, 'Clan' | 'Tribal' | 'Communal'> = { clans: 'Clan', families: 'Clan', 'sub - clans': 'Clan', subclans: 'Clan', tribes: 'Tribal', communities: 'Communal' };
/** "X and Y clans": two capitalised names joined by "and" before a plural clan, family or tribe noun. */
export function clanPair(tokens: readonly Token[], words: readonly string[], i: number, to: number): { end: number; style: 'Clan' | 'Tribal' | 'Communal'; sides: Array<[number, number, string]> } | null {
  if (tokens[i].pos !== 'PROPN') return null;
  let a = i;
  while (a < to && a - i < 3 && isCap(tokens[a])) a++;
  if (a === i || words[a] !== 'and') return null;
  let b = a + 1;
  while (b < to && b - a <= 3 && isCap(tokens[b])) b++;
  let k = b;
  if (words[k] === '-') k++;
  const style = PAIR_NOUNS[words[k]];
  if (b === a + 1 || !style) return null;
  return { end: k + 1, style, sides: [[i, a, joinTexts(tokens, i, a)], [a + 1, b, joinTexts(tokens, a + 1, b)]] };
}

/** What kind of unnamed identity militia a generic noun names. */
export function communalStyle(words: readonly string[], a: number, b: number): 'Communal' | 'Clan' | 'Tribal' | 'Ethnic' {
  for (let i = a; i < b; i++) {
    const w = words[i];
    if (w.includes('clan') || w === 'families') return 'Clan';
    if (w.includes('trib')) return 'Tribal';
    if (w.includes('ethnic')) return 'Ethnic';
  }
  return 'Communal';
}
