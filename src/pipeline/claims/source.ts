// A source phrase → the ClaimSource it names: a short canonical name and a kind. Known
// organisations come first (SOHR for "The Syrian Observatory for Human Rights (SOHR)"), then the
// phrase's nouns ("military source", "analysts"); pronouns take their antecedent's name.
import type { ClaimSource, SourceKind } from '../../types.js';
import {
  ANONYMITY_MARKERS, ARMED_GROUP_MARKERS, GROUP_ACRONYM_LIST, GROUP_NAME_BRANCHES, HEAD_NOUN_KINDS, KNOWN_SOURCES, MILITARY_MARKERS,
  NAME_DROP_WORDS, OUTLET_WORDS, STATE_MEDIA_MARKERS, type KnownSource,
} from '../../lexicon/source-kinds.js';
import { extend } from '../extend.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byName = new Map<string, KnownSource>();
const byAcronym = new Map<string, KnownSource>();
for (const k of KNOWN_SOURCES) {
  for (const n of k.names ?? []) byName.set(n.toLowerCase(), k);
  for (const a of k.acronyms ?? []) byAcronym.set(a, k);
}
const longestFirst = (xs: string[]) => xs.sort((a, b) => b.length - a.length).map(escape).join('|');
const NAME_RE = new RegExp(`(?<![\\w-])(?:${longestFirst([...byName.keys()])})(?![\\w-])`, 'i');
const ACRONYM_RE = new RegExp(`(?<![\\w-])(?:${longestFirst([...byAcronym.keys()])})(?![\\w-])`);
/** "(SOHR)", "(YJC)": an acronym in brackets names the organisation; "(R-Ky.)" or "(D)" does not. */
const PAREN_ABBREVIATION = /\(([A-Z][A-Z0-9&]{1,8})\)/;
/** "SOHR's sources": the owner speaks through the nouns after the possessive. */
const THROUGH = /^(.+?)['’]s?\s+((?:own\s+)?(?:sources?|informants?|contacts?|correspondents?|reporters?|network|activists?))$/i;

// Readings are remembered per phrase (see WordsReading, readSourceKeyed). The cache is bounded, and
// cleared whole when full, so a long-running process never grows it without limit.
const MEMO_LIMIT = 20_000;
const wordsCache = new Map<number, { core: string; text: string; reading: WordsReading }>();
function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export interface SourceReading {
  name: string;
  kind: SourceKind;
  via?: { name: string; kind: SourceKind; text: string; offset: number };
}

export function knownSource(text: string): KnownSource | null {
  const m = NAME_RE.exec(text) ?? null;
  const a = ACRONYM_RE.exec(text) ?? null;
  if (m && (!a || m.index <= a.index)) return byName.get(m[0].toLowerCase()) ?? null;
  return a ? byAcronym.get(a[0]) ?? null : null;
}

/** The kind a phrase's own words give it (known organisations aside). */
export function kindOfWords(text: string, context: string): SourceKind {
  return ANONYMITY_MARKERS.test(context) ? 'anonymous' : kindOfText(text);
}

/** kindOfWords without the context's anonymity markers. */
function kindOfText(text: string): SourceKind {
  if (STATE_MEDIA_MARKERS.test(text)) return 'state_media';
  if (OUTLET_WORDS.test(text) && !/\b(?:reporters?|correspondents?)\b/i.test(text)) return 'news_agency';
  const words = text.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = HEAD_NOUN_KINDS[words[i]];
    if (!kind) continue;
    if ((kind === 'government' || kind === 'military') && ARMED_GROUP_MARKERS.test(text)) return 'other';
    if ((kind === 'government' || kind === 'anonymous') && MILITARY_MARKERS.test(text)) return 'military';
    return kind;
  }
  return 'other';
}

/** A short name: the phrase without determiners, quantifiers, anonymity words or a trailing possessive. */
export function shortName(text: string): string {
  const abbr = PAREN_ABBREVIATION.exec(text);
  if (abbr) return abbr[1];
  const words = text.replace(/\s*\(.*?\)\s*/g, ' ').replace(/['’]s?$/, '').trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && NAME_DROP_WORDS.has(words[i].toLowerCase())) i++;
  return words.slice(i).join(' ');
}

/**
 * What a phrase's words alone tell (no context), remembered per phrase: the same sources recur across
 * an article and a corpus ("officials", "the ministry"), and reading one takes a dozen regex scans.
 * `contextual`: the kind is the words' kind unless the context marks the source anonymous; the
 * `via` kind is always so.
 */
export interface WordsReading {
  name: string;
  kind: SourceKind;
  contextual: boolean;
  via?: { name: string; kind: SourceKind; text: string; offset: number };
  /** What `name` looks like as a person's name (nameShape), read on first use. */
  shape?: NameShape;
}

export function readWords(core: string, text: string): WordsReading {
  const through = THROUGH.exec(core);
  if (through) {
    const owner = readSource(through[1], through[1], through[1]);
    const viaText = through[2];
    return extend(owner, { contextual: false, via: { name: viaText.toLowerCase(), kind: kindOfText(viaText), text: viaText, offset: core.length - viaText.length }, shape: undefined });
  }
  // A phrase that is all core (the usual case) is not searched twice: the names' pattern is long.
  const known = knownSource(core) ?? (text === core ? null : knownSource(text));
  if (known) {
    // "a SANA correspondent", "an IDF spokeswoman": the organisation's, but a person speaks.
    return { name: known.name, kind: known.kind, contextual: false, shape: undefined };
  }
  // "The regional governor, Jane Roe": a title, then the person's name in apposition.
  const appositiveName = /[a-z]/.test(core.replace(/^(?:The|A|An)\s/, '').charAt(0)) ? NAME_AFTER_TITLE.exec(text.slice(core.length)) : null;
  return { name: appositiveName ? appositiveName[1] : personAfterTitle(core) ?? shortName(core), kind: kindOfText(text), contextual: true, shape: undefined };
}

/**
 * Name and kind of the source phrase `core` (the whole span `text`); `context` is the text a little
 * wider, or whether it holds ANONYMITY_MARKERS when the caller has already read that.
 */
export function readSource(core: string, text: string, context: string | boolean): SourceReading {
  return inContext(readWords(core, text), context);
}

/**
 * readSource, remembered under `key`, a number the caller derives from the phrase's word ids: hashing
 * a fresh string for a Map key costs more than reading most phrases. The strings themselves decide
 * whether a remembered reading is this phrase's; they are kept as copies, not as slices that would
 * hold their whole article in memory.
 */
export function readSourceKeyed(core: string, text: string, context: string | boolean, key: number): SourceReading {
  return inContext(wordsKeyed(core, text, key), context);
}

/** What the phrase's words alone tell (readWords), remembered under `key` as readSourceKeyed says; read in its
 * context with inContext. */
export function wordsKeyed(core: string, text: string, key: number): WordsReading {
  let known = wordsCache.get(key);
  // A phrase that is all core (the usual case) is told by its text alone.
  if (!known || known.text !== text || (known.core === known.text ? core !== text : known.core !== core)) {
    const copy = detach(text);
    known = { core: core === text ? copy : detach(core), text: copy, reading: readWordsByParts(core, text) };
    remember(wordsCache, key, known);
  }
  return known.reading;
}

// readWords by parts. Most phrases the memo above meets for the first time are a core met before with an
// appositive after a comma ("Fatima Santos, a shop owner with the Norwegian Refugee Council"): on the bench
// corpus 17,160 new phrases hold 5,136 cores and 1,049 tails. What the core's words give, and what the tail's
// give, are read once each and put together as readWords puts the whole phrase's (source.test.ts compares).
/** What kindOfText and readWords read in a stretch of a phrase (a core, or the tail after it). */
interface PartFacts {
  /** The stretch itself (a copy, not a slice of its article). */
  text: string;
  stateMedia: boolean;
  outlet: boolean;
  reporters: boolean;
  /** The kind of the last word that has one (HEAD_NOUN_KINDS), as kindOfText reads words. */
  head: SourceKind | undefined;
  /** MILITARY_MARKERS and ARMED_GROUP_MARKERS in the stretch, read when first asked (0: not read yet). */
  military: 0 | 1 | 2;
  armed: 0 | 1 | 2;
  known: KnownSource | null;
  /** A core: THROUGH matches it (its reading is the core's alone); it opens, after an article, in lower case (a name in
   * apposition after it is then the name: NAME_AFTER_TITLE); its name (personAfterTitle, shortName). */
  through: boolean;
  titleFirst: boolean;
  name: string;
  /** A tail: NAME_AFTER_TITLE's name in it, or null. */
  appositive: string | null;
}
const REPORTERS = /\b(?:reporters?|correspondents?)\b/i;
/** A regex whose matches hold no comma and which looks one character either side at most (by \b): on a text
 * cut before a comma, it matches the whole when it matches one of the two parts, and only then. */
const LITERAL_WORDS = (re: RegExp): boolean => !re.source.includes(',') && !/\(\?[<=!]/.test(re.source);
/** Some armed groups' names hold a comma ("Return, Reclamation, Rehabilitation"): a core holding the words before
 * their comma is read with its tail whole. Null when such a name opens otherwise than with letters. */
const ARMED_COMMA_HEADS = ((): RegExp | null => {
  const heads: string[] = [];
  for (const b of GROUP_NAME_BRANCHES) {
    if (!b.includes(',')) continue;
    const m = /^([a-z]+)(\?)?/i.exec(b);
    const head = m ? (m[2] ? m[1].slice(0, -1) : m[1]) : '';
    if (!head) return null;
    heads.push(head);
  }
  return heads.length ? new RegExp(heads.join('|'), 'i') : /(?!)/;
})();
const BY_PARTS = ARMED_COMMA_HEADS !== null && !GROUP_ACRONYM_LIST.some((a) => a.includes(',')) &&
  [STATE_MEDIA_MARKERS, OUTLET_WORDS, REPORTERS, MILITARY_MARKERS].every(LITERAL_WORDS) &&
  [...byName.keys(), ...byAcronym.keys()].every((n) => !n.includes(','));
const coreMemo = new Map<string, PartFacts>();
const tailMemo = new Map<string, PartFacts>();

function partFacts(part: string, core: boolean): PartFacts {
  const text = detach(part);
  // kindOfText's words, split at what is not a letter or a hyphen, read from the last.
  const words = text.toLowerCase().split(/[^a-z-]+/);
  let head: SourceKind | undefined;
  for (let i = words.length - 1; i >= 0 && !head; i--) if (words[i]) head = HEAD_NOUN_KINDS[words[i]];
  const through = core && THROUGH.test(text);
  return {
    text, stateMedia: STATE_MEDIA_MARKERS.test(text), outlet: OUTLET_WORDS.test(text), reporters: REPORTERS.test(text), head,
    military: 0, armed: 0, known: through ? null : knownSource(text), through,
    titleFirst: core && /[a-z]/.test(text.replace(/^(?:The|A|An)\s/, '').charAt(0)),
    name: core && !through ? personAfterTitle(text) ?? shortName(text) : '',
    appositive: core ? null : NAME_AFTER_TITLE.exec(text)?.[1] ?? null,
  };
}
const coreFacts = (core: string): PartFacts => coreMemo.get(core) ?? remember(coreMemo, detach(core), partFacts(core, true));
const tailFacts = (tail: string): PartFacts => tailMemo.get(tail) ?? remember(tailMemo, detach(tail), partFacts(tail, false));
const military = (f: PartFacts): boolean => (f.military ||= MILITARY_MARKERS.test(f.text) ? 2 : 1) === 2;
const armed = (f: PartFacts): boolean => (f.armed ||= ARMED_GROUP_MARKERS.test(f.text) ? 2 : 1) === 2;

/** readWords(core, text), put together from what the core and the tail after it give, when the tail opens with a
 * comma (or there is none): kindOfText's and knownSource's regexes find a match in the text where they find one
 * in a part (BY_PARTS), and its words are the core's then the tail's. */
export function readWordsByParts(core: string, text: string): WordsReading {
  if (!BY_PARTS || (text !== core && (text.charCodeAt(core.length) !== 44 || !text.startsWith(core)))) return readWords(core, text);
  const c = coreFacts(core);
  if (c.through) return readWords(core, text);
  if (c.known) return { name: c.known.name, kind: c.known.kind, contextual: false, shape: undefined };
  const t = text === core ? null : tailFacts(text.slice(core.length));
  if (t !== null && t.known) return { name: t.known.name, kind: t.known.kind, contextual: false, shape: undefined };
  const name = c.titleFirst && t !== null && t.appositive !== null ? t.appositive : c.name;
  return { name, kind: kindOfParts(c, t, core, text), contextual: true, shape: undefined };
}

/** kindOfText(text) from its parts' facts. */
function kindOfParts(c: PartFacts, t: PartFacts | null, core: string, text: string): SourceKind {
  if (c.stateMedia || (t !== null && t.stateMedia)) return 'state_media';
  if ((c.outlet || (t !== null && t.outlet)) && !(c.reporters || (t !== null && t.reporters))) return 'news_agency';
  const kind = (t !== null ? t.head : undefined) ?? c.head;
  if (!kind) return 'other';
  if ((kind === 'government' || kind === 'military') &&
    (armed(c) || (t !== null && (armed(t) || (ARMED_COMMA_HEADS!.test(core) && ARMED_GROUP_MARKERS.test(text)))))) return 'other';
  if ((kind === 'government' || kind === 'anonymous') && (military(c) || (t !== null && military(t)))) return 'military';
  return kind;
}

const detach = (s: string): string => (s + '\u0000').slice(0, -1);

export function inContext(r: WordsReading, context: string | boolean): SourceReading {
  const anonymous = (r.contextual || r.via !== undefined) && (typeof context === 'boolean' ? context : ANONYMITY_MARKERS.test(context));
  const kind = r.contextual && anonymous ? 'anonymous' : r.kind;
  if (!r.via) return { name: r.name, kind };
  return { name: r.name, kind, via: extend(r.via, { kind: anonymous ? 'anonymous' : r.via.kind }) };
}

/** "Interior Minister Jane Roe", "army spokesman Col. Ali Reza": the person named after the last title word. */
function personAfterTitle(core: string): string | null {
  const words = core.split(/\s+/);
  let title = -1;
  for (let i = 0; i < words.length - 1; i++) if (words[i].toLowerCase().replace(/[^a-z-]/g, '') in HEAD_NOUN_KINDS) title = i;
  if (title < 0) return null;
  const rest = words.slice(title + 1);
  const capitalised = rest.filter((w) => /^[A-Z]/.test(w) || /^(?:al|el|bin|ibn|de|van|von|da|di)(?:-|$)/.test(w)).length;
  return rest.length >= 2 && capitalised === rest.length && /^[A-Z]/.test(rest[rest.length - 1]) ? rest.join(' ') : null;
}
const NAME_AFTER_TITLE = /^,\s*((?:(?:[A-Z][\w.'’-]*|(?:al|el|ad|ash|bin|ibn|de|del|van|von|da|di|la|le)(?:-[A-Z][\w'’-]*)?)\s?){2,5})(?=,|$)/;

/** Looks like a person's name: capitalised words, no organisation noun. */
export function isPersonName(s: Pick<ClaimSource, 'name' | 'kind'>): boolean {
  return personByShape(nameShape(s.name), s.kind);
}

/** Whether a name of this shape, of `kind`, is a person's (isPersonName). */
export const personByShape = (shape: NameShape, kind: SourceKind): boolean => shape.person === 2 || (shape.person === 1 && kind === 'other');

/**
 * What a name's words tell of it as a person's name, whatever its kind: `person` 0 when it is none, 1 when
 * it is one if its kind is 'other' (a single word), 2 when it is one; `surname`, its last word when it
 * has more than one. Remembered with a phrase's reading (WordsReading.shape): a source recurs.
 */
export interface NameShape { person: 0 | 1 | 2; surname: string | undefined }
const NO_PERSON: NameShape = { person: 0, surname: undefined };

export function nameShape(name: string): NameShape {
  // Every reading below needs a capital first letter: most names ("officials") end here, unsplit.
  const first = name.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return NO_PERSON;
  const words = name.split(/\s+/);
  if (words.length === 1) return /^[A-Z][a-z]/.test(name) && !knownSource(name) ? { person: 1, surname: undefined } : NO_PERSON;
  const last = words[words.length - 1].toLowerCase();
  const person = words.length <= 5 && words.every((w) => /^[A-Z]/.test(w)) && !(last in HEAD_NOUN_KINDS) && !OUTLET_WORDS.test(name) && !knownSource(name);
  return person ? { person: 2, surname: words[words.length - 1] } : NO_PERSON;
}
