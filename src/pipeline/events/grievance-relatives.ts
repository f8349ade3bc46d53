// grievance-relatives (case7, issue 13): a relative clause about the noun a protest's grievance names ("to mark the
// anniversary of the 2019 massacre, in which dozens of protesters were killed", "demanding justice for the students,
// who were shot by police in March") tells what the demonstrators remember or protest, not force used on them
// (codebook: Excessive force against protesters is force used on a demonstration as it happens). General English
// grammar: a relative clause after a comma modifies the noun before it. Provenance: written for this project.

/** Words that open a relative clause about the noun before the comma. */
// (Not an appositive's "a" / "an": "justice for a student, a 19-year-old shot dead by police" reads well so, but it was
// measured to lower CASE half a, one wrong reading for another.)
const OPENERS: ReadonlySet<string> = new Set(['in which', 'during which', 'at which', 'when', 'where', 'who', 'whom', 'which']);
/** The openers of two words, a preposition and "which", read with or without a comma before them. */
// case15: and a restrictive "that"/"which" clause whose verb tells the harm the grievance's noun did ("condemn the police firing
// that left three villagers dead in March", "against the raid which killed two boys"): with no comma it still modifies the noun
// before it (general English: a restrictive relative clause follows its noun directly).
const TWO_WORD_OPENERS: ReadonlySet<string> = new Set(['in which', 'during which', 'at which', 'that left', 'which left', 'that killed', 'which killed',
  'that claimed', 'which claimed', 'that wounded', 'which wounded', 'that injured', 'which injured',
  // prot16: and a restrictive clause in the passive about the people the demand names ("demanding the release of two men who were
  // arrested by police", "justice for students that were beaten in March"): what was done to them is what is demanded, no force
  // used on this demonstration (codebook: Protest with intervention and Excessive force are force used on the protest as it happens).
  'who were', 'that were', 'who had been', 'that had been', 'who have been', 'that have been', 'who was', 'who has been']);
/** How far after the relative clause's opener its words run. */
export const GRIEVANCE_RELATIVE_REACH = 10;

/** The index of the last word of a relative clause's opener told after a grievance's words (a comma within `reach` of
 * the grievance's end, then an opener), or -1. */
export function relativeAfterGrievance(end: number, words: readonly string[], reach: number): number {
  for (let k = end; k < words.length && k - end <= reach; k++) {
    const w = words[k];
    if (w === '.' || w === ';' || w === ':') return -1;
    // riots10: a preposition's relative opener needs no comma ("to honour victims of the shooting in which soldiers opened
    // fire on protesters": a restrictive clause about the same noun; a lone "who"/"when" with no comma may open the main
    // clause's own news, and is left).
    if (TWO_WORD_OPENERS.has(`${w} ${words[k + 1] ?? ''}`)) return k + 1;
    if (w !== ',') continue;
    const one = words[k + 1] ?? '', two = `${one} ${words[k + 2] ?? ''}`;
    if (OPENERS.has(two)) return k + 2;
    if (OPENERS.has(one)) return k + 1;
    return -1;
  }
  return -1;
}

/** Words that open what the demonstrators say after a comma ("held a protest, saying their husbands had been killed"). */
const SAYING: ReadonlySet<string> = new Set(['saying', 'alleging', 'accusing', 'claiming', 'complaining', 'insisting', 'lamenting']);
/** How far what they say runs. */
const SAYING_REACH = 12;

/** The token span [first, end) of what the demonstrators say, told after a comma after the protest word ending at
 * `end`, or null: their words tell their grievance, not force used on them (codebook: Excessive force is force used on a
 * demonstration as it happens). */
export function sayingAfter(end: number, words: readonly string[]): [number, number] | null {
  for (let k = end; k < words.length && k - end <= SAYING_REACH; k++) {
    const w = words[k];
    if (w === '.' || w === ';') return null;
    if (w !== ',' || !SAYING.has(words[k + 1] ?? '')) continue;
    let e = k + 2;
    while (e < words.length && e - k <= SAYING_REACH && words[e] !== '.' && words[e] !== ';' && words[e] !== ',') e++;
    return [k + 2, e];
  }
  return null;
}
