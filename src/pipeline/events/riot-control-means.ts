// protest12 (issue 13): in a demonstration's sentence, the charges LETHAL_FORCE also names ("baton-charged the rally",
// "lathi-charged the marchers") are read as what they are, riot-control means, and not as lethal force: the LETHAL_FORCE hit that stands on the same words as a PROTEST_FORCE or DISPERSE hit is set aside. Harm told in
// its own words ("injuring 15", "killing two", "leaving ten in hospital") keeps its LETHAL_FORCE or DEADLY hit, so the outcome
// decides between Protest with intervention and Excessive force against protesters (ACLED codebook 2023: Protest with
// intervention is a physical attempt to disperse or suppress the protest "without serious/lethal injuries"; Excessive force is
// lethal force or violence resulting in serious injuries). lexicon/protest-readings.ts RIOT_CONTROL_MEANS names the reading.
// A pure hit reading (typing.ts HIT_READINGS); it returns `hits` itself when nothing applies. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';

const PROTEST_TOLD: ReadonlySet<Concept> = new Set<Concept>(['PROTEST', 'PROTEST_WEAK', 'STORY_PROTEST', 'GRIEVANCE']);
const MEANS: ReadonlySet<Concept> = new Set<Concept>(['PROTEST_FORCE', 'DISPERSE']);
/** The blunt means of dispersal: a charge with batons or lathis (not rubber bullets or pellets, which are fired at people and
 * which this project reads as force that may maim: test/probes/recall10.jsonl). */
const CHARGES: ReadonlySet<string> = new Set(['baton', 'lathi', 'lathicharge', 'lathicharged', 'lathicharging', 'lathicharges']);

/** force17: words before "fires" that make it a noun, fires lit ("lit fires on the road", "set small fires at the gate"):
 * a verb of making fire, a determiner or a number (general English: "fires on" is a verb of shooting only after its subject). */
const FIRE_NOUN_BEFORE: ReadonlySet<string> = new Set(['lit', 'light', 'lighting', 'lights', 'set', 'setting', 'started', 'starting', 'start', 'made',
  'making', 'kindled', 'small', 'several', 'two', 'three', 'many', 'some', 'the', 'burning', 'huge', 'large', 'bon']);

/** dropRiotControlAsLethal reads only LETHAL_FORCE hits told with a demonstration. */
export const RIOT_CONTROL_NEEDS: ReadingNeeds = [['LETHAL_FORCE'], PROTEST_TOLD];
/** The sentence's hits without the LETHAL_FORCE hits that only name riot-control means, when a demonstration is told. */
export function dropRiotControlAsLethal(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  let lethal = false, told = false;
  for (const h of hits) { if (h.concept === 'LETHAL_FORCE') lethal = true; else if (PROTEST_TOLD.has(h.concept)) told = true; }
  if (!lethal || !told) return hits;
  // force17: "lit fires on the road": fires lit, no shooting (the demonstrators' own fire is read by the riot rules' words).
  const fires = hits.filter((h) => h.concept === 'LETHAL_FORCE' && words[h.first] === 'fires' && FIRE_NOUN_BEFORE.has((words[h.first - 1] ?? '').toLowerCase()));
  if (fires.length) return dropRiotControlAsLethal(hits.filter((h) => !fires.includes(h)), words);
  const means = hits.filter((h) => MEANS.has(h.concept));
  if (!means.length) return hits;
  const drop = hits.filter((h) => h.concept === 'LETHAL_FORCE' && CHARGES.has(words[h.first]) && means.some((m) => m.first <= h.first && h.end <= m.end));
  return drop.length ? hits.filter((h) => !drop.includes(h)) : hits;
}
