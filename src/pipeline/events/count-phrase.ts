// count-phrase: a count phrase read forward from a token — a number with its bound ("at least 17"),
// range ("between 10 and 15", "three or four") or vague word ("dozens"), the victims it counts
// ("members of the X family"), one person named ("a civilian", "the driver", "his son", "him"), and
// lists of such groups ("two soldiers and a civilian" is three), with the parts told beside a total
// skipped ("12 people, including three children" is twelve). counting.ts ties phrases to casualty words.
import { APPOSITION, BOUNDS, COORDINATED_NOUNS, KIN, LABEL_WORDS, LIST_JOINERS, MONTHS, NOT_PEOPLE, PART_OPENERS, PERPETRATOR_TOO, PERSON_ENDINGS, PERSON_NOUNS, PLURAL_PEOPLE, RANGE_JOINERS, REPORTING } from '../../lexicon/counting.js';
import { MULTIPLIERS, NUMBER_WORDS, VAGUE_QUANTITIES } from '../../lexicon/numbers.js';
import { phraseMatcher } from './phrase-matcher.js';
import { extend } from '../extend.js';

/** The rule id of a total's parts told after it (", including the bomber", ", among them a woman"), over the parts' words. */
export const PARTS_RULE = 'total-not-parts';

export interface Tok { text: string; pos: string }

/** A rule that read part of a phrase, over tokens [first, end). */
export interface RuleSpan { id: string; first: number; end: number }

export interface Phrase {
  low: number;
  best: number;
  high: number;
  /** Tokens [first, end) of the whole phrase, parts told beside it included. */
  first: number;
  end: number;
  /** Token of its (first) number, or of the word that names one person. */
  count: number;
  /** One person named ("a man", "the driver", "his son", "him"): a victim, not a stated toll. */
  one: boolean;
  /** "two others", "another soldier": more victims beside ones already counted. */
  more: boolean;
  /** "the driver": a definite person stands alone, never the first of a list. */
  solo?: boolean;
  /** "the man", "him", "both victims", "the two": victims already told, named again. */
  again?: boolean;
  /** Named one by one ("her two children", "a woman", "his son"): an enumeration of victims, not a toll. */
  named?: boolean;
  rules: RuleSpan[];
}

export interface Reader {
  tokens: readonly Tok[];
  words: readonly string[];
  from: number;
  to: number;
  /** Tokens of casualty words: a noun phrase stops at one ("12 fatalities", "two dead"). */
  stop: (i: number) => boolean;
}

const bound = phraseMatcher(BOUNDS.map((b) => ({ id: b.id, phrases: b.phrases })));
const partOpener = phraseMatcher([{ id: PART_OPENERS.id, phrases: PART_OPENERS.phrases }]);
const joiner = phraseMatcher([{ id: LIST_JOINERS.id, phrases: LIST_JOINERS.phrases }]);

const DIGITS = /^\d{1,3}(,\d{3})+$|^\d+$/;
const DIGIT_RANGE = /^(\d+)[-–](\d+)$/;
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const MORE = new Set(['other', 'others', 'more', 'further', 'additional', 'another']);
/** "a total of 12", "a group of five": words between an article and the number that are no victims. */
/** w26 (lexicon/counting.ts PERPETRATOR_TOO): the attacker named after the victims ("the attacker"), or told by a reflexive ("himself"). */
const PERPETRATORS: ReadonlySet<string> = new Set(PERPETRATOR_TOO.phrases.filter((p) => !p.endsWith('self')));
const REFLEXIVE_ONE: ReadonlySet<string> = new Set(PERPETRATOR_TOO.phrases.filter((p) => p.endsWith('self')));
const COLLECTIVE = new Set(['total', 'group', 'number', 'series', 'batch', 'team', 'crowd', 'family', 'couple', 'handful', 'dozen', 'pair']);

const UNKNOWN = new Set(['unknown', 'unspecified', 'undetermined', 'undisclosed', 'unconfirmed', 'large', 'small', 'significant', 'growing']);
const NOT_VAGUE = new Set(['how', 'so', 'too', 'not', 'as']);
const fig = (n: number) => ({ low: n, best: n, high: n });

/** Words that may stand between "aged" and the age it gives. */
const AGE_HEDGES = new Set(['either', 'about', 'around', 'approximately', 'roughly', 'between', 'nearly', 'almost', 'over', 'under', 'some']);

/** The number at token i (digits, a number word, "twenty five", "two hundred"), or null when it is no head count. */
export function numberAt(r: Reader, i: number): { value: number; end: number; high?: number } | null {
  const { words, tokens } = r;
  const w = words[i];
  if (w === undefined || i >= r.to) return null;
  let value: number, end = i + 1, high: number | undefined;
  const range = DIGIT_RANGE.exec(w);
  if (range) {
    value = Number(range[1]); high = Number(range[2]);
    if (!(high > value)) return null;
  } else if (DIGITS.test(w)) {
    value = Number(w.replace(/,/g, ''));
    if (value >= 1900 && value <= 2100) return null; // a year
  } else if (w in NUMBER_WORDS && w !== 'a' && w !== 'an' && w !== 'single') {
    value = NUMBER_WORDS[w];
    // "twenty five", "twenty - five"
    if (value >= 20 && value < 100 && value % 10 === 0) {
      const n2 = words[end] === '-' ? end + 1 : end;
      const u = NUMBER_WORDS[words[n2]];
      if (u && u < 10 && words[n2] !== 'a' && words[n2] !== 'an') { value += u; end = n2 + 1; }
    }
    if (w === 'one' && (words[i - 1] === 'no' || words[i + 1] === 'another' || words[i + 1] === 'of' && words[i + 2] === 'the' && words[i + 3] === 'most')) return null;
  } else return null;
  const m = MULTIPLIERS[words[end]];
  if (m) { value *= m; end++; }
  if (!(value > 0 && value < 1e6)) return null;
  // "two people, not five, had been killed": a number denied
  if (words[i - 1] === 'not' || words[i - 1] === 'than' && words[i - 2] === 'rather') return null;
  // Dates ("29 April", "April 29"), labels ("Zone 12", "No. 5"), compounds ("10-minute", "two-storey").
  if (MONTHS.has(words[i - 1] ?? '') || MONTHS.has(words[end] ?? '')) return null;
  const prev = words[i - 1] ?? '';
  if (DIGITS.test(w) && (LABEL_WORDS.has(prev) || tokens[i - 1]?.pos === 'PROPN' && i - 1 >= r.from && !r.stop(i - 1))) return null;
  if (words[end] === '-' && !(words[end + 1] in NUMBER_WORDS)) return null;
  // world14: a thing word that modifies a person noun names people ("three cattle rustlers", "two bus drivers"), not things.
  // Round 34: …and so does one that opens a name ("two District Reserve Guard jawans"): a capitalised thing word before more of a name.
  const nameGoesOn = tokens[end]?.pos === 'PROPN' && tokens[end + 1]?.pos === 'PROPN';
  if (NOT_PEOPLE.has(words[end] ?? '') && !(tokens[end + 1]?.pos === 'NOUN' && !NOT_PEOPLE.has(words[end + 1])) && !nameGoesOn) return null;
  // Ages: "Ahmed Ali, 25, and …", "Batoul (7)", "aged 19".
  if (prev === 'aged' || prev === 'age') return null;
  // "aged either 40 or 41", "aged about 30", "aged between 20 and 25": a hedge between "aged" and the age.
  if (AGE_HEDGES.has(prev) && (words[i - 2] === 'aged' || words[i - 2] === 'age')) return null;
  // … and the second age of such a range ("aged either 40 or 41").
  if ((prev === 'or' || prev === 'to' || prev === 'and') && DIGITS.test(words[i - 2] ?? '') &&
    (words[i - 3] === 'aged' || AGE_HEDGES.has(words[i - 3] ?? '') && words[i - 4] === 'aged')) return null;
  // "a young man of 18, was …"
  if (prev === 'of' && PERSON_NOUNS.has(words[i - 2] ?? '') && value <= 120 && (words[end] === ',' || words[end] === ')' || tokens[end]?.pos === 'AUX')) return null;
  const named = tokens[i - 2]?.pos === 'PROPN' || PERSON_NOUNS.has(words[i - 2] ?? '') || KIN.has(words[i - 2] ?? '');
  if (prev === ',' && named && value <= 120 && (words[end] === ',' || words[end] === ')' || words[end] === 'and' || words[end] === 'or' || words[end] === '.' || end >= r.to ||
    (tokens[end]?.pos === 'AUX' || tokens[end]?.pos === 'VERB') && agesBefore(r, i))) return null;
  if (prev === '(' && words[end] === ')') return null;
  return { value, end, ...(high !== undefined ? { high } : {}) };
}

/** Whether a name with an age in apposition ("Ahmed Ali, 25,") comes before token i in the sentence:
 * then "…, and his wife, Warda Jibril, 21 were killed" ends a list of names with ages, not a count. */
function agesBefore(r: Reader, i: number): boolean {
  for (let k = Math.max(r.from + 2, i - 30); k < i - 1; k++) {
    if (r.words[k - 1] === ',' && r.tokens[k - 2]?.pos === 'PROPN' && DIGITS.test(r.words[k]) && r.words[k + 1] === ',') return true;
  }
  return false;
}

/** A number with its bound, range or vague word: "at least 17", "between 10 and 15", "dozens of". */
export function quantity(r: Reader, i: number): (Phrase & { noun: number }) | null {
  const { words } = r;
  const rules: RuleSpan[] = [];
  let j = i;
  const b = bound(words, j, r.to);
  if (b) { rules.push({ id: b.id, first: j, end: j + b.length }); j += b.length; }
  if (words[j] === 'between') {
    const lo = numberAt(r, j + 1);
    const hi = lo && words[lo.end] === 'and' ? numberAt(r, lo.end + 1) : null;
    if (!lo || !hi || !(hi.value > lo.value)) return null;
    rules.push({ id: 'range-between', first: j, end: hi.end });
    return { low: lo.value, best: lo.value, high: hi.value, first: i, end: hi.end, count: j + 1, one: false, more: false, rules, noun: hi.end };
  }
  // "a dozen", "a handful of", "a few"; "dozens of", "several"
  const a = words[j] === 'a' ? 1 : 0;
  const vw = words[j + a];
  // "how many", "so many", "too many", "not many": no count
  if (vw in VAGUE_QUANTITIES && (a === 0 || vw === 'few' || vw === 'handful') && !NOT_VAGUE.has(words[j + a - 1] ?? '')) {
    const v = VAGUE_QUANTITIES[vw];
    const end = j + a + 1 + (words[j + a + 1] === 'of' ? 1 : 0);
    rules.push({ id: 'vague-quantity', first: j, end: j + a + 1 });
    return extend(v, { first: i, end, count: j + a, one: false, more: false, rules, noun: end });
  }
  if (a && (vw === 'dozen' || vw === 'couple' || vw === 'pair')) {
    const end = j + 2 + (words[j + 2] === 'of' ? 1 : 0);
    return extend(fig(NUMBER_WORDS[vw]), { first: i, end, count: j + 1, one: false, more: false, rules, noun: end });
  }
  // "a number of civilians", "an unknown number of people": a plural told without its number is at least two
  // (the most conservative reading the words allow; the ceiling is open)
  const an = words[j] === 'a' || words[j] === 'an' ? 1 : 0;
  const unknown = UNKNOWN.has(words[j + an]) ? 1 : 0;
  if (an && words[j + an + unknown] === 'number' && words[j + an + unknown + 1] === 'of') {
    const end = j + an + unknown + 2;
    rules.push({ id: 'vague-quantity', first: j, end });
    return { low: 2, best: 2, high: 99, first: i, end, count: j + an + unknown, one: false, more: false, rules, noun: end };
  }
  if (a && vw === 'total' && words[j + 2] === 'of') { rules.push({ id: 'toll-update', first: j, end: j + 3 }); j += 3; }
  const n = numberAt(r, j);
  if (!n) return null;
  let low = n.value, high = n.high ?? n.value, end = n.end;
  if (n.high !== undefined) rules.push({ id: 'range-between', first: j, end });
  else if (RANGE_JOINERS.has(words[end])) {
    // "10 to 15", "three or four", "10 - 15"
    const hi = numberAt(r, end + 1);
    if (hi && hi.value > n.value && hi.value <= n.value * 10) { high = hi.value; rules.push({ id: 'range-between', first: j, end: hi.end }); end = hi.end; }
  }
  // "several hundred", "dozens" after a number are rare; "12 more", "two others" mark more victims.
  return { low, best: low, high, first: i, end, count: j, one: false, more: false, rules, noun: end };
}

/** The noun phrase after a count: its end, first noun and last noun ("members of the Shamlakh family"). */
export function nounPhrase(r: Reader, i: number): { end: number; first: string | null; head: string | null; person: boolean } {
  const { tokens, words } = r;
  let j = i, first: string | null = null, head: string | null = null, ofs = 0, person = false, pps = 0;
  while (j < r.to && !r.stop(j)) {
    const t = tokens[j], w = words[j];
    // "a 13 year-old girl", "a 47-year old man": an age before the noun
    const age = ageAt(r, j);
    if (age > j) { j = age; continue; }
    // "civilian" is often tagged an adjective; a person word is the noun wherever it stands
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || PERSON_NOUNS.has(w) && t.pos === 'ADJ' && !isNounNext(r, j + 1)) { first ??= w; if (!ofs) head = w; person ||= !ofs && isPerson(w); j++; continue; }
    if (t.pos === 'ADJ' || t.pos === 'NUM' && !DIGITS.test(w) && !(w in NUMBER_WORDS)) { j++; continue; }
    // "suspected", "armed": participles before a noun
    if (t.pos === 'VERB' && !head && /ed$/.test(w) && (tokens[j + 1]?.pos === 'NOUN' || tokens[j + 1]?.pos === 'PROPN' || tokens[j + 1]?.pos === 'ADJ')) { j++; continue; }
    if ((w === "'s" || w === "'" || w === '’s') && head) { j++; continue; }
    if (w === '-' && head && (tokens[j + 1]?.pos === 'NOUN' || tokens[j + 1]?.pos === 'PROPN' || tokens[j + 1]?.pos === 'ADJ')) { j++; continue; }
    // "13 civilians across three generations of the family", "two men from the village": one phrase of place or kin
    if (PP_PREPS.has(w) && head && !pps) {
      const k = prepPhrase(r, j + 1);
      if (k > j + 1) { j = k; pps++; continue; }
    }
    // one "of": "members of the X family", "one of the soldiers", "two of them"
    if (w === 'of' && ofs === 0 && (head || j === i)) {
      const k = j + 1;
      const next = words[k];
      if (next === 'them' || next === 'whom' || next === 'those') { j = k + 1; ofs++; continue; }
      if (next === 'the' || POSSESSIVE.has(next) || next === 'a' || next === 'an' || tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ') {
        j = k + (next === 'the' || POSSESSIVE.has(next) || next === 'a' || next === 'an' ? 1 : 0); ofs++; continue;
      }
    }
    break;
  }
  return { end: j, first, head, person };
}

const PP_PREPS = new Set(['from', 'across', 'in', 'at', 'inside', 'near', 'within']);
/** The end of a short noun phrase after a preposition ("three generations of the extended Baraka family"), or `k` when there is none. */
function prepPhrase(r: Reader, k: number): number {
  const { tokens, words } = r;
  let j = k, nouns = 0, ofs = 0;
  while (j < r.to && !r.stop(j) && j - k < 10) {
    const p = tokens[j].pos, w = words[j];
    if (p === 'NOUN' || p === 'PROPN') { nouns++; j++; continue; }
    if (p === 'DET' || p === 'ADJ' || p === 'NUM' && !DIGITS.test(w) || w in NUMBER_WORDS || POSSESSIVE.has(w) || w === "'s" || w === '-' ||
      p === 'VERB' && /ed$/.test(w) && /^(NOUN|PROPN|ADJ)$/.test(tokens[j + 1]?.pos ?? '')) { j++; continue; }
    if (w === 'of' && nouns && !ofs) { ofs++; j++; continue; }
    break;
  }
  return nouns && tokens[j - 1].pos !== 'DET' ? j : k;
}

/** The end of an age compound at k ("13 year-old", "47-year old", "19 years old"), or k when there is none. */
export function ageAt(r: Reader, k: number): number {
  const { words } = r;
  if (!(DIGITS.test(words[k] ?? '') || words[k] in NUMBER_WORDS)) return k;
  let j = k + 1;
  if (words[j] === '-') j++;
  if (words[j] !== 'year' && words[j] !== 'years' && words[j] !== 'year-old' && words[j] !== 'month' && words[j] !== 'months') return k;
  if (words[j] === 'year-old') return j + 1;
  j++;
  if (words[j] === '-') j++;
  return words[j] === 'old' ? j + 1 : k;
}

const isNounNext = (r: Reader, k: number): boolean => k < r.to && (r.tokens[k].pos === 'NOUN' || r.tokens[k].pos === 'PROPN');
const isPerson = (w: string): boolean => PERSON_NOUNS.has(w) || KIN.has(w) || PERSON_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e));

/** A noun phrase that names things, not people: "2 unexploded bombs", "five houses"; "a civilian school guard" is a person. */
// world14: of a compound, the head decides (general English): "three cattle rustlers", "two village guards" are people, "car bombs" things.
const thing = (np: { first: string | null; head: string | null; person: boolean }): boolean =>
  !np.person && (NOT_PEOPLE.has(np.head ?? '') || NOT_PEOPLE.has(np.first ?? '') && (!np.head || np.head === np.first));

const singular = (w: string | null): boolean => !!w && !PLURAL_PEOPLE.has(w) && !(/[^s]s$/.test(w) && w.length > 3) && !/men$/.test(w);

/** One group: a count with its victims, or one person named. `slot`: after a casualty word, before it, or in a list. */
export function item(r: Reader, i: number, slot: 'after' | 'before' | 'list'): Phrase | null {
  const { words, tokens } = r;
  const w = words[i];
  if (w === undefined || i >= r.to || r.stop(i)) return null;
  // "him", "he": one person, named by a pronoun next to the casualty word
  const nominal = (k: number) => /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[k]?.pos ?? '') || words[k] in NUMBER_WORDS;
  if ((slot === 'after' && (w === 'him' || w === 'her' && !nominal(i + 1))) ||
    (slot === 'before' && (w === 'he' || w === 'she'))) {
    return extend(fig(1), { first: i, end: i + 1, count: i, one: true, more: false, again: true, rules: [{ id: 'one-person', first: i, end: i + 1 }] });
  }
  const more = MORE.has(w) || w === 'another';
  // w26: "killing 3 policemen and himself"; w27: the reflexive first, "killing herself and at least nine shoppers"
  if ((slot === 'list' || slot === 'after') && REFLEXIVE_ONE.has(w)) return extend(fig(1), { first: i, end: i + 1, count: i, one: true, more: false, rules: [{ id: PERPETRATOR_TOO.id, first: i, end: i + 1 }] });
  // "the two brothers", "his four children", "their son", "the driver"
  if (w === 'the' || POSSESSIVE.has(w)) {
    const q = quantity(r, i + 1);
    // "the two women" names victims told before; "the four children of Yasser" introduces them
    if (q) { const p = withNoun(r, q, i); return p && (w === 'the' ? (r.words[p.end - 1] === 'of' || r.words.slice(q.end, p.end).includes('of') ? p : extend(p, { again: true })) : extend(p, { named: true })); }
    const np = nounPhrase(r, i + 1);
    if (!np.head || thing(np) || !singular(np.head) || COLLECTIVE.has(np.first!)) return null;
    // w26: "… as well as the attacker": the one who carried it out, one more (no victim told again).
    if (w === 'the' && slot === 'list' && PERPETRATORS.has(np.head)) return extend(fig(1), { first: i, end: np.end, count: i, one: true, more: false, rules: [{ id: PERPETRATOR_TOO.id, first: i, end: np.end }] });
    if (w === 'the' && slot === 'list' || slot !== 'after' && !np.person) return null;
    // "the driver" stands alone: "the market and seven were killed" is no list
    return extend(fig(1), { first: i, end: np.end, count: i, one: true, more: false, solo: w === 'the', again: w === 'the', rules: [{ id: 'one-person', first: i, end: np.end }] });
  }
  // "a civilian", "an engineer", "another soldier"
  if (w === 'a' || w === 'an' || w === 'another') {
    const q = quantity(r, i);
    if (q && q.count > i) return withNoun(r, q, i);
    const after = w === 'another' ? quantity(r, i + 1) : null;
    if (after) { const p = withNoun(r, after, i); return p && extend(p, { more: true }); }
    const np = nounPhrase(r, i + 1);
    if (!np.head || thing(np) || COLLECTIVE.has(np.first!) || slot !== 'after' && !np.person) return null;
    return extend(fig(1), { first: i, end: np.end, count: i, one: w !== 'another', more, rules: [{ id: 'one-person', first: i, end: np.end }] });
  }
  const q = quantity(r, i);
  const p = q ? withNoun(r, q, i) : null;
  // "both victims", "both men": the two already told
  return p && w === 'both' ? extend(p, { again: true }) : p;
}

function withNoun(r: Reader, q: Phrase & { noun: number }, first: number): Phrase | null {
  const np = nounPhrase(r, q.noun);
  if (np.first && (thing(np) || COLLECTIVE.has(np.first) && np.first !== 'family')) return null;
  const w = r.words;
  let end = np.end, more = false;
  // "two others", "12 more", "three other people"
  for (let k = q.noun; k < Math.min(end + 1, q.noun + 2); k++) if (MORE.has(w[k])) { more = true; if (k === end) end++; }
  const { noun: _, ...p } = q;
  return extend(p, { first, end, more });
}

/** Parts told beside a total, right after it: "(including 1 journalist)", ", including three children", ", two of them children". */
export function partsAfter(r: Reader, i: number): number {
  const { words } = r;
  if (words[i] === '(') {
    for (let k = i + 1; k < Math.min(r.to, i + 40); k++) if (words[k] === ')') return k + 1;
    return i;
  }
  let j = i;
  if (words[j] === ',' || words[j] === '-' || words[j] === '–' || words[j] === '—') j++;
  let o = partOpener(words, j, r.to);
  // ", two of them children"
  if (!o && numberAt(r, j) && words[j + 1] === 'of' && (words[j + 2] === 'them' || words[j + 2] === 'whom')) o = { id: PART_OPENERS.id, length: 3 };
  if (!o) return i;
  j += o.length;
  // the parts: count phrases and plain nouns, joined, up to the next clause
  while (j < r.to && !r.stop(j)) {
    const it = item(r, j, 'list');
    if (it) { j = it.end; continue; }
    const jn = joiner(words, j, r.to);
    if (jn && item(r, j + jn.length, 'list')) { j += jn.length; continue; }
    const t = r.tokens[j];
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || words[j] === 'and' ||
      (words[j] === ',' && j + 1 < r.to && (r.tokens[j + 1].pos === 'NUM' || r.tokens[j + 1].pos === 'DET' || /^(and|a|an)$/.test(words[j + 1])))) { j++; continue; }
    break;
  }
  return j;
}

/** A victim's name in apposition after a group: "a man named Ahmed Siam", "a 13-year-old girl Dima Al-Qudra",
 * "one adult male – Hamza Abu Daher –", "an ambulance driver, Mahmoud Othman,". Returns the end of the
 * name (and its closing mark), or j when none follows. */
export function nameAfter(r: Reader, j: number): number {
  const { words, tokens } = r;
  let k = j;
  if (words[k] === 'named' || words[k] === 'called') k++;
  else if (words[k] === ',' || words[k] === '–' || words[k] === '—' || words[k] === '-') k++;
  k = ageAt(r, k);
  const start = k;
  while (k < r.to && k - start < 8 && !r.stop(k) && (tokens[k].pos === 'PROPN' || words[k] === '-' && tokens[k + 1]?.pos === 'PROPN' ||
    words[k] === '(' && tokens[k + 1]?.pos === 'PROPN' && words[k + 2] === ')')) k += words[k] === '(' ? 3 : 1;
  if (k === start) return j;
  // the closing mark of an apposition ("…, Mahmoud Othman, was killed") is left to the casualty word's gap
  return k;
}

/** The nouns after "and" / "or" that the count before quantifies too: names, adjectives and nouns, no number, article, participle
 * or casualty word, ending in a noun ("[VDP members]", "[police officers]"); their end, or -1. */
function coordinatedNouns(r: Reader, k: number): number {
  let e = k;
  while (e < r.to && e - k < COORDINATED_REACH && NOUN_PHRASE_POS.has(r.tokens[e].pos ?? '') && !r.stop(e) && !/(ed|ing)$/.test(r.words[e])) e++;
  return e > k && r.tokens[e - 1].pos === 'NOUN' ? e : -1;
}
const COORDINATED_REACH = 3;
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

/** A list of groups from token i, summed: "two soldiers and a civilian", "at least 4 people (…) as well as 2 policemen". */
export function list(r: Reader, i: number, slot: 'after' | 'before'): Phrase | null {
  const first = item(r, i, slot);
  if (!first) return null;
  const items = [first];
  const rules: RuleSpan[] = [...first.rules];
  if (first.one || first.named) { const n = nameAfter(r, first.end); if (n > first.end && (r.words[first.end] === 'named' || r.words[n] === ',' || r.words[n] === 'and')) first.end = n; }
  let end = first.end;
  // Items joined only by commas after the last "and" are an apposition ("one civilian, a woman, was killed"), not more groups.
  let lastJoin = '', firstJoin = '', beforeComma = { items: 1, end, rules: rules.length };
  for (; !first.solo;) {
    const p = partsAfter(r, end);
    if (p > end) { rules.push({ id: PARTS_RULE, first: end, end: p }); end = p; }
    const j = joiner(r.words, end, r.to);
    if (!j) break;
    const next = item(r, end + j.length, 'list');
    if (!next) {
      // world28: "At least 14 soldiers and VDP members were killed": the count's nouns joined, one group.
      const e = slot === 'before' && items.length === 1 && first.count && COORDINATED_NOUNS.phrases.includes(r.words[end]) && j.length === 1 ? coordinatedNouns(r, end + 1) : -1;
      if (e > 0) { rules.push({ id: COORDINATED_NOUNS.id, first: end, end: e }); end = e; }
      break;
    }
    // "his brother eight-year old Magdi": a name after each person listed
    if (next.one || next.named) { const n = nameAfter(r, next.end); if (n > next.end) next.end = n; }
    const comma = r.words[end] === ',' && j.length === 1;
    if (items.length === 1) firstJoin = comma ? ',' : r.words[end];
    if (comma && lastJoin !== ',') beforeComma = { items: items.length, end, rules: rules.length };
    // The joiner's last word: ", and" joins as "and" does (its comma closes the apposition before it: "a paramedic, X, and a
    // volunteer, Y, were killed").
    lastJoin = comma ? ',' : r.words[end + j.length - 1];
    // "at least 11 and up to 15 members": one range, not two groups
    const last = items[items.length - 1];
    if (r.words[end] === 'and' && last.rules.some((x) => x.id === 'range-at-least') && next.rules.some((x) => x.id === 'range-up-to') && next.best > last.best) {
      items[items.length - 1] = extend(last, { high: next.high, end: next.end, rules: [...last.rules, ...next.rules, { id: 'range-between', first: last.first, end: next.end }] });
      rules.push(...next.rules, { id: 'range-between', first: last.first, end: next.end });
      end = next.end;
      continue;
    }
    items.push(next);
    rules.push(...next.rules);
    end = next.end;
  }
  // Round 39: …and a list after the first comma that is the subject of a reporting verb ("killing at least eight civilians, two residents
  // and a health worker said") names the sources, not more dead (general English: a reporting clause after the reported one).
  if (lastJoin === ',' || (firstJoin === ',' && REPORTING.has(r.words[end] ?? ''))) { items.length = beforeComma.items; end = beforeComma.end; rules.length = beforeComma.rules; }
  // world28: "killing 2 civilians, a woman and her son,": the people listed between commas after a count, as many as it counts,
  // are those it counted, told again (an apposition), not more ("killed 2 soldiers, a woman and her son in X" is a series).
  if (items.length > 2 && first.count && firstJoin === ',' && r.words[end] === ',' && items.slice(1).reduce((t, x) => t + x.best, 0) === first.best) {
    rules.length = first.rules.length;
    rules.push({ id: APPOSITION.id, first: first.end, end });
    return extend(first, { end, rules });
  }
  // one person, then their name
  if (items.length === 1 && first.one) { const n = nameAfter(r, end); if (n > end) { rules.push({ id: 'named-person', first: end, end: n }); end = n; } }
  if (items.length === 1) return extend(items[0], { end, rules });
  const sum = items.reduce((a, b) => ({ low: a.low + b.low, best: a.best + b.best, high: a.high + b.high }), { low: 0, best: 0, high: 0 });
  rules.push({ id: 'sum-of-groups', first: i, end });
  return extend(sum, { first: i, end, count: first.count, one: items.every((x) => x.one), more: first.more, again: items.every((x) => x.again),
    named: items.every((x) => x.one || x.named), rules });
}
