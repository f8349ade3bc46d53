// A long alternation of names tested without a regular expression. V8 throws away a regular expression's
// compiled code when it collects garbage and compiles it again at its next use (separately for one-byte
// and two-byte strings): a pattern of some 700 names cost about 25 ms each time, ten times a 2000-article
// run. The same names as a trie of characters cost nothing to keep, and test() gives exactly what
// /\b(?:branch|branch|...)\b/i.test gives (`i` without `u`: ASCII letters fold, \w and \b are ASCII).
// A branch may hold literal characters, escaped punctuation ("\("), `\s*`, `\w*` and an optional
// character ("houthis?"); anything else throws, so no list can drift from its regular expression.

interface Node {
  next: Map<number, Node>;
  /** After `\s*` and after `\w*`. */
  spaces?: Node;
  word?: Node;
  end: boolean;
}

const node = (): Node => ({ next: new Map(), end: false });

/** [A-Za-z0-9_] */
const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** ECMAScript's \s: WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII letter's lower case (the `i` flag's folding without `u`); any other character as it is. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

type Step = { char: number } | { star: 'spaces' | 'word' };

/** A branch's steps, each optional character ("s?") doubling it. */
function parse(branch: string): Step[][] {
  let out: Step[][] = [[]];
  for (let i = 0; i < branch.length; i++) {
    const ch = branch[i];
    if (ch === '\\') {
      const e = branch[++i];
      if ((e === 's' || e === 'w') && branch[i + 1] === '*') {
        i++;
        for (const s of out) s.push({ star: e === 's' ? 'spaces' : 'word' });
        continue;
      }
      if (e === undefined || /[A-Za-z0-9]/.test(e)) throw new Error(`name-matcher: unsupported escape in ${branch}`);
      for (const s of out) s.push({ char: fold(e.charCodeAt(0)) });
      continue;
    }
    if ('^$.|*+()[]{}'.includes(ch) || ch.charCodeAt(0) > 127) throw new Error(`name-matcher: unsupported ${ch} in ${branch}`);
    if (ch === '?') throw new Error(`name-matcher: unsupported ? in ${branch}`);
    const step = { char: fold(ch.charCodeAt(0)) };
    if (branch[i + 1] === '?') {
      i++;
      out = out.flatMap((s) => [s, [...s, step]]);
      continue;
    }
    for (const s of out) s.push(step);
  }
  return out;
}

/** test(text) as /\b(?:branches)\b/i.test(text) answers it. */
export function namesMatcher(branches: readonly string[]): (text: string) => boolean {
  const root = node();
  for (const b of branches) {
    for (const steps of parse(b)) {
      let n = root;
      for (const s of steps) {
        if ('char' in s) {
          let c = n.next.get(s.char);
          if (!c) n.next.set(s.char, (c = node()));
          n = c;
        } else n = n[s.star] ??= node();
      }
      n.end = true;
    }
  }
  const wordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isWord(text.charCodeAt(i));
  const from = (text: string, n: Node, i: number): boolean => {
    if (n.end && wordAt(text, i - 1) !== wordAt(text, i)) return true;
    if (i < text.length) {
      const c = n.next.get(fold(text.charCodeAt(i)));
      if (c !== undefined && from(text, c, i + 1)) return true;
    }
    if (n.spaces !== undefined) {
      for (let k = i; ; k++) {
        if (from(text, n.spaces, k)) return true;
        if (k >= text.length || !isSpace(text.charCodeAt(k))) break;
      }
    }
    if (n.word !== undefined) {
      for (let k = i; ; k++) {
        if (from(text, n.word, k)) return true;
        if (k >= text.length || !isWord(text.charCodeAt(k))) break;
      }
    }
    return false;
  };
  return (text: string): boolean => {
    for (let i = 0; i <= text.length; i++) {
      if (wordAt(text, i - 1) === wordAt(text, i)) continue;
      if (from(text, root, i)) return true;
    }
    return false;
  };
}
