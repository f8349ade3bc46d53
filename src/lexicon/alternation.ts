// A long alternation of words and phrases, written as a regular expression source grouped by first
// character: "(?:al-qaeda|ansar dine|al-shabaab)" becomes "(?:a(?:l-qaeda|nsar dine|l-shabaab))". V8's
// regular expressions try every branch of an alternation in turn at each position of the text, and a
// list of hundreds of names (armed groups, news organisations) cost more than the rest of the source
// reader's tests together; grouped, a position whose character opens no branch is passed after one test
// per group. The grouping changes no result of test() or exec(): at any one position only the branches
// whose first character matches there can match, and they keep their order (so the first of them that
// matches, as before, is the one exec() reports).

/** Branches that open with one literal character (no escape, class, group or anchor), not quantified. */
const PLAIN_FIRST = /^[^\\^$.|?*+()[\]{}](?![?*+{])/;

/** The character as a case-insensitive (non-Unicode) regular expression compares it: ECMAScript's
 * Canonicalize, its upper case unless that is longer or leaves non-ASCII for ASCII. Two characters match
 * one another under the `i` flag exactly when these agree. */
function canonical(c: string): string {
  const u = c.toUpperCase();
  return u.length !== 1 || (c.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) ? c : u;
}

/**
 * The alternation of `branches` (regular-expression sources, each of one branch), grouped by first
 * character, compared as the `i` flag compares them when `ignoreCase` (no `u` flag). When any branch opens
 * otherwise than with a literal character, or holds a '|' of its own, which branch matches first at a
 * position could change: the branches are then joined as they are.
 */
export function groupedAlternation(branches: readonly string[], ignoreCase: boolean): string {
  if (!branches.every((b) => PLAIN_FIRST.test(b) && !b.includes('|'))) return branches.join('|');
  const groups = new Map<string, string[]>();
  for (const b of branches) {
    // The group keeps the branch's own first character: under `i` it matches what the others' do.
    const key = ignoreCase ? canonical(b[0]) : b[0];
    let g = groups.get(key);
    if (!g) groups.set(key, (g = [b[0]]));
    g.push(b.slice(1));
  }
  return [...groups.values()].map(([c, ...rest]) => (rest.length === 1 ? c + rest[0] : `${c}(?:${rest.join('|')})`)).join('|');
}
