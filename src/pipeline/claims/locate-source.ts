// Where a cue's source is: left of the cue ("the ministry said"), right of it ("…," said the
// ministry), across an appositive or relative clause ("SOHR, a monitor, reported"; "X, who …,
// said"), or the subject of the clause a participle hangs from ("…, saying"). Token ranges only.
import type { Token } from '../../types.js';
import { HEAD_NOUN_KINDS } from '../../lexicon/source-kinds.js';
import {
  isQuoteMark, misreadPast, phraseEndingAt, phraseStartingAt, skipLeft, withLeadingName, SUBJECT_PRONOUNS, type Phrase,
} from './noun-phrase.js';
import { extend } from '../extend.js';

export interface Span2 { first: number; end: number }
export interface Located { source: Phrase; side: 'left' | 'right' }
/** The last attribution read in the sentence: its source and where its cue ended. */
export interface Previous { source: Phrase; cueEnd: number }

export const BE: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s"]);
const STARTS_CONTENT = new Set(['that', ':', ',', '.', 'to', 'of', 'about', 'on', 'in', 'as', 'it', 'if', 'whether', 'he', 'she', 'they', 'we']);
/** Nouns that name a document, not a speaker: its issuer is the subject of the verb before it. */
const DOCUMENT = /^(?:statement|statements|report|reports|video|message|communique|communiqué|post|tweet|letter|release|notice|memo|note)$/;

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|earlier|later|week|month|year|morning|evening|night)$/i;

/** True when [first, comma) is an introductory adverbial ("Recently,", "On Monday,"): no verb in it. */
function introductory(tokens: Token[], first: number, comma: number): boolean {
  if (tokens[comma].text !== ',' || comma - first > 8) return false;
  const lead = tokens[first];
  // An adverb leads an introductory phrase only when nothing but adverbs follows ("Even China," is a subject).
  if (lead.pos === 'ADV') { for (let k = first + 1; k < comma; k++) if (tokens[k].pos !== 'ADV') return false; }
  if (!['ADV', 'ADP', 'SCONJ'].includes(lead.pos) && !TIME_WORD.test(lead.text) && !(comma - first <= 3 && tokens.slice(first, comma).some((t) => TIME_WORD.test(t.text)))) return false;
  for (let k = first; k < comma; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].text === ',') return false;
  return true;
}

/**
 * "Rendell, a Clinton surrogate, said" / "X, who …, said" / "SANA, reported": the subject starts at
 * the nearest boundary left of the comma (sentence start, a quote mark, an introductory adverbial's
 * comma) and is a noun phrase followed by a comma or a parenthesis; the appositives stay in the span.
 */
export function subjectBeforeComma(tokens: Token[], low: string[], comma: number, s: Span2): Phrase | null {
  for (let c = comma - 1; c >= s.first - 1 && comma - c < 45; c--) {
    const boundary = c < s.first || isQuoteMark(tokens[c]) || tokens[c].text === ':' || tokens[c].text === ';' || DASH.test(tokens[c].text)
      || (tokens[c].text === ',' && (isQuoteMark(tokens[c - 1] ?? tokens[c]) || introductory(tokens, s.first, c)))
      || (CLAUSE_LINK.has(low[c]) && c - 1 >= s.first && tokens[c - 1].text === ','); // "…, but a U.S. official, …, said"
    if (!boundary) continue;
    let a = c + 1;
    while (a < comma && (tokens[a].pos === 'CCONJ' || tokens[a].pos === 'ADV' || isQuoteMark(tokens[a]))) a++; // "But X, …, said", "Even China, …, said"
    const p = phraseStartingAt(tokens, low, a, comma);
    if (!p || p.start !== a && !WEEKDAY_LEAD.test(low[a])) return subjectAfterClause(tokens, low, comma, s);
    const after = tokens[p.coreEnd];
    if (p.coreEnd !== comma && after.text !== ',' && after.text !== '(') return subjectAfterClause(tokens, low, comma, s);
    return { start: p.start, end: comma, coreStart: p.coreStart, coreEnd: p.coreEnd };
  }
  return null;
}

const PARTICIPLE = /(?:ed|ing|en|wn|un|rn)$/;
/** A comma-separated piece that can sit in a subject's appositive chain: no finite verb outside a relative clause. */
function appositiveLike(tokens: Token[], low: string[], a: number, b: number): boolean {
  if (a >= b) return false;
  if (low[a] === 'who' || low[a] === 'which') return true;
  for (let k = a; k < b; k++) {
    if (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !PARTICIPLE.test(low[k]))) return false;
    if (misreadPast(tokens, low, k, b)) return false;
  }
  return true;
}

/**
 * "…killed in the town, the Civil Defence, also known as the White Helmets, said": after a clause,
 * the subject is the leftmost of the comma-separated noun phrases and appositives before the cue.
 */
function subjectAfterClause(tokens: Token[], low: string[], comma: number, s: Span2): Phrase | null {
  let right = comma;
  let best = -1;
  for (let c = comma - 1; c >= s.first - 1 && comma - c < 45; c--) {
    const hard = c < s.first || isQuoteMark(tokens[c]) || tokens[c].text === ';' || DASH.test(tokens[c].text);
    if (!hard && tokens[c].text !== ',') continue;
    if (!appositiveLike(tokens, low, c + 1, right)) break;
    let a = c + 1;
    while (a < right && (tokens[a].pos === 'CCONJ' || isQuoteMark(tokens[a]))) a++;
    if (tokens[a].pos !== 'ADP' && tokens[a].pos !== 'ADV' && tokens[a].pos !== 'SCONJ' && low[a] !== 'who' && low[a] !== 'which') best = a;
    right = c;
    if (hard) break;
  }
  if (best < 0) return null;
  const p = phraseStartingAt(tokens, low, best, comma);
  if (!p || p.start !== best) return null;
  return { start: p.start, end: comma, coreStart: p.coreStart, coreEnd: p.coreEnd };
}
const CLAUSE_LINK = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'as', 'yet']);
const DASH = /^(?:―|—|–|--)$/;
const WEEKDAY_LEAD = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The subject of the first verb of the stretch [first, limit): "The army released a statement stating…". */
export function clauseSubject(tokens: Token[], low: string[], first: number, limit: number, spanEnd = -1): Phrase | null {
  for (let v = first; v < limit && v < first + 60; v++) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    const j = skipLeft(tokens, low, v - 1, first);
    if (j >= first && tokens[j].text === ',') return subjectBeforeComma(tokens, low, j, { first, end: limit });
    const p = j >= first ? phraseEndingAt(tokens, low, j, first) : null;
    if (p && (low[p.start] === 'who' || low[p.start] === 'that') && p.end - p.start === 1) {
      // "Officials who spoke on condition of anonymity said": the relative pronoun's antecedent.
      const a = phraseEndingAt(tokens, low, p.start - 1, first);
      return a ? extend(a, { end: Math.max(v, spanEnd) }) : null;
    }
    return p ? withLeadingName(tokens, low, p, first) : null;
  }
  return null;
}

/** A phrase that can speak: a name, a pronoun, or a noun of the source lexicon. */
function isSpeaker(tokens: Token[], low: string[], p: Phrase): boolean {
  for (let k = p.coreStart; k < p.coreEnd; k++) if (tokens[k].pos === 'PROPN' || SUBJECT_PRONOUNS.has(low[k]) || low[k] in HEAD_NOUN_KINDS) return true;
  return false;
}

/** The source of the verb cue at token i, or null. `previous` is the last source found in the sentence. */
/** A source right of its cue ends the clause: "…," said the mayor. / said Ann Lee, a nurse, … — not "said the strike hit…". */
function rightSource(tokens: Token[], low: string[], i: number, s: Span2): Phrase | null {
  const p = phraseStartingAt(tokens, low, i, s.end);
  if (!p) return null;
  const next = tokens[p.coreEnd];
  return !next || p.coreEnd >= s.end || next.pos === 'PUNCT' || next.pos === 'ADP' || isQuoteMark(next) || /^(?:on|in|at|during|after)$/.test(low[p.coreEnd]) ? p : null;
}

/** Prepositions of place: the name after one is where, not who ("protested in Nairobi demanding …"). */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'across', 'inside', 'around', 'throughout']);
/** Prepositions of time: the day after one is when, not who ("on Wednesday, calling for …"). */
const TIME_PREPS = new Set(['on', 'in', 'at', 'during', 'since', 'until', 'by', 'late', 'early', 'this', 'last']);

export function locateVerbSource(tokens: Token[], low: string[], i: number, s: Span2, form: string, previous: Previous | null): Located | null {
  const j = skipLeft(tokens, low, i - 1, s.first);
  // Passive: "was told by", "is said by"; an agentless passive has no source we can name.
  if (form === 'ed' && j >= s.first && BE.has(low[j])) {
    if (low[i + 1] === 'by') { const p = phraseStartingAt(tokens, low, i + 2, s.end); return p ? { source: p, side: 'right' } : null; }
    return null;
  }
  if (form === 'ing') {
    const left = j >= s.first && tokens[j].text !== ',' ? phraseEndingAt(tokens, low, j, s.first) : null;
    if (left && !SUBJECT_PRONOUNS.has(low[left.start])) {
      const before = left.start - 1;
      // elsewhere6: "students protested in Nairobi demanding lower taxes": a name after a preposition of place is no
      // speaker; the clause's subject is (the place had become the claim's source and was lost as the protest's site).
      // world14: so is a time after a preposition ("staged a sit-in in Cairo on Wednesday, calling for …": the day had
      // become the source, and with it the sentence's place and day were lost to the protest).
      const isObject = before >= s.first && (tokens[before].pos === 'VERB' || DOCUMENT.test(low[left.end - 1]) ||
        PLACE_PREPS.has(low[before]) || (TIME_PREPS.has(low[before]) && TIME_WORD.test(low[left.coreEnd - 1] ?? '')));
      if (!isObject) return { source: withLeadingName(tokens, low, left, s.first), side: 'left' };
      const subject = clauseSubject(tokens, low, s.first, left.start);
      return subject ? { source: subject, side: 'left' } : null;
    }
    if (j >= s.first && (tokens[j].pos === 'ADP' || tokens[j].pos === 'SCONJ')) return null; // "without saying", "before asking"
    if (previous) return { source: previous.source, side: 'left' }; // "X said …, adding …": X again
    const subject = clauseSubject(tokens, low, s.first, i);
    return subject ? { source: subject, side: 'left' } : null;
  }
  const rightOpen = i + 1 < s.end && !STARTS_CONTENT.has(low[i + 1]) && !isQuoteMark(tokens[i + 1]);
  const atStart = j < s.first || isQuoteMark(tokens[j]) || tokens[j].text === ':' || tokens[j].text === '—';
  if (atStart || (tokens[j].text === ',' && (j - 1 < s.first || isQuoteMark(tokens[j - 1])))) {
    const p = rightOpen ? rightSource(tokens, low, i + 1, s) : null;
    return p ? { source: p, side: 'right' } : null;
  }
  if (low[j] === 'and' || low[j] === 'but') {
    // "X denied the report and said …": the same subject as the attribution before.
    if (previous) return { source: previous.source, side: 'left' };
    const subject = clauseSubject(tokens, low, s.first, j);
    return subject ? { source: subject, side: 'left' } : null;
  }
  if (tokens[j].text === ',') {
    const p = subjectBeforeComma(tokens, low, j, s);
    if (p) return { source: p, side: 'left' };
    const r = rightOpen ? rightSource(tokens, low, i + 1, s) : null;
    return r ? { source: r, side: 'right' } : null;
  }
  // "A poll released on Sunday shows": a participle phrase after the subject.
  if (tokens[j].pos === 'VERB' && /ed$/.test(low[j]) && j - 1 >= s.first) {
    const subject = phraseEndingAt(tokens, low, j - 1, s.first);
    return subject && !SUBJECT_PRONOUNS.has(low[subject.start]) ? { source: extend(subject, { end: i }), side: 'left' } : null;
  }
  const left = phraseEndingAt(tokens, low, j, s.first);
  if (!left) return null;
  // "with no injuries reported.": a participle after a thing, not a speaker's verb.
  const closes = i + 1 >= s.end || tokens[i + 1].pos === 'PUNCT' || tokens[i + 1].pos === 'CCONJ';
  const governed = left.start - 1 >= s.first && (tokens[left.start - 1].pos === 'ADP' || tokens[left.start - 1].pos === 'VERB');
  if (form === 'ed' && closes && !isSpeaker(tokens, low, left) && (governed || low[left.start] === 'no')) return null;
  // "Israel has on occasion admitted": the phrase is a preposition's object inside the verb group.
  const b = left.start - 1;
  if (b - 1 >= s.first && tokens[b].pos === 'ADP' && (tokens[b - 1].pos === 'AUX' || tokens[b - 1].pos === 'VERB')) {
    // Round 36: "…, residents who fled to Metuge said": that verb group is a "who" clause's; the speakers are the noun it describes,
    // the clause read with them (English grammar: a relative clause follows its noun), not the main clause's subject.
    const described = relativeSpeaker(tokens, low, b - 1, s.first);
    if (described) return { source: extend(described, { end: i }), side: 'left' };
    // world28: "… withdrew under a deal agreed in April": a participle after a thing, with only a time or a place after it in its
    // clause, describes the thing (English grammar: a reduced relative); nobody speaks, and the clause's subject is no source.
    if (form === 'ed' && !isSpeaker(tokens, low, left) && tokens[i + 1]?.pos === 'ADP' && !contentAfter(tokens, low, i + 1, s.end)) return null;
    const subject = clauseSubject(tokens, low, s.first, b, left.end);
    return subject ? { source: subject, side: 'left' } : null;
  }
  return { source: withLeadingName(tokens, low, left, s.first), side: 'left' };
}

/** The noun phrase a "who" clause describes, when that clause's verb is at `to` ("residents who [had] fled to Metuge") with no clause
 * break or conjunction between, or null. */
function relativeSpeaker(tokens: Token[], low: string[], to: number, first: number): Phrase | null {
  for (let k = to - 1; k > first && to - k <= RELATIVE_REACH; k--) {
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'SCONJ' || tokens[k].pos === 'CCONJ') return null;
    if (low[k] !== 'who') continue;
    const noun = phraseEndingAt(tokens, low, k - 1, first);
    return noun && !SUBJECT_PRONOUNS.has(low[noun.start]) ? noun : null;
  }
  return null;
}
/** How many words may stand between "who" and its clause's verb ("who had only recently fled"). */
const RELATIVE_REACH = 10;

/** Whether the clause after a cue, from `from` to its first comma, semicolon or the sentence's end, tells something: a verb, a
 * "that" or a quote. */
function contentAfter(tokens: Token[], low: string[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].text === '.') return false;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || low[k] === 'that' || isQuoteMark(tokens[k])) return true;
  }
  return false;
}

/** "“…” ― Jane Doe": a dash after a closing quote hands the quote to the name that follows. */
export function locateDashSource(tokens: Token[], low: string[], i: number, s: Span2): Located | null {
  // The splitter often starts a new sentence at the dash, so the quote may end the sentence before.
  if (!DASH.test(tokens[i].text) || i < 1 || !isQuoteMark(tokens[i - 1])) return null;
  if (i + 1 >= s.end || !/^[A-Z]/.test(tokens[i + 1].text)) return null;
  const p = phraseStartingAt(tokens, low, i + 1, s.end);
  return p ? { source: p, side: 'right' } : null;
}

/** The source after "according to" / "in the words of". */
export function locateAccordingSource(tokens: Token[], low: string[], afterCue: number, s: Span2): Located | null {
  const p = phraseStartingAt(tokens, low, afterCue, s.end);
  return p ? { source: p, side: 'right' } : null;
}
