// included-victims (clash12): the victims told as a number of people and then the armed side "including" or "among them"
// names ("killed five people, including three soldiers", "twelve were killed, among them two militiamen"). ACLED codebook 2023:
// the target's kind decides Battles against Violence against civilians, and attacks on armed agents are Battles; members of a
// force or armed group among the dead are an armed side the attackers engaged, whoever else died beside them. General English:
// "including" and "among them" pick out part of the noun phrase before them.
// Provenance: written for this project.

/** How far after the act's word "including" may stand (the object's count and noun, an aside: "five people, mostly
 * farmers, including …"). */
const INCLUDING_REACH = 12;
/** How far after "including" the included party may stand ("including at least three of the soldiers"). */
const PARTY_REACH = 5;
/** Words that end the clause the object stands in. */
const CLAUSE_END: ReadonlySet<string> = new Set(['.', ';', ':', 'while', 'after', 'before', 'when', 'as']);

/** The first word of the party that "including" / "among them" / "among whom" picks out after the act ending at `from`, when
 * `isArmed` says it is an armed side; else -1. */
export function includedArmedParty(from: number, words: readonly string[], isArmed: (first: number) => boolean): number {
  for (let k = from; k < words.length && k - from <= INCLUDING_REACH; k++) {
    const w = words[k];
    if (CLAUSE_END.has(w)) return -1;
    let at = -1;
    if (w === 'including') at = k + 1;
    else if (w === 'among' && (words[k + 1] === 'them' || words[k + 1] === 'whom')) at = k + 2;
    if (at < 0) continue;
    for (let f = at; f < words.length && f - at <= PARTY_REACH; f++) {
      if (CLAUSE_END.has(words[f]) || words[f] === ',') break;
      if (isArmed(f)) return f;
    }
    return -1;
  }
  return -1;
}

/** Words that may stand between two conjuncts of one victims' phrase ("a civilian and two soldiers", "a trader, a policeman").
 * General English: a coordinated noun phrase is its conjuncts, each with its own determiner or number. */
const CONJUNCT_FILLER: ReadonlySet<string> = new Set(['and', ',', 'a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'six', 'several',
  'at', 'least', 'other', 'another', 'as', 'well']);
/** How many words may stand between two conjuncts. */
const CONJUNCT_REACH = 4;

/** The first word of an armed side told as another conjunct of the victims' phrase whose conjunct starts at `first` ("a
 * policeman and a civilian were shot", "killed a civilian and two soldiers"), looking at the party starts in `starts` in the
 * order given (after the conjunct when ascending, before it when descending); else -1. ACLED codebook 2023: the target's kind
 * decides, and the armed side among the victims is the one engaged (civilians harmed beside it are the battle's toll). */
export function coordinatedArmedParty(first: number, starts: readonly number[], ends: (f: number) => number, words: readonly string[],
  isArmed: (first: number) => boolean): number {
  let cur = first, sawAnd = false;
  for (const f of starts) {
    if (f === first) continue;
    const [lo, hi] = f > cur ? [ends(cur), f] : [ends(f), cur];
    if (hi < lo || hi - lo > CONJUNCT_REACH) return -1;
    for (let k = lo; k < hi; k++) { if (!CONJUNCT_FILLER.has(words[k])) return -1; if (words[k] === 'and' || words[k] === ',') sawAnd = true; }
    if (!sawAnd) return -1;
    if (isArmed(f)) return f;
    cur = f;
  }
  return -1;
}
