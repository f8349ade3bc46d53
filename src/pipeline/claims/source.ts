// A source phrase → the ClaimSource it names: a short canonical name and a kind. Known
// organisations come first (SOHR for "The Syrian Observatory for Human Rights (SOHR)"), then the
// phrase's nouns ("military source", "analysts"); pronouns take their antecedent's name.
import type { ClaimSource, SourceKind } from '../../types.js';
import {
  ANONYMITY_MARKERS, HEAD_NOUN_KINDS, KNOWN_SOURCES, MILITARY_MARKERS, NAME_DROP_WORDS, STATE_MEDIA_MARKERS,
  type KnownSource,
} from '../../lexicon/source-kinds.js';

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
const PAREN_ABBREVIATION = /\(([A-Z][A-Za-z0-9.&-]{1,9})\)/;
/** "SOHR's sources": the owner speaks through the nouns after the possessive. */
const THROUGH = /^(.+?)['’]s?\s+((?:own\s+)?(?:sources?|informants?|contacts?|correspondents?|reporters?|network|activists?))$/i;
const PERSON_TITLE = /^(?:mr|mrs|ms|dr|gen|col|lt|sgt|sen|rep|gov|prof|president|minister|secretary|spokesman|spokeswoman)\.?$/i;

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
  if (ANONYMITY_MARKERS.test(context)) return 'anonymous';
  if (STATE_MEDIA_MARKERS.test(text)) return 'state_media';
  const words = text.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = HEAD_NOUN_KINDS[words[i]];
    if (!kind) continue;
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

/** Name and kind of the source phrase `core` (the whole span `text`, `context` a little wider). */
export function readSource(core: string, text: string, context: string): SourceReading {
  const through = THROUGH.exec(core);
  if (through) {
    const owner = readSource(through[1], through[1], through[1]);
    const viaText = through[2];
    return { ...owner, via: { name: viaText.toLowerCase(), kind: kindOfWords(viaText, context), text: viaText, offset: core.length - viaText.length } };
  }
  const known = knownSource(core) ?? knownSource(text);
  if (known) {
    // "a SANA correspondent", "an IDF spokeswoman": the organisation's, but a person speaks.
    return { name: known.name, kind: known.kind };
  }
  return { name: shortName(core), kind: kindOfWords(text, context) };
}

/** Looks like a person's name: capitalised words, no organisation noun. */
export function isPersonName(s: Pick<ClaimSource, 'name' | 'kind'>): boolean {
  if (s.kind !== 'other') return false;
  const words = s.name.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[A-Z]/.test(w) || PERSON_TITLE.test(w));
}
