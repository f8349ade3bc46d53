// Source noun phrases: the phrase just left of a cue ("An unnamed military source said") or just
// right of it ("…," said Jeffrey Smith, a senior official), with appositives ("SOHR, a U.K.-based
// monitor, reported") kept in the span as PolNeAR spans them. Token ranges are [start, end).
import type { Token } from '../../types.js';
import { HEAD_NOUN_KINDS } from '../../lexicon/source-kinds.js';
import { VERB_CUES } from './cue-index.js';
import { extend } from '../extend.js';

export interface Phrase {
  start: number;
  end: number;
  /** The core phrase without its appositive: the part a name is read from. */
  coreEnd: number;
  coreStart: number;
}

/** No source phrase is longer than this many tokens; it also keeps every walk short. */
const MAX_PHRASE = 30;
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Nouns naming what is said; a name right after one starts a reduced relative clause. */
const CONTENT_NOUNS = new Set(['claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'account', 'assertion', 'version', 'figure', 'figures', 'story', 'statement', 'charge', 'charges']);
const LINKING_ADP = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'to', 'on']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** case5: a past tense (regular) and what may open its object: a name, a determiner, a number. */
const PAST_FORM = /[a-z]ed$/;
const CLAUSE_OBJECT_START = new Set(['PROPN', 'DET', 'NUM']);
/** prot15b: irregular past tenses the tagger reads as nouns after a subject ("Police shot at demonstrators in Kessa,
 * witnesses said"): before "at", "on" or the name or determiner of an object they are the clause's verb, and the
 * phrase before the cue ends at them, so the force's act stays the event's and the speaker is "witnesses". */
const IRREGULAR_PAST = new Set(['shot', 'beat', 'hit', 'struck', 'threw', 'fought']);
/** case5: whether the word at k is a past tense the tagger read as an adjective (or, prot15b, an irregular one it read as a
 * noun, then also before "at" or "on"): after a noun or a name, before the name, determiner or number that opens its object
 * ("Troops liberated Palma", "Rebels occupied the town", "Police shot at demonstrators"). */
export function misreadPast(tokens: Token[], low: string[], k: number, end: number): boolean {
  if (k > 0 && tokens[k].pos === 'NOUN' && IRREGULAR_PAST.has(low[k]) && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') &&
    k + 1 < end && (CLAUSE_OBJECT_START.has(tokens[k + 1].pos) || low[k + 1] === 'at' || low[k + 1] === 'on')) return true;
  return tokens[k].pos === 'ADJ' && PAST_FORM.test(low[k]) && k > 0 && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') &&
    k + 1 < end && CLAUSE_OBJECT_START.has(tokens[k + 1].pos);
}
// Word sets rather than regexes: they are tested on nearly every token a phrase walk passes.
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later']);
const PERIOD = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);
/** Words between a subject and its verb that are not part of either ("X also said", "X on Monday said"). */
const SKIPPABLE = new Set([
  'also', 'previously', 'later', 'earlier', 'repeatedly', 'publicly', 'privately', 'recently', 'reportedly',
  'allegedly', 'again', 'once', 'never', 'already', 'quickly', 'often', 'still', 'further', 'has', 'have',
  'had', 'will', 'would', 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'must', 'should', 'not',
  "n't", 'then', 'now', 'flatly', 'firmly', 'strongly', 'categorically', 'vehemently', 'separately', 'initially',
  'immediately', 'subsequently', 'first', 'formally', 'officially', 'openly', 'explicitly', 'directly', 'simply',
  'however', 'generally', 'even', 'just', 'only', 'too', 'yesterday', 'today', 'tonight',
]);
/** Quote marks, straight and curly, single and double (events/ reads them too: a word in scare quotes). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»', '„', "''", '``', "'", '‘', '’']);
export const isQuoteMark = (t: Token): boolean => QUOTE_MARKS.has(t.text);
const capitalized = (t: Token): boolean => /^[A-Z]/.test(t.text);
const adjacent = (a: Token, b: Token): boolean => a.end === b.start;

/** True when the token can be the last word (head) of a source phrase. */
export function isHead(t: Token, low: string): boolean {
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return !WEEKDAYS.has(low);
  return low in HEAD_NOUN_KINDS || (capitalized(t) && (t.pos === 'X' || t.pos === 'NUM')) || misreadName(t);
}

/** A capitalised word the tagger read as a verb ("Stephen Lynch/VERB said"): a name, unless sentence-initial. */
function misreadName(t: Token): boolean {
  return t.pos === 'VERB' && capitalized(t) && !/^[A-Z]+$/.test(t.text) && !/ing$|ed$/.test(t.text) && !VERB_CUES.has(t.text.toLowerCase());
}

/** Skip leftwards over adverbs, auxiliaries and day names that sit between a subject and its verb. */
export function skipLeft(tokens: Token[], low: string[], j: number, first: number): number {
  let n = 0;
  while (j >= first && n < 6) {
    // A parenthetical adverb: "X, however, said".
    if (tokens[j].text === ',' && j - 2 >= first && tokens[j - 2].text === ',' && (SKIPPABLE.has(low[j - 1]) || tokens[j - 1].pos === 'ADV')) { j -= 3; n++; continue; }
    if (/^\d{4}$/.test(low[j]) && j - 1 >= first && tokens[j - 1].pos === 'ADP') { j -= 2; n++; continue; } // "who in 2010 said"
    if (PERIOD.has(low[j]) && j - 1 >= first && /^(?:this|last|next|that|early|late|earlier|later)$/.test(low[j - 1])) { j -= 2; n++; continue; }
    if (SKIPPABLE.has(low[j]) || WEEKDAYS.has(low[j]) || (low[j] === 'on' && n > 0 && WEEKDAYS.has(low[j + 1]))) { j--; n++; continue; }
    if (tokens[j].pos === 'ADV' && /ly$/.test(low[j])) { j--; n++; continue; }
    break;
  }
  return j;
}

/** The noun phrase whose last token is j, walking left; null when j is no head. */
export function phraseEndingAt(tokens: Token[], low: string[], j: number, first: number): Phrase | null {
  if (j < first) return null;
  if (SUBJECT_PRONOUNS.has(low[j])) return { start: j, end: j + 1, coreStart: j, coreEnd: j + 1 };
  const last = j;
  if (tokens[j].text === ')') {
    let o = j - 1;
    while (o > first && o > j - 10 && tokens[o].text !== '(') o--;
    if (o < first || tokens[o].text !== '(' || o - 1 < first) return null;
    j = o - 1;
  }
  if (!isHead(tokens[j], low[j])) return null;
  let k = j;
  const floor = Math.max(first, j - MAX_PHRASE);
  while (k - 1 >= floor) {
    const t = tokens[k - 1], l = low[k - 1];
    // "a claim Moscow denied": a content noun before a name is the thing denied, not the speaker.
    if (CONTENT_NOUNS.has(l) && tokens[k].pos === 'PROPN') break;
    // case5: "Troops liberated Palma …, the ministry said": a misread past tense ends the phrase at its object.
    if (misreadPast(tokens, low, k - 1, j + 1)) break;
    if (NOMINAL.has(t.pos) || t.type === 'ordinal' || (l in HEAD_NOUN_KINDS && t.pos !== 'PRON') || (misreadName(t) && tokens[k].pos === 'PROPN')) {
      if (WEEKDAYS.has(l) && !capitalized(tokens[k])) break;
      k--;
      continue;
    }
    if (t.pos === 'DET' || POSSESSIVES.has(l)) {
      if (l === 'that' || l === 'this' || l === 'which') break;
      k--;
      // "a spokesman for the UN Office": the determiner opens a prepositional object; go on past it.
      if (k - 2 >= first && LINKING_ADP.has(low[k - 1]) && (tokens[k - 2].pos === 'NOUN' || tokens[k - 2].pos === 'PROPN')) { k--; continue; }
      if (k - 2 >= first && low[k - 1] === 'and' && low[k - 2] in HEAD_NOUN_KINDS && low[j] in HEAD_NOUN_KINDS) { k--; continue; }
      break;
    }
    if ((l === "'s" || l === '’s' || l === "'" || l === '’') && t.pos === 'PART') { k--; continue; }
    if (t.text === '-' && k - 2 >= first && adjacent(tokens[k - 2], t) && adjacent(t, tokens[k])) { k -= 2; continue; }
    if (adjacent(t, tokens[k]) && tokens[k].text.startsWith('-')) { k--; continue; }
    if (t.text === ')') {
      let o = k - 2;
      while (o > first && o > k - 12 && tokens[o].text !== '(') o--;
      if (o >= first && tokens[o].text === '(' && o - 1 >= first && NOMINAL.has(tokens[o - 1].pos)) { k = o; continue; }
      break;
    }
    if (LINKING_ADP.has(l) && k - 2 >= first && (tokens[k - 2].pos === 'NOUN' || tokens[k - 2].pos === 'PROPN') && !WEEKDAYS.has(low[k - 2])) { k--; continue; }
    if ((l === 'and' || l === '&') && tokens[k].pos === 'PROPN' && k - 2 >= first && tokens[k - 2].pos === 'PROPN') { k--; continue; }
    // "residents and a security source": two speaker nouns share the cue.
    if (l === 'and' && k - 2 >= first && low[k - 2] in HEAD_NOUN_KINDS && low[j] in HEAD_NOUN_KINDS) { k--; continue; }
    if (t.pos === 'VERB' && k - 2 >= first && tokens[k - 2].text === '-' && adjacent(tokens[k - 2], t)) { k--; continue; }
    break;
  }
  // A phrase never starts with a linking word left dangling.
  while (k < j && (LINKING_ADP.has(low[k]) || low[k] === 'and' || tokens[k].text === '-')) k++;
  return { start: k, end: last + 1, coreStart: k, coreEnd: last + 1 };
}

/** An appositive like ", a U.K.-based monitor," widens `p` leftwards to the name before it. */
export function withLeadingName(tokens: Token[], low: string[], p: Phrase, first: number): Phrase {
  const comma = p.start - 1;
  if (comma - 1 < first || tokens[comma].text !== ',' || SUBJECT_PRONOUNS.has(low[p.start])) return p;
  const looksAppositive = tokens[p.start].pos === 'DET' || tokens[p.start].pos === 'NUM' || /^[a-z]/.test(tokens[p.start].text);
  const name = phraseEndingAt(tokens, low, comma - 1, first);
  if (!name || SUBJECT_PRONOUNS.has(low[name.start])) return p;
  // "The governor of the province, Ali Hassan, said": a title phrase, then the name it describes.
  if (!looksAppositive && !(tokens[p.start].pos === 'PROPN' && tokens[name.start].pos === 'DET')) return p;
  const before = name.start - 1;
  if (before >= first && !isQuoteMark(tokens[before]) && !['CCONJ'].includes(tokens[before].pos) && tokens[before].text !== ':') return p;
  // probe5 (claim.source-after-list): "killing a woman and two children, a local medical source said", "for adultery and
  // theft, the court said": a common noun that ends a list is the content's last word, not a name the source describes.
  if (before >= first && tokens[before].pos === 'CCONJ' && tokens[name.start].pos !== 'PROPN') return p;
  return { start: name.start, end: p.end, coreStart: name.coreStart, coreEnd: name.coreEnd };
}

/** The phrase right of a cue ("said Jeffrey Smith, a senior official,"); null when none starts at i. */
export function phraseStartingAt(tokens: Token[], low: string[], i: number, end: number): Phrase | null {
  while (i < end && (WEEKDAYS.has(low[i]) || (low[i] === 'on' && i + 1 < end && WEEKDAYS.has(low[i + 1])))) i++;
  if (i >= end) return null;
  if (SUBJECT_PRONOUNS.has(low[i]) && low[i] !== 'which' && low[i] !== 'who') return { start: i, end: i + 1, coreStart: i, coreEnd: i + 1 };
  let k = i;
  let last = -1;
  end = Math.min(end, i + MAX_PHRASE);
  while (k < end) {
    const t = tokens[k], l = low[k];
    if (t.pos === 'DET' || POSSESSIVES.has(l)) { if (k > i && last >= 0 && !LINKING_ADP.has(low[k - 1])) break; k++; continue; }
    // case5: a past tense the tagger read as an adjective, between a noun and the name or determiner of its
    // object, is the verb of a clause, no part of a name ("Troops liberated Palma", "Rebels seized the town").
    if (last === k - 1 && misreadPast(tokens, low, k, end)) break;
    if (NOMINAL.has(t.pos) || l in HEAD_NOUN_KINDS) { if (WEEKDAYS.has(l) && last >= 0) break; last = k; k++; continue; }
    // A noun the tagger read as a verb before another noun ("state television").
    if (t.pos === 'VERB' && k + 1 < end && tokens[k + 1].pos === 'NOUN' && !/(?:ed|ing)$/.test(l)) { last = k; k++; continue; }
    if (misreadName(t) && (last === k - 1 || k + 1 < end && tokens[k + 1].pos === 'PROPN')) { last = k; k++; continue; }
    if ((l === "'s" || l === '’s') && last === k - 1) { k++; continue; }
    if (t.text === '-' && last === k - 1 && k + 1 < end && adjacent(t, tokens[k + 1])) { k++; last = k; k++; continue; }
    if (t.text === '(' ) { let c = k + 1; while (c < end && c < k + 10 && tokens[c].text !== ')') c++; if (c < end && tokens[c].text === ')') { k = c + 1; last = c; continue; } break; }
    if ((LINKING_ADP.has(l) || l === 'and') && last === k - 1 && k + 1 < end && (NOMINAL.has(tokens[k + 1].pos) || tokens[k + 1].pos === 'DET')) { k++; continue; }
    break;
  }
  // A phrase-final adjective before punctuation is a noun the tagger misread ("a local police chief.").
  const misreadHead = last >= 0 && tokens[last].pos === 'ADJ' && last > i && (last + 1 >= end || tokens[last + 1].pos === 'PUNCT');
  if (last < 0 || !isHead(tokens[last], low[last]) && tokens[last].text !== ')' && !misreadHead) return null;
  const core = { start: i, end: last + 1, coreStart: i, coreEnd: last + 1 };
  // ", the ministry's spokesman," after the name belongs to the source span too.
  if (last + 2 < end && tokens[last + 1].text === ',' && (tokens[last + 2].pos === 'DET' || /^[a-z]/.test(tokens[last + 2].text) || tokens[last + 2].pos === 'NUM')) {
    // Only a noun phrase is an appositive (", a nurse at the clinic,"), not ", a few minutes after the clashes".
    let c = last + 2;
    while (c < end && tokens[c].text !== ',' && tokens[c].text !== '.' && !isQuoteMark(tokens[c])) {
      const t = tokens[c];
      if (t.pos === 'VERB' || (t.pos === 'ADP' && !LINKING_ADP.has(low[c])) || t.pos === 'SCONJ' || t.pos === 'ADV') return core;
      c++;
    }
    return extend(core, { end: c });
  }
  return core;
}
