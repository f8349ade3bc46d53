// case5: where a demonstration's grievance starts, beyond the preposition right after its word (typing.ts dropGrievance):
//  - "protest" as a verb takes its grievance as a direct object: "a vigil to protest the killing of a journalist",
//    "protesting rising insecurity and kidnappings";
//  - "against" or "over" later in the same clause: "villagers protested peacefully in Cauca against the killing of …".
// What follows is what they protest, not what happened to them (codebook: a peaceful protest is coded as such whatever
// its grievance). General English grammar.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** Verb forms of "protest" that take a direct object. */
const PROTEST_VERBS = new Set(['protested', 'protesting', 'protest', 'protests']);
/** Words that open no object: a place, a time, a manner or the end of the clause. */
const NO_OBJECT = new Set(['in', 'at', 'on', 'outside', 'near', 'across', 'through', 'along', 'around', 'inside', 'for', 'from', 'to', 'with', 'by',
  'since', 'after', 'before', 'during', 'until', 'as', 'and', 'or', 'but', 'peacefully', 'again', 'here', 'there', 'yesterday', 'today', 'outside',
  'were', 'was', 'is', 'are', 'have', 'has', 'had', 'when', 'while', 'where', 'who', 'which', 'that', ',', '.', ';', ':', '(', ')', '"']);
const LATER_OBJECT = new Set(['against', 'over']);
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '(', ')']);
/** How far into its clause a later "against"/"over" still opens the protest's grievance. */
const LATER_REACH = 8;
/** How many words a bracketed gloss may hold ("(Nord-Kivu)", "(North 24 Parganas, West Bengal)"). */
const GLOSS_REACH = 8;

export function protestObjects(p: CueHit<Concept>, words: readonly string[]): number[] {
  const out: number[] = [];
  const w = words[p.first];
  // "to protest the killing", "protesting the arrest": the verb's object; "the protest the police broke up" is no verb.
  if (p.end - p.first === 1 && PROTEST_VERBS.has(w) && (w !== 'protest' && w !== 'protests' || words[p.first - 1] === 'to') && !NO_OBJECT.has(words[p.end] ?? '.')) out.push(p.end);
  for (let k = p.end, reach = p.end + LATER_REACH; k < reach && k < words.length; k++) {
    // last7: a place glossed in brackets ("demonstrated in Nsukka (Enugu) over …", ACLED's note style) is read past, not
    // taken for the clause's end; the reach is counted without it.
    if (words[k] === '(') {
      const close = words.indexOf(')', k);
      if (close > k && close - k <= GLOSS_REACH) { reach += close - k + 1; k = close; continue; }
    }
    if (CLAUSE_BREAK.has(words[k])) break;
    if (LATER_OBJECT.has(words[k])) { out.push(k); break; }
  }
  return out;
}
