// A small matcher for the counting lexicons: the longest phrase of any rule that starts at a token,
// found through a map from first word to that word's phrases, compiled once at module load.

export interface PhraseRules { id: string; phrases: readonly string[] }
export interface PhraseHit { id: string; length: number }

export function phraseMatcher(rules: readonly PhraseRules[]): (words: readonly string[], i: number, to?: number) => PhraseHit | null {
  const byFirst = new Map<string, Array<{ id: string; words: string[] }>>();
  for (const r of rules) {
    for (const p of r.phrases) {
      const words = p.split(' ').filter(Boolean);
      const list = byFirst.get(words[0]) ?? [];
      list.push({ id: r.id, words });
      byFirst.set(words[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (words, i, to = words.length) => {
    const list = byFirst.get(words[i]);
    if (!list) return null;
    for (const e of list) {
      if (i + e.words.length > to) continue;
      let k = 1;
      while (k < e.words.length && words[i + k] === e.words[k]) k++;
      if (k === e.words.length) return { id: e.id, length: k };
    }
    return null;
  };
}
