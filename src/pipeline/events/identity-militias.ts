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
/** The words after a name that can make it an identity militia (a cheap test before identityMilitia). */
export const IDENTITY_NEXT = new Set([...MILITIA_NOUNS, 'clan', 'sub - clan', 'subclan', 'tribe', 'tribal', 'tribesmen']);

/** Starts with a capital A-Z (a char code test: this runs for every token of every incident sentence). */
export const isCap = (t: Token): boolean => { const c = t.text.charCodeAt(0); return c >= 65 && c <= 90 && t.pos !== 'PUNCT'; };
/** The texts of tokens [a, b) joined by single spaces, without an array per call. */
export function joinTexts(tokens: readonly Token[], a: number, b: number, sep = ' '): string {
  let s = tokens[a].text;
  for (let k = a + 1; k < b; k++) s += sep + tokens[k].text;
  return s;
}

/** "X clan militia", "X tribesmen", "Fulani herdsmen": a people's or clan's armed men, named as ACLED names identity militias. */
export function identityMilitia(tokens: readonly Token[], words: readonly string[], i: number, to: number): { end: number; label: string; style: 'Ethnic' | 'Clan' | 'Tribal'; rule: string } | null {
  // The name: one or two capitalised words ("Habar Gidir", "Al Hayash"), a name, not "The" or "Armed".
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
