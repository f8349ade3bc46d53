// claims: who said what. One pass over each sentence's tokens finds attribution cues (reporting
// verbs, "according to", "declined to comment", "claimed responsibility", a speaker's colon), then
// each cue's source phrase, content, stance and hedging. Cues inside quotations are the quoted
// speaker's words and are skipped. Spans follow PolNeAR: the source is the whole noun phrase with
// its appositive, pronouns included (their `name` is the antecedent); the cue is the verb or phrase.
import { negatedBefore } from '../negated-before.js';
import type { Claim, Doc, Place, Span } from '../../types.js';
import type { Context } from '../context.js';
import { FINDING_NOUNS, FINDING_VERBS, NOUN_TWINS } from '../../lexicon/attribution-cues.js';
import { isVerbUse, namesSomething, phraseCues } from './cue-scan.js';
import { quoteRegions, quotedTokens } from './quotes.js';
import { VERIFY_NOTE } from '../../lexicon/stance-cues.js';
import { locateAccordingSource, locateDashSource, locateVerbSource, type Previous, type Span2 } from './locate-source.js';
import type { Phrase } from './noun-phrase.js';
import type { CueKind } from './stance.js';
import { settleUnit } from './settle.js';
import { buildClaim, contentSpan, SourceMemory, statePlaces } from './assemble.js';
import { colonCue } from './colon-cue.js';
import { BIT, CLOSE_PAREN, DASH, OPEN_PAREN } from './word-classes.js';
import { readArticle, type ArticleReading } from '../reading.js';
import { Screen } from './screen.js';

/** recall14: the prepositions of place after a finding verb's participle ("found on the roadside", "discovered near a school"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'near', 'along', 'at', 'inside', 'under', 'beside', 'behind', 'outside', 'around', 'beneath']);

/**
 * Sentences as the attribution reader needs them: a "sentence" the splitter cut after an
 * abbreviation ("Rep. Jane Doe (D-Wis." + ") said Friday.") is joined back to the one before.
 */
function readingUnits(doc: Doc, bits: Uint16Array): Array<{ s: Span2; paragraphStart: boolean }> {
  const out: Array<{ s: Span2; paragraphStart: boolean }> = [];
  let last = -1;
  let open = 0; // parentheses left open by the unit so far: "Rep. Jo Doe (R-S." + "C.) said"
  for (const sent of doc.sentences) {
    const head = doc.tokens[sent.firstToken].text;
    const continues = out.length > 0 && doc.sentences[last].paragraph === sent.paragraph && (/^[a-z)\],;]/.test(head) || open > 0);
    if (!continues) open = 0;
    for (let t = sent.firstToken; t < sent.endToken && t < sent.firstToken + 400; t++) {
      if (bits[t] & OPEN_PAREN) open++;
      else if (bits[t] & CLOSE_PAREN && open > 0) open--;
    }
    if (continues) out[out.length - 1].s.end = sent.endToken;
    else out.push({ s: { first: sent.firstToken, end: sent.endToken }, paragraphStart: last < 0 || doc.sentences[last].paragraph !== sent.paragraph });
    last++;
  }
  return out;
}

/** `reading`: the article's words as the pipeline read them (pipeline/reading.ts); made here when not given. */
export function findClaims(doc: Doc, places: Place[], ctx: Context, reading: ArticleReading = readArticle(doc, ctx)): Claim[] {
  const { tokens } = doc;
  if (!tokens.length) return [];
  const { low } = reading;
  const quotes = quoteRegions(doc);
  const inQuote = quotedTokens(doc, quotes);
  const classes = reading.claimWords;
  const { bits, cues } = classes;
  const screen = new Screen(doc, low, classes);
  const phrases = phraseCues(doc, low, bits, screen);
  const memory = new SourceMemory();
  const states = statePlaces(places);
  // Written in capitals, as datelines are ("PESHAWAR:"), opening the article (its first or, after a title, second sentence)
  // and told so once: a transcript's speakers ("WALLACE: …") come back, and "Washington: …" may name a government speaking.
  const datelineTown = (start: number, end: number): boolean => {
    const name = doc.text.slice(start, end);
    return name === name.toUpperCase() && doc.sentences.slice(0, 2).some((x) => x.start <= start && start < x.end) &&
      doc.text.indexOf(name + ':', end) < 0 &&
      places.some((p) => p.start === start && p.end === end && p.lat != null && (p.featureCode ?? '').startsWith('PPL'));
  };
  const claims: Claim[] = [];
  const emit = (s: Span2, source: Phrase, cue: [number, number], cls: CueKind, side: 'left' | 'right') => {
    const content: Span = contentSpan(doc, low, s, cue, source, side, cls, quotes);
    claims.push(buildClaim(doc, low, s, source, cue, content, 'asserts', false, memory, claims.length + 1, states, screen));
    kinds.push(cls);
  };
  const kinds: CueKind[] = [];
  let unitStart = 0; // index of the first claim of the previous unit
  for (const { s, paragraphStart } of readingUnits(doc, bits)) {
    // "The claim could not be independently verified.": the note hedges what the sentence before reported.
    const firstOfUnit = claims.length;
    const from = tokens[s.first].start, to = tokens[s.end - 1].end;
    if (screen.mayMatch('verify', from, to) && VERIFY_NOTE.test(doc.text.slice(from, to))) {
      for (let k = unitStart; k < firstOfUnit; k++) claims[k].hedged = true;
    }
    unitStart = firstOfUnit;
    let previous: Previous | null = null;
    const colon = paragraphStart ? colonCue(tokens, low, s, datelineTown) : null;
    if (colon) { emit(s, colon.source, [colon.cue, colon.cue + 1], 'colon', 'left'); previous = { source: colon.source, cueEnd: colon.cue + 1 }; }
    for (let i = s.first; i < s.end; i++) {
      if (inQuote[i]) continue;
      // A multi-word cue starts only at a word its regex could start at (unless nothing is screened).
      const hit = phrases.size && (bits[i] & BIT.phrase || screen.open) ? phrases.get(i) : undefined;
      if (hit && hit.cls === 'speech' && /^points?$/.test(low[i]) && i > s.first && (tokens[i - 1].pos === 'NUM' || /^(?:percentage|basis)$/.test(low[i - 1]))) { i = hit.end - 1; continue; }
      // "as X put it," — but not "he put it on the table".
      if (hit && /^puts?$/.test(low[i]) && !/^[,.:;]$/.test(tokens[hit.end]?.text ?? '.')) { i = hit.end - 1; continue; }
      // "The group has not claimed responsibility", "no one has claimed it yet", "X never admitted the attack": the
      // narrator tells that no claim was made, not what the party said; attributing a denial to a party that said
      // nothing would put words in its mouth. No claim (the incident's status stays unclaimed: status.ts).
      const negatedClaim = !!hit && hit.cls === 'claim' && negatedBefore(low, i, s.first);
      if (hit) {
        let found: { source: Phrase; side: 'left' | 'right' } | null;
        if (hit.cls === 'according') found = locateAccordingSource(tokens, low, hit.end, s);
        else if (hit.cls === 'passive') found = { source: { start: i, end: i, coreStart: i, coreEnd: i }, side: 'left' };
        // world14: a phrase cue led by a participle ("…, calling for", "…, pointing out") hangs from its clause's subject, as a
        // one-word "…, saying" does: read as a finite verb, the whole clause before its comma became the source, and the
        // incident told in that clause lost its place and day to the attribution.
        else found = locateVerbSource(tokens, low, i, s, /ing$/.test(low[i]) && tokens[i - 1]?.text === ',' ? 'ing' : 'ed', previous);
        if (found && negatedClaim) found = null;
        if (found) { emit(s, found.source, [i, hit.end], hit.cls, found.side); previous = { source: found.source, cueEnd: hit.end }; }
        i = hit.end - 1;
        continue;
      }
      const dash = bits[i] & DASH ? locateDashSource(tokens, low, i, s) : null;
      if (dash) { emit(s, dash.source, [i, i + 1], 'colon', 'right'); previous = { source: dash.source, cueEnd: i + 1 }; continue; }
      const verb = cues[i];
      if (!verb || !isVerbUse(tokens, low, i, verb.form, s.first)) continue;
      // "Police foil bombing, arrest suspect", "sparking fear.": a belief word's noun twin with nothing after it in its
      // clause (the sentence's end or a comma) holds no belief: believing takes what is believed ("they suspect, ..." stays).
      if (verb.cls === 'belief' && NOUN_TWINS.has(low[i]) && (i + 1 >= s.end || /^[.!?,;]$/.test(low[i + 1])) && tokens[i - 1]?.pos !== 'PRON') continue;
      // "believed to be", "expected to visit": a reduced passive, nobody named holds the belief.
      if (verb.form === 'ed' && low[i + 1] === 'to' && (verb.cls === 'belief' || verb.lemma === 'detail' || /^(?:be|have)$/.test(low[i + 2] ?? ''))) continue;
      if (previous && (low[i] === 'citing' || low[i] === 'quoting')) continue; // the chain of the claim before: its `via`
      if (previous && low[i] === 'saying' && low[i - 1] === 'as') continue; // "quoted Y as saying": the quote's own content
      if (verb.form === 'ed' && low[i + 1] === 'by' && !/^(?:was|were|is|are|been|be)$/.test(low[i - 1])) continue; // "an official cited by X"
      const found = locateVerbSource(tokens, low, i, s, verb.form, previous);
      if (!found) continue;
      if (FINDING_VERBS.has(verb.lemma)) {
        // "Explosive device found and defused on railway line": a finding verb joined to another verb by "and" is a deed done to
        // a thing, with no finding told after it (a headline's capitals make its subject look like a name).
        if (low[i + 1] === 'and' || low[i + 1] === 'or') continue;
        // recall14: "three IEDs found on the side of a road", "weapons discovered in a house": a finding verb followed by a
        // preposition of place is a participle telling where a thing lay (English grammar: a reduced relative), no finding of a fact.
        if (PLACE_PREPOSITIONS.has(low[i + 1] ?? '')) continue;
        let evidence = false;
        for (let k = found.source.coreStart; k < found.source.coreEnd; k++) if (FINDING_NOUNS.has(low[k]) || tokens[k].pos === 'PROPN' || low[k] === 'it') evidence = true;
        if (!evidence) continue;
      }
      if (verb.lemma === 'call' && !namesSomething(tokens, low, i, s)) continue;
      if (verb.lemma === 'ask' && low[i + 1] === 'not' && low[i + 2] === 'to') continue; // "asked not to be named": anonymity, not a claim
      // "X said he believes …": a belief reported inside another claim is that claim's content.
      if (verb.cls === 'belief' && previous && claims.length && tokens[i].start < claims[claims.length - 1].content.end && tokens[i].start >= claims[claims.length - 1].content.start) continue;
      // "the group did not claim the attack", "never admitted it": no claim made (as above).
      if ((verb.cls === 'claim' || verb.lemma === 'claim') && negatedBefore(low, i, s.first)) continue;
      emit(s, found.source, [i, i + 1], verb.cls, found.side);
      previous = { source: found.source, cueEnd: i + 1 };
    }
    settleUnit(doc, s, claims, kinds, firstOfUnit, screen);
  }
  return claims;
}


