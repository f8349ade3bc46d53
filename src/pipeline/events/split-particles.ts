// split-particles (case7, issue 13): a phrasal verb whose object stands between the verb and its particle.
//  - "pushed Russian forces out of the town", "drove the insurgents from the village": a driving verb whose object is an
//    armed side and whose "out of" / "from" follows it drives that side out of a place, as "drove out the militants" does
//    (EXPEL; codebook: Government regains / Non-state actor overtakes territory). With "from", only when a force or armed
//    group stands between ("drove the car from Kabul" names none).
//  - "handed the base over to the army", "handed the town back to the government": a handover (HANDOVER; codebook:
//    Non-violent transfer of territory).
//  - (case9p) "set him ablaze", "set a suspected thief on fire": a person or a thing set ablaze (BURN_PERSON; codebook: Mob
//    violence when a crowd does it).
// The cue matcher reads contiguous phrases only, so this one pass over the article's words adds the hit on the verb.
// General English grammar (separable phrasal verbs); provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import { conceptsWith } from '../../lexicon/concept-roles.js';
import { PERSON_NOUNS } from '../../lexicon/counting.js';

// (Not "forced": "forced thousands of villagers out of their homes" displaces people, it takes no place; "forces" is a noun.)
const DRIVING: ReadonlySet<string> = new Set(['pushed', 'pushing', 'pushes', 'drove', 'driven', 'driving', 'drives', 'chased', 'chasing',
  'flushed', 'flushing',
  // recall14: the bare present, a headline's tense for a past event ("Troops push Islamic State out of village").
  'push', 'drive', 'chase', 'chases', 'flush', 'flushes']);
/** (case9p) The verb of "set X ablaze / alight / on fire". */
const SETTING: ReadonlySet<string> = new Set(['set', 'sets', 'setting']);
/** prot15b: the verb of holding people, and the spans of a short detention after it ("for a few hours", "for two days"). */
const HOLDING: ReadonlySet<string> = new Set(['held', 'holding']);
const SPANS_OF_HOURS: ReadonlySet<string> = new Set(['hours', 'hour', 'days', 'day', 'night']);
/** prot15b: the object's head when what is held is an event or a thing carried, no one detained ("held a rally for hours",
 * "held placards for hours"; "in" ends "sit - in"). */
const GATHERINGS: ReadonlySet<string> = new Set(['rally', 'rallies', 'protest', 'protests', 'demonstration', 'demonstrations', 'march', 'marches',
  'sit-in', 'in', 'vigil', 'strike', 'meeting', 'talks', 'placards', 'banners', 'signs', 'candles', 'posters', 'portraits', 'flags']);
const HANDING: ReadonlySet<string> = new Set(['handed', 'hands', 'handing', 'hand', 'turned', 'turning', 'turns']);
/** How many words the object between verb and particle may run ("pushed [the remaining Islamic State fighters] out of"). */
const OBJECT_REACH = 6;
/** What ends the object phrase: past these the particle belongs to another clause. */
const BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'who', 'which', 'that', 'after', 'before', 'to', 'from', 'into',
  'out', 'over', 'back']);
const ARMED_SIDE: ReadonlySet<Concept> = new Set([...conceptsWith('state-force'), ...conceptsWith('nonstate-force')]);
const PERSONS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'himself', 'themselves']);
const PEOPLE: ReadonlySet<Concept> = new Set([...conceptsWith('civilian'), ...conceptsWith('crowd'), ...ARMED_SIDE, 'SUSPECTS', 'DETAINEES']);
/** Round 36: people a burning's object may name, besides the person nouns: not the civilian concepts, which hold civilian
 * buildings too ("set the school alight"). */
const BURNT_PEOPLE: ReadonlySet<Concept> = new Set([...conceptsWith('crowd'), ...ARMED_SIDE, 'SUSPECTS', 'DETAINEES']);

/** Whether a span of hours is told in the three words from `k` ("for [a few hours]"), without an array per "for". */
function spanOfHours(words: readonly string[], k: number): boolean {
  for (let j = k; j < k + 3 && j < words.length; j++) if (SPANS_OF_HOURS.has(words[j])) return true;
  return false;
}

/** The driving or handing verb told before the particle at `k` within the object's reach, or -1. */
function verbBefore(k: number, words: readonly string[], verbs: ReadonlySet<string>): number {
  for (let v = k - 2; v >= 0 && k - v - 1 <= OBJECT_REACH; v--) {
    if (verbs.has(words[v])) return v;
    if (BREAK.has(words[v])) return -1;
  }
  return -1;
}

/** The words a split phrasal verb's particle opens with, which withSplitExpel reads: a cue lexicon (cue-matcher.ts), so that the
 * article's one matching pass (mentions.ts) gives where they stand, and no other word need be looked at. */
export const PARTICLES = { PARTICLE: ['out', 'from', 'ablaze', 'alight', 'on', 'for', 'overnight', 'over', 'back'] };

/** `hits` with an EXPEL or HANDOVER hit on each verb split from its particle (a new array only when one is added). `particles`:
 * where the words of PARTICLES stand, in order (every word is read when not given). */
export function withSplitExpel(hits: CueHit<Concept>[], words: readonly string[], particles?: readonly CueHit<string>[]): CueHit<Concept>[] {
  let added: CueHit<Concept>[] | null = null;
  const n = particles ? particles.length : words.length;
  for (let p = 0; p < n; p++) {
    const k = particles ? particles[p].first : p;
    if (k < 1 || k >= words.length - 1) continue;
    const w = words[k];
    if (w === 'out' && words[k + 1] === 'of') {
      const v = verbBefore(k, words, DRIVING);
      if (v >= 0) (added ??= []).push({ concept: 'EXPEL', first: v, end: v + 1 });
    } else if (w === 'from') {
      const v = verbBefore(k, words, DRIVING);
      if (v >= 0 && hits.some((h) => h.first > v && h.first < k && ARMED_SIDE.has(h.concept))) (added ??= []).push({ concept: 'EXPEL', first: v, end: v + 1 });
    } else if (w === 'ablaze' || w === 'alight' || (w === 'on' && words[k + 1] === 'fire')) {
      // case9p: "set him ablaze", "set the suspected thief on fire": BURN_PERSON's "set ablaze" split by its object, read on
      // the verb alone so that the particle stays RIOT_WEAK's ("set the car on fire" is still a demonstrators' burning).
      // case28: and BURN_ACT, as the phrase told whole gives ("youths set cars ablaze" sets fire to them).
      // Round 36: BURN_PERSON only with a person between ("set the administrative post building alight" burns a building: with
      // BURN_PERSON, which an armed side's burning of property rules out, a raid that burnt one typed as nothing).
      const v = verbBefore(k, words, SETTING);
      if (v >= 0) {
        const person = words.slice(v + 1, k).some((x) => PERSONS.has(x) || PERSON_NOUNS.has(x) || PERSON_NOUNS.has(x.replace(/s$/, ''))) ||
          hits.some((h) => h.first > v && h.first < k && BURNT_PEOPLE.has(h.concept));
        (added ??= []).push(...(person ? [{ concept: 'BURN_PERSON' as Concept, first: v, end: v + 1 }] : []), { concept: 'BURN_ACT', first: v, end: v + 1 });
      }
    } else if ((w === 'for' && spanOfHours(words, k + 1)) || w === 'overnight') {
      // prot15b: "held several protesters for a few hours", "held the marchers overnight": people held a short while, told with
      // their holder's verb split from the span, are detained (DISPERSE's "held for hours" read whole; codebook: Protest with
      // intervention, arrests among the means of suppressing a protest). Only with people between (not "held a rally for hours").
      const v = verbBefore(k + 1, words, HOLDING);
      if (v >= 0 && v < k - 1 && hits.some((h) => h.first > v && h.first < k && (PEOPLE.has(h.concept) || h.concept === 'PROTEST')) &&
        !GATHERINGS.has(words[k - 1]))
        (added ??= []).push({ concept: 'DISPERSE', first: v, end: v + 1 });
    } else if ((w === 'over' || w === 'back') && words[k + 1] === 'to') {
      // People handed over ("handed them over to police", "handed the suspects over") are no place changing hands.
      const v = verbBefore(k, words, HANDING);
      if (v >= 0 && !words.slice(v + 1, k).some((x) => PERSONS.has(x)) && !hits.some((h) => h.first > v && h.first < k && PEOPLE.has(h.concept)))
        (added ??= []).push({ concept: 'HANDOVER', first: v, end: v + 1 });
    }
  }
  if (!added) return hits;
  return [...hits, ...added].sort((a, b) => a.first - b.first);
}

/** Seizing words that INTERCEPT shares with TAKE_TERRITORY ("seized weapons" / "seized the airport"). */
const SEIZING: ReadonlySet<string> = new Set(['seized', 'seizes', 'seize', 'seizing']);
/** How far after "seized" its object's head may stand ("seized [the army's] headquarters"). */
const SEIZED_OBJECT_REACH = 4;
const OBJECT_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'after', 'before', 'as', 'while', 'despite', 'amid', 'from']);

/** (case7) `hits` without the INTERCEPT reading of "seized" when its object is a place ("RSF fighters seized the army's
 * headquarters despite air strikes": a taking of ground, not a weapon seized or a missile intercepted; codebook: Disrupted
 * weapons use is weapons seized, Non-state actor overtakes territory a place seized). The object is the first place or
 * weapon word after the verb in its clause; the same array when nothing is dropped. */
export function withoutPlaceSeizures(hits: CueHit<Concept>[], words: readonly string[]): CueHit<Concept>[] {
  let drop: Set<CueHit<Concept>> | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.concept !== 'INTERCEPT' || h.end - h.first !== 1 || !SEIZING.has(words[h.first])) continue;
    let place = false;
    for (let j = i + 1; j < hits.length && hits[j].first - h.end <= SEIZED_OBJECT_REACH; j++) {
      const o = hits[j];
      if (o.first < h.end) continue;
      let broken = false;
      for (let k = h.end; k < o.first && !broken; k++) if (OBJECT_BREAK.has(words[k])) broken = true;
      if (broken) break;
      if (o.concept === 'WEAPON_SEIZE' || o.concept === 'GOODS') break;
      if (o.concept === 'TERRITORY_NOUN') { place = true; break; }
    }
    if (place) (drop ??= new Set()).add(h);
  }
  return drop ? hits.filter((h) => !drop!.has(h)) : hits;
}

/** recall14: the long-range weapons whose use an instrumental "with" tells ("with mortars", "with heavy artillery"). */
const INSTRUMENT_WEAPONS: ReadonlySet<Concept> = new Set(['SHELL', 'SHELL_WEAK']);
/** Words that may stand between "with" and the weapon ("with heavy mortars", "with 120mm mortar shells"). */
const WEAPON_MODIFIERS: ReadonlySet<string> = new Set(['heavy', 'long', 'range', '-', 'several', 'multiple', 'dozens', 'of', 'mortar', 'rocket',
  'artillery', 'tank', 'grad', 'guided', 'ballistic', 'cruise', 'katyusha', 'a', 'an', 'the']);

/** remote17: words that may stand between "with" and weapons held ("with a pistol", "with 5 kg of explosives", "with two hand
 * grenades", "with illegal arms"). */
const ARMS_MODIFIERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'several', 'two', 'three', 'four', 'five', 'kg', 'kgs',
  'kilograms', 'of', 'illegal', 'illicit', 'live', 'loaded', 'crude', 'hand', 'assault', 'unlicensed', 'country', '-', 'made', 'homemade',
  'large', 'huge', 'quantity', 'cache']);

/** (recall14) `hits` with a SHELL_WITH hit on each long-range weapon told as an instrument: "with" before it, at most two modifier
 * words between ("pummelled the base with mortars", "pounded the town with heavy artillery"; English grammar: an instrumental
 * adjunct). Added on "with" alone, the instrument's preposition: a hit over the weapon's words would hide their own SHELL or SHELL_WEAK
 * hit, which the weapon rows read (a new array only when one is added). */
export function withWeaponInstrument(hits: CueHit<Concept>[], words: readonly string[]): CueHit<Concept>[] {
  let added: CueHit<Concept>[] | null = null;
  for (const h of hits) {
    const arms = h.concept === 'WEAPON_SEIZE';
    if (!arms && !INSTRUMENT_WEAPONS.has(h.concept)) continue;
    for (let k = h.first - 1; k >= 0 && h.first - k <= (arms ? 4 : 3); k--) {
      if (words[k] === 'with') { (added ??= []).push({ concept: arms ? 'ARMS_WITH' : 'SHELL_WITH', first: k, end: k + 1 }); break; }
      if (!(arms ? ARMS_MODIFIERS : WEAPON_MODIFIERS).has(words[k]) && !/^\d/.test(words[k])) break;
    }
  }
  if (!added) return hits;
  return [...hits, ...added].sort((a, b) => a.first - b.first);
}
