// Lower-cased token texts: worked out once per article, by its reading (pipeline/reading.ts), and shared
// by the stages that read words (each used to lower-case every token again, some once per rule).
// Callers must not mutate the array.
export function lowerTexts(tokens: readonly { text: string }[]): string[] {
  const low = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) low[i] = tokens[i].text.toLowerCase();
  return low;
}
