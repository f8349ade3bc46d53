// A long alternation of names tested without a regular expression. V8 throws away a regular expression's
// compiled code when it collects garbage and compiles it again at its next use (separately for one-byte
// and two-byte strings): a pattern of some 700 names cost about 25 ms each time, ten times a 2000-article
// run. The same names as a trie of characters cost nothing to keep, and test() gives exactly what
// /\b(?:branch|branch|...)\b/i.test gives (`i` without `u`: ASCII letters fold, \w and \b are ASCII).
// A branch may hold literal characters, escaped punctuation ("\("), `\s*`, `\w*` and an optional
// character ("houthis?"); anything else throws, so no list can drift from its regular expression.

interface Node {
  /** Its first character transition held on the node (most nodes have one: names are chains of letters);
   * any other in `more`. A map per node was ~10,000 maps built at every start-up. */
  char: number;
  child: Node | undefined;
  more: Map<number, Node> | undefined;
  /** After `\s*` and after `\w*`. */
  spaces?: Node;
  word?: Node;
  end: boolean;
}

const node = (): Node => ({ char: -1, child: undefined, more: undefined, spaces: undefined, word: undefined, end: false });

/** The node after character `c` (folded), if any. */
const next = (n: Node, c: number): Node | undefined => (n.char === c ? n.child : n.more?.get(c));

/** [A-Za-z0-9_] */
const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** ECMAScript's \s: WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII letter's lower case (the `i` flag's folding without `u`); any other character as it is. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Adds a branch's paths to the trie from `root` (an optional character, "s?", doubling them), and marks their
 * ends. Built straight into the trie, not through a list of steps per path: ~700 branches at every start-up. */
function addBranch(root: Node, branch: string): void {
  let ends: Node[] = [root];
  const step = (c: number): Node[] => ends.map((n) => {
    let to = next(n, c);
    if (to) return to;
    to = node();
    if (n.char < 0) {
      n.char = c;
      n.child = to;
    } else (n.more ??= new Map()).set(c, to);
    return to;
  });
  for (let i = 0; i < branch.length; i++) {
    const ch = branch[i];
    if (ch === '\\') {
      const e = branch[++i];
      if ((e === 's' || e === 'w') && branch[i + 1] === '*') {
        i++;
        const star = e === 's' ? 'spaces' : 'word';
        ends = ends.map((n) => (n[star] ??= node()));
        continue;
      }
      if (e === undefined || /[A-Za-z0-9]/.test(e)) throw new Error(`name-matcher: unsupported escape in ${branch}`);
      ends = step(fold(e.charCodeAt(0)));
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code > 127 || '^$.|*+()[]{}'.includes(ch)) throw new Error(`name-matcher: unsupported ${ch} in ${branch}`);
    if (ch === '?') throw new Error(`name-matcher: unsupported ? in ${branch}`);
    if (branch[i + 1] === '?') {
      i++;
      ends = [...ends, ...step(fold(code))];
      continue;
    }
    ends = step(fold(code));
  }
  for (const n of ends) n.end = true;
}

/** test(text) as /\b(?:branches)\b/i.test(text) answers it. */
export function namesMatcher(branches: readonly string[]): (text: string) => boolean {
  const root = node();
  for (const b of branches) addBranch(root, b);
  const wordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isWord(text.charCodeAt(i));
  const from = (text: string, n: Node, i: number): boolean => {
    if (n.end && wordAt(text, i - 1) !== wordAt(text, i)) return true;
    if (i < text.length) {
      const c = next(n, fold(text.charCodeAt(i)));
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
