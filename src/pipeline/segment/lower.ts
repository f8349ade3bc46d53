// Lower-cased token texts, computed once per document and shared by the stages that read words (each
// used to lower-case every token again, some once per rule). Callers must not mutate the array.
const cache = new WeakMap<readonly { text: string }[], string[]>();

export function lowerTexts(tokens: readonly { text: string }[]): string[] {
  let low = cache.get(tokens);
  if (!low) {
    low = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) low[i] = tokens[i].text.toLowerCase();
    cache.set(tokens, low);
  }
  return low;
}
