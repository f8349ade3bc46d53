// taking-after-fight (terr17, issue 13): a fight told first and the ground it won told in the very next sentence by the same side
// ("Troops clashed with the rebels near Kessa. They then took control of the town."). ACLED codebook 2023: Government regains
// territory and Non-state actor overtakes territory are battles in which a side wins control of a location; the battle that won
// it is coded as that sub-type, not as an Armed clash besides. The next sentence must go on with the same sides: its subject a
// pronoun ("They", "It") or told as what followed ("then", "later", "subsequently" among its first words); every site the fight
// was told at is retyped (lexicon/sub-events-battles.ts TAKING_AFTER_FIGHT).
import { TAKING_AFTER_FIGHT as RULE } from '../../lexicon/sub-events-battles.js';
import type { Doc } from '../../types.js';
import { withTyped, type Mention } from './types.js';
import { retyped } from './typing.js';

const TAKINGS: ReadonlySet<string> = new Set(RULE.takings);
const GO_ON: ReadonlySet<string> = new Set(RULE.goOn);
const PRONOUNS: ReadonlySet<string> = new Set(RULE.pronouns);

/** Whether sentence `s` goes on with the sides of the one before: a pronoun subject, or "then" among its first words. */
function goesOn(doc: Doc, words: readonly string[], s: number): boolean {
  const sent = doc.sentences[s];
  if (!sent) return false;
  if (PRONOUNS.has(words[sent.firstToken] ?? '')) return true;
  for (let k = sent.firstToken; k < sent.endToken && k - sent.firstToken < RULE.reach; k++) if (GO_ON.has(words[k])) return true;
  return false;
}

/** The mentions with each Armed clash retyped as the taking the next sentence tells, when that sentence goes on with its sides. */
export function takingAfterFight(out: Mention[], doc: Doc, words: readonly string[]): Mention[] {
  for (let j = 0; j < out.length; j++) {
    const taking = out[j];
    if (!TAKINGS.has(taking.typed.subEventType)) continue;
    const fightAt = taking.sentence - 1;
    if (!out.some((m) => m.sentence === fightAt && m.typed.subEventType === RULE.lead) || !goesOn(doc, words, taking.sentence)) continue;
    for (let k = 0; k < out.length; k++) {
      if (out[k].sentence !== fightAt || out[k].typed.subEventType !== RULE.lead) continue;
      out[k] = withTyped(out[k], retyped(out[k].typed, { subEventType: taking.typed.subEventType, eventType: 'Battles', rule: RULE.id }));
    }
  }
  return out;
}
