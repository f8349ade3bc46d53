// case5: the places a sentence names, as hits of the typing concept PLACE_NAME, so that a territory rule reads
// "rebels captured Kidal" as it reads "rebels captured the town" (codebook: Government regains territory and
// Non-state actor overtakes territory are about control of a location; a location is as often told by its name
// as by a noun). Only names the gazetteer placed, never a demonym ("Syrian forces" names no place taken).
import type { Concept } from '../../lexicon/event-cues.js';
import type { Place, Token } from '../../types.js';
import type { CueHit } from './cue-matcher.js';

/** The PLACE_NAME hit of each place in [from, to) of `places`, on the tokens of the sentence [first, end). */
export function placeHits(places: readonly Place[], from: number, to: number, tokens: readonly Token[], first: number, end: number): CueHit<Concept>[] {
  const out: CueHit<Concept>[] = [];
  let k = first;
  for (let p = from; p < to; p++) {
    const place = places[p];
    if (place.mention === 'demonym' || place.lat == null) continue;
    while (k < end && tokens[k].end <= place.start) k++;
    if (k >= end) break;
    let e = k;
    while (e < end && tokens[e].start < place.end) e++;
    if (e > k) out.push({ concept: 'PLACE_NAME', first: k, end: e });
  }
  return out;
}

/** The hits with the places added, in word order. */
export function withPlaces(hits: CueHit<Concept>[], places: readonly CueHit<Concept>[]): CueHit<Concept>[] {
  return places.length ? [...hits, ...places].sort((x, y) => x.first - y.first) : hits;
}
