// What the event reader asks the gazetteer beyond a name's resolved reading: the namesakes of a name that
// satisfy a test ("the Kuito inside Bie", "the Beni in DR Congo"), and the seat of an administrative area
// (ACLED codes an event known only by its province at the provincial capital, by its district at the
// district's seat). Built over the gazetteer's lookup/entry API; the seat table is one scan of the entries,
// made once per gazetteer.
import { foldKey, type Gazetteer, type GazetteerEntry } from '../../gazetteer/index.js';
import { skeletonKey, stripArticle } from '../../gazetteer/fold.js';
import { entryPrior } from '../../gazetteer/prior.js';
import type { Place } from '../../types.js';
import { kmBetween } from './holds.js';
import { townSpelledIn } from './spellings-in.js';
import { townCloseIn, type Scope } from './close-spelling.js';

export interface Geo {
  /** The likeliest reading of `p`'s name (exact, article-less or loose key) that `accept` takes, or null. */
  namesake(p: Place, accept: (c: Place) => boolean): Place | null;
  /** The town that stands for an administrative area (a country or ADM1: its capital; ADM2: its same-named seat), or null. */
  seat(area: Place): Place | null;
  /** The people of a resolved place (its gazetteer entry's population), 0 when unknown. */
  population(p: Place): number;
  /** The town of `holder`'s province (and, for a district or town holder, within its reach) that a name the gazetteer
   * lacks spells in another romanisation (spellings-in.ts), as a place of the words `child` (text, offsets), or null. */
  spelledIn?(child: { text: string; start: number; end: number }, holder: Place): Place | null;
  /** The one place inside `holder` (its province, within a district's or town's reach; a country) whose name the
   * unknown `child` spells closely (close-spelling.ts), as a place of the words `child`, or null. A town read for a
   * province told as one ("the Gomel region") scopes the whole province (`wholeProvince`). */
  closeIn?(child: { text: string; start: number; end: number }, holder: Place, wholeProvince?: boolean): Place | null;
}

/** How far from a district's or town's point the town a name spells may lie. */
const SPELLED_REACH_KM = 80;

/** How far from a district's or town's point a village spelled closely may lie (a district's or municipality's reach). */
const CLOSE_REACH_KM = 50;

/** How far a district's same-named town may lie from the district's point and still be its seat. */
const SEAT_REACH_KM = 60;
const SEAT_RANK: Record<string, number> = { PPLC: 4, PPLG: 3, PPLA: 2 };

const seats = new WeakMap<Gazetteer, Map<string, number>>();
/** "country admin1" → the entry of its capital (the national capital if it lies there, else the PPLA);
 * "country" → the national capital. */
function seatTable(gaz: Gazetteer): Map<string, number> {
  let t = seats.get(gaz);
  if (t) return t;
  t = new Map();
  const keep = (k: string, i: number, rank: number) => {
    const prev = t!.get(k);
    const prevRank = prev === undefined ? 0 : SEAT_RANK[gaz.featureOf(prev)];
    if (prev === undefined || rank > prevRank || (rank === prevRank && gaz.populationOf(i) > gaz.populationOf(prev))) t!.set(k, i);
  };
  for (let i = 0; i < gaz.size; i++) {
    const rank = SEAT_RANK[gaz.featureOf(i)];
    if (!rank) continue;
    const e = gaz.entry(i);
    if (rank === SEAT_RANK.PPLC && e.country) keep(e.country, i, rank);
    if (e.admin1 != null) keep(`${e.country} ${e.admin1}`, i, rank);
  }
  seats.set(gaz, t);
  return t;
}

/** The gazetteer's area entry a resolved place stands for: the area of its name, country and level at its point. */
function areaEntry(gaz: Gazetteer, area: Place, level: 'ADM1' | 'ADM2'): number | null {
  for (const e of gaz.areasNamed(area.name ?? area.text, area.country ?? undefined, level)) {
    if (Math.abs(gaz.latOf(e) - (area.lat ?? NaN)) < 1e-3 && Math.abs(gaz.lonOf(e) - (area.lon ?? NaN)) < 1e-3) return e;
  }
  return null;
}

/** The entry as a place of the mention `p` (its text and offsets kept). */
const asPlace = (p: Place, e: GazetteerEntry): Place => ({ text: p.text, start: p.start, end: p.end, name: e.name, geonameid: e.geonameid,
  lat: e.lat, lon: e.lon, country: e.country, admin1: e.admin1, featureCode: e.featureCode, ...(p.mention ? { mention: p.mention } : {}) });

export function geoOf(gaz: Gazetteer): Geo {
  // A name's readings are asked again for each holder and check of an article: remembered for the article.
  const memo = new Map<string, number[]>();
  const readings = (name: string): number[] => {
    let hit = memo.get(name);
    if (!hit) memo.set(name, (hit = readingsOf(name)));
    return hit;
  };
  const readingsOf = (name: string): number[] => {
    const key = foldKey(name);
    if (!key) return [];
    const keys = new Set([key, stripArticle(key) ?? key, skeletonKey(key)]);
    const out = new Set<number>();
    for (const k of keys) for (const post of gaz.lookup(k)) out.add(post.entry);
    return [...out];
  };
  return {
    namesake(p, accept) {
      let best: Place | null = null, bestPrior = -Infinity;
      for (const e of readings(p.text)) {
        const entry = gaz.entry(e);
        const c = asPlace(p, entry);
        if (!accept(c)) continue;
        const prior = entryPrior({ pop: entry.population, fc: entry.featureCode });
        if (prior > bestPrior) (best = c), (bestPrior = prior);
      }
      return best;
    },
    spelledIn(child, holder) {
      const f = holder.featureCode ?? '';
      if (holder.lat == null || holder.lon == null || f.startsWith('PCL')) return null;
      const near = f === 'ADM1' ? null : { lat: holder.lat, lon: holder.lon };
      const e = townSpelledIn(gaz, child.text, holder.country, holder.admin1, near, SPELLED_REACH_KM);
      return e === null ? null : asPlace({ text: child.text, start: child.start, end: child.end, name: null, geonameid: null, lat: null, lon: null,
        country: null, admin1: null, featureCode: null, mention: holder.mention }, gaz.entry(e));
    },
    closeIn(child, holder, wholeProvince = false) {
      const f = holder.featureCode ?? '';
      if (holder.lat == null || holder.lon == null || !holder.country) return null;
      const wide = f.startsWith('PCL');
      if (!wide && !f.startsWith('ADM') && !f.startsWith('PPL')) return null;
      // The holder's own entry gives its admin1 key (a province's, or the province a district or town lies in).
      const own = wide ? null : readings(holder.name ?? holder.text).find((e) => gaz.countryOf(e) === holder.country &&
        Math.abs(gaz.latOf(e) - holder.lat!) < 1e-3 && Math.abs(gaz.lonOf(e) - holder.lon!) < 1e-3);
      if (!wide && own === undefined) return null;
      const scope: Scope = { country: holder.country, admin1Key: own == null ? null : gaz.admin1KeyOf(own),
        near: wide || f === 'ADM1' || wholeProvince ? null : { lat: holder.lat, lon: holder.lon, km: CLOSE_REACH_KM } };
      const e = townCloseIn(gaz, child.text, scope);
      return e === null ? null : asPlace({ text: child.text, start: child.start, end: child.end, name: null, geonameid: null, lat: null, lon: null,
        country: null, admin1: null, featureCode: null, mention: holder.mention }, gaz.entry(e));
    },
    population(p) {
      if (p.geonameid == null) return 0;
      for (const e of readings(p.name ?? p.text)) if (gaz.entry(e).geonameid === p.geonameid) return gaz.populationOf(e);
      return 0;
    },
    seat(area) {
      const f = area.featureCode ?? '';
      if (area.geonameid == null && area.lat == null) return null;
      // ACLED codes an event told only by its country at the capital.
      if (f.startsWith('PCL')) {
        const s = area.country == null ? undefined : seatTable(gaz).get(area.country);
        return s === undefined ? null : asPlace(area, gaz.entry(s));
      }
      // An admin area's seat as the gazetteer records it (gazetteer/areas.ts: the capital, PPLA or PPLA2 inside it).
      if (f === 'ADM1' || f === 'ADM2') {
        const e = areaEntry(gaz, area, f);
        const s = e == null ? null : gaz.seatOf(e);
        if (s != null) return asPlace(area, gaz.entry(s));
      }
      if (f === 'ADM1' || f === 'ADM1H') {
        const s = area.admin1 == null ? undefined : seatTable(gaz).get(`${area.country} ${area.admin1}`);
        return s === undefined ? null : asPlace(area, gaz.entry(s));
      }
      if (f.startsWith('ADM')) {
        // A district's seat is the town of its name, within reach of its point.
        let best: Place | null = null, bestPrior = -Infinity;
        for (const name of new Set([area.name ?? area.text, area.text])) {
          for (const e of readings(name)) {
            const entry = gaz.entry(e);
            if (!entry.featureCode.startsWith('PPL') || entry.country !== area.country || kmBetween(entry, area) > SEAT_REACH_KM) continue;
            const prior = entryPrior({ pop: entry.population, fc: entry.featureCode });
            if (prior > bestPrior) (best = asPlace(area, entry)), (bestPrior = prior);
          }
        }
        return best;
      }
      return null;
    },
  };
}
