// wink-nlp's linear tokenizer (src/tokenizer.js of wink-nlp 2.4), rebuilt step for step with three
// changes that leave every token as it was:
// - the text is walked as its splitter regex cuts it (runs of spaces, runs of new lines and tabs, the
//   pieces between), not split into an array of every piece and separator (~9% of the bytes a reading
//   allocated);
// - whether a space run holds a non-breaking space is read from its characters (wink ran a regex
//   literal, a new RegExp object, on every piece of the text, words included: a word never holds one,
//   the splitter has cut them all out);
// - the pieces are checked for length before any is read: a piece longer than the caller's limit
//   returns false with nothing added (segment then masks the text and reads it again).
// The recursive tokenizer, for the pieces no category regex takes whole, is wink's own module.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const recTokenizer = require('wink-nlp/src/recursive-tokenizer.js');

const MAX_PRECEDING_SPACES = 65535;
/** wink's splitter. With it, "no piece longer than n" means "no run of over n non-spaces (\S)" once
 * the characters wink drops are masked (segment's maskDrops): the \s characters left are exactly the
 * splitter's. A non-breaking space only ever occurs in a space run. */
const SPLITTER = '([ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]+|[\\n\\r\\t]+)';

/** A space run's first character: a space or one of the splitter's non-breaking spaces. */
const isSpace = (c: number): boolean =>
  c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;

/** The splitter's other separator: new lines and tabs. */
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 9;

/** Tokenises `text` into `doc` (wink's document-data wrapper); false, with nothing added, when the
 * text has a run of more than `maxRun` non-spaces (JavaScript's \S). */
export type Tokenizer = (doc: any, text: string, maxRun: number) => boolean;

/** Ours for the splitter known here, else wink's own tokenizer behind a scan for long runs. */
export function makeTokenizer(trex: any, categories: Record<string, number>, preserve: any, splitterSource: string): Tokenizer {
  if (splitterSource !== SPLITTER) {
    const tokenize = require('wink-nlp/src/tokenizer.js')(trex, categories, preserve);
    return (doc, text, maxRun) => {
      if (hasLongRun(text, maxRun)) return false;
      tokenize(doc, text);
      return true;
    };
  }
  return linearTokenizer(trex, categories, preserve);
}

/** Whether `text` has a run of more than `maxRun` UTF-16 code units that are not JavaScript's \s. */
export function hasLongRun(text: string, maxRun: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (space) run = 0;
    else if (++run > maxRun) return true;
  }
  return false;
}

/** `a`, or a copy of it twice as long when it holds fewer than `size` numbers (the tokenizer's arrays reused from text to text). */
function withRoom(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const grown = new Int32Array(Math.max(size, 2 * a.length));
  grown.set(a);
  return grown;
}

function linearTokenizer(trex: any, categories: Record<string, number>, preserve: any): Tokenizer {
  const processFunctions: Array<(t: string, cat: number, ps: number, doc: any, nbsp: string | null) => void> = [];
  const detectors: Array<[RegExp, number]> = trex.ltc;
  const tokenizeRecursively = recTokenizer(categories, preserve);
  const { anyWithRP, anyWithLP, LPanyRP } = trex.helpers as Record<string, RegExp>;

  const detectTokenCategory = (token: string): number => {
    for (let cat = 0; cat < detectors.length; cat++) if (detectors[cat][0].test(token)) return detectors[cat][1];
    return categories.unk;
  };

  const processUnk = (text: string, _cat: number, ps: number, doc: any, nbsp: string | null): void => {
    let match = text.match(anyWithRP);
    if (match) {
      let splitCat = doc._addTokenIfInCache(match[1], ps, nbsp);
      if (splitCat === categories.unk) {
        splitCat = detectTokenCategory(match[1]);
        if (splitCat === categories.unk) tokenizeRecursively(trex.rtc, text, ps, doc, nbsp);
        else {
          processFunctions[splitCat](match[1], splitCat, ps, doc, nbsp);
          doc._addToken(match[2], categories.punctuation, 0, nbsp);
        }
      } else doc._addToken(match[2], categories.punctuation, 0, nbsp);
      return;
    }
    match = text.match(anyWithLP);
    if (match) {
      if (doc.isLexeme(match[2])) {
        doc._addToken(match[1], categories.punctuation, ps, nbsp);
        doc._addTokenIfInCache(match[2], 0, nbsp);
      } else {
        const splitCat = detectTokenCategory(match[2]);
        if (splitCat === categories.unk) tokenizeRecursively(trex.rtc, text, ps, doc, nbsp);
        else {
          doc._addToken(match[1], categories.punctuation, ps, nbsp);
          processFunctions[splitCat](match[2], splitCat, 0, doc, nbsp);
        }
      }
      return;
    }
    match = text.match(LPanyRP);
    if (match) {
      if (doc.isLexeme(match[2])) {
        doc._addToken(match[1], categories.punctuation, ps, nbsp);
        doc._addTokenIfInCache(match[2], 0, nbsp);
        doc._addToken(match[3], categories.punctuation, 0, nbsp);
      } else {
        const splitCat = detectTokenCategory(match[2]);
        if (splitCat === categories.unk) tokenizeRecursively(trex.rtc, text, ps, doc, nbsp);
        else {
          doc._addToken(match[1], categories.punctuation, ps, nbsp);
          processFunctions[splitCat](match[2], splitCat, 0, doc, nbsp);
          doc._addToken(match[3], categories.punctuation, 0, nbsp);
        }
      }
      return;
    }
    tokenizeRecursively(trex.rtc, text, ps, doc, nbsp);
  };

  const processWordRP = (token: string, _cat: number, ps: number, doc: any, nbsp: string | null): void => {
    const tl = token.length;
    if (tl === 2 && token[1] === '.') doc._addToken(token, categories.word, ps, nbsp);
    else {
      doc._addToken(token.slice(0, -1), categories.word, ps, nbsp);
      doc._addToken(token.slice(-1), categories.punctuation, 0, nbsp);
    }
  };

  const processDefault = (token: string, cat: number, ps: number, doc: any, nbsp: string | null): void => {
    doc._addToken(token, cat, ps, nbsp);
  };

  for (const name of Object.keys(categories)) processFunctions[categories[name]] = processDefault;
  processFunctions[categories.unk] = processUnk;
  processFunctions[categories.wordRP] = processWordRP;

  // The pieces the lexicon lacked, by text: 2 × the category the detectors gave (a pure function of the text),
  // or for a word and its closing punctuation ("said,", the most common), 2k + 1: its two lexemes are the k-th
  // pair of `splitLexemes`. Once split, a piece's two tokens are the same every time it is met (both texts
  // were added to the cache, so wink's add finds each at the same index), so it is replayed, without the
  // detectors' regexes, the slices or the look-ups. A piece found in the lexicon first never gets here.
  // The code is also left as a note on the lexeme table's recent look-up of the piece (-2 - code), which the
  // next meeting's look-up returns without asking this map.
  const unknown = new Map<string, number>();
  let splitLexemes = new Int32Array(2 * 1024);
  let splits = 0;
  const wordRP = categories.wordRP, word = categories.word, punctuation = categories.punctuation;

  const addPiece = (doc: any, t: string, precedingSpaces: number, nbSpaces: string | null): void => {
    const found = doc.addKnown(t, precedingSpaces, nbSpaces);
    if (found >= 0) return;
    const known = found < -1 ? -2 - found : unknown.get(t);
    if (known !== undefined && found === -1) doc.note(t, -2 - known);
    if (known !== undefined && (known & 1) === 1) {
      const k = known >> 1;
      doc.addLexeme(splitLexemes[2 * k], precedingSpaces, nbSpaces);
      doc.addLexeme(splitLexemes[2 * k + 1], 0, nbSpaces);
      return;
    }
    const cat = known !== undefined ? known >> 1 : detectTokenCategory(t);
    if (cat === wordRP && !(t.length === 2 && t[1] === '.')) {
      // processWordRP's split, noting the two lexemes.
      const a = doc.addWord(t.slice(0, -1), word, precedingSpaces, nbSpaces);
      const b = doc.addWord(t.slice(-1), punctuation, 0, nbSpaces);
      splitLexemes = withRoom(splitLexemes, 2 * splits + 2);
      splitLexemes[2 * splits] = a;
      splitLexemes[2 * splits + 1] = b;
      // The key made of the lexicon's strings, not the slice (which would keep its article in memory).
      unknown.set(doc.lexeme(a) + doc.lexeme(b), 2 * splits + 1);
      doc.note(t, -2 - (2 * splits + 1));
      splits++;
      return;
    }
    // Any other category: only short pieces are remembered (V8 copies a slice under 13 characters).
    if (known === undefined && t.length < 13) {
      unknown.set(t, 2 * cat);
      doc.note(t, -2 - 2 * cat);
    }
    processFunctions[cat](t, cat, precedingSpaces, doc, nbSpaces);
  };

  // The pieces of the text being read (start, end, preceding spaces; 3 numbers a piece), and the non-breaking
  // spaces before each, by piece: reused from text to text.
  let bounds = new Int32Array(3 * 1024);
  let spaces: Array<string | null> = [];

  // The text is walked once as wink's splitter cuts it (a run of its spaces, a run of new lines and tabs, or a
  // piece between them), without the array of every piece and separator `split` made for each article; the
  // pieces are noted and checked for length in that walk (`scan`: their count, or -1 for a piece too long), and
  // added only once none is too long (`addPieces`). Two functions, one loop each: as one, V8 compiled the long walk on
  // the stack (on-stack replacement) with no type feedback yet for the loop after it, and that code, kept, was entered
  // and thrown away again at every article (1,108 to 2,000 deopts a pass over the bench's 2,000 articles, some runs).
  const scan = (text: string, maxRun: number): number => {
    const n = text.length;
    let count = 0;
    let precedingSpaces = 0;
    let nbSpaces: string | null = null;
    for (let i = 0; i < n;) {
      const c = text.charCodeAt(i);
      let j = i + 1;
      if (isSpace(c)) {
        let hasNBSP = c !== 32;
        for (; j < n && isSpace(text.charCodeAt(j)); j++) if (text.charCodeAt(j) !== 32) hasNBSP = true;
        precedingSpaces = j - i;
        if (hasNBSP) {
          nbSpaces = text.slice(i, j);
          precedingSpaces = MAX_PRECEDING_SPACES;
        } else if (precedingSpaces > MAX_PRECEDING_SPACES - 1) precedingSpaces = MAX_PRECEDING_SPACES - 1;
      } else {
        // A run of new lines and tabs is a token of its own, as is a piece.
        if (isLineBreak(c)) while (j < n && isLineBreak(text.charCodeAt(j))) j++;
        else {
          while (j < n && !isSpace(text.charCodeAt(j)) && !isLineBreak(text.charCodeAt(j))) j++;
          if (j - i > maxRun) return -1;
        }
        bounds = withRoom(bounds, 3 * count + 3);
        bounds[3 * count] = i;
        bounds[3 * count + 1] = j;
        bounds[3 * count + 2] = precedingSpaces;
        spaces[count] = nbSpaces;
        count++;
        precedingSpaces = 0;
        nbSpaces = null;
      }
      i = j;
    }
    return count;
  };
  const addPieces = (doc: any, text: string, count: number): void => {
    for (let p = 0; p < count; p++) addPiece(doc, text.slice(bounds[3 * p], bounds[3 * p + 1]), bounds[3 * p + 2], spaces[p]);
  };
  return (doc, text, maxRun) => {
    const count = scan(text, maxRun);
    if (count < 0) return false;
    addPieces(doc, text, count);
    return true;
  };
}
