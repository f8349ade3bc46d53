// relief-aircraft (round 44, issue 13): an aircraft that rescues, evacuates or carries aid strikes no one. AIR reads an aircraft
// of a force ("army helicopters", "military aircraft") as an air strike's weapon, which it is in a report of fighting; but
// general English (WordNet: "evacuate" v.1, "rescue" v.1, "airlift" v.1, "ferry" v.1) tells a relief flight by its verb:
// "army helicopters were deployed to evacuate stranded villagers", "military planes dropped food to the cut-off towns", "the
// wounded were airlifted by army helicopter". Such an aircraft's hit is set aside (codebook: an air strike is an attack from
// the air; a flood's rescue is none), and what else the sentence tells is read as before: a flood that "killed 14 people" is a
// disaster, the gunmen who "killed 12" before the wounded were flown out still attacked.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';
import type { ReadingNeeds } from './reading-needs.js';
import { withoutHits } from './hit-filter.js';

/** The nouns that end an aircraft's name (the hit's last word), as against the names of a strike ("airstrike", "air raid"). */
const AIRCRAFT: ReadonlySet<string> = new Set(['aircraft', 'plane', 'planes', 'jet', 'jets', 'helicopter', 'helicopters', 'chopper', 'choppers',
  'drone', 'drones']);
/** Verbs of a relief flight, every inflection (general English; WordNet's "evacuate", "rescue", "airlift", "ferry", "transport",
 * "winch" and "hoist" senses of moving people to safety). Not "flew" or "searched": jets fly and search before they strike. */
const RELIEF: ReadonlySet<string> = new Set(['evacuate', 'evacuates', 'evacuated', 'evacuating', 'rescue', 'rescues', 'rescued', 'rescuing',
  'airlift', 'airlifts', 'airlifted', 'airlifting', 'ferry', 'ferries', 'ferried', 'ferrying', 'transport', 'transports', 'transported',
  'transporting', 'winch', 'winched', 'winching', 'hoist', 'hoisted', 'hoisting']);
/** Verbs that are a relief flight's only with goods for their object ("dropped food", "delivered aid", "carrying supplies"). */
const CARRY: ReadonlySet<string> = new Set(['drop', 'drops', 'dropped', 'dropping', 'deliver', 'delivers', 'delivered', 'delivering',
  'carry', 'carries', 'carried', 'carrying', 'bring', 'brought', 'bringing']);
/** Relief goods (general English). */
const GOODS: ReadonlySet<string> = new Set(['food', 'aid', 'supplies', 'relief', 'water', 'rations', 'medicine', 'medicines', 'medical',
  'parcels', 'packages', 'tents', 'blankets', 'humanitarian', 'emergency', 'provisions']);
/** Words between an aircraft and its relief verb: its auxiliaries and the verbs that send it ("were deployed to", "have been
 * sent in to", "were used to"). */
const SENT: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'had', 'have', 'has', 'been', 'being', 'also', 'then', 'later',
  'deployed', 'sent', 'used', 'dispatched', 'mobilised', 'mobilized', 'called', 'brought', 'flown', 'in', 'to', 'quickly']);
/** How many such words may stand between them. */
const SENT_REACH = 5;
/** How many words the goods may stand after a carrying verb ("dropped [sacks of] food"). */
const GOODS_REACH = 3;
/** How many words a relief participle may stand before the "by" of its aircraft ("were evacuated [to Pokhara] by helicopter"). */
const BY_REACH = 4;

/** reliefAircraft sets aside only AIR hits. */
export const RELIEF_AIRCRAFT_NEEDS: ReadingNeeds = [['AIR']];

/** The hits without the AIR hit of an aircraft told on a relief flight (the same array when there is none). */
export function reliefAircraft(hits: readonly CueHit<Concept>[], words: readonly string[]): readonly CueHit<Concept>[] {
  return withoutHits(hits, (h) => onReliefFlight(h, (k) => words[k]));
}

/** A lower-cased word of the article by its token index (undefined past either end): the words around a hit are read from
 * whichever the caller holds, the events stage's words or the tokens (non-events.ts reads no words array). */
export type WordAt = (k: number) => string | undefined;

/** Whether `h` is an AIR hit of an aircraft told on a relief flight. Also no political word for the disaster rules
 * (non-events.ts assertedPolitical): "army helicopters evacuated villagers from the flooded district" is a flood's story. */
export function onReliefFlight(h: CueHit<Concept>, at: WordAt): boolean {
  return h.concept === 'AIR' && AIRCRAFT.has(at(h.end - 1) ?? '') && (flies(h.end, at) || flownBy(h.first, at));
}

/** Whether a relief verb is the aircraft's own after `end`: "helicopters evacuated …", "were deployed to rescue …". */
function flies(end: number, at: WordAt): boolean {
  for (let k = end; k - end <= SENT_REACH; k++) {
    const w = at(k);
    if (w === undefined) return false;
    if (RELIEF.has(w)) return true;
    if (CARRY.has(w)) return goodsAfter(k + 1, at);
    if (!SENT.has(w)) return false;
  }
  return false;
}

/** Whether the aircraft at `first` is the agent of a relief participle before it: "airlifted by army helicopters". */
function flownBy(first: number, at: WordAt): boolean {
  let by = first - 1;
  while (by >= 0 && (at(by) === 'a' || at(by) === 'an' || at(by) === 'the' || /^\d+$/.test(at(by) ?? ''))) by--;
  if (at(by) !== 'by') return false;
  for (let k = by - 1; k >= 0 && by - k <= BY_REACH; k--) {
    const w = at(k);
    if (w !== undefined && RELIEF.has(w)) return true;
    if (w === ',' || w === '.' || w === ';') return false;
  }
  return false;
}

function goodsAfter(from: number, at: WordAt): boolean {
  for (let k = from; k - from < GOODS_REACH; k++) { const w = at(k); if (w === undefined) return false; if (GOODS.has(w)) return true; }
  return false;
}
