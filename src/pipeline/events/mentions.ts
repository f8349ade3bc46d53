// mentions: one pass over the sentences, each typed from its cue words, filtered for non-events, and
// fanned out to its sites (a sentence naming two struck sites, each with its own count, reports two
// incidents). Each mention carries its type, site, date, actors and casualty figures.
import type { Concept } from '../../lexicon/event-cues.js';
import type { Doc, EventDate, Figure, Place, Span } from '../../types.js';
import { assignRoles, findActorMentions, type ActorMention } from './actors.js';
import { readFigures, type CountFigure } from './counting.js';
import type { CueHit } from './cue-matcher.js';
import { readDate } from './date.js';
import { contains, readSites, samePlace, type AirportOf, type Site } from './location.js';
import { isArmed, isDisaster, nonEventMatcher, whyNotAnEvent } from './non-events.js';
import { cueMatcher, typeHits, type Typed } from './typing.js';

export interface Mention {
  sentence: number;
  typed: Typed;
  site: Site | null;
  date: EventDate | null;
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  dead: Figure | null;
  injured: Figure | null;
}

/** Cue concepts whose words are casualty or damage words, not incident words of their own. */
const EVENT_WORDS: ReadonlySet<Concept> = new Set(['AIR', 'AIR_WEAK', 'SHELL', 'SHELL_WEAK', 'EXPLOSIVE', 'SUICIDE', 'GRENADE',
  'CHEM', 'CLASH', 'CLASH_WEAK', 'ATTACK', 'PROTEST', 'RIOT', 'MOB', 'ABDUCT', 'SEXUAL', 'ARREST', 'INTERCEPT']);

export function readMentions(doc: Doc, words: readonly string[], places: readonly Place[], names: readonly Span[] = [], airportOf: AirportOf = () => null): Mention[] {
  const out: Mention[] = [];
  const ctx = { disaster: isDisaster(nonEventMatcher.match(words)), armed: isArmed(cueMatcher.match(words)) };
  let p = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    const hits = cueMatcher.match(words, sent.firstToken, sent.endToken);
    const typed = typeHits(hits);
    if (!typed) continue;
    if (whyNotAnEvent(typed, hits, nonEventMatcher.match(words, sent.firstToken, sent.endToken), ctx)) continue;
    while (p < places.length && places[p].start < sent.start) p++;
    let q = p;
    while (q < places.length && places[q].start < sent.end) q++;
    const triggerStarts = new Set(hits.filter((h) => EVENT_WORDS.has(h.concept)).map((h) => h.first));
    const actors = findActorMentions(doc.text, doc.tokens, words, sent.firstToken, sent.endToken, triggerStarts);
    const inNames = (a: number, b: number) => actors.some((m) => !m.generic && m.start! < b && a < m.end!) || names.some((n) => n.start < b && a < n.end);
    const sites = readSites(places.slice(p, q), doc.tokens, words, sent.firstToken, inNames, airportOf);
    const { actor1, actor2 } = assignRoles(actors, words, typed.trigger.first);
    const date = readDate(doc.text.slice(sent.start, sent.end), doc.published);
    const figures = dropTotals(readFigures(doc.tokens, words, sent.firstToken, sent.endToken));
    for (const group of fanOut(sites, figures, typed.trigger.first)) {
      out.push({ sentence: s, typed, site: group.site, date, actor1, actor2,
        dead: best(group.figures, 'dead'), injured: best(group.figures, 'injured') });
    }
  }
  return out;
}

const best = (figs: CountFigure[], kind: CountFigure['kind']): Figure | null => {
  const f = figs.filter((x) => x.kind === kind);
  if (!f.length) return null;
  return f.reduce((a, b) => (b.figure.best > a.figure.best ? b : a)).figure;
};

/** "nine were killed: two at A and seven at B" — a count equal to the sum of the counts after it is their total. */
export function dropTotals(figs: CountFigure[]): CountFigure[] {
  return figs.filter((f, i) => {
    const rest = figs.slice(i + 1).filter((g) => g.kind === f.kind);
    return !(rest.length >= 2 && rest.reduce((s, g) => s + g.figure.best, 0) === f.figure.best);
  });
}

/** Split a sentence's sites into incidents; each figure goes to the first site after its casualty word. */
function fanOut(sites: Site[], figures: CountFigure[], trigger: number): Array<{ site: Site | null; figures: CountFigure[] }> {
  const locative = sites.filter((s) => s.locative);
  const fine = (locative.length ? locative : sites).filter((s) => !sites.some((o) => o !== s && contains(s.location, o.location)));
  const distinct: Site[] = [];
  for (const s of fine) if (!distinct.some((d) => samePlace(d.location, s.location))) distinct.push(s);
  if (distinct.filter((d) => d.locative).length <= 1) return [{ site: pickOne(fine, trigger), figures }];
  const groups = distinct.map((site) => ({ site: site as Site | null, figures: [] as CountFigure[] }));
  const indexOf = (s: Site) => distinct.findIndex((d) => samePlace(d.location, s.location));
  for (const f of figures) {
    const after = fine.find((s) => s.first > f.cue);
    const before = [...fine].reverse().find((s) => s.first < f.cue);
    const target = after ?? before;
    if (target) groups[indexOf(target)].figures.push(f);
  }
  return groups;
}

/** One site: the first after the trigger, else the last before it; a town beats a country. */
function pickOne(sites: Site[], trigger: number): Site | null {
  if (!sites.length) return null;
  const after = sites.filter((s) => s.first > trigger);
  const pool = after.length ? after : [...sites].reverse();
  const loc = pool.filter((s) => s.locative);
  if (loc.length) return loc.find((s) => s.location.precision < 3) ?? loc[0];
  return pool.find((s) => s.location.precision < 3) ?? pool[0];
}

export type { CueHit };
