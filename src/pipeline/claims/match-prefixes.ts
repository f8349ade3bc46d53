// The first few characters any match of a lexicon regex can begin with, read from the regex's own
// source so the word lists stay the one truth. A token that begins with none of them cannot start a
// match, which lets the claims reader skip a whole-text or whole-window regex scan with array reads.
// Only the subset our lexicons use is read (literals, escapes, small classes, groups, alternation,
// quantifiers, \b and lookarounds); anything else gives null, and the caller then always scans.

const K = 16; // characters kept: enough to tell "could not be verified" from "could not reach"
// While reading, a word boundary \b is kept as a character of its own, BOUNDARY, so that whether
// every match starts at one can be checked; a prefix then needs up to 2K + 1 characters. A class
// of many characters (\w, [a-z]) ends a prefix: STOP marks it as read to its end.
const BOUNDARY = '\u0001';
const STOP = '\u0002';
const KEEP = 2 * K + 1;
const MAX_CLASS = 8;
const MAX_SET = 4000; // past this many prefixes the filter is not worth it
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const DIGIT = '0123456789';

class Unsupported extends Error {}

const saturated = (ps: Prefixes): boolean => { for (const p of ps) if (p.length < KEEP && !p.endsWith(STOP)) return false; return true; };
/** Prefixes nothing can extend: what a lookaround's inside is read against. */
const FULL: Prefixes = new Set([BOUNDARY.repeat(KEEP)]);

/** Prefixes of length KEEP, or shorter when the whole match is shorter. */
type Prefixes = Set<string>;

function concat(a: Prefixes, b: Prefixes): Prefixes {
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= KEEP || x.endsWith(STOP)) { out.add(x); continue; }
    for (const y of b) out.add((x + y).slice(0, KEEP));
  }
  if (out.size > MAX_SET) throw new Unsupported();
  return out;
}

/** Reads the regex source left to right, extending the prefixes read so far (`acc`) by each part:
 * reading in context keeps the sets small (nothing is added to a prefix already KEEP long). */
class Reader {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := sequence ('|' sequence)* */
  alternation(acc: Prefixes): Prefixes {
    const out = new Set(this.sequence(acc));
    while (this.src[this.i] === '|') { this.i++; for (const p of this.sequence(acc)) out.add(p); }
    return out;
  }

  sequence(acc: Prefixes): Prefixes {
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') acc = this.quantified(acc);
    return acc;
  }

  /** An atom and its quantifier; the atom is read again for each repetition. */
  quantified(acc: Prefixes): Prefixes {
    const at = this.i;
    const once = this.atom(acc);
    const after = this.i;
    const c = this.src[this.i];
    let min = 1, max = 1;
    if (c === '?') (min = 0), (max = 1);
    else if (c === '*') (min = 0), (max = Infinity);
    else if (c === '+') (min = 1), (max = Infinity);
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported();
      min = +m[1];
      max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
      this.i += m[0].length - 1;
    } else return once;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: the same language
    const end = this.i;
    if (max === Infinity) {
      // An open repetition (\s+, \w*) ends the prefixes: what follows it is not read.
      let run = min === 0 ? acc : once;
      for (let n = 2; n <= Math.min(min, KEEP + 1); n++) { this.i = at; run = this.atom(run); }
      this.i = end;
      return concat(run, new Set([STOP]));
    }
    const out = new Set<string>(min === 0 ? acc : []);
    let run = once;
    // Each repetition that consumes adds a character, so KEEP + 1 rounds reach every prefix.
    for (let n = 1; n <= Math.min(max, KEEP + 1); n++) {
      if (n > 1) { this.i = at; run = this.atom(run); this.i = after; }
      if (n >= min) for (const p of run) out.add(p);
      if (n >= min && saturated(run)) break;
    }
    if (min > KEEP + 1) throw new Unsupported();
    this.i = end;
    return out;
  }

  atom(acc: Prefixes): Prefixes {
    const c = this.src[this.i++];
    if (c === '(') {
      let zeroWidth = false;
      if (this.src[this.i] === '?') {
        const head = /^\?(?::|=|!|<=|<!)/.exec(this.src.slice(this.i));
        if (!head) throw new Unsupported();
        zeroWidth = head[0] !== '?:';
        this.i += head[0].length;
      }
      // A lookaround consumes nothing: read past it without adding to the prefixes.
      const inner = this.alternation(zeroWidth ? FULL : acc);
      if (this.src[this.i++] !== ')') throw new Unsupported();
      return zeroWidth ? acc : inner;
    }
    if (c === '[') return this.chars(acc, this.klass());
    if (c === '\\') return this.escape(acc);
    if (c === '^' || c === '$') return acc;
    if (c === undefined || '.)*+?{'.includes(c)) throw new Unsupported();
    return this.chars(acc, c);
  }

  escape(acc: Prefixes): Prefixes {
    const c = this.src[this.i++];
    if (c === 'b') return concat(acc, new Set([BOUNDARY]));
    if (c === 'B') return acc;
    if (c === 'w') return this.chars(acc, WORD);
    if (c === 's') return this.chars(acc, ' ');
    if (c === 'd') return this.chars(acc, DIGIT);
    if (c === undefined || /[A-Za-z0-9]/.test(c)) throw new Unsupported(); // \W, \u…, back-references
    return this.chars(acc, c);
  }

  /** The characters of a class like [sz] or [a-z'’]; negated classes are not read. */
  klass(): string {
    if (this.src[this.i] === '^') throw new Unsupported();
    let out = '';
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i++];
      if (c === '\\') {
        const e = this.src[this.i++];
        if (e === 'w') { out += WORD; continue; }
        if (e === 's') { out += ' '; continue; }
        if (e === 'd') { out += DIGIT; continue; }
        if (/[A-Za-z0-9]/.test(e)) throw new Unsupported();
        c = e;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        const to = this.src[this.i + 1];
        if (to === '\\') throw new Unsupported();
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) out += String.fromCharCode(code);
        this.i += 2;
      } else out += c;
    }
    if (this.src[this.i++] !== ']') throw new Unsupported();
    return out;
  }

  /** Lower-cased whatever the regex's flags: prefixes are held against lower-cased tokens, and
   * folding a case-sensitive regex's letters only lets more tokens through. */
  chars(acc: Prefixes, cs: string): Prefixes {
    if (saturated(acc)) return acc;
    const folded = new Set([...cs].map((c) => c.toLowerCase()));
    return concat(acc, folded.size > MAX_CLASS ? new Set([STOP]) : folded);
  }
}

/**
 * The lower-cased first characters of every match of `re`, when every match starts at a word start
 * (`\b` then a word character): the set a token's text is held against. Null when the regex is
 * outside the subset read here or can match elsewhere than at a word start.
 */
export function matchPrefixes(re: RegExp): string[] | null {
  let prefixes: Prefixes;
  try {
    const reader = new Reader(re.source);
    prefixes = reader.alternation(new Set(['']));
    if (reader.i !== re.source.length) return null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const out = new Set<string>();
  for (const p of prefixes) {
    if (p[0] !== BOUNDARY || !/^\w/.test(p.slice(1))) return null;
    out.add(p.replace(/[\u0001\u0002]/g, '').slice(0, K));
  }
  return [...out];
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether a text character `c` can stand where a prefix has `want`: ASCII letters fold, a space
 * stands for any non-word character (white space), a non-ASCII character for any non-ASCII one. */
function fits(c: number, want: number): boolean {
  if (c >= 65 && c <= 90) c += 32;
  return c === want || (want === 32 && !isWordChar(c)) || (want >= 128 && c >= 128);
}

/** True when a match could start at the start of `word`, a token (whose text may end before the prefix does). */
export function canStart(word: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) {
    const n = Math.min(p.length, word.length);
    let k = 0;
    while (k < n && fits(word.charCodeAt(k), p.charCodeAt(k))) k++;
    if (k === n) return true;
  }
  return false;
}

/** True when `text` holds one of `prefixes` in full at `at`. */
export function prefixAt(text: string, at: number, prefixes: readonly string[]): boolean {
  for (const p of prefixes) {
    if (at + p.length > text.length) continue;
    let k = 0;
    while (k < p.length && fits(text.charCodeAt(at + k), p.charCodeAt(k))) k++;
    if (k === p.length) return true;
  }
  return false;
}
