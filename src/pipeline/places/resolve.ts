// Resolution: pick, for every mention, the gazetteer entry a reader would mean. Score = prior
// (population, feature class) + the article's focus countries + an "X, Y" container + nearness to
// the article's other confident places. Mentions with the same text resolve alike (one sense per
// discourse).
import type { Gazetteer } from '../../gazetteer/index.js';
import { FLAG_PRIMARY } from '../../gazetteer/format.js';
import { entryPrior } from '../../gazetteer/prior.js';
import type { Mention } from './recognize.js';
import { COMMON_GIVEN_NAMES } from './given-names.js';
import { GIVEN_NAMES } from './lexicon.js';

const FOCUS_WEIGHT = 3; // a country holding all the article's other places outweighs ~1000× population
const CONTAINER_MATCH = 6; // "Alexandria, La.": the container decides among namesakes
const PRIMARY_BONUS = 0.7; // the entry's own name beats an alternate spelling
const NEAR_KM = 300;
const SAME_ADMIN1 = 1;
const LOOSE_PENALTY = 0.5;
const SPLIT_KM = 300;
const ADMIN1_NAMED = 2; // a town in a state/province the article names
const CITY_OVER_STATE = 2.5; // "New York", "Mexico City": a big city beats its same-named state

/**
 * Whether a city inside admin1 entry `e` answers to the same name and is big (500k+) or the area's
 * seat: "New York", "Aleppo", "Deir ez-Zor" name the city more often than the province.
 */
function bigNamesake(gaz: Gazetteer, m: Mention, e: number): boolean {
  return m.postings.some((p) => p.entry !== e && gaz.countryOf(p.entry) === gaz.countryOf(e) && gaz.admin1Of(p.entry) === gaz.admin1Of(e) &&
    /^PPL/.test(gaz.featureOf(p.entry)) && (gaz.populationOf(p.entry) >= 500000 || /^PPL(A|C)$/.test(gaz.featureOf(p.entry))));
}

export interface Resolved {
  mention: Mention;
  entry: number | null;
}

/** `text` is the article the mentions index, for what lies between two of them. */
export function resolveMentions(mentions: Mention[], gaz: Gazetteer, text: string): Resolved[] {
  const prior = (e: number) => entryPrior({ pop: gaz.populationOf(e), fc: gaz.featureOf(e) });
  // 1. Focus countries: each distinct name votes for the country of its best-prior reading;
  //    names of countries and their demonyms vote twice.
  const votes = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    const top = best(m, (e, f) => prior(e) + (f & FLAG_PRIMARY ? PRIMARY_BONUS : 0));
    const cc = gaz.countryOf(top);
    if (!cc) continue;
    const fc = gaz.featureOf(top);
    const w = fc === 'PCLI' ? 2 : fc === 'ADM1' ? 1.5 : 1;
    votes.set(cc, (votes.get(cc) ?? 0) + w);
  }
  const total = [...votes.values()].reduce((a, b) => a + b, 0) || 1;
  const focus = (cc: string) => (votes.get(cc) ?? 0) / total;

  // Admin1 areas the article names outright ("Ohio", "Alberta"): their towns are the likely readings.
  const namedAdmin1 = new Set<string>();
  for (const m of mentions) {
    const top = best(m, (e, f) => prior(e) + (f & FLAG_PRIMARY ? PRIMARY_BONUS : 0) + FOCUS_WEIGHT * focus(gaz.countryOf(e)));
    if (gaz.featureOf(top) === 'ADM1' && m.postings.length) namedAdmin1.add(`${gaz.countryOf(top)}|${gaz.admin1Of(top)}`);
  }

  // 2. Containers: "X, Y" where Y reads as an admin1 or a country.
  const container = new Map<Mention, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (b.first === a.last + 2 && /^,/.test(text.slice(a.end, b.start).trim())) container.set(a, b);
  }

  // 3. First pass without neighbours; the second adds nearness to, and shared admin1 with, the other
  //    names' first-pass readings (a local story's towns cluster).
  const pass = (ctx: Neighbours | null) =>
    mentions.map((m) => {
      const c = container.get(m);
      const cEntries = c ? c.postings.map((p) => p.entry).filter((e) => /^(ADM1|PCLI|ADM2)$/.test(gaz.featureOf(e))) : [];
      return best(m, (e, f) => {
        let s = prior(e) + (f & FLAG_PRIMARY ? PRIMARY_BONUS : 0) + FOCUS_WEIGHT * focus(gaz.countryOf(e));
        if (m.key.startsWith('~')) s -= LOOSE_PENALTY;
        const fc = gaz.featureOf(e);
        // The named admin1 and the neighbours are one kind of evidence (the story's locality): take the stronger.
        const named = namedAdmin1.has(`${gaz.countryOf(e)}|${gaz.admin1Of(e)}`) && fc !== 'ADM1' ? ADMIN1_NAMED : 0;
        if (fc === 'ADM1' && bigNamesake(gaz, m, e)) s -= CITY_OVER_STATE;
        if (cEntries.length) s += cEntries.some((ce) => contains(gaz, ce, e)) ? CONTAINER_MATCH : -1;
        s += Math.max(named, ctx ? neighbourBonus(gaz, e, m.key, ctx) : 0);
        return s;
      });
    });
  const first = pass(null);
  const ctx: Neighbours = { points: [], admin1: new Map() };
  first.forEach((e, i) => {
    if (AREA.test(gaz.featureOf(e))) return;
    ctx.points.push({ key: mentions[i].key, entry: e, lat: gaz.latOf(e), lon: gaz.lonOf(e) });
    const a = `${gaz.countryOf(e)}|${gaz.admin1Of(e)}`;
    if (!ctx.admin1.has(a)) ctx.admin1.set(a, new Set());
    ctx.admin1.get(a)!.add(mentions[i].key);
  });
  const second = ctx.points.length ? pass(ctx) : first;
  // One sense per discourse: the same key takes the reading its first mention got.
  const byKey = new Map<string, number>();
  // A mention with its own container ("Tripoli, Lebanon") keeps its own reading.
  const out = mentions.map((m, i) => {
    const e = container.has(m) ? second[i] : byKey.get(m.key) ?? second[i];
    if (!container.has(m)) byKey.set(m.key, e);
    return { mention: m, entry: e };
  });
  // A stray reading moves to the mention's best namesake that fits the article, or is dropped.
  const kept: Resolved[] = [];
  out.forEach((r, i) => {
    if (!stray(gaz, r.entry, r, i, out)) return void kept.push(r);
    const fit = r.mention.postings.map((p) => p.entry).find((e) => e !== r.entry && !stray(gaz, e, r, i, out));
    if (fit !== undefined) kept.push({ mention: r.mention, entry: fit });
  });
  return mergeSplitNames(gaz, kept, text);
}

/**
 * "Ain Zara", "Bab Touma": two one-word matches side by side whose readings lie far apart are one
 * name the gazetteer lacks. They become one place, unresolved (lat/lon null), rather than two wrong ones.
 */
function mergeSplitNames(gaz: Gazetteer, rs: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < rs.length; i++) {
    const a = rs[i], b = rs[i + 1];
    const adjacent = b && a.mention.first === a.mention.last && b.mention.first === b.mention.last && b.mention.first === a.mention.last + 1 && b.mention.start === a.mention.end + 1 && text[a.mention.end] === ' ';
    if (adjacent && !a.mention.demonym && !b.mention.demonym && a.entry !== null && b.entry !== null &&
        distanceKm(gaz.latOf(a.entry), gaz.lonOf(a.entry), gaz.latOf(b.entry), gaz.lonOf(b.entry)) > SPLIT_KM) {
      const m = a.mention, n = b.mention;
      i++;
      // "Kobe Bryant", "Geneva Morgan": a given name first makes the pair a person, not a place.
      if (COMMON_GIVEN_NAMES.has(m.key) || GIVEN_NAMES.has(m.key)) continue;
      out.push({ mention: { ...m, end: n.end, last: n.last, text: text.slice(m.start, n.end), key: `${m.key} ${n.key}` }, entry: null });
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * A stray: a small place (<100k, not an area) read in a country no other name of the article points
 * to, over 1,000 km from every other place — most often two words of a name the gazetteer lacks
 * ("Ain Zara" read as a French department and a Turkish town). Kept when it has a container.
 */
function stray(gaz: Gazetteer, e: number | null, r: Resolved, i: number, all: Resolved[]): boolean {
  if (e === null || gaz.populationOf(e) >= 100000 || AREA.test(gaz.featureOf(e)) || all.length < 4) return false;
  // Nothing to stray from: beside it the article names only nationalities ("Russian forces"), which say
  // who acts, not where; its one town is the story's town.
  if (!all.some((x) => x.mention.key !== r.mention.key && !x.mention.demonym)) return false;
  const cc = gaz.countryOf(e);
  const own = all.filter((x) => x.entry !== null && gaz.countryOf(x.entry) === cc && x.mention.key !== r.mention.key).length;
  if (own > 0) return false;
  const lat = gaz.latOf(e), lon = gaz.lonOf(e);
  return all.every((x, j) => j === i || x.entry === null || x.mention.key === r.mention.key || distanceKm(lat, lon, gaz.latOf(x.entry), gaz.lonOf(x.entry)) > 1000);
}

interface Neighbours {
  points: Array<{ key: string; entry: number; lat: number; lon: number }>;
  admin1: Map<string, Set<string>>;
}

const AREA = /^(PCLI|CONT|RGN|OCN|SEA|GULF|ADM1|TERR|PEN|PLAT|MTS|DSRT|STM|ISL)$/;

/** Nearness to the other names' readings (graded by distance) and a shared admin1 with them. */
function neighbourBonus(gaz: Gazetteer, e: number, key: string, ctx: Neighbours): number {
  const fc = gaz.featureOf(e);
  // An area is near the article's towns when it holds them, wherever its centre point lies.
  if (fc === 'ADM1') return ctx.admin1.has(`${gaz.countryOf(e)}|${gaz.admin1Of(e)}`) ? 3 : 0;
  if (fc === 'PCLI') return ctx.points.some((p) => gaz.countryOf(p.entry) === gaz.countryOf(e)) ? 3 : 0;
  const lat = gaz.latOf(e), lon = gaz.lonOf(e);
  let nearest = Infinity;
  // Other names only: "Dublin City" must not vouch for "Dublin" (same name, same first-pass guess).
  for (const p of ctx.points) if (p.entry !== e && !sameName(p.key, key)) nearest = Math.min(nearest, distanceKm(lat, lon, p.lat, p.lon));
  let s = nearest <= 50 ? 3 : nearest <= 150 ? 2.2 : nearest <= 400 ? 1.2 : 0;
  const same = ctx.admin1.get(`${gaz.countryOf(e)}|${gaz.admin1Of(e)}`);
  if (same && [...same].some((k) => !sameName(k, key))) s += SAME_ADMIN1;
  return s;
}

const sameName = (a: string, b: string): boolean => a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ');

function best(m: Mention, score: (entry: number, flags: number) => number): number {
  let top = m.postings[0].entry, topScore = -Infinity;
  for (const p of m.postings) {
    const s = score(p.entry, p.flags);
    if (s > topScore) (topScore = s), (top = p.entry);
  }
  return top;
}

function contains(gaz: Gazetteer, outer: number, inner: number): boolean {
  if (outer === inner) return false;
  const fc = gaz.featureOf(outer);
  if (gaz.countryOf(outer) !== gaz.countryOf(inner)) return false;
  if (fc === 'PCLI') return true;
  if (fc === 'ADM1') return gaz.admin1Of(outer) === gaz.admin1Of(inner);
  return near(gaz, inner, [[gaz.latOf(outer), gaz.lonOf(outer)]], 80);
}

function near(gaz: Gazetteer, e: number, anchors: Array<[number, number]>, km = NEAR_KM): boolean {
  const lat = gaz.latOf(e), lon = gaz.lonOf(e);
  for (const [alat, alon] of anchors) if (distanceKm(lat, lon, alat, alon) <= km) return true;
  return false;
}

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

