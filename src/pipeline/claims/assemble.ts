// From located spans to the Claim the contract names: the source's text, name and kind (pronouns
// take their antecedent's name), the "citing" chain, and where the content lies.
import type { Claim, ClaimSource, Doc, SourceKind, Span, Stance } from '../../types.js';
import { isQuoteMark, phraseEndingAt, phraseStartingAt, type Phrase } from './noun-phrase.js';
import { closingQuote } from './quotes.js';
import { isPersonName, readSource } from './source.js';
import type { Span2 } from './locate-source.js';
import type { CueKind } from './stance.js';

const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const OTHER_PRONOUNS = new Set(['they', 'it', 'we', 'which']);
const TELL = /^(?:told|tell|tells|telling|informed|informs|assured|assures|warned|warns|reminded|urged|asked)$/;

/** The most recent named speakers, for pronouns: a person for he/she, anything else for they/it. */
export class SourceMemory {
  person: { name: string; kind: SourceKind } | null = null;
  other: { name: string; kind: SourceKind } | null = null;
  remember(s: { name: string; kind: SourceKind }): void {
    if (isPersonName(s)) this.person = { name: s.name, kind: s.kind };
    else this.other = { name: s.name, kind: s.kind };
  }
}

/** The content: what comes before a trailing attribution ("…, officials said"), else what follows the cue. */
export function contentSpan(doc: Doc, low: string[], s: Span2, cue: [number, number], src: Phrase, side: 'left' | 'right', cls: CueKind): Span {
  const { tokens } = doc;
  const attrStart = src.start < src.end ? Math.min(cue[0], src.start) : cue[0];
  const attrEnd = Math.max(cue[1], src.end);
  let b = attrStart - 1;
  while (b >= s.first && (tokens[b].text === ',' || isQuoteMark(tokens[b]) || tokens[b].text === '—')) b--;
  // Content before the attribution, unless what precedes is only an introductory adverbial ("However,").
  if (b >= s.first && b < attrStart - 1 && (b - s.first >= 3 || isQuoteMark(tokens[attrStart - 1]))) {
    let a = s.first;
    while (a < b && isQuoteMark(tokens[a])) a++;
    return { start: tokens[a].start, end: tokens[b].end };
  }
  let a = attrEnd;
  if (TELL.test(low[cue[0]]) && side === 'left' && cls !== 'decline') {
    const object = phraseStartingAt(tokens, low, a, s.end);
    if (object) a = object.end;
  }
  while (a < s.end && (low[a] === 'that' || low[a] === ':' || low[a] === ',')) a++;
  if (a >= s.end) return { start: tokens[cue[0]].start, end: tokens[cue[1] - 1].end };
  let end = tokens[s.end - 1].end;
  if (isQuoteMark(tokens[a])) {
    const c = closingQuote(doc, a, Math.min(tokens.length, s.end + 400));
    if (c >= 0 && tokens[c].end > end && doc.sentences[tokens[c].sentence].paragraph === doc.sentences[tokens[a].sentence].paragraph) end = tokens[c].end;
  }
  return { start: tokens[a].start, end };
}

const sliceOf = (doc: Doc, a: number, b: number) => doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);

export function buildClaim(
  doc: Doc, low: string[], s: Span2, src: Phrase, cue: [number, number], content: Span,
  stance: Stance, hedged: boolean, memory: SourceMemory, n: number,
): Claim {
  const { tokens } = doc;
  const sentence = doc.text.slice(tokens[s.first].start, tokens[s.end - 1].end);
  const cueSpan = { text: sliceOf(doc, cue[0], cue[1]), start: tokens[cue[0]].start, end: tokens[cue[1] - 1].end };
  let source: ClaimSource;
  let via: ClaimSource | undefined;
  if (src.start >= src.end) {
    source = { name: 'unnamed source', text: '', start: cueSpan.start, end: cueSpan.start, kind: 'anonymous' };
  } else {
    let end = src.end;
    while (end - 1 > src.start && (tokens[end - 1].text === ',' || tokens[end - 1].text === '—')) end--;
    const text = sliceOf(doc, src.start, end);
    const core = sliceOf(doc, src.coreStart, Math.min(src.coreEnd, end));
    const start = tokens[src.start].start;
    const word = low[src.coreStart];
    if (src.coreEnd - src.coreStart === 1 && (PERSONAL.has(word) || OTHER_PRONOUNS.has(word) || word === 'who')) {
      let antecedent = PERSONAL.has(word) ? memory.person : memory.other;
      if (word === 'who' || word === 'which') {
        const j = src.coreStart - 1 >= s.first && tokens[src.coreStart - 1].text === ',' ? src.coreStart - 2 : src.coreStart - 1;
        const p = phraseEndingAt(tokens, low, j, s.first);
        if (p) antecedent = readSource(sliceOf(doc, p.coreStart, p.coreEnd), sliceOf(doc, p.start, p.end), sentence);
      }
      source = { name: antecedent?.name ?? text, text, start, end: tokens[end - 1].end, kind: antecedent?.kind ?? 'other' };
    } else {
      const reading = readSource(core, text, sentence);
      source = { name: reading.name, text, start, end: tokens[end - 1].end, kind: reading.kind };
      if (reading.via) {
        const vStart = tokens[src.coreStart].start + reading.via.offset;
        via = { name: reading.via.name, text: reading.via.text, start: vStart, end: vStart + reading.via.text.length, kind: reading.via.kind };
      }
      memory.remember(source);
    }
  }
  // "X, citing Y": Y is where X got it.
  for (let i = cue[1]; i < s.end - 1 && !via; i++) {
    if (low[i] !== 'citing' && low[i] !== 'quoting') continue;
    const p = phraseStartingAt(tokens, low, i + 1, s.end);
    if (!p) break;
    const text = sliceOf(doc, p.start, p.end);
    const reading = readSource(sliceOf(doc, p.coreStart, p.coreEnd), text, sentence);
    via = { name: reading.name, text, start: tokens[p.start].start, end: tokens[p.end - 1].end, kind: reading.kind };
  }
  return { id: `c${n}`, source, cue: cueSpan, content, stance, hedged, events: [], ...(via ? { via } : {}) };
}
