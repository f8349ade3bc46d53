// claims: who said what. One pass over each sentence's tokens finds attribution cues (reporting
// verbs, "according to", "declined to comment", "claimed responsibility", a speaker's colon), then
// each cue's source phrase, content, stance and hedging. Cues inside quotations are the quoted
// speaker's words and are skipped. Spans follow PolNeAR: the source is the whole noun phrase with
// its appositive, pronouns included (their `name` is the antecedent); the cue is the verb or phrase.
import type { Claim, Doc, Place, Span, Token } from '../../types.js';
import type { Context } from '../context.js';
import { EXCLUDED_FORMS, FINDING_NOUNS, FINDING_VERBS, NOUN_TWINS } from '../../lexicon/attribution-cues.js';
import { PHRASE_RE, PHRASES, VERB_CUES } from './cue-index.js';
import { quotedTokens } from './quotes.js';
import { locateAccordingSource, locateDashSource, locateVerbSource, type Previous, type Span2 } from './locate-source.js';
import { isQuoteMark, type Phrase } from './noun-phrase.js';
import { readStance, type CueKind } from './stance.js';
import { buildClaim, contentSpan, SourceMemory } from './assemble.js';
import { colonCue } from './colon-cue.js';

interface PhraseHit { end: number; cls: CueKind }

const NOT_VERB_BEFORE = new Set(['DET', 'ADJ']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);

/** Multi-word cues, keyed by the index of their first token. */
function phraseCues(doc: Doc): Map<number, PhraseHit> {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  doc.tokens.forEach((t, i) => { byStart.set(t.start, i); byEnd.set(t.end, i); });
  const hits = new Map<number, PhraseHit>();
  PHRASE_RE.lastIndex = 0;
  for (const m of doc.text.matchAll(PHRASE_RE)) {
    const a = byStart.get(m.index!), b = byEnd.get(m.index! + m[0].length);
    if (a === undefined || b === undefined) continue;
    const g = m.findIndex((x, k) => k > 0 && x !== undefined);
    hits.set(a, { end: b + 1, cls: PHRASES[g - 1].cls });
  }
  return hits;
}

function isVerbUse(tokens: Token[], low: string[], i: number, form: string, first: number): boolean {
  const t = tokens[i];
  if (EXCLUDED_FORMS.has(low[i])) return false;
  if (NOUN_TWINS.has(low[i]) && t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  if (i > first && (NOT_VERB_BEFORE.has(tokens[i - 1].pos) || POSSESSIVE.has(low[i - 1]))) return false;
  if (form === 'base' && i > first && low[i - 1] === 'to') return false;
  return true;
}

/**
 * Sentences as the attribution reader needs them: a "sentence" the splitter cut after an
 * abbreviation ("Rep. Jane Doe (D-Wis." + ") said Friday.") is joined back to the one before.
 */
function readingUnits(doc: Doc): Array<{ s: Span2; paragraphStart: boolean }> {
  const out: Array<{ s: Span2; paragraphStart: boolean }> = [];
  let last = -1;
  for (const sent of doc.sentences) {
    const head = doc.tokens[sent.firstToken].text;
    const continues = out.length > 0 && doc.sentences[last].paragraph === sent.paragraph && /^[a-z)\],;]/.test(head);
    if (continues) out[out.length - 1].s.end = sent.endToken;
    else out.push({ s: { first: sent.firstToken, end: sent.endToken }, paragraphStart: last < 0 || doc.sentences[last].paragraph !== sent.paragraph });
    last++;
  }
  return out;
}

/** "called the charges baseless", "called him “a genius”": not "a group called Hamas". */
function namesSomething(tokens: Token[], low: string[], i: number, s: Span2): boolean {
  for (let k = i + 1; k < s.end && k < i + 12; k++) {
    if (isQuoteMark(tokens[k])) return true;
    if (tokens[k].pos === 'ADJ' && k > i + 1) return true;
    if ((low[k] === 'a' || low[k] === 'an') && k > i + 1) return true;
    if (tokens[k].pos === 'VERB' || tokens[k].text === '.' || tokens[k].text === ',') return false;
  }
  return false;
}

export function findClaims(doc: Doc, _places: Place[], _ctx: Context): Claim[] {
  const { tokens } = doc;
  if (!tokens.length) return [];
  const low = tokens.map((t) => t.text.toLowerCase());
  const inQuote = quotedTokens(doc);
  const phrases = phraseCues(doc);
  const memory = new SourceMemory();
  const claims: Claim[] = [];
  const emit = (s: Span2, source: Phrase, cue: [number, number], cls: CueKind, side: 'left' | 'right') => {
    const content: Span = contentSpan(doc, low, s, cue, source, side, cls);
    const clause = doc.text.slice(tokens[s.first].start, tokens[s.end - 1].end);
    const { stance, hedged } = readStance(cls, doc.text.slice(content.start, content.end), clause);
    claims.push(buildClaim(doc, low, s, source, cue, content, stance, hedged, memory, claims.length + 1));
  };
  for (const { s, paragraphStart } of readingUnits(doc)) {
    let previous: Previous | null = null;
    const colon = paragraphStart ? colonCue(tokens, low, s) : null;
    if (colon) { emit(s, colon.source, [colon.cue, colon.cue + 1], 'colon', 'left'); previous = { source: colon.source, cueEnd: colon.cue + 1 }; }
    for (let i = s.first; i < s.end; i++) {
      if (inQuote[i]) continue;
      const hit = phrases.get(i);
      if (hit) {
        let found: { source: Phrase; side: 'left' | 'right' } | null;
        if (hit.cls === 'according') found = locateAccordingSource(tokens, low, hit.end, s);
        else if (hit.cls === 'passive') found = { source: { start: i, end: i, coreStart: i, coreEnd: i }, side: 'left' };
        else found = locateVerbSource(tokens, low, i, s, 'ed', previous);
        if (found) { emit(s, found.source, [i, hit.end], hit.cls, found.side); previous = { source: found.source, cueEnd: hit.end }; }
        i = hit.end - 1;
        continue;
      }
      const dash = locateDashSource(tokens, low, i, s);
      if (dash) { emit(s, dash.source, [i, i + 1], 'colon', 'right'); previous = { source: dash.source, cueEnd: i + 1 }; continue; }
      const verb = VERB_CUES.get(low[i]);
      if (!verb || !isVerbUse(tokens, low, i, verb.form, s.first)) continue;
      const found = locateVerbSource(tokens, low, i, s, verb.form, previous);
      if (!found) continue;
      if (FINDING_VERBS.has(verb.lemma)) {
        const head = found.source.coreEnd - 1;
        if (!FINDING_NOUNS.has(low[head]) && tokens[head].pos !== 'PROPN') continue;
      }
      if (verb.lemma === 'call' && !namesSomething(tokens, low, i, s)) continue;
      emit(s, found.source, [i, i + 1], verb.cls, found.side);
      previous = { source: found.source, cueEnd: i + 1 };
    }
  }
  return claims;
}
