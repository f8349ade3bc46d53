// agreed-terms (round 38, issue 13): what sides agree to do is the deal's terms, no incident of the report. "Leaders of the two
// factions agreed at a meeting on Wednesday to halt attacks on each other's activists and to free members abducted by either side",
// "the army and the rebels agreed to exchange prisoners captured during the fighting": the infinitive after "agreed" (past the
// adjuncts of where and when) and everything it governs to the clause's end tell what is to be done and, inside it, the earlier
// deeds it answers (general English: "agree to do" takes an infinitive complement; codebook: Agreement is coded when the agreement
// is reached, and the acts it names have not happened, or happened before). Its words are set aside; the deal's own words stay.
// A pure function of the sentence's words and cue hits. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { Token } from '../../types.js';
import type { CueHit } from './cue-matcher.js';

const AGREED: ReadonlySet<string> = new Set(['agreed', 'agree', 'agrees', 'agreeing']);
/** Round 40: verbs of undertaking that take an infinitive of what is to be done (WordNet 3.1 "pledge" v.1, "vow" v.1, "promise" v.1,
 * "undertake" v.3): after a deal told earlier in the sentence ("signed a peace agreement, pledging to end revenge
 * killings") their infinitive is the deal's terms too. Alone ("the rebels vowed to strike again") they are read as ever. */
const PLEDGED: ReadonlySet<string> = new Set(['pledged', 'pledge', 'pledges', 'pledging', 'vowed', 'vow', 'vows', 'vowing', 'promised',
  'promise', 'promises', 'promising', 'undertook', 'undertaking']);
/** The deal's own words, which stay. */
const DEAL: ReadonlySet<Concept> = new Set<Concept>(['AGREEMENT', 'AGREE_MORE', 'AGREE_WEAK']);
/** How far "to" may stand after "agreed" ("agreed at a meeting in Rangamati on Wednesday to halt"). */
const TO_REACH = 10;
/** What ends the search for the infinitive: a clause break or a word that opens another clause. */
const BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'that', 'but', 'after', 'when', 'while', 'although', 'because']);
/** What ends the terms: the sentence's end or a semicolon. */
const TERMS_END: ReadonlySet<string> = new Set([';', '.']);

/** The hits outside the terms of every "agreed … to <verb>" in tokens [from, to); `hits` itself when none applies (most sentences). */
export function outsideAgreedTerms(hits: CueHit<Concept>[], tokens: readonly Token[], words: readonly string[], from: number, to: number): CueHit<Concept>[] {
  let out: CueHit<Concept>[] | null = null;
  for (let k = from; k < to; k++) {
    if (!AGREED.has(words[k]) && !(PLEDGED.has(words[k]) && hits.some((h) => DEAL.has(h.concept) && h.end <= k))) continue;
    let j = k + 1;
    while (j < to && j - k <= TO_REACH && words[j] !== 'to' && !BREAKS.has(words[j])) j++;
    if (words[j] !== 'to' || tokens[j + 1]?.pos !== 'VERB') continue;
    let end = j + 1;
    while (end < to && !TERMS_END.has(words[end])) end++;
    const base: CueHit<Concept>[] = out ?? hits;
    const kept = base.filter((h) => DEAL.has(h.concept) || h.first < j || h.end > end);
    if (kept.length !== base.length) out = kept;
    k = end;
  }
  return out ?? hits;
}
