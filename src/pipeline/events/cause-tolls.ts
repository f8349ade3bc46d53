// fix15 (issue 13): the dead of a demonstration's or a riot's cause are no toll of it. "Protesters torched a police station
// after a man died in custody", "residents marched after two farmers were killed by soldiers", "After a vendor was beaten to
// death by guards, traders burned tyres": the death told in the clause opened by "after" / "following" came before the crowd's
// act and prompted it; it is its own incident (or none), and the demonstration's fatalities are those of its own day (codebook:
// fatalities are those of the event coded; a demonstration's cause is no part of it). The clause is kept when it tells of the
// demonstration itself ("two died after police opened fire on the marchers": force used on it; "in custody" is the cause's).
// typing.ts already sets the cause's deeds aside for the type (protest-causes.ts, riot-causes.ts); this sets its count aside
// for the toll. General English grammar; a pure function of the sentence's words, cue hits and counts. Provenance: written
// for this project, from invented reports (test/probes/fix15.jsonl).
import type { Concept } from '../../lexicon/event-cues.js';
import type { CountFigure } from './counting.js';
import type { CueHit } from './cue-matcher.js';
import { inCustody } from './protest-causes.js';
import { EARLIER_ADJUNCT_RULE } from './earlier-adjuncts.js';
import { extend } from '../extend.js';

/** The reading's id (docs/extraction.md), shown as `fat.tally-cause-clause`. */
export const CAUSE_TOLL_ID = 'tally-cause-clause';
const OPENERS: ReadonlySet<string> = new Set(['after', 'following']);
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', 'while', 'whereas', 'but', 'when', 'as']);
/** Words that tell of the demonstration itself: a clause with one tells force used on it or its own deed. */
const TELLS_DEMONSTRATION: ReadonlySet<Concept> = new Set<Concept>(['PROTEST', 'PROTEST_WEAK', 'RIOT', 'STONING', 'FIREBOMB', 'PROTEST_FORCE', 'DISPERSE']);
/** How far after the crowd's act the clause may open, and how far it runs. */
const REACH = { open: 14, run: 16 };

/** The clause [from, to) of the cause told with the event's act at `trigger`: after it, or opening the sentence before it. */
function causeSpan(trigger: CueHit<Concept>, words: readonly string[], from: number, to: number): [number, number] | null {
  // "After a man died in custody, protesters torched …": the sentence opens with the cause, closed by a comma.
  let k0 = from;
  while (k0 < trigger.first && !/[a-z0-9]/i.test(words[k0] ?? '')) k0++;
  if (OPENERS.has(words[k0]) && k0 < trigger.first) {
    for (let e = k0 + 1; e < trigger.first && e - k0 <= REACH.run; e++) if (words[e] === ',') return [k0, e];
    return null;
  }
  for (let k = trigger.end; k < Math.min(to, trigger.end + REACH.open); k++) {
    if (words[k] === '.' || words[k] === ';') return null;
    if (!OPENERS.has(words[k])) continue;
    let e = k + 1;
    while (e < to && e - k <= REACH.run && !(CLAUSE_END.has(words[e]) && e > k + 1)) e++;
    return [k, e];
  }
  return null;
}


/** The reading's id for a toll told in a relative clause typing read as background (`fat.tally-relative-clause`). */
export const RELATIVE_TOLL_ID = 'tally-relative-clause';
/** The rule id of the relative clauses typing sets aside (relative-clauses.ts). */
const RELATIVE_BACKGROUND = 'type.relative-clause-background';
/** …and round 31's opening clause of an earlier act ("A day after …,": earlier-adjuncts.ts). */
const BACKGROUND_SPANS: ReadonlySet<string> = new Set([RELATIVE_BACKGROUND, EARLIER_ADJUNCT_RULE]);

/** world23: what a relative clause tells about a noun is background (relative-clauses.ts), for the toll as for the type. A count
 * told wholly inside a clause that typing set aside ("protesters who were demanding justice for a blogger who died in police
 * custody", "arrested a man who killed three people last year") is no toll of the sentence's incident: it is marked as a
 * tally. A count whose phrase opens before the clause ("killed two soldiers who were guarding …") is not read here.
 * General English grammar; a pure function of the figures and typing's set-aside spans. */
export function markBackgroundTolls(figs: CountFigure[], setAside: ReadonlyArray<{ rule: string; first: number; end: number }> | undefined): CountFigure[] {
  if (!figs.length || !setAside?.length) return figs;
  let out: CountFigure[] | null = null;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const span = f.role === 'tally' ? undefined : setAside.find((a) => BACKGROUND_SPANS.has(a.rule) && f.first >= a.first && f.cue < a.end && f.end <= a.end);
    if (!span) continue;
    (out ??= figs.slice())[i] = extend(f, { role: 'tally', rules: [...f.rules, { id: RELATIVE_TOLL_ID, first: span.first, end: span.end }] });
  }
  return out ?? figs;
}

/** The figures with those of a demonstration's or riot's cause clause marked as a tally (left out of its toll). */
export function markCauseTolls(figs: CountFigure[], trigger: CueHit<Concept>, hits: readonly CueHit<Concept>[], words: readonly string[],
  from: number, to: number): CountFigure[] {
  if (!figs.length) return figs;
  const span = causeSpan(trigger, words, from, to);
  if (!span) return figs;
  const [a, b] = span;
  if (hits.some((h) => h.first > a && h.first < b && TELLS_DEMONSTRATION.has(h.concept) && !inCustody(h, words))) return figs;
  return figs.map((f) => f.role === 'tally' || f.cue <= a || f.cue >= b || f.first <= a ? f
    : extend(f, { role: 'tally', rules: [...f.rules, { id: CAUSE_TOLL_ID, first: a, end: b }] }));
}
