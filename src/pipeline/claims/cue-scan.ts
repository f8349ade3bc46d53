// Cue scanning: which tokens are attribution cues. Multi-word cues come from one precompiled regex
// run once over the text; single verbs from the inflected-form index, kept only where the word is
// used as a verb ("the report" is a noun, "would say" is hypothetical).
import type { Doc, Token } from '../../types.js';
import { HEAD_NOUN_KINDS } from '../../lexicon/source-kinds.js';
import { ATTRIBUTIVE_PARTICIPLES, EXCLUDED_FORMS, MOTION_AFTER, NON_FINITE_BEFORE, NOT_CUE_PAIRS, NOUN_TWINS } from '../../lexicon/attribution-cues.js';
import { PHRASE_RE, PHRASES } from './cue-index.js';
import { isQuoteMark } from './noun-phrase.js';
import type { Span2 } from './locate-source.js';
import type { CueKind } from './stance.js';
import { BIT, INNER, innerStarts } from './word-classes.js';
import type { Screen } from './screen.js';

export interface PhraseHit { end: number; cls: CueKind }

const NOT_VERB_BEFORE = new Set(['DET', 'ADJ']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);

/** Index of the first token starting at or after character `at` (tokens are sorted by offset). */
function tokenAt(tokens: Token[], at: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

/** PHRASE_RE run at one position: what its global scan tries there. */
const PHRASE_AT = new RegExp(PHRASE_RE.source, 'iy');

/**
 * Multi-word cues, keyed by the index of their first token. The regex is tried only where a word
 * could start one (word-classes.ts), in text order, resuming after each match as a global scan
 * does: the same matches as scanning the whole text, for a fraction of the work.
 */
export function phraseCues(doc: Doc, low: readonly string[], bits: Uint16Array, screen: Screen): Map<number, PhraseHit> {
  const { tokens } = doc;
  const hits = new Map<number, PhraseHit>();
  if (screen.open) {
    PHRASE_RE.lastIndex = 0;
    for (const m of doc.text.matchAll(PHRASE_RE)) record(tokens, hits, m);
    return hits;
  }
  let resume = 0; // where the global scan would go on from: the end of its last match
  for (let i = 0; i < tokens.length; i++) {
    if (!(bits[i] & BIT.phrase)) continue;
    const t = tokens[i];
    if (!(bits[i] & INNER)) { if (t.start >= resume) resume = tryAt(doc, hits, t.start, resume); continue; }
    // "re-claimed": the word starts inside the token (read on its own text, where \b is decided).
    for (const j of innerStarts(t.text)) if (t.start + j >= resume) resume = tryAt(doc, hits, t.start + j, resume);
  }
  return hits;
}

function tryAt(doc: Doc, hits: Map<number, PhraseHit>, at: number, resume: number): number {
  PHRASE_AT.lastIndex = at;
  const m = PHRASE_AT.exec(doc.text);
  if (!m) return resume;
  record(doc.tokens, hits, m);
  return at + m[0].length;
}

/** A match counts when it begins and ends on token edges. */
function record(tokens: Token[], hits: Map<number, PhraseHit>, m: RegExpMatchArray): void {
  const a = tokenAt(tokens, m.index!);
  const endChar = m.index! + m[0].length;
  let b = a;
  while (b < tokens.length && tokens[b].end < endChar) b++;
  if (a >= tokens.length || tokens[a].start !== m.index || b >= tokens.length || tokens[b].end !== endChar) return;
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  hits.set(a, { end: b + 1, cls: PHRASES[g - 1].cls });
}

/** "The Post reports that …", "The woman disputes the idea": a noun twin between a subject and its object is a verb. */
function verbInContext(tokens: Token[], low: string[], i: number, first: number): boolean {
  if (i === first || i + 1 >= tokens.length || !/s$/.test(low[i])) return false;
  const before = tokens[i - 1], after = tokens[i + 1];
  const determined = i - 2 >= first && (tokens[i - 2].pos === 'DET' || tokens[i - 2].pos === 'PROPN');
  const subject = before.pos === 'PROPN' || (/^[A-Z]/.test(before.text) && i - 1 > first) || (before.pos === 'NOUN' && determined) || ['he', 'she', 'it'].includes(low[i - 1]);
  return subject && (low[i + 1] === 'that' || low[i + 1] === ':' || low[i + 1] === 'the' || isQuoteMark(after));
}

/** The first words of NOT_CUE_PAIRS: the pair's string is built (and hashed) only after one. */
const PAIR_HEADS = new Set([...NOT_CUE_PAIRS].map((p) => p.slice(0, p.indexOf(' '))));
const notCuePair = (a: string, b: string | undefined): boolean => (PAIR_HEADS.has(a) || a.includes(' ')) && NOT_CUE_PAIRS.has(`${a} ${b}`);

export function isVerbUse(tokens: Token[], low: string[], i: number, form: string, first: number): boolean {
  const t = tokens[i];
  if (EXCLUDED_FORMS.has(low[i]) || MOTION_AFTER.has(low[i + 1] ?? '') || notCuePair(low[i], low[i + 1])) return false;
  if (i > first && tokens[i - 1].text === '-' && tokens[i - 1].end === t.start) return false; // "life-threatening", "state-run"
  if (NOUN_TWINS.has(low[i]) && t.pos !== 'VERB' && t.pos !== 'AUX' && !verbInContext(tokens, low, i, first)) return false;
  if (ATTRIBUTIVE_PARTICIPLES.has(low[i]) && attributive(tokens, low, i, first)) return false;
  // After a determiner or adjective a reporting word is a noun ("the report") — but "the military said":
  // an adjective-tagged speaker noun is a subject.
  if (i > first && ((NOT_VERB_BEFORE.has(tokens[i - 1].pos) && !(low[i - 1] in HEAD_NOUN_KINDS)) || POSSESSIVE.has(low[i - 1]))) return false;
  if (form === 'base') {
    let j = i - 1;
    while (j > first && (tokens[j].pos === 'ADV' || low[j] === 'not' || low[j] === "n't")) j--;
    if (j >= first && NON_FINITE_BEFORE.has(low[j])) return false;
  }
  return true;
}

const OPENS_PHRASE = new Set([',', '(', ';', ':', 'and', 'or']);
const NO_NOUN_NEXT = new Set(['that', 'of', 'to', 'by', 'as', 'in', 'the', 'a', 'an', 'him', 'her', 'them', 'it', 'he', 'she', 'they']);
/** (acled6) "On 3 May, suspected separatists shot dead …", "two alleged gang members": a participle at a phrase's start, or
 * after a determiner or a count, that a noun or a name follows is that noun's adjective (attribution-cues.ts). */
function attributive(tokens: Token[], low: string[], i: number, first: number): boolean {
  if (i + 1 >= tokens.length || NO_NOUN_NEXT.has(low[i + 1]) || tokens[i + 1].pos === 'PRON' || tokens[i + 1].pos === 'DET') return false;
  return i === first || OPENS_PHRASE.has(low[i - 1]) || tokens[i - 1].pos === 'DET' || tokens[i - 1].pos === 'NUM';
}

/** "called the charges baseless", "called him “a genius”": not "a group called Hamas". */
export function namesSomething(tokens: Token[], low: string[], i: number, s: Span2): boolean {
  for (let k = i + 1; k < s.end && k < i + 12; k++) {
    if (isQuoteMark(tokens[k])) return true;
    if (tokens[k].pos === 'ADJ' && k > i + 1) return true;
    if ((low[k] === 'a' || low[k] === 'an') && k > i + 1) return true;
    if (tokens[k].pos === 'VERB' || tokens[k].text === '.' || tokens[k].text === ',') return false;
  }
  return false;
}

