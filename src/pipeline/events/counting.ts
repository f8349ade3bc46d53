// counting: the casualty figures of a span of tokens, each tied to its casualty word — "killing at least
// 17 people" (the count after a transitive or nominal casualty word), "nine militiamen were killed",
// "two dead" (the count before it), "the death toll rose to 30" — with its role: a toll, one person
// named, a part of a toll told elsewhere ("two children were among the dead"), or a tally that is no
// incident's toll ("19 killed since March"). The phrases themselves are read by count-phrase.ts; the
// words of every rule are data (lexicon/counting.ts, lexicon/numbers.ts).
import { ABOUT_DEATHS, CONFLICT_LINKS, MANY, NEEDS_PERIOD, NOT_RATE, OTHER_SOURCES, PART_OF_TOLL, PAST_DEEDS, PERIOD_WORDS, SINCE_PERIOD, SPELL_NOUNS, TALLIES, SINCE_LATELY, TOLL_SETTING_VERBS, UNNAMED_SOURCES,
  TOTAL_MARKS, UNREALISED, UPDATES } from '../../lexicon/counting.js';
import { WORDNET_CUES } from '../../lexicon/wordnet-cues.js';
import { DEAD_CUES, FELL_NOT_DEATH, INJURED_CUES, NUMBER_WORDS, VAGUE_QUANTITIES } from '../../lexicon/numbers.js';
import { neutralisedDevice } from './hit-readings.js';
import type { Figure } from '../../types.js';
import { list, PARTS_RULE, type Phrase, type Reader, type RuleSpan, type Tok } from './count-phrase.js';
// world31: the quote marks a word is set in to distance the writer from it ("were 'neutralised'").
import { QUOTE_MARKS } from '../claims/noun-phrase.js';
import { compileCues, type CueHit } from './cue-matcher.js';
import { coordinatedClause } from './coordinated-clause.js';
import { phraseMatcher } from './phrase-matcher.js';
import { isCapitalCode } from '../segment/capitals.js';
import { extend } from '../extend.js';

const casualtyMatcher = compileCues({ dead: DEAD_CUES, injured: INJURED_CUES });

/** toll: the incident's count; one: a single victim named; part: some of the victims of a toll told elsewhere;
 * tally: a cumulative count or another incident's, left out of every toll. */
export type CountRole = 'toll' | 'one' | 'part' | 'tally';

export interface CountFigure {
  kind: 'dead' | 'injured';
  figure: Figure;
  /** Token index of the count and of the casualty word. */
  at: number;
  cue: number;
  /** Tokens [first, end) of the count phrase and its casualty word together. */
  first: number;
  end: number;
  role: CountRole;
  /** "were also killed", "two others": more victims beside ones counted just before. */
  more: boolean;
  /** "(total of 12 fatalities)", "the toll rose to 14": the running total, which replaces the counts beside it. */
  update: boolean;
  /** "the man", "him", "both victims": victims already told, named again. */
  again: boolean;
  /** "Other sources report that …": the words that give the figure to a source other than the narrator. */
  source?: string;
  /** The rules that read it, over token spans (`why.fatalities` / `why.injuries`). */
  rules: RuleSpan[];
}

const part = phraseMatcher([{ id: PART_OF_TOLL.id, phrases: PART_OF_TOLL.phrases }]);
const update = phraseMatcher([{ id: UPDATES.id, phrases: UPDATES.phrases }]);
const deed = phraseMatcher([{ id: PAST_DEEDS.id, phrases: PAST_DEEDS.phrases }]);
const aboutDeaths = phraseMatcher([{ id: ABOUT_DEATHS.id, phrases: ABOUT_DEATHS.phrases }]);
const unrealised = phraseMatcher([{ id: UNREALISED.id, phrases: UNREALISED.phrases }]);
const otherSource = phraseMatcher([{ id: OTHER_SOURCES.id, phrases: OTHER_SOURCES.phrases }]);
const TOTAL = new Set(TOTAL_MARKS);
/** The rate words that are also nouns for a periodical ("a national daily", "the weekly"). */
const RATE_NOUNS: ReadonlySet<string> = new Set(['daily', 'weekly', 'monthly']);
const tallyPhrase = phraseMatcher(TALLIES.filter((t) => t.id === 'tally-period'));
const conflictWord = phraseMatcher(TALLIES.filter((t) => t.id === 'tally-conflict'));
const incidentsWord = phraseMatcher(TALLIES.filter((t) => t.id === 'tally-many-incidents'));
const RATE = /\b(day|week|month|year|daily|weekly|monthly|annually)\b/;

/** Casualty words that take their victims after them: "killing 12", "wounded three", "the deaths of 10". */
// elsewhere6: "lynched a man", "neutralised 5 terrorists" (lexicon/numbers.ts DEAD_CUES) take theirs after them too.
const TRANSITIVE = /^(kill|murder|execut|behead|massacr|wound|injur|maim|gunned|shot|claim|took|lynch|neutrali)/;
// w27: a killing told by the act and its result, or by WordNet's verbs of killing, in every form ("shooting dead 9 civilians",
// "gunning down two guards", "mowed down 12 worshippers").
const TRANSITIVE_PHRASES: ReadonlySet<string> = new Set([...WORDNET_CUES.KILL_RESULT, ...WORDNET_CUES.KILL]);
const NOMINAL = new Set(['death', 'deaths', 'killing', 'killings', 'murder', 'murders', 'body', 'bodies', 'corpse', 'corpses']);
const BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'got', 'get', 'gets']);
/** Words between a count and the casualty word after it: "nine were reportedly killed", "12 have been confirmed dead". */
const GAP = new Set(['pronounced', 'declared', 'also', 'all', 'reportedly', 'allegedly', 'later', 'reported', 'confirmed', 'feared', 'believed', 'said', 'found',
  'left', 'who', 'that', 'which', 'have', 'has', 'had', 'been', 'be', 'being', 'to', 'were', 'was', 'are', 'is', 'as', 'well', 'both',
  'each', 'subsequently', 'eventually', 'since', 'then', 'initially', 'apparently', 'presumably', 'likely', 'probably', 'among', 'the',
  'those', 'shot', 'and', 'either', 'now', 'immediately', 'instantly', 'seriously', 'critically', 'severely', 'slightly', 'lightly',
  'fatally', 'mortally', 'badly']);
const NEGATION = new Set(['not', 'no', 'never', "n't", 'none', 'nobody', 'neither', 'nor', 'without']);
const INCLUDED = new Set(['included', 'include', 'includes', 'including']);
const BACK_REACH = 28;
const KILL_FORMS = new Set(['kill', 'kills', 'killed', 'killing', 'killings']);

export function readFigures(tokens: readonly Tok[], words: readonly string[], from: number, to: number): CountFigure[] {
  // "kill*" is the verb and its nouns (misspelt too: "killled"), not "killer" or a place called "Killi"
  const hits = casualtyMatcher.match(words, from, to).filter((h) => !words[h.first].startsWith('kill') || KILL_FORMS.has(words[h.first]) ||
    !words[h.first].startsWith('killer') && tokens[h.first].pos !== 'PROPN')
    // probe5 (fat.fell-of-people): "soldiers fell" is a death, "fell to the ground", "fell ill", "fell into a ravine" none.
    .filter((h) => words[h.first] !== 'fell' || (!FELL_NOT_DEATH.has(words[h.first + 1] ?? '')))
    // elsewhere6 (fat.neutralised-count): "neutralised 5 terrorists" counts; "neutralized Muetaz Eid" names a target whose
    // death the report tells as the strike's own, so a neutralising counts only a number it governs: one after it, or (world22)
    // the count of its passive's subject ("12 militants were neutralised").
    .filter((h) => !words[h.first].startsWith('neutrali') || ((countFollows(tokens, words, h.end) || passiveCount(tokens, words, h.first, from)) &&
      !neutralisedDevice(words, h.end)));
  if (!hits.length) return [];
  // A casualty word inside a longer one ("dead" in "shot dead") is read as part of it.
  for (let k = hits.length - 1; k >= 0; k--) if (hits.some((o, j) => j !== k && o.first <= hits[k].first && hits[k].end <= o.end && o.end - o.first > hits[k].end - hits[k].first)) hits.splice(k, 1);
  const cue = new Set<number>();
  for (const h of hits) for (let k = h.first; k < h.end; k++) cue.add(k);
  const r: Reader = { tokens, words, from, to, stop: (i) => cue.has(i) };
  const out: CountFigure[] = [];
  for (const hit of hits) {
    const f = readHit(r, hit);
    if (!f) continue;
    const same = out.findIndex((o) => o.at === f.at);
    if (same < 0) out.push(f);
    // round 24: one count after two coordinated harm verbs ("killing and injuring 12", "injuring and killing a number of
    // civilians") is read once, as the dead, whichever verb comes first (it had gone to the first verb's kind).
    else if (f.kind === 'dead' && out[same].kind === 'injured' && coordinatedHarm(words, out[same].cue, f.cue)) out[same] = f;
  }
  markTallies(r, out);
  // "Other sources report that …": the first such phrase before a figure gives it to that source.
  for (let k = from; k < to; k++) {
    const o = otherSource(words, k, to);
    if (!o) continue;
    const text = words.slice(k, k + o.length).join(' ');
    for (const f of out) if (f.first > k && f.source === undefined) f.source = text;
  }
  // Round 32: "a community association put the death toll at 12", "the monitor puts the number of dead at 30": a figure a named
  // body sets (general English "put at": estimate as) is that body's, not the narrator's (its sources then differ: tolls.ts).
  for (const f of out) {
    if (f.source !== undefined) continue;
    const by = tollSetter(words, f.first, from);
    if (by) f.source = by;
  }
  return out;
}

/** The words of whoever "put the (death) toll at" the figure opening at `first`, or null. */
function tollSetter(words: readonly string[], first: number, from: number): string | null {
  let k = first - 1;
  if (words[k] !== 'the' && words[k + 1] !== 'the') return null;
  if (words[k] !== 'the') k = first;
  const verb = k - 1;
  if (verb <= from || !TOLL_SETTING_VERBS.has(words[verb])) return null;
  let s = verb - 1;
  while (s > from && words[s - 1] !== ',' && words[s - 1] !== ';' && verb - s < 8) s--;
  const subject = words.slice(s, verb);
  // Not a second verb of one subject ("sources listed the names … and put the toll at 19"), nor sources or reports unnamed: the
  // narrator's own relaying.
  if (!subject.length || subject.includes('and') || subject.some((w) => UNNAMED_SOURCES.has(w))) return null;
  return subject.join(' ');
}

/** Whether the cue words at `a` and `b` are coordinated verbs with nothing but "and" or "or" between ("injuring and killing"). */
function coordinatedHarm(words: readonly string[], a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  return y - x === 2 && (words[x + 1] === 'and' || words[x + 1] === 'or');
}

const COUNT_OPENERS = new Set(['at', 'more', 'over', 'some', 'about', 'around', 'dozens', 'scores', 'several', 'up', 'no', 'nearly', 'almost']);
/** How many words the count may stand before the passive's "were" ("12 [suspected PKK] militants were …"). */
const PASSIVE_COUNT_REACH = 4;
/** Whether the word at `i` is a passive participle ("were neutralised", "had been neutralized") whose subject a count opens. */
function passiveCount(tokens: readonly Tok[], words: readonly string[], i: number, from: number): boolean {
  let be = i - 1;
  // world31: the participle in scare quotes ("12 assailants were 'neutralised'").
  if (QUOTE_MARKS.has(words[be] ?? '')) be--;
  if (!BE.has(words[be] ?? '')) return false;
  if (BE.has(words[be - 1] ?? '')) be--;
  for (let k = be - 1; k >= from && k >= be - PASSIVE_COUNT_REACH; k--) if (countFollows(tokens, words, k)) return true;
  return false;
}

/** A number (or a bound opening one) right after token `i`. */
function countFollows(tokens: readonly Tok[], words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  return tokens[i]?.pos === 'NUM' || w in NUMBER_WORDS || /^\d/.test(w) || COUNT_OPENERS.has(w);
}

/** The rule id of a toll told as grown to its figure (tollRisen). */
export const TOLL_RISEN = 'toll-risen';
/** Verbs that make a toll grow to its figure, before it ("bringing the toll to nine") or after it ("the toll rose to 12"). */
const RAISING: ReadonlySet<string> = new Set(['bringing', 'brought', 'brings', 'raising', 'raised', 'raises', 'taking', 'took', 'takes', 'pushing', 'pushed',
  'pushes', 'lifting', 'lifted']);
const RISING: ReadonlySet<string> = new Set(['rose', 'risen', 'rises', 'rising', 'climbed', 'climbs', 'climbing', 'jumped', 'increased', 'grew', 'grown',
  'mounted', 'soared', 'reached', 'reaches']);
/** Whether a lone "toll" at `c` is told as growing: a raising verb before "the toll", or a rising verb right after it. */
function tollGrows(words: readonly string[], c: number): boolean {
  return (words[c - 1] === 'the' && RAISING.has(words[c - 2] ?? '')) || RISING.has(words[c + 1] ?? '') || RISING.has(words[c + 2] ?? '');
}
/** Where the words that tell a toll grown to the count at `count` begin, for a toll cue at `c` ("death toll", "toll"); -1 when none. */
function tollRisen(words: readonly string[], c: number, count: number): number {
  const toll = words[c] === 'toll' ? c : words[c] === 'death' && words[c + 1] === 'toll' ? c + 1 : -1;
  if (toll < 0 || count <= toll) return -1;
  if (words[c - 1] === 'the' && RAISING.has(words[c - 2] ?? '') && words.slice(toll + 1, count).includes('to')) return c - 2;
  for (let k = toll + 1; k < count; k++) if (RISING.has(words[k])) return c;
  return -1;
}

function readHit(r: Reader, hit: CueHit<'dead' | 'injured'>): CountFigure | null {
  const { words, tokens } = r;
  const c = hit.first;
  // Round 34: "toll" alone counts only as grown to its figure ("raising the toll to nine", "the toll rose to 12"); after "death" the
  // death word reads it.
  if (words[c] === 'toll' && (words[c - 1] === 'death' || !tollGrows(words, c))) return null;
  // "attempted to kill", "threatened to kill": no one killed
  let b = c - 1;
  while (b > r.from && tokens[b].pos === 'ADV') b--;
  for (let k = Math.max(r.from, b - 2); k <= b; k++) { const u = unrealised(words, k, b + 1); if (u && k + u.length === b + 1) return null; }
  // "arrested for killing two policemen", "protesting the killing of a student": another, earlier incident
  let deedAt = -1;
  for (let k = Math.max(r.from, c - 4); k < c; k++) { const d = deed(words, k, c); if (d) deedAt = k; }
  if (NOMINAL.has(words[c])) for (let k = Math.max(r.from, c - 3); k < c; k++) { const d = aboutDeaths(words, k, c); if (d && k + d.length === c) deedAt = k; }
  let phrase: Phrase | null = null, rules: RuleSpan[] = [], role: CountRole = 'toll', more = false, tie = 'count-after-cue';
  if (!passive(r, c)) {
    const after = readAfter(r, hit);
    if (after) ({ phrase, rules } = after), (role = after.part ? 'part' : role);
  }
  if (!phrase) {
    const before = readBefore(r, c);
    if (before) ({ phrase, rules } = before), (role = before.part ? 'part' : role), (more = before.also), (tie = 'count-before-cue');
  }
  // "X was killed along with her two children": the one named and those with them
  const along = alongWith(r, hit.end);
  if (along) {
    const was = r.words[c - 1] === 'was' ? c - 1 : r.words[c - 2] === 'was' && r.tokens[c - 1].pos === 'ADV' ? c - 2 : -1;
    const base = phrase ?? (was >= 0 ? { low: 1, best: 1, high: 1, first: was, end: c, count: was, one: true, more: false,
      rules: [{ id: 'one-person', first: was, end: c }] } : null);
    phrase = base ? extend(along, { low: base.low + along.low, best: base.best + along.best, high: base.high + along.high, first: base.first,
      count: base.count, one: false, more: base.more, named: (base.one || !!base.named) && (along.one || !!along.named),
      rules: [...base.rules, ...along.rules, { id: 'sum-of-groups', first: base.first, end: along.end }] }) : along;
    if (!rules.length && !base) tie = 'count-after-cue';
  }
  if (!phrase) return null;
  rules = [{ id: tie, first: Math.min(phrase.first, c), end: Math.max(phrase.end, hit.end) }, ...rules];
  // w26: the deed phrase right before the count, past its article ("justice for the 18 people killed …"): the cue may stand
  // further from it than the window above reaches.
  if (deedAt < 0) {
    const at = words[phrase.first - 1] === 'the' || words[phrase.first - 1] === 'those' ? phrase.first - 1 : phrase.first;
    for (let k = Math.max(r.from, at - 4); k < at; k++) { const d = deed(words, k, at); if (d && k + d.length === at) deedAt = k; }
  }
  // "Iman was killed alongside her husband and their four children": victims named one by one, not a toll
  if ((phrase.one || phrase.named) && role === 'toll') role = 'one';
  more ||= phrase.more;
  // "two of them were killed": some of a group told before
  const of = words[phrase.count + 1] === 'of' ? phrase.count + 1 : -1;
  // Round 34: …unless told as more ("Three of the attackers were also killed"): "also" sets them beside the victims counted before
  // (the additive focus adverb), so the group they are some of is another one, the attackers, not the dead.
  if (of > 0 && !more && /^(them|whom|those|the|these|our|their)$/.test(words[of + 1] ?? '')) role = 'part';
  const rs: RuleSpan[] = [...rules, ...phrase.rules];
  // "(total of 12 fatalities)", "bringing the toll to 12", "12 in all": the running total
  let update = rules.some((x) => x.id === 'toll-update') || phrase.rules.some((x) => x.id === 'toll-update');
  for (let k = Math.max(r.from, phrase.first - 3); k < phrase.first; k++) if (TOTAL.has(words[k])) update = true;
  if (words[phrase.end] === 'in' && (words[phrase.end + 1] === 'all' || words[phrase.end + 1] === 'total')) update = true;
  if (update && !rs.some((x) => x.id === 'toll-update')) rs.push({ id: 'toll-update', first: phrase.first, end: phrase.end });
  // Round 34: a toll told as grown to its figure ("the death toll rose to 12", "taking the death toll to nine"): the toll as it
  // stood when told, after the figures before it (tolls.ts best-risen-total), unlike a source's own estimate ("put the toll at 12").
  const risen = tollRisen(words, c, phrase.first);
  if (risen >= 0) rs.push({ id: TOLL_RISEN, first: risen, end: phrase.end });
  if (role === 'part') rs.push({ id: 'part-of-toll', first: phrase.first, end: phrase.end });
  if (deedAt >= 0) { role = 'tally'; rs.push({ id: 'past-deed', first: deedAt, end: c }); }
  if (more && role !== 'tally') rs.push({ id: 'addition', first: Math.min(phrase.first, c), end: Math.max(phrase.end, hit.end) });
  return {
    kind: hit.concept, figure: { low: phrase.low, best: phrase.best, high: phrase.high }, at: phrase.count, cue: c,
    // A vague count ("numerous other members") adds no number to one told before.
    first: Math.min(phrase.first, c), end: Math.max(phrase.end, hit.end), role, more: more && !update && !phrase.rules.some((x) => x.id === 'vague-quantity'),
    update, again: !!phrase.again, rules: rs,
  };
}

/** "were killed", "were shot and killed", "was reportedly wounded": a passive takes its victims before it. */
function passive(r: Reader, c: number): boolean {
  let k = c - 1;
  while (k >= r.from && (r.tokens[k].pos === 'ADV' || r.words[k] === 'and' || r.tokens[k].pos === 'VERB' && r.words[k + 1] === 'and')) k--;
  return k >= r.from && BE.has(r.words[k]);
}

/** "… killed along with her two children", "together with his wife": more victims after the casualty word. */
const ALONG = new Set(['along', 'together']);
function alongWith(r: Reader, j: number): Phrase | null {
  let k = j;
  while (k < r.to && r.tokens[k].pos === 'ADV' && !ALONG.has(r.words[k])) k++;
  if (ALONG.has(r.words[k]) && r.words[k + 1] === 'with') k += 2;
  else if (r.words[k] === 'alongside' || r.words[k] === 'with' && /^(his|her|their)$/.test(r.words[k + 1] ?? '')) k += 1;
  else return null;
  return list(r, k, 'after');
}

/** The victims after the casualty word: "killing at least 17 people", "the death of a local man", "the death toll rose to 30". */
function readAfter(r: Reader, hit: CueHit<'dead' | 'injured'>): { phrase: Phrase; rules: RuleSpan[]; part: boolean } | null {
  const { words, tokens } = r;
  const w = words[hit.first];
  let j = hit.end;
  const rules: RuleSpan[] = [];
  // "the dead included two children"
  if (INCLUDED.has(words[j]) && (w === 'dead' || w === 'killed' || w === 'wounded' || w === 'injured')) {
    const p = list(r, j + 1, 'after');
    return p ? { phrase: p, rules, part: true } : null;
  }
  if (w === 'death' && words[j] === 'toll' || w === 'toll') {
    // "the death toll rose to 30", "a death toll of 12", "the toll stands at 9"
    const start = j;
    j += words[j] === 'toll' ? 1 : 0;
    for (let n = 0; n < 10 && j < r.to; n++) {
      const u = update(words, j, r.to);
      if (u) { rules.push({ id: 'toll-update', first: start, end: j + u.length }); j += u.length; break; }
      // ("of" before a name opens a phrase of its own: "the city of Kharkiv")
      if (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'VERB' || (words[j] === 'of' && tokens[j + 1]?.pos !== 'PROPN') || words[j] === 'at' || words[j] === 'to' || words[j] === ':') j++;
      // "the death toll from the war has risen to …", "the toll since March rose to …": a phrase of its own, skipped
      else if (tokens[j].pos === 'ADP' || tokens[j].pos === 'SCONJ' || words[j] === 'since') {
        j++;
        // news29: a hyphenated modifier inside it ("Ukraine's second-largest city of Kharkiv") is one word.
        while (j < r.to && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'NUM' && !/^\d/.test(words[j]) || words[j] === "'s" ||
          (words[j] === '-' && tokens[j - 1].pos === 'ADJ' && tokens[j + 1]?.pos === 'ADJ'))) j++;
      } else break;
    }
    const p = list(r, j, 'after');
    return p ? { phrase: p, rules, part: false } : null;
  }
  if (words[j] === 'of' && NOMINAL.has(w)) j++;
  else if (!(TRANSITIVE.test(w) || TRANSITIVE_PHRASES.has(words.slice(hit.first, hit.end).join(' '))) || NOMINAL.has(w) && w !== 'killing' && w !== 'murder') return null;
  // "killed and mutilated the body of a member", "reportedly killing"
  for (let n = 0; n < 3 && j < r.to; n++) {
    if (tokens[j].pos === 'ADV' && words[j] !== 'at' || words[j] === 'off') j++;
    else if (words[j] === 'and' && tokens[j + 1]?.pos === 'VERB') j += 2;
    else break;
  }
  if ((words[j] === 'the' || words[j] === 'a') && (words[j + 1] === 'body' || words[j + 1] === 'bodies') && words[j + 2] === 'of') j += 3;
  const p = list(r, j, 'after') ?? namedAfter(r, j);
  return p ? { phrase: p, rules, part: false } : null;
}

/** "killed Ahmed Ali, a doctor": a name after a transitive casualty word is one person. */
function namedAfter(r: Reader, j: number): Phrase | null {
  let k = j;
  while (k < r.to && r.tokens[k].pos === 'PROPN' && k - j < 6) k++;
  if (k === j || r.tokens[k]?.pos === 'NOUN' || r.tokens[k]?.pos === 'PROPN') return null;
  return { low: 1, best: 1, high: 1, first: j, end: k, count: j, one: true, more: false, rules: [{ id: 'named-person', first: j, end: k }] };
}

/** The group (a list of counts) that ends at token g (or, up to `upTo`, runs over the clause after it), read
 * from the furthest opener within reach. */
function groupEndingAt(r: Reader, g: number, upTo = g): Phrase | null {
  const { words } = r;
  let found: Phrase | null = null;
  for (let s = g - 1; s >= Math.max(r.from, g - BACK_REACH); s--) {
    const w = words[s];
    if (w === '.' || w === ';' || w === ':' || w === '"' || w === '“' || w === '”') break;
    // Only a word that can open a group is tried: a number, an article, a determiner, a bound, a pronoun.
    if (!mayOpen(r, s)) continue;
    const p = list(r, s, 'before');
    if (p && p.end >= g && p.end <= upTo) found = p;
  }
  return found;
}

/** The participles that open a phrase describing the people before them, with the word that takes their complement ("two men
 * suspected of robbery", "a youth accused of theft", "three people believed to be miners", "two men identified as traders"):
 * general English reduced relatives. Not an adjective before a noun ("63 known civilians"): the complement word must follow. */
const DESCRIBING_PARTICIPLES: ReadonlySet<string> = new Set(['suspected', 'accused', 'believed', 'thought', 'alleged', 'said', 'described',
  'identified']);
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['of', 'to', 'as']);
/** Round 34: participles that tell where or how the people were when it happened, with the preposition after them ("two civilians
 * caught in crossfire were killed", "three children playing near the school", "worshippers gathered at the mosque"): the same
 * general English reduced relative, of place. */
const WHERE_PARTICIPLES: ReadonlySet<string> = new Set(['caught', 'trapped', 'sheltering', 'travelling', 'traveling', 'riding', 'waiting', 'standing',
  'sitting', 'playing', 'working', 'living', 'gathered', 'queuing', 'queueing', 'praying', 'shopping', 'passing', 'walking', 'driving', 'fishing', 'farming']);
const WHERE_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'near', 'inside', 'outside', 'along', 'by', 'through', 'into']);
/** How far before token g such a phrase may open. */
const DESCRIBING_REACH = 6;
/** Where a describing participle phrase ending at token g opens (no comma or stop between), or -1. */
function describingParticipleBefore(words: readonly string[], g: number, from: number): number {
  for (let k = g - 2; k > Math.max(from, g - DESCRIBING_REACH - 1); k--) {
    if (words[k] === ',' || words[k] === '.' || words[k] === ';') return -1;
    if (DESCRIBING_PARTICIPLES.has(words[k]) && COMPLEMENT_OPENERS.has(words[k + 1])) return k;
    if (WHERE_PARTICIPLES.has(words[k]) && WHERE_OPENERS.has(words[k + 1])) return k;
  }
  return -1;
}

/** Where a relative clause set off by commas and ending at token g opens (", who …", ", one of whom …"): its comma, or -1. */
function relativeBefore(words: readonly string[], g: number, from: number): number {
  for (let k = g - 1; k > Math.max(from, g - 10); k--) {
    if (words[k] !== ',') continue;
    const a = words[k + 1], b = words[k + 2], c = words[k + 3];
    return a === 'who' || a === 'whom' || b === 'of' && c === 'whom' || b === 'whom' ? k : -1;
  }
  return -1;
}

/** Words that open the parts of a total told before them ("…, including …", "…, among them …"). */
const PARTS_BEFORE = new Set(['including', 'them', 'whom']);
/** How far back of its parts a total may be told ("18 civilians, all members of the Abu Obaid family, including"). */
const TOTAL_REACH = 24;

/** Where the parts a group belongs to open, within its comma-set segment ("…, including a mother with her five
 * children"): the token of "including" / "them" / "whom", or -1. */
function partsOpenerBefore(words: readonly string[], first: number): number {
  for (let k = first - 1; k >= Math.max(0, first - 8); k--) {
    if (PARTS_BEFORE.has(words[k])) return k;
    if (words[k] === ',' || words[k] === '.' || words[k] === ';') return -1;
  }
  return -1;
}

/** The total whose parts open at token k ("including"): a count phrase that ends before k, with only a noun
 * phrase or an apposition set off by commas between, in the same clause. */
function totalBefore(r: Reader, k: number, parts: number): Phrase | null {
  const { words, tokens } = r;
  if (words[k] === 'them' || words[k] === 'whom') k--; // "among them", "of whom"
  if (words[k - 1] !== ',') return null;
  // The furthest count of the clause is its total ("at least 38 members of the family across three generations, including …").
  let total: Phrase | null = null;
  for (let s = k - 2; s >= Math.max(r.from, k - TOTAL_REACH); s--) {
    const w = words[s];
    if (w === '.' || w === ';' || w === ':' || w === '"' || w === '“' || w === '”') break;
    // a verb between ends the clause: the total is told in another one
    if ((tokens[s].pos === 'VERB' || tokens[s].pos === 'AUX') && !/ed$|ing$/.test(w)) break;
    if (!mayOpen(r, s)) continue;
    const p = list(r, s, 'before');
    // (the total may run over the first of its parts: "seven members, including a mother with her five children")
    if (p && !p.one && p.end <= parts && p.end > s) total = p;
  }
  return total;
}

/** The victims before the casualty word: "nine militiamen were killed", "two children were among the dead", "12 fatalities". */
/** The words a body's capitalised name may hold besides its capitalised ones. */
const NAME_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'the', 'and', '-']);
/** How many words a body's name may run to before the casualty word. */
const NAME_REACH = 10;
/** Round 40: where the first word of a capitalised name ending right before `g` stands (its acronym in parentheses skipped), when a
 * count stands right before it; else -1 ("three Volunteers for the Defence of the Homeland (VDP)": the index of "Volunteers"). */
function namedBodyHead(r: Reader, g: number): number {
  const { words, tokens } = r;
  let j = g - 1;
  if (words[j] === ')' && words[j - 2] === '(' && /^[A-Z]{2,}$/.test(tokens[j - 1]?.text ?? '')) j -= 3;
  const end = j;
  while (j > r.from && end - j < NAME_REACH && (isCapital(tokens[j].text) || NAME_LINKS.has(words[j]))) j--;
  const head = j + 1;
  if (head > end || !isCapital(tokens[head].text) || NAME_LINKS.has(words[end])) return -1;
  return countFollows(tokens, words, head - 1) ? head : -1;
}
const isCapital = (t: string): boolean => isCapitalCode(t.charCodeAt(0));

function readBefore(r: Reader, c: number): { phrase: Phrase; rules: RuleSpan[]; part: boolean; also: boolean } | null {
  const { words, tokens } = r;
  let k = c - 1, commas = 0, partOf = false, also = false, closer = -1;
  while (k >= r.from) {
    const w = words[k];
    if (NEGATION.has(w)) return null;
    if ((w === ',' || w === '–' || w === '—' || w === '-') && commas++ === 0) { if (w === '–' || w === '—') closer = k; k--; continue; }
    // "among the dead", "were shot and killed": "the" and "and" only so
    // "was beaten to death": the verb before "to death" is part of the casualty phrase
    const toDeath = tokens[k].pos === 'VERB' && words[k + 1] === 'to' && words[k + 2] === 'death';
    // world31: the casualty word in scare quotes ("were 'neutralised'"): its opening quote is part of it.
    const gap = toDeath || (k === c - 1 && QUOTE_MARKS.has(w)) || ((w === 'the' || w === 'those') ? words[k - 1] === 'among' : w === 'and' ? tokens[k + 1]?.pos === 'VERB' : GAP.has(w));
    if (gap || tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' && w !== 'when') {
      if (w === 'also' || w === 'well' && words[k - 1] === 'as') also = true;
      if (part(words, k, c)) partOf = true;
      k--;
      continue;
    }
    break;
  }
  let g = k + 1;
  if (g <= r.from) return null;
  // "Ahmed Ali, 25, was killed", "Batoul (7) was killed": the age in apposition is skipped
  if (/^\d+$/.test(words[g - 1]) && words[g - 2] === ',' && Number(words[g - 1]) <= 120 && r.tokens[g - 3]?.pos === 'PROPN') g -= 2;
  else if (words[g - 1] === ')' && /^\d+$/.test(words[g - 2]) && words[g - 3] === '(') g -= 3;
  else if (/^\d+$/.test(words[g - 1] ?? '')) {
    // "Amal Haddad, aged either 40 or 41, was killed": an "aged" apposition, its hedge and its range, is skipped too
    let a = g - 1;
    while (a > r.from && a > g - 6 && words[a] !== 'aged') a--;
    if (words[a] === 'aged' && words[a - 1] === ',' && r.tokens[a - 2]?.pos === 'PROPN') g = a - 1;
  }
  // "one adult male – 19-year-old Karim Haddad – was killed", "four farmers – two of them identified as … – were killed": an
  // apposition between dashes restates the victims; the group is the one before the opening dash.
  let found = closer >= 0 ? dashedHead(r, closer) : null;
  found ??= groupEndingAt(r, g);
  // "At least 15 people, including …, one of whom was pregnant, were killed": a relative clause set off by commas
  // before the casualty word is skipped, and the group is the one before it.
  if (!found) {
    const rel = relativeBefore(words, g, r.from);
    if (rel > r.from) found = groupEndingAt(r, rel, g);
  }
  // news28: "Two men suspected of being robbers were beaten to death": a participle phrase describing the group is skipped too.
  if (!found) {
    const p = describingParticipleBefore(words, g, r.from);
    if (p > r.from) found = groupEndingAt(r, p);
  }
  // Round 40: "Four soldiers and three Volunteers for the Defence of the Homeland (VDP) were killed": a count of a body's members
  // told by its full name (capitalised words and the name's own "for", "of", "the", its acronym in parentheses after it): the
  // count and the name's first word are the group.
  if (!found) {
    const head = namedBodyHead(r, g);
    if (head > r.from) found = groupEndingAt(r, head + 1);
  }
  // "18 civilians, all members of the X family, including at least seven children and seven women, were killed": the
  // group read last is the parts of a total told before them; the toll is the total (codebook and UCDP: parts are
  // never the toll, and a total and its parts are never added).
  const opener = found ? partsOpenerBefore(words, found.first) : -1;
  if (found && opener >= 0) {
    const total = totalBefore(r, opener, found.first);
    if (total) found = extend(total, { end: found.end, rules: [...total.rules, { id: PARTS_RULE, first: total.end, end: found.end }] });
  }
  // Agreement: a singular verb has one subject. Descriptions of one person told one after another ("a young civilian, an
  // entrepreneur and a father of twins, X, was killed") are one victim, not a group of three.
  // (Commas set the descriptions off: "a soldier and a civilian was killed", a slip of agreement, still names two.)
  if (found && found.best > 1 && words.slice(found.end, c).includes('was') && !words.slice(found.end, c).includes('were') && words.slice(found.first, found.end).includes(',') &&
    found.rules.every((x) => x.id === 'one-person' || x.id === 'sum-of-groups' || x.id === 'named-person')) {
    found = extend(found, { low: 1, best: 1, high: 1, one: true, rules: [...found.rules, { id: 'one-subject-singular-verb', first: found.first, end: c }] });
  }
  // "Mahmoud Othman was killed": a name before a singular passive is one person
  if (!found && r.tokens[g - 1]?.pos === 'PROPN' && words.slice(g, c).includes('was')) {
    let s = g - 1;
    while (s > r.from && r.tokens[s - 1].pos === 'PROPN' && g - s < 6) s--;
    // "a poet and teacher, 36-year-old Karim Haddad, was killed": an age told as a compound before the name is part of it.
    const age = words[s - 1] === 'old' && words[s - 2] === '-' && /^years?$/.test(words[s - 3] ?? '') && words[s - 4] === '-' && /^\d+$/.test(words[s - 5] ?? '') ? 5 : 0;
    const before = words[s - 1 - age] ?? '';
    if (s - age === r.from || before === ',' || before === 'and' || before === '–' || r.tokens[s - 1 - age].pos === 'ADP' && before !== 'of' || r.tokens[s - 1 - age].pos === 'ADV') {
      found = { low: 1, best: 1, high: 1, first: s, end: g, count: s, one: true, more: false, rules: [{ id: 'named-person', first: s, end: g }] };
    }
  }
  return found ? { phrase: found, rules: [], part: partOf, also } : null;
}

/** How many tokens an apposition between dashes may run. */
const DASHED_REACH = 16;
/** The group told before an apposition between dashes whose closing dash is at `closer` ("one adult male – … –"), or null
 * when there is no opening dash within reach of it in the sentence, or no group before it. */
function dashedHead(r: Reader, closer: number): Phrase | null {
  for (let d = closer - 1; d > r.from && d >= closer - DASHED_REACH; d--) {
    const w = r.words[d];
    if (w === '.' || w === ';') return null;
    if (w === '–' || w === '—') {
      // The group may read the apposition as its parts ("four farmers – two of them named –"): it may run up to the closing dash.
      const head = groupEndingAt(r, d, closer);
      return head ? extend(head, { rules: [...head.rules, { id: 'apposition-skipped', first: d, end: closer + 1 }] }) : null;
    }
  }
  return null;
}

const OPENERS = new Set(['a', 'an', 'the', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'he', 'she', 'both', 'between', 'at', 'up',
  'as', 'more', 'over', 'no', 'not', 'some', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'an', 'estimated', 'upwards',
  'in', 'close', 'reportedly', 'a', 'total']);
const mayOpen = (r: Reader, s: number): boolean => r.tokens[s].pos === 'NUM' || OPENERS.has(r.words[s]) || r.words[s] in VAGUE_QUANTITIES ||
  r.words[s] in NUMBER_WORDS || /^\d/.test(r.words[s]);

const REMNANT = new Set(['over', 'leftover', 'remnant', 'remnants', 'relic', 'relics', 'legacy', 'leftovers']);
/** Tallies: a marker ("since March", "in the past week", "killed in the war", "dozens of raids") governs the
 * nearest figure of each kind within its reach, which then counts for no incident's toll. */
const TALLY_REACH = 8;
const capital = (t: Tok | undefined): boolean => !!t && /^[A-Z][a-z]/.test(t.text);
/** A one-word rate ("daily", "weekly") written as a title's word: capitalised, not opening the sentence, and
 * followed by another capitalised word ("The Daily Star", "the Daily Monitor"). */
function outletTitle(tokens: readonly Tok[], t: number): boolean {
  if (!capital(tokens[t]) || !capital(tokens[t + 1])) return false;
  const prev = tokens[t - 1]?.text ?? '';
  return prev !== '' && !/^[.!?:;"“]$/.test(prev);
}
function markTallies(r: Reader, figs: CountFigure[]): void {
  if (!figs.length) return;
  const { words, tokens } = r;
  const markers: Array<{ id: string; first: number; end: number; any: boolean; governs?: (f: CountFigure) => boolean }> = [];
  /** Round 32: where "since" or a period phrase stands (any word after "since"): read with a count in the present perfect. */
  const periods: Array<[number, number]> = [];
  for (let t = r.from; t < r.to; t++) {
    const w = words[t];
    if (w === 'since' && !sinceLately(words, t + 1)) periods.push([t, t + 1]);
    if (w === 'since' && (SINCE_PERIOD.has(words[t + 1]) || /^\d{4}$/.test(words[t + 1] ?? ''))) {
      markers.push({ id: 'tally-since', first: t, end: t + 2, any: false, governs: sinceGoverns(r, t) });
      continue;
    }
    const p = tallyPhrase(words, t, r.to);
    // world17: a rate word capitalised inside a name is a newspaper's title, no period: "The Daily Star reported",
    // "told the Daily Nation", "Weekly Trust" (the press of Bangladesh, Kenya, Nigeria, Uganda... names its papers so).
    if (p && p.length === 1 && outletTitle(tokens, t)) continue;
    // Round 33: …and the rate word used as the noun for a paper ("a national daily", "the Urdu-language daily reported", "(national
    // daily)"): after a determiner or an adjective, with no noun after it (general English: "daily" is then a noun, "a daily
    // newspaper"); "the daily shelling of the town" stays a rate.
    if (p && p.length === 1 && RATE_NOUNS.has(w) && (tokens[t - 1]?.pos === 'DET' || tokens[t - 1]?.pos === 'ADJ') &&
      tokens[t + 1]?.pos !== 'NOUN' && tokens[t + 1]?.pos !== 'ADJ' && tokens[t + 1]?.pos !== 'PROPN') continue;
    if (p) {
      const phrase = words.slice(t, t + p.length).join(' ');
      const next = words.slice(t + p.length, t + p.length + 3);
      const ok = NEEDS_PERIOD.has(phrase) ? next.some((x) => PERIOD_WORDS.has(x)) : !RATE.test(phrase) || !NOT_RATE.has(next[0] ?? '');
      // w26: a rate word before a noun it describes that names no incidents ("a daily wage labourer", "a weekly newspaper", "his
      // monthly salary") says what kind of thing the noun is, not how often people die; "daily shelling", "weekly raids" stay rates.
      if (ok && p.length === 1 && tokens[t + 1]?.pos === 'NOUN' && !incidentsWord(words, t + 1, r.to)) continue;
      if (ok) { markers.push({ id: 'tally-period', first: t, end: t + p.length, any: false }); periods.push([t, t + p.length]); t += p.length - 1; continue; }
    }
    // "a mine left over from the war", "remnants of the conflict": the war names the weapon's past, not a tally.
    if (CONFLICT_LINKS.has(w) && !REMNANT.has(words[t - 1] ?? '')) {
      for (let k = t + 1; k <= t + 4 && k < r.to; k++) {
        if (words[k] === ',' || tokens[k].pos === 'VERB' || tokens[k].pos === 'ADP') break;
        const cw = conflictWord(words, k, r.to);
        // probe5: "campaign" before a noun is an election's or a cause's ("during a campaign event", "at a campaign rally"),
        // not a war's: no tally. (Not the other conflict words: "killed by occupation aircraft" is the war's.)
        if (cw && words[k] === 'campaign' && cw.length === 1 && tokens[k + 1]?.pos === 'NOUN') break;
        // Round 36: …nor one a noun before it names as a cause's ("during a vaccination campaign", "an election campaign"); a war's
        // is named by its means ("a bombing campaign", "the military campaign").
        if (cw && words[k] === 'campaign' && cw.length === 1 && k > t + 1 && tokens[k - 1].pos === 'NOUN' && !WAR_CAMPAIGNS.has(words[k - 1])) break;
        if (cw && words[k + cw.length] !== '-' && words[k - 1] !== '-') { markers.push({ id: 'tally-conflict', first: t, end: k + cw.length, any: false }); break; }
      }
    }
    // "after days of clashes", "weeks of fighting"
    if (PERIOD_WORDS.has(w) && words[t + 1] === 'of' && SPELL_NOUNS.has(words[t + 2])) { markers.push({ id: 'tally-period', first: t, end: t + 3, any: false }); continue; }
    if (MANY.has(w)) {
      let k = t + 1 + (words[t + 1] === 'of' ? 1 : 0);
      while (k < r.to && k < t + 5 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN') && !incidentsWord(words, k, r.to)) k++;
      const iw = incidentsWord(words, k, r.to);
      if (iw) markers.push({ id: 'tally-many-incidents', first: t, end: k + iw.length, any: true });
    }
  }
  for (const m of markers) {
    for (const kind of ['dead', 'injured'] as const) {
      let best: CountFigure | null = null, bestD = Infinity;
      for (const f of figs) {
        if (f.kind !== kind || m.governs && !m.governs(f)) continue;
        // case16: a marker governs no count of a later coordinated clause with a subject of its own ("devices have been found since
        // September, and four children have died in a blast": the deaths are one incident's).
        if (m.end <= f.first && coordinatedClause(m.end, f.first, tokens)) continue;
        const d = m.end <= f.first ? f.first - m.end : f.end <= m.first ? m.first - f.end : 0;
        if (d < bestD && !words.slice(Math.min(m.end, f.end), Math.max(m.first, f.first)).includes(';')) { best = f; bestD = d; }
      }
      if (!best || !m.any && bestD > TALLY_REACH) continue;
      best.role = 'tally';
      best.rules.push({ id: m.id, first: m.first, end: m.end });
    }
  }
  perfectTallies(r, figs, periods);
}

/** Round 32: a count told in the present perfect with a period in its clause ("more than 170 people have been killed in the state
 * since ethnic violence broke out", "exchanges of fire since Oct. 8 have killed more than 350 people", "40 civilians have been
 * killed in strikes in the region this month") is a total up to now, however far the period stands from the count (general English:
 * the present perfect with "since" or "this month" sums what happened over the span; a single incident is told in the past:
 * "were killed on Monday"). The clause: no comma or semicolon between the count, its verb and the period. */
const PERFECT_AUX: ReadonlySet<string> = new Set(['have', 'has', "'ve"]);
/** "since Thursday", "since early Sunday", "since dawn": a span of hours or days (lexicon/counting.ts SINCE_LATELY). */
function sinceLately(words: readonly string[], k: number): boolean {
  if (words[k] === 'early' || words[k] === 'late' || words[k] === 'last' || words[k] === 'this') k++;
  return SINCE_LATELY.has(words[k] ?? '');
}
function perfectTallies(r: Reader, figs: CountFigure[], periods: ReadonlyArray<[number, number]>): void {
  if (!periods.length) return;
  const { words } = r;
  for (const f of figs) {
    // A count another marker made a tally is marked too (its act then tells no incident either: mentions.ts tallyOnly); not one
    // made a tally for another reason (a past deed, an addition).
    if (f.role === 'tally' && !f.rules.some((x) => x.id === 'tally-since' || x.id === 'tally-period')) continue;
    const aux = perfectBefore(words, f.cue, r.from);
    if (aux < 0) continue;
    // The core of the clause: the count, its perfect and its casualty word (not the parts a total's count may run on to).
    const a = Math.min(aux, f.at), b = Math.max(f.at, f.cue) + 1;
    const period = periods.find(([p, q]) => inOneClause(words, Math.min(p, a), Math.max(q, b)));
    if (!period) continue;
    f.role = 'tally';
    f.rules.push({ id: 'tally-perfect', first: Math.min(period[0], aux), end: Math.max(period[1], b) });
  }
}
/** Whether tokens [from, to) hold no comma, semicolon or colon: one clause (perfectTallies; mentions.ts tallyOnly). */
export function inOneClause(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k] === ',' || words[k] === ';' || words[k] === ':') return false;
  return true;
}
/** The "have / has" of a perfect that ends at the casualty word `cue` ("have been killed", "has killed", "have reportedly died"), or -1. */
function perfectBefore(words: readonly string[], cue: number, from: number): number {
  let k = cue - 1;
  if (words[k] === 'been') k--;
  while (k >= from && k > cue - 4 && words[k].endsWith('ly')) k--;
  if (words[k] === 'been') k--;
  return k >= from && PERFECT_AUX.has(words[k]) ? k : -1;
}

/** "since March" governs the nearest count; "since the group launched its attacks, killing 130" tells the
 * past event that began the period, whose own count is no tally: a "since" clause with a verb governs only
 * the counts before it, and those after the comma that ends it unless a participle continues it. */
function sinceGoverns(r: Reader, t: number): (f: CountFigure) => boolean {
  let end = t + 1, verb = false;
  while (end < r.to && r.words[end] !== ',' && r.words[end] !== ';') { if (r.tokens[end].pos === 'VERB' && end - t <= 8) verb = true; end++; }
  if (!verb) return () => true;
  return (f) => f.end <= t || f.first > end && r.tokens[end + 1]?.pos !== 'VERB';
}

/** Round 36: the nouns that make a campaign a war's ("a bombing campaign", "an air campaign"). */
const WAR_CAMPAIGNS: ReadonlySet<string> = new Set(['bombing', 'military', 'air', 'terror', 'shelling', 'drone', 'missile', 'counterinsurgency',
  'counter-insurgency', 'insurgency', 'assassination', 'kidnapping', 'killing', 'guerrilla', 'army', 'ground', 'artillery', 'war']);
