// Hierarchy: how the places of a text name one another. "Kuito (Kuito, Bie)", "El Alto, La Paz", "Kafr Takharim
// in Idleb province", "the Al Nasr neighbourhood of Gaza city", "Shiirkaneeco village near Balet Weyne": the
// second place holds the first (or lies near it), and the word after a name says what kind of place it is
// ("province", "district", "village", "camp"). The resolver reads a holder to choose among namesakes (the Kuito
// inside Bie); the event reader reads it to fall back on the holder when the first name is unknown or read
// outside it (ACLED: an unknown village of a known district is coded to the district, precision 2).
// Pure: text and spans in, arrays out. Lexicon: src/lexicon/place-kinds.ts.
import {
  ADMIN1_WORDS, AREA_ADJ, ADMIN2_WORDS, COMPASS_WORDS, HOLDER_LINKS, LANDMARK_IN_TOWN, LANDMARK_NEAR_TOWN, LINK_FILLER, NEAR_LINKS, QUARTER_WORDS, TOWN_WORDS,
} from '../../lexicon/place-kinds.js';
import type { Span } from '../../types.js';
import { foldKey, skeletonKey } from '../../gazetteer/fold.js';
import { extend } from '../extend.js';

/** What kind of place the words around a name make it. `quarter`: a part of a town; `landmark`: a site in it. */
export type Kind = 'admin1' | 'admin2' | 'town' | 'quarter' | 'landmark-in' | 'landmark-near';
/** How a place is joined to its holder: "X (Y", "X, Y", "X in Y", "X near Y". */
export type Link = 'paren' | 'comma' | 'in' | 'near';

export interface Holder {
  /** Index of the holding place among the spans. */
  parent: number;
  link: Link;
  /** A comma inside a list closed by "and" ("Nashville and Cordova, Tennessee, Richmond, Virginia and …"): maybe a
   * holder ("Richmond, Virginia"), maybe the next item ("Makamba, Nyanza and Mabanda"); only a reading can tell. */
  list?: true;
}

export interface Hierarchy {
  /** The kind word right after each place ("Idlib province"), in its own name ("Idlib Governorate") or before it ("the town of X"). */
  kind: Array<Kind | null>;
  /** Where the kind word (or the name, without one) ends: the place's phrase, for reading what follows it. */
  kindEnd: number[];
  /** The place that holds each one (the next place in the text), or null. */
  holder: Array<Holder | null>;
}

/** How the places of `text` at `spans` name one another: readHierarchy, or a memo of it (HierarchyMemo). */
export type HierarchyOf = (text: string, spans: readonly Span[]) => Hierarchy;

const MAX_GAP = 64;
/** Words that may stand between a name and its landmark noun ("the Jabalia refugee camp"). */
const LANDMARK_ADJ = new Set(['refugee', 'military', 'idp', 'displacement', 'main', 'central', 'general', 'old', 'new', 'international',
  'army', 'police', 'security', 'border', 'grand', 'great', 'big', 'national', 'public', 'local', 'governmental', 'government']);
const WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*|\d+(?:[.,]\d+)?|[(),;:.[\]]/g;
/** One sticky-free global copy for kindAfter's scans (reset before each use): no regex compiled per name. */
const SCAN = new RegExp(WORD.source, 'g');

/** A capitalised name (up to three words) before an admin kind word, inside the words between two places. */
const UNKNOWN_HOLDER_SRC = String.raw`\b[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2}\s+(district|province|governorate|county|municipality|state|region|zone)\b`;
const UNKNOWN_HOLDER = new RegExp(UNKNOWN_HOLDER_SRC, 'u');
const UNKNOWN_HOLDER_ALL = new RegExp(UNKNOWN_HOLDER_SRC, 'gu');

/** A capitalised name (up to four words) first in parentheses, then a comma, right before the next place. */
const PAREN_UNKNOWN = /\(\s*[A-Z][\p{L}'’]*(?:[\s-]+[A-Z][\p{L}'’]*){0,3}(?:\s+([a-z]+))?\s*,\s*$/u;
/** The gap with a district the gazetteer lacks, first in parentheses ("(Raizh, ", "(Zorvik hromada, "), taken out. */
function parenUnknown(gapText: string): string | null {
  const m = PAREN_UNKNOWN.exec(gapText);
  return m && (!m[1] || kindOf(m[1])) ? gapText.slice(0, m.index) + '( ,' : null;
}

const lex = (s: string): string[] => (s.match(WORD) ?? []).map((w) => w.toLowerCase());

/** The kind a word gives the name before it. */
export function kindOf(word: string | undefined): Kind | null {
  if (!word) return null;
  if (ADMIN1_WORDS.has(word)) return 'admin1';
  if (ADMIN2_WORDS.has(word) && !QUARTER_WORDS.has(word)) return 'admin2';
  if (TOWN_WORDS.has(word)) return 'town';
  if (QUARTER_WORDS.has(word)) return word === 'district' || word === 'districts' ? 'admin2' : 'quarter';
  if (LANDMARK_IN_TOWN.has(word)) return 'landmark-in';
  if (LANDMARK_NEAR_TOWN.has(word)) return 'landmark-near';
  return null;
}

/** The kind words right after a name, and where they end (offsets into `text`). */
function kindAfter(text: string, end: number, limit: number): { kind: Kind | null; end: number } {
  const re = SCAN;
  re.lastIndex = end;
  let kind: Kind | null = null, at = end, pos = end, adj = 0, alias = 0, areaAdj = false;
  for (let m = re.exec(text); m && m.index < limit && m.index - pos <= 2; m = re.exec(text)) {
    const w = m[0].toLowerCase();
    pos = m.index + m[0].length;
    // "Zadran (Girda Chiri) district", "Nusay (Nasi Darwaz) district": the kind word after a parenthesised other
    // name (no place of its own: the scan stops at the next place).
    if (w === '(' && !kind && alias === 0 && pos === end + 2) { alias = 1; continue; }
    if (alias === 1) { if (w === ')') alias = 2; else if (m[0].charCodeAt(0) < 65 || m[0].charCodeAt(0) > 90) break; continue; }
    if (w === "'s" || w === '’s' || (w === ')' && !kind)) continue;
    // "Zurmi local government area" (Nigeria's LGA, its second level): a district.
    if (w === 'local' && !kind && /^\s+government\s+(?:area|council)s?\b/i.test(text.slice(pos, pos + 30))) {
      const m2 = /^\s+government\s+(?:area|council)s?\b/i.exec(text.slice(pos, pos + 30))!;
      kind = 'admin2'; at = pos + m2[0].length; re.lastIndex = at; pos = at; continue;
    }
    // "Chihuahua and Sonora states": a plural first-level unit in lower case ("United States" is a name).
    const k = kindOf(w) ?? (PLURAL_ADMIN1.has(m[0]) ? 'admin1' : null);
    // After an adjective only a landmark: "the Jabalia refugee camp", not "the New York Police Department"; or a unit
    // after an area adjective: "Kurram border district", "the Hayash tribal region".
    if (k && (adj === 0 || k === 'landmark-in' || k === 'landmark-near' || (areaAdj && (k === 'admin1' || k === 'admin2')))) { kind ??= k; at = pos; continue; }
    // "the Jabalia refugee camp": one adjective may stand before a landmark noun.
    if (!kind && adj === 0 && (LANDMARK_ADJ.has(w) || AREA_ADJ.has(w))) { adj++; areaAdj = AREA_ADJ.has(w); continue; }
    break;
  }
  // "the Tabbaneh area of Tripoli": an area "of" a town is a part of it.
  if (kind === 'landmark-near' && /^\s+of\b/.test(text.slice(at, at + 4)) && /areas?$/i.test(text.slice(Math.max(end, at - 6), at))) kind = 'quarter';
  return { kind, end: kind ? at : end };
}

/** "the town of X", "the province of X", "Barangay X": a kind word before the name. */
function kindBefore(text: string, start: number): Kind | null {
  const [w1, w2] = wordsBefore(text, start);
  // Most names follow a word that is no kind word at all: one set test, no slicing.
  if (!w1 || (w1 !== 'of' && !TOWN_WORDS.has(w1))) return null;
  const before = w2 ? [w2, w1] : [w1];
  const n = before.length;
  if (n >= 2 && before[n - 1] === 'of') {
    // "the province of X", "the town of X"; "the districts of X" are parts of X.
    const k = kindOf(before[n - 2]);
    // "Kadawa village of Zurmi": the kind word is the name's before it, and "of" names its holder, not its kind.
    if ((k === 'admin1' || k === 'town') && nameBefore(text, start)) return null;
    if (k === 'admin1' || k === 'town') return k;
    if (k === 'admin2' || k === 'quarter') return 'quarter';
  }
  const k = kindOf(before[n - 1]);
  return k === 'town' && !LANDMARK_ADJ.has(before[n - 1]) ? k : null;
}

/** Adjectives of the land around a place told with it ("X and surrounding areas"): general English words. */
const AROUND_WORDS = new Set(['surrounding', 'nearby', 'neighbouring', 'neighboring', 'adjacent', 'adjoining']);

/** The relation the words between two places state, or null when they state none. */
export function linkOf(gap: readonly string[]): Link | null {
  let link: Link | null = null;
  let j = 0;
  // The first place's own kind words ("X village (", "X district, ") belong to it.
  while (j < gap.length && (kindOf(gap[j]) || LANDMARK_ADJ.has(gap[j]) || AREA_ADJ.has(gap[j]))) j++;
  if (gap[j] === '(') (link = 'paren'), j++;
  else if (gap[j] === ',') (link = 'comma'), j++;
  for (; j < gap.length; j++) {
    const t = gap[j];
    if (t === ')') continue;
    // "X (Y) district, Z": a comma after a closing parenthesis joins the whole to its holder.
    if (t === ',') { link ??= 'comma'; continue; }
    if (NEAR_LINKS.has(t)) link = 'near';
    // "south of Y", "5 km from Y": a compass word or a distance, then "of"/"from", puts X near Y.
    else if (COMPASS_WORDS.has(t) && (gap[j + 1] === 'of' || gap[j + 1] === 'from')) (link = 'near'), j++;
    else if (HOLDER_LINKS.has(t)) { if (link !== 'near') link = link === 'paren' ? 'paren' : 'in'; }
    else if ((t === 'to' || t === 'from') && link === 'near') continue;
    // "the town of X and its countryside in Y", "X and its surroundings, Y": the land around X told with it, not a second place.
    // "X and surrounding areas in Y", "X and the nearby villages, Y" too.
    else if (t === 'and' && gap[j + 1] === 'its') continue;
    else if (t === 'and' && (AROUND_WORDS.has(gap[j + 1]) || (gap[j + 1] === 'the' && AROUND_WORDS.has(gap[j + 2])))) { j += gap[j + 1] === 'the' ? 2 : 1; continue; }
    else if (/^\d/.test(t) || LINK_FILLER.has(t) || kindOf(t)) continue;
    // Round 38: "Kyauktaw, a township town on the Kaladan river in Rakhine State": a river's, a lake's or a road's name after "the"
    // describes where the first place lies on its way to the holder (general English: "on the X river").
    else if (gap[j - 1] === 'the' && FEATURE_NOUNS.has(gap[j + 1] ?? '')) { j++; continue; }
    else return null;
  }
  // "X Y" with nothing between is one name the gazetteer split, not a relation.
  return link;
}

/** Nouns of a natural or built feature whose name may stand in an appositive between a place and its holder. */
const FEATURE_NOUNS: ReadonlySet<string> = new Set(['river', 'lake', 'coast', 'highway', 'road', 'valley', 'plain', 'plateau', 'delta', 'sea']);
/** Plural first-level units the singular lexicon (ADMIN1_WORDS) lacks, read only in lower case after a name. */
const PLURAL_ADMIN1 = new Set(['states', 'regions', 'oblasts', 'departments', 'wilayas', 'cantons']);
/** Between two names of a list: a comma, "and", "or", ", and". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
/** A plural unit word ending the kind words after a name ("… districts", "… states"). */
const PLURAL_UNIT = /(?:districts|provinces|governorates|states|regions|oblasts|municipalities|counties|territories|townships|prefectures|departments|raions)\s*$/i;

export function readHierarchy(text: string, spans: readonly Span[]): Hierarchy {
  const n = spans.length;
  const kind: Array<Kind | null> = new Array(n).fill(null), kindEnd: number[] = new Array(n), holder: Array<Holder | null> = new Array(n).fill(null);
  const kindShared: Array<Kind | null> = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const s = spans[i];
    const limit = i + 1 < n ? spans[i + 1].start : Math.min(text.length, s.end + MAX_GAP);
    // "Saint James Parish", "Idlib Governorate": the kind word inside the name.
    const own = kindOf(lastWord(text.slice(s.start, s.end)));
    const after = kindAfter(text, s.end, limit);
    kind[i] = after.kind ?? (own === 'admin1' || own === 'admin2' ? own : null) ?? kindBefore(text, s.start);
    kindEnd[i] = after.end;
  }
  // "Khanabad (Khan Abad) district", "Nad Ali (Nad-e Ali) district": an area's other spelling in parentheses, the kind
  // word after them, names the first name's kind too (wire copy and monitors give a district's two spellings so). Only
  // another spelling of the same name (the same loose skeleton, whole or first word): "Arvella (Brennick) district" is
  // a place in the district Brennick.
  for (let i = 0; i + 1 < n; i++) {
    if (kind[i] || !/^\s*\(\s*$/.test(text.slice(spans[i].end, spans[i + 1].start))) continue;
    const after = /^\s*\)\s*([A-Za-z]+)/.exec(text.slice(spans[i + 1].end, spans[i + 1].end + 24));
    const k = after ? kindOf(after[1].toLowerCase()) : null;
    if ((k === 'admin1' || k === 'admin2') && sameNameSpelled(text.slice(spans[i].start, spans[i].end), text.slice(spans[i + 1].start, spans[i + 1].end))) kind[i] = k;
  }
  // "the Odesa and Mykolaiv regions", "Bannu, Karak and Lakki Marwat districts": a plural unit word after the last name
  // of a list gives each name of it its kind.
  for (let i = n - 2; i >= 0; i--) {
    const k = kind[i + 1];
    if (kind[i] || (k !== 'admin1' && k !== 'admin2') || !LIST_GAP.test(text.slice(spans[i].end, spans[i + 1].start))) continue;
    if (!PLURAL_UNIT.test(text.slice(spans[i + 1].end, kindEnd[i + 1])) && kind[i + 1] !== kindShared[i + 1]) continue;
    kind[i] = k;
    kindShared[i] = k;
  }
  for (let i = 0; i + 1 < n; i++) {
    const a = spans[i], b = spans[i + 1];
    if (b.start < a.end || b.start - a.end > MAX_GAP) continue;
    const gapText = text.slice(a.end, b.start);
    if (/[.;!?\n]/.test(gapText.replace(/\b(?:St|Mt|km)\./g, ''))) continue;
    // "X area of Marjah district, Helmand": a name the gazetteer lacks, told with its kind word, is a holder
    // between them; its kind word stays, so X is held by the next known place through it.
    // "Bani X area (Raizh, Sadah)", "Kipulu village (Shabunda, Sud-Kivu)": a district the gazetteer lacks, first inside
    // the parentheses, is a holder between them (ACLED's notes write "village (district, province)"): X is held by the
    // province through it.
    const gap = lex(UNKNOWN_HOLDER.test(gapText) ? gapText.replace(UNKNOWN_HOLDER_ALL, ' $1') : parenUnknown(gapText) ?? gapText);
    if (!gap.length) continue;
    const link = linkOf(gap);
    if (link) holder[i] = { parent: i + 1, link };
  }
  // "in Makamba, Nyanza, Kayogoro and Mabanda": names joined by commas and closed by "and" may be a list, not a chain of holders.
  for (let i = 0; i + 1 < n; i++) {
    if (holder[i]?.link !== 'comma') continue;
    let j = i + 1;
    while (j + 1 < n && holder[j]?.link === 'comma') j++;
    const closing = j + 1 < n ? lex(text.slice(spans[j].end, spans[j + 1].start)) : [];
    if (closing.length && closing.length <= 2 && (closing[closing.length - 1] === 'and' || closing[closing.length - 1] === 'or')) {
      for (let k = i; k < j; k++) holder[k] = extend(holder[k]!, { list: true as const });
      i = j;
    }
  }
  return { kind, kindEnd, holder };
}

/** readHierarchy, remembered for the last spans it read: the resolver reads the hierarchy of an article's named places
 * (resolve.ts) and the events stage that of its places (mentions.ts), the same spans whenever every name had a reading
 * (most articles), and a reading is a pure function of the text and the spans' offsets. One per article (reading.ts). */
export class HierarchyMemo {
  private text: string | null = null;
  private starts: number[] = [];
  private ends: number[] = [];
  private last: Hierarchy | null = null;

  read(text: string, spans: readonly Span[]): Hierarchy {
    if (this.last === null || text !== this.text || !this.same(spans)) {
      this.last = readHierarchy(text, spans);
      this.text = text;
      this.starts = spans.map((s) => s.start);
      this.ends = spans.map((s) => s.end);
    }
    return this.last;
  }

  private same(spans: readonly Span[]): boolean {
    if (spans.length !== this.starts.length) return false;
    for (let i = 0; i < spans.length; i++) if (spans[i].start !== this.starts[i] || spans[i].end !== this.ends[i]) return false;
    return true;
  }
}

/** The places that hold place i, nearest first ("X (Y, Z)": Y, then Z); a "near" link ends the chain. */
export function holdersOf(h: Hierarchy, i: number): number[] {
  const out: number[] = [];
  for (let k = i, hop = h.holder[k]; hop && hop.link !== 'near' && out.length < 4; k = hop.parent, hop = h.holder[k]) out.push(hop.parent);
  return out;
}

/** Two spellings of one name: the same loose skeleton, written whole ("Khanabad" / "Khan Abad") or by the first word
 * ("Nusay" / "Nasi Darwaz"). */
function sameNameSpelled(a: string, b: string): boolean {
  const fa = foldKey(a), fb = foldKey(b);
  if (!fa || !fb) return false;
  const whole = (k: string) => skeletonKey(k.replace(/ /g, ''));
  const first = (k: string) => skeletonKey(k.split(' ')[0]);
  return whole(fa) === whole(fb) || skeletonKey(fa) === skeletonKey(fb) || (first(fa).length >= 4 && first(fa) === first(fb));
}

function lastWord(s: string): string | undefined {
  const w = lex(s);
  return w[w.length - 1];
}

/** The two words before `start` (lower case, nearest last in the pair's second place), read backwards by char codes. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'in', 'at', 'near', 'on', 'from', 'to', 'into', 'of']);
/** Whether the third word before `start` ("Kadawa" in "Kadawa village of X") is a capitalised name word, in the same clause. */
function nameBefore(text: string, start: number): boolean {
  let k = start - 1, n = 0;
  while (k >= 0 && start - k < 60) {
    while (k >= 0 && !isLetter(text.charCodeAt(k))) {
      const c = text.charCodeAt(k);
      if (c === 40 || c === 41 || c === 44 || c === 46 || c === 59 || c === 10) return false;
      k--;
    }
    if (k < 0) return false;
    const end = k + 1;
    while (k >= 0 && isLetter(text.charCodeAt(k))) k--;
    if (++n === 3) { const c = text.charCodeAt(k + 1); return c >= 65 && c <= 90 && end - k > 2 && !DETERMINERS.has(text.slice(k + 1, end).toLowerCase()); }
  }
  return false;
}

function wordsBefore(text: string, start: number): [string | undefined, string | undefined] {
  const out: string[] = [];
  let k = start - 1;
  while (out.length < 2 && k >= 0 && start - k < 40) {
    while (k >= 0 && !isLetter(text.charCodeAt(k))) {
      const c = text.charCodeAt(k);
      // A clause mark ends the phrase ("(Kuito, Bie)").
      if (c === 40 || c === 41 || c === 44 || c === 46 || c === 59 || c === 10) return [out[0], out[1]];
      k--;
    }
    const end = k + 1;
    while (k >= 0 && isLetter(text.charCodeAt(k))) k--;
    if (end > k + 1) out.push(text.slice(k + 1, end).toLowerCase());
  }
  return [out[0], out[1]];
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
