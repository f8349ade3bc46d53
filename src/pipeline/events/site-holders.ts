// A site and the places that hold it in the text ("X (Y, Z)", "X, Y district", "the village of X in Y",
// "X area of Y", "X near Y"): the holder checks the site (the X inside Y, not a namesake abroad) and stands
// for it when it is unknown or read outside (ACLED: a village the gazetteer lacks, told with its district,
// is coded to the district at precision 2, with its province only at precision 3, never at a namesake
// elsewhere). An administrative area is placed at its seat, as ACLED codes it (the provincial capital).
import type { Place, Reason, Token } from '../../types.js';
import { foldKey } from '../../gazetteer/index.js';
import { skeletonKey, stripArticle } from '../../gazetteer/fold.js';
import { kindOf, linkOf, type Kind, type Link } from '../places/hierarchy.js';
import { holds, kmBetween } from '../places/holds.js';
import { ADMIN1_WORDS, ADMIN2_WORDS, LANDMARK_IN_TOWN, LANDMARK_NEAR_TOWN, QUARTER_WORDS, TOWN_WORDS } from '../../lexicon/place-kinds.js';
import type { Geo } from '../places/namesakes.js';
import { englishWord } from '../places/english.js';
import { NOT_PLACES, ORG_WORDS, TITLES } from '../places/lexicon.js';
import { basePrecision, fallbackPrecision } from './site-precision.js';
import { AREA_OF_CITY } from './precision-rules.js';
import { countrysideSide } from './site-side.js';
import type { Draft, HeldBy, Site, UnknownChild } from './types.js';
import { extend } from '../extend.js';
import { isCapitalCode } from '../segment/capitals.js';

/** Holders that are a province or a country: a site lies inside each of its chain's. */
const WIDE = /^(?:ADM1|PCL)/;
/** How far a place told "near Y" or by a compass word from Y ("Hawija, southwest of Kirkuk": 58 km) may lie from Y. Round 38: 75 km,
 * was 50 (the towns reports place by a city's compass point lie up to a district away). */
const NEAR_KM = 75;
const LINK_RULE: Record<Link, string> = { paren: 'loc.x-paren-y', comma: 'loc.x-comma-y', in: 'loc.x-in-y', near: 'loc.near-x' };
const KIND_RULE: Partial<Record<Kind, string>> = { admin1: 'loc.x-province', admin2: 'loc.x-district', 'landmark-in': 'loc.landmark-of-x', 'landmark-near': 'loc.landmark-of-x' };


/** Kind words: one between a capitalised name and a place makes the name a place ("Kipulu village ("). */
const KIND_WORDS = new Set([...ADMIN1_WORDS, ...ADMIN2_WORDS, ...TOWN_WORDS, ...QUARTER_WORDS, ...LANDMARK_IN_TOWN, ...LANDMARK_NEAR_TOWN]);

/** Capitalised words that never start a place name: months, days, titles, organisations' nouns. */
const NOT_NAME = new Set([...NOT_PLACES, ...TITLES, ...ORG_WORDS]);
const isCapCode = isCapitalCode;
const HOLDER_IN = new Set(['in', 'of', 'inside', 'within']);
const JOIN = new Set(['-', "'", '’', 'al', 'el', 'ad', 'as', 'ash', 'an', 'ar', 'az', 'at', 'ez', 'es', 'ed', 'en', 'de', 'del', 'la', 'le', 'bin', 'ibn', 'ben', 'wa', 'ya', 'i']);

function nameWord(t: Token | undefined, w: string): boolean {
  return !!t && t.type === 'word' && isCapCode(t.text.charCodeAt(0)) && !NOT_NAME.has(w) && !/^[A-Z]{2,}$/.test(t.text);
}

/** An unknown name joined to the place starting at token `a` by the words between ("X village (", "X in the", "X area of"). */
export function unknownChild(tokens: readonly Token[], words: readonly string[], a: number, from: number,
  inNames: (start: number, end: number) => boolean, placeAt: (offset: number) => boolean): UnknownChild | null {
  let i = a - 1;
  while (i >= from && a - i <= 8 && !nameWord(tokens[i], words[i])) i--;
  if (i < from || i === a - 1 || !nameWord(tokens[i], words[i]) || placeAt(tokens[i].start)) return null;
  // The words between, taken once the name before them is found (most places have none: no array, no unshift per word).
  const gap = words.slice(i + 1, a);
  const link = linkOf(gap);
  if (!link) return null;
  let s = i;
  while (s - 1 >= from && (nameWord(tokens[s - 1], words[s - 1]) || (JOIN.has(words[s - 1]) && nameWord(tokens[s - 2], words[s - 2]))) && !placeAt(tokens[s - 1].start)) s--;
  // "a Barangay in X", "the Village in X": a capitalised kind word alone names no place; the holder is the site.
  if (s === i && KIND_WORDS.has(words[i]) && HOLDER_IN.has(gap[0])) return null;
  // "Mrauk-u District, Rakhine State": a capitalised kind word ends the unknown name and says its kind.
  let last = i;
  if (KIND_WORDS.has(words[i]) && i > s) { gap.unshift(words[i]); last = i - 1; }
  // "the Observatory in Aleppo", "ADF in Beni": a name of a group or a source is not a place.
  if (inNames(tokens[s].start, tokens[i].end)) return null;
  // "the house of MP Samir al Jisr in Tripoli": a title's name is a person's.
  if (s > 0 && TITLES.has(words[s - 1])) return null;
  // A place kind ("X village (", "X area of"), a parenthesised holder, or words no English lexicon knows
  // ("Dansadau in", "Jazaret Elbuhmeid in") make the name a place; "Syriatel Telecom in", "Islamic States in" are not.
  const kindWord = gap.find((g) => KIND_WORDS.has(g));
  if (!kindWord && link !== 'paren' && tokens.slice(s, last + 1).some((t) => t.type === 'word' && !JOIN.has(t.text.toLowerCase()) && englishWord(t.text))) return null;
  return { start: tokens[s].start, end: tokens[i].end, text: tokens.slice(s, i + 1).map((t) => t.text).join(' ').replace(/ - /g, '-'), first: s, link,
    kind: kindWord ? areaOf(kindWord, gap) ?? kindOf(kindWord) : null };
}


/** "the Tabbaneh area of Tripoli": an area "of" a town is a part of it (a quarter); "Abu Rasin area in X" the land around. */
function areaOf(kindWord: string, gap: readonly string[]): Kind | null {
  if (kindWord !== 'area' && kindWord !== 'areas') return null;
  return gap[gap.indexOf(kindWord) + 1] === 'of' ? 'quarter' : null;
}

/** The site, checked against its holders and placed as ACLED codes it. */
export function settleSite(d: Draft, geo: Geo | null, text: string, story: (p: Place) => Place | null = () => null): Site {
  const why = d.why ?? [];
  let location = d.location;
  let fallback: HeldBy | null = null;
  // Nothing holds the outermost name: a namesake abroad yields to one in the story's country.
  const inStory = (p: Place): Place => {
    const ns = story(p);
    if (!ns) return p;
    why.push({ rule: 'loc.namesake-in-story-country', start: p.start, end: p.end, text: p.text });
    return ns;
  };
  // "Balkh district" read as the province of that name: the district (or its town) of the name in that province.
  const lf = location.featureCode ?? '';
  if (geo && d.kind === 'admin2' && !d.unknown && (lf === 'ADM1' || lf.startsWith('PCL'))) {
    const area = location;
    const ns = geo.namesake(area, (c) => c.country === area.country && (c.admin1 === area.admin1 || lf.startsWith('PCL')) &&
      ((c.featureCode ?? '').startsWith('ADM2') || (c.featureCode ?? '').startsWith('PPL')));
    if (ns) (location = extend(ns, { precision: 2 })), why.push({ rule: 'loc.x-district', text: ns.name ?? undefined });
  }
  // The holders from the outermost in: each inner one must lie inside the next, else its namesake there, else it is passed over.
  let outer: HeldBy | null = null;
  for (let k = d.holders.length - 1; k >= 0; k--) {
    const h = d.holders[k];
    if (!outer) { if (h.place.lat != null) outer = extend(h, { place: inStory(h.place) }); continue; }
    const o: HeldBy = outer;
    if (h.place.lat != null && holds(o.place, h.place, o.kind)) { outer = h; continue; }
    const ns = geo?.namesake(h.place, (c) => holds(o.place, c, o.kind));
    if (ns) { outer = extend(h, { place: ns }); continue; }
    // "Banfora (Banfora, Comoe)": the outer name read abroad yields to its namesake that holds the inner.
    const inner = h.place;
    if (inner.lat != null && geo?.namesake(o.place, (c) => holds(c, inner, o.kind))) outer = h;
    // "Zorgabo village (Djibo, Soum)": an outer name read only as a plain village (no seat, no area) that holds
    // no reading of an inner seat or area is an area the gazetteer lacks, misread as a namesake: the inner holds.
    else if (inner.lat != null && misreadHolder(o.place, inner)) outer = h;
    // world23: "Sugapa (Intan Jaya, Papua)": a district or seat told in a province that the gazetteer now puts in another of the
    // same country nearby (Central Papua, carved out of Papua) was in the province told when the report was written: the inner
    // holds.
    else if (inner.lat != null && splitFrom(o.place, inner)) outer = h;
  }
  // "the Menaka Region (Menaka, Gao)": an area told with its own kind word and read as such an area is that area, in its
  // holder's country, though the holders place it elsewhere (a region carved out of an older one keeps its old holder).
  const toldArea = (d.kind === 'admin1' || d.kind === 'admin2') && !d.unknown && /^ADM[12]/.test(lf) && (d.kind === 'admin1') === lf.startsWith('ADM1');
  const span = (h: HeldBy): Reason => ({ rule: '', start: d.unknown?.start ?? d.location.start, end: h.place.end, text: text.slice(d.unknown?.start ?? d.location.start, h.place.end) });
  // "Saraqeeb in Idleb", "Qamishlie in Al-Hasakeh": the unknown name is a town of its holder's province
  // spelled in another romanisation (places/spellings-in.ts): that town, as ACLED codes a named town (precision 1, 2 near it).
  // A district, province or quarter told by its kind word is no town of the province.
  const townLike = !!outer && !!d.unknown && (d.unknown.kind === null || d.unknown.kind === 'town');
  let spelled = townLike ? geo?.spelledIn?.(d.unknown!, outer!.place) ?? null : null;
  // "Handawara, Kupwara district", "Wallam, Tillaberi region": the one place of the holder whose name it spells closely
  // (places/close-spelling.ts), in any country.
  // A district's or town's reach failing, the province told after it ("Tessitt (Ansongo, Gao)": the area, or its seat
  // read for it) is the scope.
  const scopes = townLike && !spelled ? [outer!.place, ...d.holders.map((h) => h.place).filter((p) => p !== outer!.place &&
    p.country === outer!.place.country && /^(?:ADM1|PPLA)$/.test(p.featureCode ?? ''))] : [];
  let close: Place | null = null;
  for (const p of scopes) if (!close) close = geo?.closeIn?.(d.unknown!, p, p !== outer!.place || outer!.kind === 'admin1') ?? null;
  if (close) spelled = close;
  if (spelled) {
    location = extend(spelled, { precision: d.near ? 2 : 1 });
    why.push(extend(span(outer!), { rule: close ? 'loc.close-spelling-in-y' : 'loc.spelling-in-y' }));
  } else if (outer && d.unknown) {
    fallback = outer;
    why.push(extend(span(outer), { rule: 'loc.admin-fallback' }));
  } else if (outer && outer.link !== 'near' && !toldArea && basePrecision(location) === 3 && (outer.place.featureCode ?? '').startsWith('PPL') && outer.kind !== 'admin1') {
    // '"Only Macedonia" in Skopje': a country or province told "in" a town is no holder's part; the town is the site.
    location = extend(outer.place, { precision: basePrecision(outer.place) });
    why.push(extend(span(outer), { rule: LINK_RULE[outer.link] }));
  } else if (outer) {
    const o = outer;
    const site0 = location;
    // "the Saleem Khil area of Azra district, Logar": the site lies inside every province or country of its
    // chain, not only near its nearest holder (a namesake 60 km off across the provincial border is another place).
    const inChain = (c: Place): boolean => d.holders.every((h) => h === o || h.place.lat == null || !WIDE.test(h.place.featureCode ?? '') ||
      !holds(h.place, o.place, h.kind) || holds(h.place, c, h.kind));
    // "Majzar district west of Marib city": a district told near a town of its own province is that district,
    // though its point lies further than a town's reach.
    const areaNear = (c: Place): boolean => o.link === 'near' && /^ADM2/.test(c.featureCode ?? '') && c.country === o.place.country &&
      c.admin1 != null && c.admin1 === o.place.admin1;
    // w26: "the Villeneuve neighbourhood of Grenoble": a part of a town lies in that town (its own quarters' reach), not in the
    // villages of its area (Villeneuve-de-Marc, 40 km off in the same department, is no part of Grenoble).
    const heldAs: Kind | null = d.kind === 'quarter' && o.link !== 'near' && (o.place.featureCode ?? '').startsWith('PPL') ? 'town' : o.kind;
    const inside = (o.link === 'near' ? kmBetween(o.place, location) <= NEAR_KM || areaNear(location) : holds(o.place, location, heldAs)) && inChain(site0);
    if (inside) {
      why.push(extend(span(o), { rule: LINK_RULE[o.link] }));
      // geo11: "Libertador municipality in Caracas": a district told in a city is a part of it (precision-rules.ts).
      if (geo && d.kind === 'admin2' && !d.unknown && o.link === 'in' && /^ADM2/.test(lf) && areaOfCity(o, d, geo, text)) {
        location = extend(location, { precision: AREA_OF_CITY.precision });
        why.push(extend(span(o), { rule: AREA_OF_CITY.id }));
      }
    } else {
      const ns = geo?.namesake(location, (c) => (o.link === 'near' ? kmBetween(o.place, c) <= NEAR_KM : holds(o.place, c, heldAs)) && inChain(c));
      // The holder's own namesake that holds the site ("Makamba, Nyanza" read in Rwanda; a Nyanza of Burundi holds Makamba).
      const site = location;
      const holderNs = ns || o.link === 'near' || !inChain(site) ? null : geo?.namesake(o.place, (c) => holds(c, site, heldAs));
      if (ns) {
        location = extend(ns, { precision: location.precision });
        why.push(extend(span(o), { rule: 'loc.namesake-in-y' }));
      } else if (holderNs || (toldArea && location.country === o.place.country)) {
        why.push(extend(span(o), { rule: LINK_RULE[o.link] }));
      } else {
        // "Benito Juarez, Nuevo Leon": the name read abroad (or a namesake outside) is a place of the holder spelled closely.
        const close = o.link !== 'near' && !toldArea && (d.kind === null || d.kind === 'town') ? geo?.closeIn?.(site, o.place, o.kind === 'admin1') ?? null : null;
        if (close) {
          location = extend(close, { precision: d.near ? 2 : 1 });
          why.push(extend(span(o), { rule: 'loc.close-spelling-in-y' }));
        } else {
          fallback = o;
          why.push(extend(span(o), { rule: 'loc.admin-fallback' }));
        }
      }
    }
  }
  if (!outer) {
    // The place itself (most sites: no namesake in the story's country) needs no copy: the draft's location is its own.
    const ns = inStory(location);
    if (ns !== location) location = extend(ns, { precision: location.precision });
  }
  // An unknown name's own kind word, not its holder's: in "PD10 of Kandahar city" the draft's kind (town) is Kandahar's.
  if (fallback) {
    const childKind = d.unknown ? d.unknown.kind : d.kind;
    // "Zorvik area in the east of Mosul": a compass part told with its article is inside the town, not near it.
    const from = d.unknown?.end ?? d.location.end;
    if (fallback.link === 'near' && from < fallback.place.start && PART_BEFORE.test(text.slice(from, fallback.place.start))) fallback = extend(fallback, { link: 'in' as const });
    const precision = fallbackPrecision(fallback, childKind);
    const inCity = precision !== 1 && geo != null && insideCity(fallback, d, geo, text) ? fallbackPrecision(fallback, childKind, true) : precision;
    location = extend(fallback.place, { precision: inCity });
    if (inCity !== precision) why.push({ rule: 'loc.part-of-city', text: fallback.place.text });
  }
  else if (!why.length) why.push({ rule: d.location.precision === 2 && !d.part ? 'loc.near-x' : d.part ? 'loc.part-of-x' : d.locative ? 'loc.in-x' : 'loc.named-x',
    start: d.location.start, end: d.location.end, text: d.location.text });
  // The kind word told the holder's kind, not the site's, when an unknown name stands at its holder or a town it spells.
  if (!fallback && !spelled && KIND_RULE[d.kind!]) why.push({ rule: KIND_RULE[d.kind!]! });
  // An administrative area stands at its seat (the provincial or district capital), as ACLED codes it.
  const f = location.featureCode ?? '';
  if (geo && ((f.startsWith('ADM') && !f.startsWith('ADMD')) || f.startsWith('PCL'))) {
    const seat = geo.seat(location);
    if (seat) {
      const kind = fallback ? fallback.kind : d.kind;
      // "in Coatzacoalcos, Veracruz": the municipality read for the town of its name is the town.
      const town = !fallback && kind !== 'admin1' && kind !== 'admin2' &&
        (sameName(seat.name, location.text) || !!geo.namesake(location, (c) => c.geonameid === seat.geonameid));
      // The area keeps its name and identity (what the report says); its point is its seat's (where ACLED codes it).
      location = town ? extend(seat, { precision: 1 }) : extend(location, { lat: seat.lat, lon: seat.lon });
      why.push({ rule: town ? 'loc.town-of-area' : 'loc.admin-seat', text: seat.name ?? undefined });
    }
  }
  // where15 (loc.district-of-city): "Kabuta (Al Mansura, Aden)", "X (Hodan, Banadir)": an unknown name whose holder is a
  // district of a big city (its point within CITY_DISTRICT_KM of the seat of the province it lies in, a city of
  // BIG_CITY_POP people) is a part of that city (ACLED codebook: a part of a town is coded to it, precision 1). Never
  // the province itself ("Kafr Amma in Aleppo", "X (Uvira, Sud-Kivu)": its villages lie anywhere in it), nor a name told
  // around its holder (countryside, outskirts, near).
  if (fallback && geo && location.precision === 2 && location.lat != null) {
    const from = d.unknown?.end ?? d.location.end;
    const told = from < fallback.place.start ? text.slice(from, fallback.place.start).replace(INSIDE_PART, ' ') : '';
    // The city: a holder told after the district that is a big city itself ("(Al Mansura, Aden)"), or its province's seat.
    const fl = fallback.place.featureCode ?? '';
    const after = d.holders.filter((h) => h.place.lat != null && h.place !== fallback!.place && h.place.start > fallback!.place.start);
    const cityHolder = after.find((h) => /^PPL[AC]/.test(h.place.featureCode ?? '') && h.kind !== 'admin1' && h.kind !== 'admin2');
    const province = after.find((h) => h.place.featureCode === 'ADM1');
    const seat = cityHolder ? cityHolder.place : province ? geo.seat(province.place) : null;
    if (seat && fl !== 'ADM1' && !AROUND.test(told)
      && geo.population(seat) >= BIG_CITY_POP && kmBetween(seat, location) <= CITY_DISTRICT_KM) {
      location = extend(location, { precision: 1 });
      why.push({ rule: 'loc.district-of-city', text: seat.name ?? undefined });
    }
  }
  // "X in the southern countryside of Idleb": an unknown village told on one side of its town's countryside stands at
  // the middle of that side, not at the town (site-side.ts).
  if (fallback && location.lat != null && location.lon != null && !(location.featureCode ?? '').startsWith('PCL')) {
    const from = d.unknown?.end ?? d.location.end;
    const side = countrysideSide(text, from, fallback.place.start, fallback.place.end, location.lat);
    if (side) {
      // The point is an estimate of no gazetteer entry: the town's name tells what it lies around, its id is not the
      // site's. (Snapping it to the gazetteer town nearest that point moved it further from the village on the dev rows
      // of both halves: the town nearest the middle of a side is no better a guess than the middle.)
      location = extend(location, { lat: round4(location.lat + side[0]), lon: round4(location.lon + side[1]), geonameid: null, featureCode: null });
      why.push({ rule: 'loc.countryside-side', start: from, end: fallback.place.end, text: text.slice(from, fallback.place.end).trim() });
    }
  }
  const { kind: _k, holders: _h, unknown: _u, ...site } = d;
  return extend(site, { location, why });
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** world23: an inner district or seat of the outer province's country, within a province's reach of its point, though the gazetteer
 * files it under another province (one split from the outer, or its old name). */
function splitFrom(outer: Place, inner: Place): boolean {
  return outer.featureCode === 'ADM1' && inner.country === outer.country && inner.admin1 !== outer.admin1 &&
    (/^ADM2/.test(inner.featureCode ?? '') || /^PPLA/.test(inner.featureCode ?? '')) && kmBetween(outer, inner) <= SPLIT_KM;
}
/** How far from a province's point a district it held before a split may lie. */
const SPLIT_KM = 250;

/** An outer holder read as a plain populated place (no seat, no area) around an inner seat or area it does not hold. */
function misreadHolder(outer: Place, inner: Place): boolean {
  const o = outer.featureCode ?? '', i = inner.featureCode ?? '';
  return (o === 'PPL' || o === 'PPLX' || o === 'PPLL') && (/^PPL[AC]/.test(i) || /^ADM[12]/.test(i));
}

/** A city's size: places of this many people take in the localities told inside them. */
const CITY_POP = 100_000;
const BIG_CITY_POP = 300_000;
const CITY_DISTRICT_KM = 8;
/** Words between a name and its holder that put the name around the town, not in it. */
const AROUND = /\b(?:countryside|rural|outskirts|suburbs?|periphery|environs|surroundings|edge|outside|around|near|vicinity|north|south|east|west|northern|southern|eastern|western)\b/i;

/** "in the east of", "in the north-west of": a compass part told with its article lies inside the place after it. */
const PART_BEFORE = /\b(?:in|at|on) the (?:north|south)?-?(?:north|south|east|west)(?:ern)? (?:part |side |section )?of\s*$/i;
const INSIDE_PART = /\b(?:in|at|on) the (?:north|south)?-?(?:north|south|east|west)(?:ern)? (?:part |side |section )?of\b/gi;

/**
 * Whether the holder an unknown name falls back on is a city the name lies inside: told as one ("Kandahar city",
 * "the town of X"), held in turn by its own province ("El Campito, Merida, Merida state"), a national capital, or a
 * town of 100,000 people that is not also the name of its province ("in Idleb" names the governorate as often as
 * the city); and nothing between says the name lies around it ("X in the countryside of Y", "X, north of Y").
 */
function insideCity(h: HeldBy, d: Draft, geo: Geo, text: string): boolean {
  const p = h.place, f = p.featureCode ?? '';
  if (!f.startsWith('PPL') && h.kind !== 'town') return false;
  // "the Saleem Khil area of Azra district", "Perija, Machiques municipality": a holder told as a district or a
  // province is that area, though the gazetteer read its seat; the name lies somewhere in it, not in a city.
  if (h.kind === 'admin1' || h.kind === 'admin2') return false;
  const from = d.unknown?.end ?? d.location.end;
  // "Kilu 16 area in the east of Hodeidah": "the east of" a city is a part of it (location.ts reads it so), not around it.
  if (from < p.start && AROUND.test(text.slice(from, p.start).replace(INSIDE_PART, ' '))) return false;
  if (h.kind === 'town' || f === 'PPLC') return true;
  if (!f.startsWith('PPL')) return false;
  // where15 (loc.part-of-city): "Kilu 16 area in the east of Hodeidah": a compass part told with its article is a part of the
  // city (ACLED codebook: a part of a town is coded to it, precision 1), even a city named like its province.
  if (from < p.start && PART_BEFORE.test(text.slice(from, p.start)) && geo.population(p) >= CITY_POP) return true;
  if (d.holders.some((o) => o.place.start > p.start && (o.kind === 'admin1' || /^ADM1/.test(o.place.featureCode ?? '')))) return true;
  return geo.population(p) >= CITY_POP && !sameArea(p.name ?? p.text, p.admin1);
}
/** A city that holds a district told inside it: one insideCity takes, never one named like its province ("Kabul" in
 * Kabul province, whose districts are the province's), nor a holder told as an area. */
function areaOfCity(h: HeldBy, d: Draft, geo: Geo, text: string): boolean {
  const f = h.place.featureCode ?? '';
  return /^PPL/.test(f) && h.kind !== 'admin1' && h.kind !== 'admin2' && !sameArea(h.place.name ?? h.place.text, h.place.admin1) && insideCity(h, d, geo, text);
}
const areaKey = (s: string): string => { const k = foldKey(s); return skeletonKey(stripArticle(k) ?? k); };
/** "Idlib" in Idlib governorate, "Al Ḩasakah" in Al-Hasakah: a town named like its province. */
const sameArea = (name: string, admin1: string | null): boolean => admin1 != null && areaKey(name) === areaKey(admin1);

const fold = (s: string | null): string => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const sameName = (a: string | null, b: string): boolean => {
  const x = fold(a), y = fold(b);
  if (x === y || x.replace(/^(al|el|as|ad|ar|an|at|az)/, '') === y.replace(/^(al|el|as|ad|ar|an|at|az)/, '')) return true;
  // "Nabatiyeh" and its seat "Nabatîyé et Tahta": the same name in another romanisation, first word to first word
  // (the gazetteer's loose key, gazetteer/loose-key.ts).
  const fa = foldKey(a ?? '').split(' ')[0], fb = foldKey(b).split(' ')[0];
  return fa.length >= 4 && fb.length >= 4 && skeletonKey(fa) === skeletonKey(fb);
};
