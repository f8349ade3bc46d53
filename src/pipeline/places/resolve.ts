// Resolution: pick, for every mention, the gazetteer entry a reader would mean. Score = prior
// (population, feature class) + the article's focus countries + an "X, Y" container + nearness to
// the article's other confident places. Mentions with the same text resolve alike (one sense per
// discourse).
import type { Gazetteer } from '../../gazetteer/index.js';
import { FLAG_PRIMARY } from '../../gazetteer/format.js';
import { entryPrior } from '../../gazetteer/prior.js';
import type { Mention } from './recognize.js';

const FOCUS_WEIGHT = 3; // a country holding all the article's other places outweighs ~1000× population
const CONTAINER_MATCH = 6; // "Alexandria, La.": the container decides among namesakes
const PRIMARY_BONUS = 0.7; // the entry's own name beats an alternate spelling
const NEAR_KM = 300;
const NEAR_BONUS = 1.2;
const LOOSE_PENALTY = 0.5;

export interface Resolved {
  mention: Mention;
  entry: number | null;
}

export function resolveMentions(mentions: Mention[], gaz: Gazetteer): Resolved[] {
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

  // 2. Containers: "X, Y" where Y reads as an admin1 or a country.
  const container = new Map<Mention, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (b.first === a.last + 2 && /^,/.test(gapText(a, b))) container.set(a, b);
  }

  // 3. First pass without proximity; then a second pass that adds nearness to the first pass's picks.
  const pass = (anchors: Array<[number, number]>) =>
    mentions.map((m) => {
      const c = container.get(m);
      const cEntries = c ? c.postings.map((p) => p.entry).filter((e) => /^(ADM1|PCLI|ADM2)$/.test(gaz.featureOf(e))) : [];
      return best(m, (e, f) => {
        let s = prior(e) + (f & FLAG_PRIMARY ? PRIMARY_BONUS : 0) + FOCUS_WEIGHT * focus(gaz.countryOf(e));
        if (m.key.startsWith('~')) s -= LOOSE_PENALTY;
        if (cEntries.length) s += cEntries.some((ce) => contains(gaz, ce, e)) ? CONTAINER_MATCH : -1;
        if (anchors.length && near(gaz, e, anchors)) s += NEAR_BONUS;
        return s;
      });
    });
  const first = pass([]);
  const anchors: Array<[number, number]> = [];
  first.forEach((e, i) => {
    const fc = gaz.featureOf(e);
    if (!/^(PCLI|CONT|RGN|OCN|SEA|ADM1)$/.test(fc) && mentions[i].postings.length === 1) anchors.push([gaz.latOf(e), gaz.lonOf(e)]);
  });
  const second = anchors.length ? pass(anchors) : first;
  // One sense per discourse: the same key takes the reading its first mention got.
  const byKey = new Map<string, number>();
  return mentions.map((m, i) => {
    const e = byKey.get(m.key) ?? second[i];
    byKey.set(m.key, e);
    return { mention: m, entry: e };
  });
}

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

let gapSource = '';
export function setGapSource(text: string): void {
  gapSource = text;
}
function gapText(a: Mention, b: Mention): string {
  return gapSource.slice(a.end, b.start).trim();
}
