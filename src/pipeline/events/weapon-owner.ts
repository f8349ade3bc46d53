// weapon-owner (dwu13): in an interception, the side whose missile, rocket or drone was shot down is the one acted on,
// not the actor. ACLED codes a Disrupted weapons use with the intercepting side as actor 1 and the side whose weapon was
// intercepted as actor 2 ("pro-government forces shot down a rebel drone": actor 1 the forces, actor 2 the rebels). The
// weapon's owner is told as its modifier ("a Russian missile was shot down", "a Houthi drone") or as the agent of its launch
// ("drones launched by the Houthis", "a rocket fired by militants"); when the sentence's roles read that side as actor 1, it
// moves to actor 2 and actor 1 is read again from the other parties (none when no other is named).
import type { Concept } from '../../lexicon/event-cues.js';
import type { Token } from '../../types.js';
import type { CueHit } from './cue-matcher.js';
import type { ActorMention } from './types.js';

/** The launched weapons an interception stops (event-cues.ts). */
const LAUNCHED: ReadonlySet<Concept> = new Set<Concept>(['AIR', 'AIR_WEAK', 'SHELL', 'SHELL_WEAK']);
/** Round 43: with the bombs a defusal stops, read only by the agent of their placing: a device planted by one side and defused
 * by another is the planters' weapon, as a missile shot down is its launchers' ("recovered and defused an IED planted by suspected
 * Maoists": actor 1 the force, actor 2 the Maoists). Not by a modifier: "a police bomb disposal unit", "army explosives experts"
 * name the defusers. */
const PLACED: ReadonlySet<Concept> = new Set<Concept>([...LAUNCHED, 'EXPLOSIVE']);
/** Verbs of a launch, or of a device's placing, whose "by" names the weapon's owner. */
const LAUNCH = new Set(['launched', 'fired', 'sent', 'lobbed', 'flown', 'operated', 'planted', 'placed', 'laid', 'hidden', 'buried']);
/** Words that may open the owner's phrase after "by" ("by the Houthis", "by suspected Maoists"). */
const OWNER_OPENERS: ReadonlySet<string> = new Set(['the', 'suspected', 'alleged']);
/** Words that may stand between an owner's modifier and the weapon ("Russian Shahed drone", "Houthi ballistic missile"). */
const BETWEEN_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Whether the actor is told as the owner of a launched weapon (or a placed device) in the sentence. */
export function ownsWeapon(m: ActorMention, hits: readonly CueHit<Concept>[], words: readonly string[], tokens: readonly Token[]): boolean {
  const placed = hits.filter((h) => PLACED.has(h.concept));
  if (!placed.length) return false;
  const weapons = placed.filter((h) => LAUNCHED.has(h.concept));
  // "a Russian missile", "Houthi reconnaissance drones": the weapon within three modifier words after the name.
  for (let i = m.tokEnd, n = 0; n <= 3 && i < tokens.length; i++, n++) {
    if (weapons.some((h) => h.first === i)) return true;
    if (!BETWEEN_POS.has(tokens[i].pos) && words[i] !== '-') break;
  }
  // Round 31: "drones that Russia launched", "the missiles which the Houthis fired".
  let r = m.tokFirst - 1;
  if (words[r] === 'the') r--;
  if ((words[r] === 'that' || words[r] === 'which') && LAUNCH.has(words[m.tokEnd] ?? '') && weapons.some((h) => h.end === r)) return true;
  // "drones launched by the Houthis", "a rocket fired by militants"; round 43: "an IED planted by suspected Maoists".
  let k = m.tokFirst - 1;
  while (OWNER_OPENERS.has(words[k] ?? '')) k--;
  return words[k] === 'by' && LAUNCH.has(words[k - 1]) && placed.some((h) => h.end <= k - 1 && k - 1 - h.end <= 3);
}
