// From located spans to the Claim the contract names: the source's text, name and kind (pronouns
// take their antecedent's name), the "citing" chain, and where the content lies.
import type { Claim, ClaimSource, Doc, Place, SourceKind, Span, Stance } from '../../types.js';
import { isQuoteMark, phraseEndingAt, phraseStartingAt, type Phrase } from './noun-phrase.js';
import { quoteEndAfter } from './quotes.js';
import { inContext, nameShape, personByShape, readSourceKeyed, wordsKeyed, type NameShape, type SourceReading } from './source.js';
import { BE, clauseSubject, type Span2 } from './locate-source.js';
import type { CueKind } from './stance.js';
import { datelineLength } from '../segment/dateline-grammar.js';
import { ANONYMITY_MARKERS } from '../../lexicon/source-kinds.js';
import { MONTHS } from '../../lexicon/counting.js';
import type { Screen } from './screen.js';
import { CHAIN } from './word-classes.js';

const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const OTHER_PRONOUNS = new Set(['they', 'it', 'we', 'which']);
const TELL = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'informs', 'assured', 'assures', 'warned', 'warns', 'reminded', 'urged', 'asked', 'quoted', 'quotes', 'quoting']);
const QUOTING = new Set(['quoted', 'quotes', 'quoting']);

/** The most recent named speakers, for pronouns: a person for he/she, anything else for they/it. */
export class SourceMemory {
  person: { name: string; kind: SourceKind } | null = null;
  other: { name: string; kind: SourceKind } | null = null;
  /** Full names by surname: a later "Macron" or "Mr. Macron" is the "Emmanuel Macron" met before. */
  bySurname = new Map<string, { name: string; kind: SourceKind }>();
  /** `shape`: the name's nameShape when the caller has it remembered. */
  remember(s: { name: string; kind: SourceKind }, shape: NameShape = nameShape(s.name)): void {
    if (personByShape(shape, s.kind)) {
      this.person = { name: s.name, kind: s.kind };
      if (shape.surname !== undefined) this.bySurname.set(shape.surname, this.person);
    } else this.other = { name: s.name, kind: s.kind };
  }
  /** The earlier full mention of a surname-only name, if any. */
  expand(name: string): { name: string; kind: SourceKind } | undefined {
    if (this.bySurname.size === 0) return undefined;
    const surname = surnameOnly(name);
    return surname === undefined ? undefined : this.bySurname.get(surname);
  }
}

/** [A-Za-z0-9_'’-] */
function isSurnameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45;
}

/** ECMAScript's \s: WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The surname of a name that is one ("Macron", "Mr. Macron", "Dr Doe"), else undefined: what
 * /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'’-]+)$/ captures, read without a regular expression. */
export function surnameOnly(name: string): string | undefined {
  const n = name.length;
  let i = 0;
  const c0 = name.charCodeAt(0), c1 = name.charCodeAt(1);
  // A title, then a dot or not, then spaces; a name that is one word has no spaces, so no other reading is left.
  let t = 0;
  if (c0 === 77 /* M */ && c1 === 114 /* r */) t = name.charCodeAt(2) === 115 /* s */ ? 3 : 2;
  else if ((c0 === 77 && c1 === 115 /* Ms */) || (c0 === 68 /* D */ && c1 === 114)) t = 2;
  if (t > 0) {
    // "Mrs" failing as a title is still tried as "Mr" followed by "s": never followed by a dot or a space.
    let k = t;
    if (name.charCodeAt(k) === 46) k++;
    if (k < n && isSpace(name.charCodeAt(k))) {
      while (k < n && isSpace(name.charCodeAt(k))) k++;
      i = k;
    }
  }
  const a = name.charCodeAt(i);
  if (!(a >= 65 && a <= 90) || n - i < 2) return undefined;
  for (let k = i + 1; k < n; k++) if (!isSurnameChar(name.charCodeAt(k))) return undefined;
  return i === 0 ? name : name.slice(i);
}

/** fix15: the passive-claim content rule's id (docs/extraction.md), listed in an event's why.status when a claim read by it backs
 * the event: "The attack was claimed by JNIM on Monday" claims its subject, the attack. */
export const PASSIVE_CONTENT = { id: 'claim.passive-subject', why: 'A passive cue with its agent after it ("was claimed by X") tells X\'s claim of the passive\'s subject: the content is the subject, however short; the words after the agent are the attribution\'s' } as const;
/** A passive cue: a form of "be" before it and its agent after ("was claimed by", "were reported by"). */
export function passiveCue(low: readonly string[], first: number, end: number): boolean {
  return low[end] === 'by' && BE.has(low[first - 1] ?? '');
}

/** The content: what comes before a trailing attribution ("…, officials said"), else what follows the cue. */
export function contentSpan(doc: Doc, low: string[], s: Span2, cue: [number, number], src: Phrase, side: 'left' | 'right', cls: CueKind, quotes: Span[]): Span {
  const { tokens } = doc;
  const attrStart = src.start < src.end ? Math.min(cue[0], src.start) : cue[0];
  const attrEnd = Math.max(cue[1], src.end);
  // Round 44: "Farmers' unions said they would …", "the country's largest teachers' union said": an apostrophe on a plural's "s",
  // closing no quotation, is the possessive of the source's phrase (general English), no end of a content quoted before it; the
  // words before the attribution are read from the possessor's phrase back.
  let head = attrStart;
  if (attrStart - 1 > s.first && pluralPossessive(tokens, attrStart - 1, quotes, s.first)) {
    head = attrStart - 2;
    while (head - 1 >= s.first && POSSESSOR_PHRASE.has(tokens[head - 1].pos ?? '')) head--;
  }
  let b = head - 1;
  while (b >= s.first && (tokens[b].text === ',' || isQuoteMark(tokens[b]) || tokens[b].text === '—')) b--;
  // Content before the attribution, unless what precedes is only an introductory adverbial ("However,")
  // or the cue itself opens its content ("…, Trump told Fox that …").
  // A relative "who said", or a source far before its cue ("X attacked Y …, saying …"): content follows the cue.
  const relative = (src.end - src.start === 1 && (low[src.start] === 'who' || low[src.start] === 'which')) || (side === 'left' && src.end < src.start + 30 && src.end < cue[0] - 4);
  // world8: a wire dateline opening the sentence ("YANGON, Myanmar (AP) — The army said …") is no content before the
  // attribution: only the words after it count.
  const dateline = tokens[s.first].start + datelineLength(doc.text, tokens[s.first].start);
  let first = s.first;
  while (first < attrStart && tokens[first].start < dateline) first++;
  // lead13: "The attack was claimed by JNIM on Monday": a passive's content is its subject, however short; the words after
  // the agent ("on Monday", "in a statement") belong to the attribution.
  if (side === 'right' && passiveCue(low, cue[0], cue[1]) && b === cue[0] - 1 && b - 1 >= first) {
    let a = s.first;
    while (a < b - 1 && (isQuoteMark(tokens[a]) || tokens[a].start < dateline)) a++;
    return { start: tokens[a].start, end: tokens[b - 1].end };
  }
  if (!relative && b >= first && b < head - 1 && (b - first >= 3 || isQuoteMark(tokens[head - 1])) && !opensContent(doc, low, cue, side, s)) {
    let a = s.first;
    while (a < b && (isQuoteMark(tokens[a]) || tokens[a].start < dateline)) a++;
    return { start: tokens[a].start, end: tokens[b].end };
  }
  let a = attrEnd;
  if (TELL.has(low[cue[0]]) && side === 'left' && cls !== 'decline') {
    const object = phraseStartingAt(tokens, low, a, s.end);
    if (object) a = object.end;
    if (low[a] === 'as' && /^(?:saying|telling|stating)$/.test(low[a + 1] ?? '')) a += 2; // "quoted Y as saying"
  }
  // "said on Telegram that …", "said in a statement that …": the content starts after "that".
  for (let k = a; k < s.end && k < a + 7; k++) {
    if (low[k] === 'that') { a = k; break; }
    if (!['ADP', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(tokens[k].pos)) break;
  }
  // news29: "the army said on Tuesday it had repelled …": the day the speech was made, right after its cue, is the attribution's (a
  // content's own day stays: "said Monday's attack …").
  if (a === attrEnd && SPEECH_DAY_CUES.has(low[cue[1] - 1])) a = pastSpeechDay(low, a, s.end);
  while (a < s.end && (low[a] === 'that' || low[a] === ':' || low[a] === ',')) a++;
  let rest = false;
  for (let k = a; k < s.end && k < a + 4 && !rest; k++) rest = tokens[k].pos !== 'PUNCT';
  if (!rest) {
    // "…, a claim Moscow denied.": nothing follows, so the claim is about what came before.
    let e = attrStart - 1;
    while (e > s.first && attrStart - e < 4 && tokens[e].text !== ',') e--;
    while (e > s.first && tokens[e].pos === 'PUNCT') e--;
    if (e > s.first) return { start: tokens[s.first].start, end: tokens[e].end };
    return { start: tokens[cue[0]].start, end: tokens[cue[1] - 1].end };
  }
  let end = tokens[s.end - 1].end;
  if (isQuoteMark(tokens[a])) end = Math.max(end, quoteEndAfter(quotes, tokens[a].start));
  return { start: tokens[a].start, end };
}

/** Whether token k is an apostrophe set right on a word ending in "s" (no space between), and no quotation ends there: a plural's
 * possessive ("farmers' unions"). */
/** The words of a possessor's noun phrase before its apostrophe ("the country's largest farmers'"). */
const POSSESSOR_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
function pluralPossessive(tokens: Doc['tokens'], k: number, quotes: readonly Span[], first: number): boolean {
  const t = tokens[k], prev = tokens[k - 1];
  if (!prev || !SINGLE_MARKS.has(t.text) || prev.end !== t.start || !/s$/i.test(prev.text)) return false;
  if (quotes.some((q) => q.end === t.end || q.end === t.start)) return false;
  // Single marks make no quotation region (quotes.ts): one opened before it in the sentence (a mark set on the next word, after a
  // space) and not yet closed ends here ("'The army must leave the villages' residents said").
  let open = 0;
  for (let j = first; j < k; j++) {
    if (!SINGLE_MARKS.has(tokens[j].text)) continue;
    const onNext = tokens[j + 1]?.start === tokens[j].end, onPrev = j > first && tokens[j - 1].end === tokens[j].start;
    if (onNext && !onPrev) open++;
    else if (onPrev && open > 0) open--;
  }
  return open === 0;
}
const SINGLE_MARKS: ReadonlySet<string> = new Set(["'", '\u2018', '\u2019']);

/** The verbs that only report ("said", "told", "announced"): a cue that is also an act ("agreed late on Tuesday to a ceasefire") is
 * dated by its own day. */
const SPEECH_DAY_CUES: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'stated', 'states', 'added', 'reported', 'reports', 'announced',
  'announces', 'confirmed', 'confirms', 'wrote', 'writes', 'posted', 'tweeted', 'claimed', 'claims']);
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Past a day told right after a speech cue ("on Tuesday", "late on Monday", "Wednesday", "on Friday evening"), when more follows it,
 * it is no possessive ("Monday's attack") and the rest tells a day of its own: the index after it, else `a`. */
function pastSpeechDay(low: readonly string[], a: number, end: number): number {
  let k = a;
  if (low[k] === 'late' || low[k] === 'early') k++;
  if (low[k] === 'on') k++;
  if (!WEEKDAYS.has(low[k] ?? '')) return a;
  k++;
  if (PARTS_OF_DAY.has(low[k] ?? '')) k++;
  if (low[k] === "'s" || low[k] === '’s' || k + 1 >= end) return a;
  // Only when the content tells a day of its own ("… it had repelled an assault on Sunday"): with none, the day of the statement is
  // the best the report gives of the incident's (ACLED codes "the army said on Saturday it had recaptured X" on Saturday).
  // (a month's name, not "may": a modal far more often than a month after a speech verb)
  for (let j = k; j < end; j++) if (WEEKDAYS.has(low[j]) || (MONTHS.has(low[j]) && low[j] !== 'may')) return k;
  return a;
}


/** True when the cue is followed by its content: "that", a quote, a colon, or a clause after the told-object. */
function opensContent(doc: Doc, low: string[], cue: [number, number], side: 'left' | 'right', s: Span2): boolean {
  const { tokens } = doc;
  let a = cue[1];
  if (side === 'right') return false;
  if (TELL.has(low[cue[0]])) { const o = phraseStartingAt(tokens, low, a, s.end); if (o) a = o.end; }
  if (a >= s.end) return false;
  return low[a] === 'that' || low[a] === ':' || (isQuoteMark(tokens[a]) && a + 1 < s.end && tokens[a + 1].pos !== 'PUNCT');
}

/** The countries and capitals among an article's places: the earliest start of one ending at each offset
 * (made once per article by findClaims, and handed to buildClaim). */
export function statePlaces(places: readonly Place[]): Map<number, number> {
  const byEnd = new Map<number, number>();
  for (const p of places) {
    if (!(p.featureCode?.startsWith('PCL') || p.featureCode === 'PPLC')) continue;
    byEnd.set(p.end, Math.min(byEnd.get(p.end) ?? Infinity, p.start));
  }
  return byEnd;
}

/** A number for the phrase of tokens [start, end) with core [coreStart, coreEnd), from its word ids:
 * the key its reading is remembered under (readSourceKeyed; the strings themselves are compared).
 * `first`: the phrase's first character, since the ids are of lower-cased words: "Officials" opening a
 * sentence and "officials" after it would otherwise take each other's place in the memo. */
function phraseKey(ids: Int32Array, coreStart: number, coreEnd: number, start: number, end: number, first: number): number {
  let h = Math.imul((coreStart - start) * 131 + (coreEnd - start), 0x01000193) ^ first;
  for (let k = start; k < end; k++) h = Math.imul(h ^ ids[k], 0x01000193);
  for (let k = coreStart; k < coreEnd; k++) h = Math.imul(h ^ ids[k], 0x01000193);
  return h & 0x3fffffff; // a small integer: a Map key read without boxing
}

function readPhrase(doc: Doc, screen: Screen, coreStart: number, coreEnd: number, start: number, end: number, anonymous: boolean): SourceReading {
  const text = sliceOf(doc, start, end);
  const core = coreStart === start && coreEnd === end ? text : sliceOf(doc, coreStart, coreEnd);
  return readSourceKeyed(core, text, anonymous, phraseKey(screen.ids, coreStart, coreEnd, start, end, text.charCodeAt(0)));
}

const sliceOf = (doc: Doc, a: number, b: number) => doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);

export function buildClaim(
  doc: Doc, low: string[], s: Span2, src: Phrase, cue: [number, number], content: Span,
  stance: Stance, hedged: boolean, memory: SourceMemory, n: number, states: ReadonlyMap<number, number>, screen: Screen,
): Claim {
  const { tokens } = doc;
  // Whether the words around the source mark it anonymous ("who spoke on condition of anonymity"),
  // read once for every phrase of the claim; the window is kept short.
  const around = src.start < src.end ? tokens[src.start].start : tokens[cue[0]].start;
  const lo = Math.max(tokens[s.first].start, around - 40), hi = Math.min(tokens[s.end - 1].end, tokens[cue[1] - 1].end + 120);
  const anonymous = screen.mayMatch('anonymity', lo, hi) && ANONYMITY_MARKERS.test(doc.text.slice(lo, hi));
  const cueSpan = { text: sliceOf(doc, cue[0], cue[1]), start: tokens[cue[0]].start, end: tokens[cue[1] - 1].end };
  let source: ClaimSource;
  let via: ClaimSource | undefined;
  if (src.start >= src.end) {
    source = { name: 'unnamed source', text: '', start: cueSpan.start, end: cueSpan.start, kind: 'anonymous' };
  } else {
    let end = src.end;
    while (end - 1 > src.start && (tokens[end - 1].text === ',' || tokens[end - 1].text === '—')) end--;
    const text = sliceOf(doc, src.start, end);
    const core = src.coreStart === src.start && Math.min(src.coreEnd, end) === end ? text : sliceOf(doc, src.coreStart, Math.min(src.coreEnd, end));
    const start = tokens[src.start].start;
    const word = low[src.coreStart];
    if (src.coreEnd - src.coreStart === 1 && (PERSONAL.has(word) || OTHER_PRONOUNS.has(word) || word === 'who')) {
      let antecedent = PERSONAL.has(word) ? memory.person : memory.other;
      if (word === 'who' || word === 'which') {
        const j = src.coreStart - 1 >= s.first && tokens[src.coreStart - 1].text === ',' ? src.coreStart - 2 : src.coreStart - 1;
        const p = phraseEndingAt(tokens, low, j, s.first);
        if (p) antecedent = readPhrase(doc, screen, p.coreStart, p.coreEnd, p.start, p.end, anonymous);
      }
      if (!antecedent && word !== 'who' && word !== 'which' && src.coreStart > s.first) {
        // "The Network documented 32 deaths, it said": the subject of the clause before.
        const p = clauseSubject(tokens, low, s.first, src.coreStart);
        if (p && p.end - p.start > 0 && !PERSONAL.has(low[p.start]) && !OTHER_PRONOUNS.has(low[p.start])) {
          antecedent = readPhrase(doc, screen, p.coreStart, p.coreEnd, p.start, p.end, anonymous);
        }
      }
      source = { name: antecedent?.name ?? text, text, start, end: tokens[end - 1].end, kind: antecedent?.kind ?? 'other' };
    } else {
      const words = wordsKeyed(core, text, phraseKey(screen.ids, src.coreStart, Math.min(src.coreEnd, end), src.start, end, text.charCodeAt(0)));
      const reading = inContext(words, anonymous);
      const coreStart = tokens[src.coreStart].start;
      // "Moscow denied", "Washington said": a country or capital speaking is its government.
      const metonym = reading.kind === 'other' && (states.get(coreStart + core.length) ?? Infinity) <= coreStart + 4;
      const full = reading.kind === 'other' ? memory.expand(reading.name) : undefined;
      source = { name: full?.name ?? reading.name, text, start, end: tokens[end - 1].end, kind: metonym ? 'government' : full?.kind ?? reading.kind };
      if (reading.via) {
        const vStart = tokens[src.coreStart].start + reading.via.offset;
        via = { name: reading.via.name, text: reading.via.text, start: vStart, end: vStart + reading.via.text.length, kind: reading.via.kind };
      }
      // The name's shape is remembered with the phrase's words while the name is theirs.
      memory.remember(source, source.name === words.name ? (words.shape ??= nameShape(words.name)) : nameShape(source.name));
    }
  }
  // "X, citing Y", "X quoted Y as saying", "according to Y cited by X": Y is where X got it.
  const from = src.start < src.end ? Math.min(src.start, cue[0]) : cue[0];
  const quoted = QUOTING.has(low[cue[0]]);
  for (let i = quoted ? cue[1] - 1 : from; i < s.end - 1 && i < from + 40 && !via; i++) {
    if (!(screen.bits[i] & CHAIN) && !(i === cue[1] - 1 && quoted)) continue;
    const chain = low[i] === 'citing' || low[i] === 'quoting' || (i === cue[1] - 1 && quoted);
    const by = (low[i] === 'cited' || low[i] === 'quoted') && low[i + 1] === 'by';
    if (!chain && !by) continue;
    const p = phraseStartingAt(tokens, low, i + (by ? 2 : 1), s.end);
    if (!p) break;
    const text = sliceOf(doc, p.start, p.end);
    const reading = readPhrase(doc, screen, p.coreStart, p.coreEnd, p.start, p.end, anonymous);
    via = { name: reading.name, text, start: tokens[p.start].start, end: tokens[p.end - 1].end, kind: reading.kind };
  }
  const claim: Claim = { id: `c${n}`, source, cue: cueSpan, content, stance, hedged, events: [] };
  if (via) claim.via = via; // last, as the contract's key order has it
  return claim;
}
