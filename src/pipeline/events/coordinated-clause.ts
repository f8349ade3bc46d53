// case16 (issue 13): where a sentence's second clause, with a subject of its own, begins; a tally or habit told in the first
// clause governs neither the incident word nor the count of the second. Provenance: written for this project.

/** case16: a coordinated clause with a subject of its own between a governing word and the trigger: a semicolon, or a comma
 * followed by "and / but / while / whereas", then a noun or pronoun (its subject) and a verb (the trigger itself, or before it: "devices
 * have been found since September, and four children have died in an explosion"). English grammar: each such clause tells its
 * own act; a verb with no subject of its own (", and recovered arms") shares the first clause's, and stays governed. */
export function coordinatedClause(from: number, to: number, tokens: readonly { text: string; pos?: string }[]): boolean {
  for (let c = from; c < to && c + 1 < tokens.length; c++) {
    const w = tokens[c].text.toLowerCase();
    let start = -1;
    if (w === ';') start = c + 1;
    else if (w === ',' && COORDINATORS.has(tokens[c + 1].text.toLowerCase())) start = c + 2;
    if (start < 0) continue;
    let subject = false;
    for (let i = start; i < tokens.length && i < start + SUBJECT_REACH; i++) {
      const pos = tokens[i]?.pos ?? '';
      if (SUBJECT_POS.has(pos)) subject = true;
      else if ((pos === 'VERB' || pos === 'AUX') && subject) return true;
      else if (pos === 'VERB' || pos === 'AUX') break;
    }
  }
  return false;
}
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);
const SUBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** How many words after the coordinator the new clause's subject and verb may take: "and on Monday the rebels attacked". */
const SUBJECT_REACH = 8;

