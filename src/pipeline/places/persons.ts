// People named in the article: "Bob Jones", "Sgt. Baker", "Michael Jordan". Their name words,
// folded, so that a later bare "Jones said" or "Baker" is read as the person, not a town.
import type { Doc, Token } from '../../types.js';
import { COMMON_GIVEN_NAMES } from './given-names.js';
import { GIVEN_NAMES, TITLES } from './lexicon.js';
import { memoized } from '../../memo.js';

const CAP = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u; // a name word, not an acronym (US) or a code (A429); Round 40: any Latin letters ("Petrič")
const INITIAL = /^[A-Z]\.$/;

const NONE = 0, TITLED = 1, GIVEN = 2;

/** Whether a word is a title (Sgt., President) or a given name that starts a person, by its text: a bit set of
 * TITLED and GIVEN. */
export function personRole(text: string): number {
  const low = text.toLowerCase();
  const lower = low.endsWith('.') ? low.slice(0, -1) : low;
  // A given name that is also a well-known place (Virginia, Jordan) starts no person by itself.
  return (TITLES.has(lower) && /^[A-Z]/.test(text) ? TITLED : NONE) | (COMMON_GIVEN_NAMES.has(lower) && !GIVEN_NAMES.has(lower) && CAP.test(text) ? GIVEN : NONE);
}

/** personRole, remembered. */
const roleOf = memoized(50_000, personRole);
/** A name word as the persons set holds it ("Smith's" → smith), remembered by its text: the same string each time,
 * so the set hashes it once, and no lower-casing or regex per telling. */
const nameWord = memoized(50_000, (text: string): string => text.toLowerCase().replace(/[’']s$/, ''));
/** A title's or given name's word lower-cased without its period, remembered by its text. */
const roleWord = memoized(50_000, (text: string): string => {
  const low = text.toLowerCase();
  return low.endsWith('.') ? low.slice(0, -1) : low;
});

export function findPersonWords(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < doc.tokens.length; i++) personAt(doc.tokens, i, out);
  return out;
}

/** Adds to `out` the name words of the person token i starts, if it is a title or a given name. `known`: the
 * token's personRole, when the caller has it at hand. */
export function personAt(tokens: Token[], i: number, out: Set<string>, known?: number): void {
  // Both a title and a given name start with A-Z: most tokens are out before any set lookup.
  const c0 = tokens[i].text.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return;
  const role = known ?? roleOf(tokens[i].text);
  if (role === NONE) return;
  const titled = (role & TITLED) !== 0, given = (role & GIVEN) !== 0;
  // The capitalised words that follow (skipping a middle initial) are the person's name.
  let j = i + 1;
  if (titled && tokens[j]?.text === '.') j++;
  let taken = 0;
  while (j < tokens.length && tokens[j].sentence === tokens[i].sentence && (CAP.test(tokens[j].text) || INITIAL.test(tokens[j].text)) && taken < 3) {
    if (!INITIAL.test(tokens[j].text) && (tokens[j].pos === 'PROPN' || titled)) out.add(nameWord(tokens[j].text));
    j++, taken++;
  }
  if (taken && given && !titled && tokens[i].pos === 'PROPN') out.add(roleWord(tokens[i].text));
}
