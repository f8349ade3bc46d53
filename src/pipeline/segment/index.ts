// segment: text → tokens (with character offsets and POS), sentences and paragraphs.
// wink-nlp is lossless (token values plus their preceding spaces rebuild the text) for all but a few
// space-like characters, which are masked first, so offsets are recovered by walking the tokens.
// Sentences never cross a paragraph break.
import type { Doc, Sentence, Span, Token } from '../../types.js';
import type { NormalizedArticle } from '../normalize/index.js';
import { getReader } from './nlp.js';
import { repairPastTense } from './pos-repair.js';
import { extend } from '../extend.js';

/** Paragraphs are cut at each match of /\n[ \t]*\n|\r\n[ \t]*\r\n/g, found here by character codes (the
 * regex's matchAll was ~1.5% of segmenting): the leftmost break, then the next from its end. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    let end = -1;
    if (c === 10) end = breakEnd(text, p + 1, false);
    else if (c === 13 && text.charCodeAt(p + 1) === 10) end = breakEnd(text, p + 2, true);
    if (end < 0) continue;
    pushTrimmed(text, start, p, out);
    start = end;
    p = end - 1;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

/** Where a break that opened just before `q` ends: after spaces and tabs, a new line ("\r\n" if `crlf`); -1 if none. */
function breakEnd(text: string, q: number, crlf: boolean): number {
  while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  if (crlf) return text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10 ? q + 2 : -1;
  return text.charCodeAt(q) === 10 ? q + 1 : -1;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

export function segment(article: NormalizedArticle): Doc {
  const { text } = article;
  const reader = getReader();
  let read = maskLetters(maskDrops(text));
  let raw = reader.read(read, MAX_RUN);
  if (!raw) {
    read = maskLongRuns(read);
    raw = reader.read(read, MAX_RUN)!;
  }
  const tokens = reader.tokens(raw, text, read);
  repairPastTense(tokens);

  const paragraphs = findParagraphs(text);
  // Sentence spans from wink, as token index ranges [first, last], then cut again at paragraph breaks.
  const ranges = raw.sentences;
  const sentences: Sentence[] = [];
  for (let r = 0; r < ranges.length; r++) {
    const a = ranges[r][0], b = ranges[r][1] + 1;
    let first = a;
    for (let t = a; t < b; t++) {
      if (isParagraphBreak(tokens[t])) {
        addSentence(tokens, first, t, paragraphs, sentences);
        first = t + 1;
      } else if (particleEnd(tokens, t, b)) {
        addSentence(tokens, first, t + 1, paragraphs, sentences);
        first = t + 1;
      } else if (t - first >= MAX_SENTENCE_TOKENS) {
        // A run-on "sentence" (a page without full stops, a hostile input) is cut into pieces, so no
        // later stage ever meets a sentence long enough to make its per-sentence work blow up.
        const cut = softBreak(tokens, first, t);
        addSentence(tokens, first, cut, paragraphs, sentences);
        first = cut;
      }
    }
    addSentence(tokens, first, b, paragraphs, sentences);
  }
  return extend(article, { tokens, sentences, paragraphs, lexemes: reader.lexemes(raw, tokens) });
}

/** Real sentences stay far below this; a 32,000-token single sentence took the events stage ~8 s. */
export const MAX_SENTENCE_TOKENS = 200;

/** Where to cut tokens[first, t): after the last comma, semicolon or colon in its second half, else at t. */
function softBreak(tokens: Token[], first: number, t: number): number {
  for (let i = t - 1; i > first + (t - first) / 2; i--) if (/^[,;:]$/.test(tokens[i].text)) return i + 1;
  return t;
}

/** wink's tokenizer is quadratic in the length of a word (200,000 letters took 24 s). */
const MAX_RUN = 256;
const LONG_RUN = /\S{257,}/g;

/** Characters wink-nlp drops from its tokens' preceding spaces (found by tokenising every BMP code
 * point): vertical tab, form feed, the Ogham space, some en/em/figure spaces, the line and paragraph
 * separators, the ideographic space and the byte-order mark. Each shifted every offset after it. */
const WINK_DROPS = /[\u000b\u000c\u1680\u2000\u2001\u2006\u2007\u2008\u2028\u2029\u3000\ufeff]/g;

/** The text as wink reads it, at the same length so every offset still indexes the original: the
 * characters wink drops become spaces. */
function maskDrops(text: string): string {
  const read = WINK_DROPS.test(text) ? text.replace(WINK_DROPS, ' ') : text;
  WINK_DROPS.lastIndex = 0;
  return read;
}

/** Round 40: Latin letters past Latin-1 (U+0100-U+02AF, U+1E00-U+1EFF: Turkish ı ş ğ, Azerbaijani ə, Polish ł, Czech ř ž č,
 * Romanian ș ț, the macrons and dots of transliterated Arabic, Vietnamese): wink-nlp's word patterns know Latin-1 only and cut
 * a word at each of them ("Diyarbak" "ı" "r"), so no place named with one was ever found. wink reads each as its base letter
 * (NFD's first character when it is ASCII, else a letter of the same case), at the same length: every token keeps its
 * original text (tokens.ts), so "Diyarbakır" is read, and folded by the gazetteer, whole. */
const LATIN_EXTENDED = /[\u0100-\u02af\u1e00-\u1eff]/;
const LATIN_EXTENDED_ALL = /[\u0100-\u02af\u1e00-\u1eff]/g;
const BASE_LETTER: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ə: 'e', Ə: 'E', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N', ŧ: 't', Ŧ: 'T' };

function maskLetters(read: string): string {
  if (!LATIN_EXTENDED.test(read)) return read;
  return read.replace(LATIN_EXTENDED_ALL, (c) => {
    const base = BASE_LETTER[c] ?? c.normalize('NFD')[0];
    if (base.length === 1 && base.charCodeAt(0) < 128 && /[A-Za-z]/.test(base)) return base;
    return c.toLowerCase() === c ? 'x' : 'X';
  });
}

/** Every run of more than MAX_RUN non-space characters cut into chunks of filler (tokens there get
 * their text back from the original); the reader declines a text with such a run. */
function maskLongRuns(read: string): string {
  return read.replace(LONG_RUN, (run) => run.replace(/[^]/g, (_c, i: number) => (i % MAX_RUN === MAX_RUN - 1 ? ' ' : 'x')));
}

/** Round 35: "had been brought in. Al Shabaab said …": wink reads "in." as the abbreviation of inch and runs the sentence on. A
 * verb's particle "in" with a period, then a capitalised word, ends its sentence (an inch is told after a number: "12 in. long"). */
function particleEnd(tokens: Token[], t: number, end: number): boolean {
  // By its letters, not a lowered copy: asked of every token of every article.
  const w = tokens[t].text;
  if (w.length !== 3 || w.charCodeAt(2) !== 46 || (w.charCodeAt(1) | 32) !== 110 || (w.charCodeAt(0) | 32) !== 105 || t < 1 || t + 1 >= end) return false;
  const before = tokens[t - 1].pos, next = tokens[t + 1].text.charCodeAt(0);
  return (before === 'VERB' || before === 'ADV' || before === 'AUX') && next >= 65 && next <= 90;
}

const isParagraphBreak = (tok: Token): boolean => tok.type === 'tabCRLF' && /\n\s*\n/.test(tok.text);

function addSentence(tokens: Token[], first: number, end: number, paragraphs: Span[], out: Sentence[]): void {
  while (first < end && tokens[first].type === 'tabCRLF') first++;
  while (end > first && tokens[end - 1].type === 'tabCRLF') end--;
  if (end <= first) return;
  const start = tokens[first].start;
  let paragraph = out.length ? out[out.length - 1].paragraph : 0;
  while (paragraph < paragraphs.length - 1 && paragraphs[paragraph].end <= start) paragraph++;
  const index = out.length;
  for (let t = first; t < end; t++) tokens[t].sentence = index;
  out.push({ start, end: tokens[end - 1].end, firstToken: first, endToken: end, paragraph });
}
