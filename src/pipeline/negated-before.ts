// negated-before: whether a cue is negated by a word at most three words before it, within its sentence
// ("has not claimed responsibility", "no group has claimed", "has yet to claim", "never admitted", "did not
// deny"). Shared by the incident's status (events/status.ts) and the claims reader (claims/index.ts), so that
// a negated claim of responsibility is neither a claim nor an acknowledgement. General English.

const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'neither', 'nor', 'yet', 'without']);
const REACH = 3;

/** `words` lower-case; `at` the cue's first word; `from` the sentence's first word. */
export function negatedBefore(words: readonly string[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - REACH); k--) if (NEGATORS.has(words[k])) return true;
  return false;
}
