// The incidents of one article filed by kind and site, so that a mention the text leaves undated finds
// the incident it joins without walking every incident told before it (group-mentions.ts). A long
// bulletin of undated incidents at many places made that walk quadratic: each mention read every earlier
// incident. An undated mention joins the latest incident of a compatible kind whose site fits its own
// (the same place, or one holds the other), or a weak casualty report the latest incident at its place,
// or, when either names no place, the latest compatible incident: every one of those is in a list below,
// by kind and by place key, so the latest that fits is the first that passes walking each list back.
//
// Lists are positions ascending; an incident is filed again when its site or its lead (its kind) changes,
// and its old entries stay: every candidate is checked against the incident as it is now, so an old entry
// costs a skip, never a wrong answer.
import type { EventLocation } from '../../types.js';
import type { Mention, Site } from './types.js';
import { GROUPED_AS_DISRUPTED } from '../../lexicon/sub-events.js';

/** What the index reads of an incident (group-mentions.ts MentionGroup). */
interface Filed { lead: Mention; site: Site | null }

/** Protests and riots are one story told as it turns: a protest that turns violent is one event. */
// clash8: property looted or destroyed and people harmed in the same story are one incident of violence (codebook: Looting/
// property destruction is destruction with no other violence), so a looting joins the attacks on civilians, not the other
// strategic developments.
const family = (m: Mention): string => (m.typed.eventType === 'Riots' ? 'Protests'
  : m.typed.subEventType === 'Looting/property destruction' ? 'Violence against civilians' : m.typed.eventType);

const DISRUPTED = 'Disrupted weapons use';

export function compatible(a: Mention, b: Mention): boolean {
  if (a.typed.subEventType === b.typed.subEventType) return true;
  if (a.typed.subEventType === DISRUPTED || b.typed.subEventType === DISRUPTED) return false;
  // acled16: the mentions of a rule grouped as a Disrupted weapons use (`groupsAsDisrupted`: weapons a group took) keep the
  // grouping they had when read as one, their own kind: the rule changes their type, not which incident they join (joined to
  // an attack beside them, ACLED half b's fatExactClean fell a row).
  if (GROUPED_AS_DISRUPTED.has(a.typed.rule) || GROUPED_AS_DISRUPTED.has(b.typed.rule)) return false;
  return family(a) === family(b);
}

/** Mentions `compatible` with each other share it (a sub-type belongs to one event type; a disrupted weapons use is compatible only with its own kind). */
const kindOf = (m: Mention): string => (m.typed.subEventType === DISRUPTED ? DISRUPTED
  : GROUPED_AS_DISRUPTED.has(m.typed.rule) ? `${DISRUPTED}|${m.typed.subEventType}` : family(m));

/** 0.1° grid cells (about 11 km north-south): two places within samePlace's 5 km are in neighbouring cells. */
const CELL = 0.1;
const LON_CELLS = Math.round(360 / CELL);
const SAME_PLACE_KM = 5;
const KM_PER_DEGREE = 6371 * Math.PI / 180;
const cellOf = (deg: number): number => Math.floor(deg / CELL);
const lonCell = (lon: number): number => ((cellOf(lon) % LON_CELLS) + LON_CELLS) % LON_CELLS;
const isCountry = (l: EventLocation): boolean => (l.featureCode ?? '').startsWith('PCL');
const isRegion = (l: EventLocation): boolean => l.featureCode === 'ADM1' || (l.featureCode ?? '').startsWith('PPL');

/** The keys a site is filed under: its own gazetteer entry and cell (location.ts samePlace), and the
 * areas a coarser or finer place would hold it by (location.ts contains). */
function fileKeys(l: EventLocation): string[] {
  const keys: string[] = [];
  if (l.geonameid != null) keys.push(`g${l.geonameid}`);
  if (l.lat != null && l.lon != null) keys.push(`x${cellOf(l.lat)},${lonCell(l.lon)}`);
  if (l.precision === 3) {
    if (isCountry(l) && l.country != null) keys.push(`C${l.country}`);
    if (isRegion(l) && l.admin1 != null) keys.push(`A${l.country}|${l.admin1}`);
  } else {
    if (l.country != null) keys.push(`c${l.country}`);
    if (l.admin1 != null) keys.push(`a${l.country}|${l.admin1}`);
  }
  return keys;
}

/** The keys under which every site that is the same place as `l` (gazetteer entry, or within 5 km) is filed. */
function samePlaceKeys(l: EventLocation): string[] {
  const keys: string[] = [];
  if (l.geonameid != null) keys.push(`g${l.geonameid}`);
  if (l.lat == null || l.lon == null) return keys;
  const la = cellOf(l.lat);
  // A degree of longitude narrows toward the poles: enough cells east and west to cover 5 km at the cells' far edge.
  const cos = Math.cos(Math.min(90, Math.abs(l.lat) + 2 * CELL) * Math.PI / 180);
  const span = cos > 1e-3 ? Math.min(LON_CELLS >> 1, Math.ceil(SAME_PLACE_KM / (KM_PER_DEGREE * cos) / CELL)) : LON_CELLS >> 1;
  const lo = lonCell(l.lon);
  for (let a = la - 1; a <= la + 1; a++) {
    for (let d = -span; d <= span; d++) keys.push(`x${a},${(((lo + d) % LON_CELLS) + LON_CELLS) % LON_CELLS}`);
  }
  return keys;
}

/** The keys under which every site that holds `l`, or that `l` holds, is filed (location.ts contains). */
function areaKeys(l: EventLocation): string[] {
  const keys: string[] = [];
  if (l.precision !== 3) {
    if (l.country != null) keys.push(`C${l.country}`);
    if (l.admin1 != null) keys.push(`A${l.country}|${l.admin1}`);
  } else {
    if (isCountry(l) && l.country != null) keys.push(`c${l.country}`);
    if (isRegion(l) && l.admin1 != null) keys.push(`a${l.country}|${l.admin1}`);
  }
  return keys;
}

export class SiteIndex {
  private readonly lists = new Map<string, number[]>();
  constructor(private readonly incidents: readonly Filed[]) {}

  /** Files incident `at` under its lead's kind and its site as they are now (again after either changes). */
  add(at: number): void {
    const inc = this.incidents[at];
    const kind = kindOf(inc.lead);
    this.put(`k${kind}`, at);
    if (!inc.site) return;
    for (const key of fileKeys(inc.site.location)) {
      this.put(`${kind}:${key}`, at);
      // Any kind, for a casualty report that joins whatever happened at its place.
      if (key[0] === 'g' || key[0] === 'x') this.put(`*:${key}`, at);
    }
  }

  /** The latest incident compatible with `m`, or -1. */
  latestCompatible(m: Mention): number {
    return this.latest([`k${kindOf(m)}`], (i) => compatible(this.incidents[i].lead, m), -1);
  }

  /** The latest incident filed where a site-fitting incident for `m` (which has a site) can be, that `passes`, else `floor`. */
  latestAtSite(m: Mention, anyKindHere: boolean, passes: (at: number) => boolean, floor: number): number {
    const l = m.site!.location;
    const kind = kindOf(m);
    const here = samePlaceKeys(l);
    const keys = [...here, ...areaKeys(l)].map((k) => `${kind}:${k}`);
    if (anyKindHere) keys.push(...here.map((k) => `*:${k}`));
    return this.latest(keys, passes, floor);
  }

  private latest(keys: string[], passes: (at: number) => boolean, floor: number): number {
    let best = floor;
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) continue;
      for (let j = list.length - 1; j >= 0 && list[j] > best; j--) {
        if (passes(list[j])) {
          best = list[j];
          break;
        }
      }
    }
    return best;
  }

  private put(key: string, at: number): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = []));
    let k = list.length;
    while (k > 0 && list[k - 1] > at) k--;
    if (list[k - 1] !== at) list.splice(k, 0, at);
  }
}
