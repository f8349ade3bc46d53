// A past-tense verb the tagger read as a noun: in "suspected militants abducted six civilians" wink tags "suspected" a
// verb and "abducted" a noun, and the sentence then has no act. English has almost no nouns in "-ed" (hundred, kindred,
// bloodshed, and compounds of bed, shed, seed, speed, stead): a lower-case word of that shape tagged NOUN, right after
// a noun (its subject) and before what an object or a complement starts with (a number, a determiner, a pronoun, a
// name, a noun, a preposition), is the verb (elsewhere6, issue 13: reports of kidnappings in the Lake Chad basin).
// "shot", the one past form of a violent verb that is also a common noun, is read the same way when its object or its
// complement follows at once ("gunmen shot dead a trader", "police shot two protesters", "soldiers shot and killed"):
// left a noun, a trailing ", residents said" took the whole act for the speaker's name (case8, issue 13).
import type { Token } from '../../types.js';

const ED_NOUN_ENDS = ['bed', 'shed', 'seed', 'speed', 'steed', 'stead', 'hundred', 'kindred', 'creed', 'greed', 'breed', 'weed', 'reed', 'deed', 'need', 'feed'];
const AFTER = new Set(['NUM', 'DET', 'PRON', 'PROPN', 'NOUN', 'ADP']);
const BEFORE = new Set(['NOUN', 'PROPN']);
const isLowerEd = (s: string): boolean => {
  const n = s.length;
  if (n < 6 || s.charCodeAt(n - 1) !== 100 || s.charCodeAt(n - 2) !== 101) return false; // ...ed
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 && !ED_NOUN_ENDS.some((e) => s.endsWith(e));
};

/** Retags, in place, the "-ed" nouns between a subject and an object as verbs. */
export function repairPastTense(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'NOUN' && t.text === 'shot' && BEFORE.has(tokens[i - 1].pos) && shotObject(tokens[i + 1])) { t.pos = 'VERB'; continue; }
    if (t.pos !== 'NOUN' || !isLowerEd(t.text)) continue;
    if (BEFORE.has(tokens[i - 1].pos) && AFTER.has(tokens[i + 1].pos)) t.pos = 'VERB';
  }
}

/** What may follow the verb "shot" at once: "dead", "and" (another act), or an object's first word. */
const SHOT_NEXT = new Set(['NUM', 'DET', 'PRON']);
function shotObject(next: Token): boolean {
  const w = next.text.toLowerCase();
  return w === 'dead' || w === 'and' || SHOT_NEXT.has(next.pos);
}
