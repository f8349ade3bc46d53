// Where a cue's source is: left of the cue ("the ministry said"), right of it ("…," said the
// ministry), across an appositive or relative clause ("SOHR, a monitor, reported"; "X, who …,
// said"), or the subject of the clause a participle hangs from ("…, saying"). Token ranges only.
import type { Token } from '../../types.js';
import {
  isQuoteMark, phraseEndingAt, phraseStartingAt, skipLeft, withLeadingName, SUBJECT_PRONOUNS, type Phrase,
} from './noun-phrase.js';

export interface Span2 { first: number; end: number }
export interface Located { source: Phrase; side: 'left' | 'right' }
/** The last attribution read in the sentence: its source and where its cue ended. */
export interface Previous { source: Phrase; cueEnd: number }

const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s"]);
const STARTS_CONTENT = new Set(['that', ':', ',', '.', 'to', 'of', 'about', 'on', 'in', 'as', 'it', 'if', 'whether', 'he', 'she', 'they', 'we']);
/** Nouns that name a document, not a speaker: its issuer is the subject of the verb before it. */
const DOCUMENT = /^(?:statement|statements|report|reports|video|message|communique|communiqué|post|tweet|letter|release|notice|memo|note)$/;

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|earlier|later|week|month|year|morning|evening|night)$/i;

/** True when [first, comma) is an introductory adverbial ("Recently,", "On Monday,"): no verb in it. */
function introductory(tokens: Token[], first: number, comma: number): boolean {
  if (tokens[comma].text !== ',' || comma - first > 8) return false;
  const lead = tokens[first];
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
    const boundary = c < s.first || isQuoteMark(tokens[c]) || tokens[c].text === ':' || tokens[c].text === ';' || tokens[c].text === '—'
      || (tokens[c].text === ',' && (isQuoteMark(tokens[c - 1] ?? tokens[c]) || introductory(tokens, s.first, c)));
    if (!boundary) continue;
    const p = phraseStartingAt(tokens, low, c + 1, comma);
    if (!p || p.start !== c + 1 && !WEEKDAY_LEAD.test(low[c + 1])) return null;
    const after = tokens[p.coreEnd];
    if (p.coreEnd !== comma && after.text !== ',' && after.text !== '(') return null;
    return { start: p.start, end: comma, coreStart: p.coreStart, coreEnd: p.coreEnd };
  }
  return null;
}
const WEEKDAY_LEAD = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The subject of the first verb of the stretch [first, limit): "The army released a statement stating…". */
export function clauseSubject(tokens: Token[], low: string[], first: number, limit: number, spanEnd = -1): Phrase | null {
  for (let v = first; v < limit; v++) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    const j = skipLeft(tokens, low, v - 1, first);
    if (j >= first && tokens[j].text === ',') return subjectBeforeComma(tokens, low, j, { first, end: limit });
    const p = j >= first ? phraseEndingAt(tokens, low, j, first) : null;
    if (p && (low[p.start] === 'who' || low[p.start] === 'that') && p.end - p.start === 1) {
      // "Officials who spoke on condition of anonymity said": the relative pronoun's antecedent.
      const a = phraseEndingAt(tokens, low, p.start - 1, first);
      return a ? { ...a, end: Math.max(v, spanEnd) } : null;
    }
    return p ? withLeadingName(tokens, low, p, first) : null;
  }
  return null;
}

/** The source of the verb cue at token i, or null. `previous` is the last source found in the sentence. */
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
      const isObject = before >= s.first && (tokens[before].pos === 'VERB' || DOCUMENT.test(low[left.end - 1]));
      if (!isObject) return { source: withLeadingName(tokens, low, left, s.first), side: 'left' };
      const subject = clauseSubject(tokens, low, s.first, left.start);
      return subject ? { source: subject, side: 'left' } : null;
    }
    if (j >= s.first && (tokens[j].pos === 'ADP' || tokens[j].pos === 'SCONJ')) return null; // "without saying", "before asking"
    if (previous) return null; // "X denied it, saying …": one claim, already read
    const subject = clauseSubject(tokens, low, s.first, i);
    return subject ? { source: subject, side: 'left' } : null;
  }
  const rightOpen = i + 1 < s.end && !STARTS_CONTENT.has(low[i + 1]) && !isQuoteMark(tokens[i + 1]);
  const atStart = j < s.first || isQuoteMark(tokens[j]) || tokens[j].text === ':' || tokens[j].text === '—';
  if (atStart || (tokens[j].text === ',' && (j - 1 < s.first || isQuoteMark(tokens[j - 1])))) {
    const p = rightOpen ? phraseStartingAt(tokens, low, i + 1, s.end) : null;
    return p ? { source: p, side: 'right' } : null;
  }
  if (low[j] === 'and' || low[j] === 'but') {
    // "X denied the report and said …": the same subject, when no other verb intervenes.
    if (previous) {
      for (let k = previous.cueEnd; k < j; k++) if (tokens[k].pos === 'VERB') return null;
      return { source: previous.source, side: 'left' };
    }
    const subject = clauseSubject(tokens, low, s.first, j);
    return subject ? { source: subject, side: 'left' } : null;
  }
  if (tokens[j].text === ',') {
    const p = subjectBeforeComma(tokens, low, j, s);
    if (p) return { source: p, side: 'left' };
    const r = rightOpen ? phraseStartingAt(tokens, low, i + 1, s.end) : null;
    return r ? { source: r, side: 'right' } : null;
  }
  // "A poll released on Sunday shows": a participle phrase after the subject.
  if (tokens[j].pos === 'VERB' && /ed$/.test(low[j]) && j - 1 >= s.first) {
    const subject = phraseEndingAt(tokens, low, j - 1, s.first);
    return subject && !SUBJECT_PRONOUNS.has(low[subject.start]) ? { source: { ...subject, end: i }, side: 'left' } : null;
  }
  const left = phraseEndingAt(tokens, low, j, s.first);
  if (!left) return null;
  // "Israel has on occasion admitted": the phrase is a preposition's object inside the verb group.
  const b = left.start - 1;
  if (b - 1 >= s.first && tokens[b].pos === 'ADP' && (tokens[b - 1].pos === 'AUX' || tokens[b - 1].pos === 'VERB')) {
    const subject = clauseSubject(tokens, low, s.first, b, left.end);
    return subject ? { source: subject, side: 'left' } : null;
  }
  return { source: withLeadingName(tokens, low, left, s.first), side: 'left' };
}

/** "“…” ― Jane Doe": a dash after a closing quote hands the quote to the name that follows. */
export function locateDashSource(tokens: Token[], low: string[], i: number, s: Span2): Located | null {
  if (!/^(?:―|—|–|--)$/.test(tokens[i].text) || i - 1 < s.first || !isQuoteMark(tokens[i - 1])) return null;
  if (i + 1 >= s.end || !/^[A-Z]/.test(tokens[i + 1].text)) return null;
  const p = phraseStartingAt(tokens, low, i + 1, s.end);
  return p ? { source: p, side: 'right' } : null;
}

/** The source after "according to" / "in the words of". */
export function locateAccordingSource(tokens: Token[], low: string[], afterCue: number, s: Span2): Located | null {
  const p = phraseStartingAt(tokens, low, afterCue, s.end);
  return p ? { source: p, side: 'right' } : null;
}
