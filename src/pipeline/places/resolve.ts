// Resolution: pick, for every mention, the gazetteer entry a reader would mean. Score = prior
// (population, feature class) + the article's focus countries + an "X, Y" container + nearness to
// the article's other confident places. Mentions with the same text resolve alike (one sense per
// discourse).
import type { Gazetteer, Posting } from '../../gazetteer/index.js';
import { FLAG_LOOSE, FLAG_PRIMARY } from '../../gazetteer/format.js';
import { entryPrior } from '../../gazetteer/prior.js';
import type { Mention } from './recognize.js';
import { COMMON_GIVEN_NAMES } from './given-names.js';
import { GIVEN_NAMES } from './lexicon.js';
import { neighbourBonus, neighboursOf, type Neighbours } from './neighbours.js';
import { distanceKm } from '../../geo.js';
import { mayStray, stray, strayContext, type StrayContext } from './stray.js';
import { readHierarchy, type HierarchyOf, type Holder, type Kind } from './hierarchy.js';
import { lookupVariants } from './word-memo.js';
import { skeletonKey } from '../../gazetteer/fold.js';
import { AREA_ADJ, UNIT_WORD_COUNTRIES } from '../../lexicon/place-kinds.js';
import { extend } from '../extend.js';

const FOCUS_WEIGHT = 3; // a country holding all the article's other places outweighs ~1000× population
const CONTAINER_MATCH = 6; // "Alexandria, La.": the container decides among namesakes
const PRIMARY_BONUS = 0.7; // the entry's own name beats an alternate spelling
const NEAR_KM = 300;
const LOOSE_PENALTY = 0.5;
const SPLIT_KM = 300;
const ADMIN1_NAMED = 2; // a town in a state/province the article names
const CITY_OVER_STATE = 2.5; // "New York", "Mexico City": a big city beats its same-named state
const UNIT_COUNTRY = 6; // where16: "Mendi woreda" is Ethiopia's, as "Mendi, Ethiopia" would be (weighs as a container)

// where16: a unit word only some countries use, right after a name ("Dandi LGA", "the Gedo woreda", "Kurram border
// tehsil"): the countries whose units it names (lexicon/place-kinds.ts UNIT_WORD_COUNTRIES).
const UNIT_WORD_AFTER = new RegExp(`^\\s+(?:(?:${[...AREA_ADJ].join('|')})\\s+)?(${[...UNIT_WORD_COUNTRIES.keys()]
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|')})\\b`, 'i');
function unitCountries(text: string, end: number): readonly string[] | null {
  const m = UNIT_WORD_AFTER.exec(text.slice(end, end + 48));
  return m ? UNIT_WORD_COUNTRIES.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? UNIT_WORD_COUNTRIES.get(m[1].toLowerCase().replace(/[-\s]+/g, '-')) ?? null : null;
}

const HOME_KM = 150;
/** where16: a quarter's own word right after its name ("the Hamra neighbourhood"; not "the neighbourhood of X"). */
const QUARTER_AFTER = /^\s+(?:neighbou?rhoods?|quarters?|suburbs?)\b/i;
/**
 * where16: "Talin, Kafr Zita and Latamneh", "from Tripoli to the Qana bridge near Tyre": when every other name of the
 * article reads in one country, a name read abroad (however big its namesake: Tallinn, Libya's Tripoli) that has a
 * namesake in that country within HOME_KM of another of its places means that namesake, as a reader of a local story
 * takes it, unless the text names the country abroad ("Libya", "Libyan"). A name told with its holder keeps its reading.
 */
function homeNamesakes(gaz: Gazetteer, mentions: Mention[], entries: number[], container: Map<Mention, Mention>): void {
  if (mentions.length < 2) return;
  const named = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const e = entries[i];
    if (e === null || e === undefined) continue;
    const fc = gaz.featureOf(e);
    if (mentions[i].demonym || fc.startsWith('PCL')) named.add(gaz.countryOf(e));
  }
  // Readings move only from a name that could move (the test below, on the first readings): in most articles none can,
  // and the filing below is not made. (Readings change only by a move, so none changes before the first.)
  let movable = false;
  for (let i = 0; i < mentions.length && !movable; i++) {
    const m = mentions[i], e = entries[i];
    movable = !(m.postings.length < 2 || m.demonym || e === null || e === undefined || named.has(gaz.countryOf(e)) || held(gaz, container, m));
  }
  if (!movable) return;
  // The article's read places (no demonym) filed once by country, and by name within it, so that a name read abroad finds the
  // countries the other names read in, and their places, without walking every mention again (that walk, once per such
  // name, made long lists of places quadratic). A name moved home is filed again; a stale entry is skipped on reading.
  const perCountry = new Map<string, number>(), perKey = new Map<string, Map<string, number>>();
  const inCountry = new Map<string, number[]>(), ofKey = new Map<string, number[]>();
  const file = (j: number, by: 1 | -1): void => {
    const e = entries[j];
    if (mentions[j].demonym || e === null || e === undefined) return;
    const cc = gaz.countryOf(e), key = mentions[j].key;
    perCountry.set(cc, (perCountry.get(cc) ?? 0) + by);
    let own = perKey.get(key);
    if (!own) perKey.set(key, own = new Map());
    own.set(cc, (own.get(cc) ?? 0) + by);
    if (by > 0) { const list = inCountry.get(cc); if (list) list.push(j); else inCountry.set(cc, [j]); }
  };
  for (let j = 0; j < mentions.length; j++) {
    file(j, 1);
    const list = ofKey.get(mentions[j].key);
    if (list) list.push(j); else ofKey.set(mentions[j].key, [j]);
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i], e = entries[i];
    if (m.postings.length < 2 || m.demonym || held(gaz, container, m) || e === null || e === undefined) continue;
    const cc = gaz.countryOf(e);
    if (named.has(cc)) continue;
    // The one country every name but this one reads in (countries are few: this walk is bounded, not the article's length).
    const own = perKey.get(m.key);
    let c: string | null = null, home = 0;
    for (const [country, n] of perCountry) if (n > (own?.get(country) ?? 0) && ++home === 1) c = country;
    if (home !== 1 || c === cc) continue;
    const others: number[] = [];
    for (const j of inCountry.get(c!) ?? []) {
      if (mentions[j].key !== m.key && gaz.countryOf(entries[j]) === c) others.push(entries[j]);
    }
    let pick: number | null = null;
    for (const p of m.postings) {
      const q = p.entry;
      if (gaz.countryOf(q) !== c || !others.some((o) => distanceKm(gaz.latOf(q), gaz.lonOf(q), gaz.latOf(o), gaz.lonOf(o)) <= HOME_KM)) continue;
      if (pick === null || gaz.populationOf(q) > gaz.populationOf(pick)) pick = q;
    }
    if (pick === null) continue;
    for (const j of ofKey.get(m.key)!) {
      if (held(gaz, container, mentions[j])) continue;
      file(j, -1);
      entries[j] = pick;
      file(j, 1);
    }
  }
}
/** A name told with a holder that reads as an area or a country ("Tripoli, Lebanon"; not the next name of a list). */
function held(gaz: Gazetteer, container: Map<Mention, Mention>, m: Mention): boolean {
  const c = container.get(m);
  return !!c && c.postings.some((p) => CONTAINER_FEATURES.has(gaz.featureOf(p.entry)));
}

/**
 * Whether a city inside admin1 entry `e` answers to the same name and is big (500k+) or the area's
 * seat: "New York", "Aleppo", "Deir ez-Zor" name the city more often than the province.
 */
function bigNamesake(gaz: Gazetteer, m: Mention, e: number): boolean {
  return m.postings.some((p) => p.entry !== e && gaz.countryOf(p.entry) === gaz.countryOf(e) && gaz.admin1Of(p.entry) === gaz.admin1Of(e) &&
    isSeatOrCity(gaz.featureOf(p.entry), gaz.populationOf(p.entry)));
}

function isSeatOrCity(fc: string, pop: number): boolean {
  return fc.startsWith('PPL') && (pop >= 500000 || fc === 'PPLA' || fc === 'PPLC');
}

export interface Resolved {
  mention: Mention;
  entry: number | null;
}

/** `text` is the article the mentions index, for what lies between two of them. */
/** `hierarchyOf`: how the places name one another (hierarchy.ts), by default read here; the pipeline passes its article's
 * memo (reading.ts), which the events stage reads again. */
export function resolveMentions(given: Mention[], gaz: Gazetteer, text: string, hierarchyOf: HierarchyOf = readHierarchy): Resolved[] {
  // Names told without a reading ("Abu Zeitoun": recognize.ts) stay unresolved and take no part in the votes.
  const unknown = given.filter((m) => !m.postings.length);
  const mentions = unknown.length ? given.filter((m) => m.postings.length) : [...given];
  const resolved = resolveKnown(mentions, gaz, text, hierarchyOf);
  if (!unknown.length) return resolved;
  for (const m of unknown) resolved.push({ mention: m, entry: null });
  return resolved.sort((a, b) => a.mention.start - b.mention.start);
}

function resolveKnown(mentions: Mention[], gaz: Gazetteer, text: string, hierarchyOf: HierarchyOf): Resolved[] {
  const prior0 = priorOf(gaz);
  // "Manchester" told alone: Jamaica's parish of that name (an ADM1, whose feature bonus beats a town 16 times its size)
  // yields to England's city of six times its people (loc.city-over-small-area-abroad).
  const demoted = smallAreasAbroad(gaz, mentions);
  const prior = demoted.size ? (e: number) => prior0(e) - (demoted.has(e) ? CITY_OVER_STATE : 0) : prior0;
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
  // A name told again (the same postings) reads the same: scored once.
  const namedAdmin1 = new Set<number>();
  const scored = new Set<Posting[]>();
  for (const m of mentions) {
    if (scored.has(m.postings)) continue;
    scored.add(m.postings);
    const top = best(m, (e, f) => prior(e) + (f & FLAG_PRIMARY ? PRIMARY_BONUS : 0) + FOCUS_WEIGHT * focus(gaz.countryOf(e)));
    if (gaz.featureOf(top) === 'ADM1' && m.postings.length) namedAdmin1.add(gaz.admin1KeyOf(top));
  }

  // 2. Containers: "X, Y", "X (Y, Z)", "X in Y province" where Y reads as an admin area or a country
  //    (hierarchy.ts); the kind word after a name ("Somali region", "Azra district") says which reading it means.
  const hier = hierarchyOf(text, mentions);
  const container = new Map<Mention, Mention>();
  const kindOfMention = new Map<Mention, Kind>();
  for (let i = 0; i < mentions.length; i++) {
    const h = hier.holder[i];
    if (h && h.link !== 'near') container.set(mentions[i], mentions[h.parent]);
    const k = hier.kind[i];
    if (k) kindOfMention.set(mentions[i], k);
  }
  // A name told with its holder whose readings all lie outside it ("Mansura city in Ar-Raqqa countryside"):
  // its other spellings (article-less, loose) may hold the one inside.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i], c = container.get(m);
    if (!c || m.demonym) continue;
    const outer = c.postings.map((p) => p.entry).filter((e) => CONTAINER_FEATURES.has(gaz.featureOf(e)));
    if (!outer.length || m.postings.some((p) => outer.some((o) => contains(gaz, o, p.entry)))) continue;
    const more = [...lookupVariants(gaz, m.key, true), ...gaz.lookup(skeletonKey(m.key))].filter((p) => outer.some((o) => contains(gaz, o, p.entry)));
    if (more.length) {
      const next = extend(m, { postings: [...m.postings, ...more] });
      mentions[i] = next;
      container.set(next, c);
      for (const [k, v] of container) if (v === m) container.set(k, next);
      if (kindOfMention.has(m)) kindOfMention.set(next, kindOfMention.get(m)!);
    }
  }

  // where16: the countries a unit word after the name names ("Raipur upazila": Bangladesh's), for names with a reading there.
  const unitOf = new Map<Mention, readonly string[]>();
  for (const m of mentions) {
    if (m.postings.length < 2 || m.demonym) continue;
    const uc = unitCountries(text, m.end);
    if (uc && m.postings.some((p) => uc.includes(gaz.countryOf(p.entry)))) unitOf.set(m, uc);
  }

  // "the Tripoli-Beirut highway", "the Kabul-Kandahar road": a road named after two towns runs between them, so each
  // end's reading lies within a road's reach of one of the other's (a reader takes Lebanon's Tripoli here).
  const roadEnds = roadPartners(mentions, text);
  const roadBonus = (m: Mention, e: number): number => {
    const other = roadEnds.get(m);
    if (!other) return 0;
    return other.postings.some((p) => distanceKm(gaz.latOf(e), gaz.lonOf(e), gaz.latOf(p.entry), gaz.lonOf(p.entry)) <= ROAD_KM) ? ROAD_PAIR : 0;
  };

  // 3. First pass without neighbours; the second adds nearness to, and shared admin1 with, the other
  //    names' first-pass readings (a local story's towns cluster).
  // The bonus depends only on the entry and the name: remembered for the article, since each mention
  // of a name scores the same namesakes against every other name again.
  const nearMemo = new Map<string, Map<number, number>>();
  const nearBonus = (e: number, key: string, ctx: Neighbours, byEntry: Map<number, number>): number => {
    let b = byEntry.get(e);
    if (b === undefined) byEntry.set(e, (b = neighbourBonus(gaz, e, key, ctx)));
    return b;
  };
  const score = (m: Mention, ctx: Neighbours | null): number => {
    const c = container.get(m);
    const cEntries = c ? c.postings.map((p) => p.entry).filter((e) => CONTAINER_FEATURES.has(gaz.featureOf(e))) : [];
    // What depends on the mention alone is read once, not once per reading scored.
    const kind = kindOfMention.get(m), uc = unitOf.get(m);
    let near: Map<number, number> | undefined;
    if (ctx) {
      near = nearMemo.get(m.key);
      if (!near) nearMemo.set(m.key, (near = new Map()));
    }
    return best(m, (e, f) => {
      let s = prior(e) + (f & FLAG_PRIMARY ? PRIMARY_BONUS : 0) + FOCUS_WEIGHT * focus(gaz.countryOf(e));
      // A reading found only through the loose romanisation key (gazetteer/loose-key.ts) is the weaker one.
      if (f & FLAG_LOOSE) s -= LOOSE_PENALTY;
      const fc = gaz.featureOf(e);
      // The named admin1 and the neighbours are one kind of evidence (the story's locality): take the stronger.
      const named = namedAdmin1.has(gaz.admin1KeyOf(e)) && fc !== 'ADM1' ? ADMIN1_NAMED : 0;
      if (fc === 'ADM1' && bigNamesake(gaz, m, e)) s -= CITY_OVER_STATE;
      if (cEntries.length) s += cEntries.some((ce) => contains(gaz, ce, e)) ? CONTAINER_MATCH : -1;
      // where16: a unit word of some countries only ("woreda") names no district abroad: its kind counts at home only.
      const home = uc ? uc.includes(gaz.countryOf(e)) : true;
      if (kind && home) s += kindBonus(kind, fc);
      if (uc && home) s += UNIT_COUNTRY;
      s += Math.max(named, ctx ? nearBonus(e, m.key, ctx, near!) : 0);
      if (roadEnds.size) s += roadBonus(m, e);
      return s;
    });
  };
  // The score reads the mention's key, postings and container only: a repeated name without a
  // container (its postings array shared, see recognize) is scored once a pass.
  // The arrays handed to other functions (here, neighboursOf, mayStray, strayContext) are built by push, not by map:
  // map in optimised code makes arrays of another elements kind than in the interpreter, and each new kind
  // threw away the optimised code of the functions that read them ("wrong map").
  const pass = (ctx: Neighbours | null): number[] => {
    const once = new Map<Posting[], { key: string; entry: number }>();
    const entries: number[] = [];
    for (const m of mentions) {
      if (m.postings.length === 1) { entries.push(m.postings[0].entry); continue; } // nothing to choose
      if (container.has(m) || kindOfMention.has(m) || roadEnds.has(m) || unitOf.has(m)) { entries.push(score(m, ctx)); continue; }
      const hit = once.get(m.postings);
      if (hit && hit.key === m.key) { entries.push(hit.entry); continue; }
      const entry = score(m, ctx);
      once.set(m.postings, { key: m.key, entry });
      entries.push(entry);
    }
    return entries;
  };
  const first = pass(null);
  // Neighbours only choose among namesakes: an article whose names each have one reading needs none.
  const ambiguous = mentions.some((m) => m.postings.length > 1);
  const ctx = ambiguous ? neighboursOf(gaz, mentions, first) : null;
  const second = ctx && ctx.points.length ? pass(ctx) : first;
  homeNamesakes(gaz, mentions, second, container);
  // One sense per discourse: the same key takes the reading its first mention got.
  const byKey = new Map<string, number>();
  // A mention with its own container ("Tripoli, Lebanon") keeps its own reading.
  const out: Resolved[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const own = container.has(m) || (kindOfMention.get(m) ?? '').startsWith('admin');
    const e = own ? second[i] : byKey.get(m.key) ?? second[i];
    if (!own) byKey.set(m.key, e);
    out.push({ mention: m, entry: e });
  }
  // lead13: "Boni in central Mali", "Kessa, Niger": a town told inside a country that none of its readings lies in, read in a
  // country no other name of the article lies in, is a place the gazetteer lacks, not a namesake abroad (Bonn for "Boni"):
  // unresolved, so that its holder stands for it. ("St. Gregory of Narek in Vatican": Armenia named elsewhere keeps Narek.)
  let countries: Map<string, number> | null = null;
  for (let i = 0; i < out.length; i++) {
    const r = out[i], h = hier.holder[i];
    if (r.entry === null || !h || h.link === 'near' || h.list || r.mention.demonym || mentions[h.parent].demonym) continue;
    const ce = out[h.parent].entry, cc = gaz.countryOf(r.entry);
    // Only a town or an area of a country: a sea, an ocean or a region of the world ("the Indian Ocean in Seychelles") lies in none.
    const f = gaz.featureOf(r.entry);
    if (ce === null || gaz.featureOf(ce) !== 'PCLI' || !cc || gaz.countryOf(ce) === cc || !(f.startsWith('PPL') || f.startsWith('ADM'))) continue;
    if (!countries) {
      countries = new Map();
      for (const o of out) if (o.entry !== null) countries.set(gaz.countryOf(o.entry), (countries.get(gaz.countryOf(o.entry)) ?? 0) + 1);
    }
    // The name's own readings (every telling of it) count once: another name must lie in that country.
    const own = out.filter((o) => o.entry !== null && o.mention.key === r.mention.key && gaz.countryOf(o.entry) === cc).length;
    if ((countries.get(cc) ?? 0) > own) continue;
    out[i] = { mention: extend(r.mention, { postings: [] }), entry: null };
  }
  // "Hodan district of Mogadishu": an admin area reached only through the loose romanisation key (Haydan, Yemen) in a
  // country no other name of the article lies in, while its towns lie in another, is a name the gazetteer lacks, not
  // that foreign area: unresolved, so that its holder stands for it (issue 14: a namesake abroad needs strong evidence).
  if (out.some((r) => r.entry !== null && looseOnlyArea(gaz, r))) {
    for (let i = 0; i < out.length; i++) {
      const r = out[i];
      if (r.entry === null || !looseOnlyArea(gaz, r)) continue;
      const cc = gaz.countryOf(r.entry);
      const others = out.filter((o) => o.entry !== null && o.mention.key !== r.mention.key && !o.mention.demonym);
      if (others.some((o) => gaz.countryOf(o.entry!) === cc)) continue;
      if (!others.some((o) => gaz.featureOf(o.entry!).startsWith('PPL'))) continue;
      out[i] = { mention: extend(r.mention, { postings: [] }), entry: null };
    }
  }
  // where16: "the Hamra neighbourhood" told in a story from Gaza: a name told as a part of a town (a neighbourhood, a
  // quarter) is no town abroad; read in a country no other name of the article (nor its demonyms) lies in, while another
  // lies in a town elsewhere, it is a quarter the gazetteer lacks: read at the article's one town, else unresolved.
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (r.entry === null || r.mention.demonym || kindOfMention.get(r.mention) !== 'quarter' || container.has(r.mention)) continue;
    if (!QUARTER_AFTER.test(text.slice(r.mention.end, r.mention.end + 20))) continue;
    if (!gaz.featureOf(r.entry).startsWith('PPL')) continue;
    const cc = gaz.countryOf(r.entry);
    const others = out.filter((o) => o.entry !== null && o.mention.key !== r.mention.key);
    if (others.some((o) => gaz.countryOf(o.entry!) === cc)) continue;
    const towns = new Set<number>();
    for (const o of others) if (!o.mention.demonym && gaz.featureOf(o.entry!).startsWith('PPL')) towns.add(o.entry!);
    if (!towns.size) continue;
    // The article's one town holds it (ACLED codes a neighbourhood to its town); with several, none is told.
    out[i] = towns.size === 1 ? { mention: r.mention, entry: [...towns][0] } : { mention: extend(r.mention, { postings: [] }), entry: null };
  }
  // A stray reading moves to the mention's best namesake that fits the article, or is dropped.
  // Whether a reading is a stray depends only on the entry and the name (a mention's own index only
  // excludes itself, which the name already does): remembered, so a name told many times costs once.
  const strayMemo = new Map<string, Map<number, boolean>>();
  const isStray = (e: number | null, r: Resolved): boolean => {
    if (!mayStray(gaz, e, out)) return false;
    let byEntry = strayMemo.get(r.mention.key);
    if (!byEntry) strayMemo.set(r.mention.key, (byEntry = new Map()));
    let v = byEntry.get(e!);
    if (v === undefined) byEntry.set(e!, (v = stray(gaz, e!, r.mention.key, (strays ??= strayContext(gaz, out)))));
    return v;
  };
  let strays: StrayContext | null = null;
  const kept: Resolved[] = [];
  out.forEach((r, i) => {
    if (!isStray(r.entry, r)) return void kept.push(r);
    for (const p of r.mention.postings) {
      if (p.entry !== r.entry && !isStray(p.entry, r)) return void kept.push({ mention: r.mention, entry: p.entry });
    }
    // No other reading fits: a name its holder placed keeps its own, where the stray rule would drop it.
    if (placedByHolder(gaz, hier, out, i)) kept.push(r);
  });
  return mergeSplitNames(gaz, atHome(gaz, kept, text), text);
}

/** A state's police named by its nationality: "the Mauritanian police", "Kenyan policemen", "Malian gendarmes". */
const POLICE_AFTER = /^\s+(?:riot\s+|national\s+|federal\s+)?(?:police|policemen|policewomen|gendarmes|gendarmerie)\b/i;
/** How small a town read abroad may be to yield to the police's country (a city of 100,000 is named abroad on its own). */
const HOME_TOWN_MAX = 100000;

/**
 * Round 41 (issue 14): a state's police and gendarmerie act in their own country (general knowledge; ACLED codes "Police Forces of X"
 * in X). When the article names a police force by its nationality ("clashed with the Mauritanian police in Mal"), a small town read
 * in another country that no other name of the article points to ("Mal" in Belgium: the gazetteer lacks Mauritania's) is a namesake
 * read at random: it moves to a namesake in the police's country, or is left unread (the incident falls back to what else is told).
 */
function atHome(gaz: Gazetteer, all: Resolved[], text: string): Resolved[] {
  let home: Set<string> | null = null;
  for (const r of all) {
    if (r.mention.demonym && r.entry !== null && POLICE_AFTER.test(text.slice(r.mention.end, r.mention.end + 40))) (home ??= new Set()).add(gaz.countryOf(r.entry));
  }
  if (!home) return all;
  const told = new Map<string, Set<string>>();
  for (const r of all) {
    if (r.mention.demonym || r.entry === null) continue;
    const cc = gaz.countryOf(r.entry);
    (told.get(cc) ?? told.set(cc, new Set()).get(cc)!).add(r.mention.key);
  }
  const homes = home;
  const abroad = (r: Resolved): boolean => {
    if (r.mention.demonym || r.entry === null) return false;
    const cc = gaz.countryOf(r.entry);
    if (homes.has(cc) || !gaz.featureOf(r.entry).startsWith('PPL') || gaz.populationOf(r.entry) >= HOME_TOWN_MAX) return false;
    const keys = told.get(cc)!;
    return !(keys.size > 1 || !keys.has(r.mention.key));
  };
  if (!all.some(abroad)) return all;
  // By push, as the resolver's other arrays (resolveKnown): one kind of array for the code that reads them.
  const out: Resolved[] = [];
  for (const r of all) {
    const there = abroad(r) ? r.mention.postings.find((p) => homes.has(gaz.countryOf(p.entry))) ?? null : undefined;
    out.push(there === undefined ? r : there ? { mention: r.mention, entry: there.entry } : { mention: extend(r.mention, { postings: [] }), entry: null });
  }
  return out;
}

/**
 * A name told with its holder, read in the country the holder is read in ("Kumbo (Bui, Northwest)"), is where the text itself
 * put it: never dropped as a stray, however far the article's other names lie ("backed by the US-led coalition"). The first holder of another
 * name decides; a name that only repeats (ACLED's "Al-Hasakeh (Al-Hasakeh, Al-Hasakeh)": town, district and province of one
 * name) must be told three times over, since a name told twice may be one name split ("Bangao (Bangao-Tin-Akoff)"). A list
 * ("Makamba, Nyanza and Mabanda") or "near" is no holder.
 */
function placedByHolder(gaz: Gazetteer, hier: ReturnType<typeof readHierarchy>, out: readonly Resolved[], i: number): boolean {
  const e = out[i].entry;
  if (e === null || out[i].mention.demonym || !hier.holder[i]) return false;
  const key = out[i].mention.key;
  let same = 0;
  for (let h: Holder | null = hier.holder[i]; h && h.link !== 'near' && !h.list; h = hier.holder[h.parent]) {
    const r = out[h.parent];
    if (r.mention.demonym) return false;
    if (r.mention.key === key) { same++; continue; }
    return r.entry !== null && gaz.countryOf(r.entry) === gaz.countryOf(e);
  }
  return same >= 2;
}

/** The mention's readings all came through the loose skeleton of a name of two words or more ("Hodan district"; a
 * one-word name's loose postings are its Arabic ending variants, Nabatiyeh ~ Nabatieh), and the one read is an admin area. */
function looseOnlyArea(gaz: Gazetteer, r: Resolved): boolean {
  const f = gaz.featureOf(r.entry!);
  return (f === 'ADM1' || f === 'ADM2') && r.mention.key.includes(' ') && r.mention.postings.every((p) => p.flags & FLAG_LOOSE);
}

/** How many times an area's people a populated place of its name abroad must hold to be the likelier reading, and at least how many. */
const CITY_ABROAD_RATIO = 4;
const CITY_ABROAD_MIN = 100_000;
/**
 * The ADM1 readings of the article's names that a populated place of the same name in another country outnumbers
 * CITY_ABROAD_RATIO times (and by 100,000 people at least): a reader meets the city's name far more often. The area still
 * wins with its country told, its holder or its kind word ("Manchester parish"); only the prior changes.
 */
function smallAreasAbroad(gaz: Gazetteer, mentions: readonly Mention[]): Set<number> {
  const out = new Set<number>();
  const seen = new Set<Posting[]>();
  for (const m of mentions) {
    if (m.postings.length < 2 || seen.has(m.postings)) continue;
    seen.add(m.postings);
    for (const p of m.postings) {
      if (gaz.featureOf(p.entry) !== 'ADM1') continue;
      const cc = gaz.countryOf(p.entry), need = Math.max(CITY_ABROAD_MIN, CITY_ABROAD_RATIO * gaz.populationOf(p.entry));
      if (m.postings.some((q) => gaz.countryOf(q.entry) !== cc && gaz.featureOf(q.entry).startsWith('PPL') && gaz.populationOf(q.entry) >= need)) out.add(p.entry);
    }
  }
  return out;
}

const CONTAINER_FEATURES = new Set(['ADM1', 'PCLI', 'ADM2']);

/** How far apart the two towns a road is named after may lie, and what that agreement weighs (about a namesake's
 * advantage of ten times the population). */
const ROAD_KM = 500;
const ROAD_PAIR = 3;
const ROAD_WORDS = /^\s*(?:road|highway|motorway|expressway|route|railway|corridor|axis|pipeline)\b/i;
/** Mentions joined by a hyphen and followed by a road word ("Tripoli-Beirut highway"): each to the other. */
function roadPartners(mentions: readonly Mention[], text: string): Map<Mention, Mention> {
  const out = new Map<Mention, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (b.start - a.end !== 1 || !'-‐–'.includes(text[a.end]) || a.demonym || b.demonym) continue;
    if (!ROAD_WORDS.test(text.slice(b.end, b.end + 14))) continue;
    out.set(a, b);
    out.set(b, a);
  }
  return out;
}

/** "Somali region", "Azra district", "Tartous city": the kind word after a name favours the readings of that kind. */
const KIND_MATCH = 4;
function kindBonus(kind: Kind, fc: string): number {
  if (kind === 'admin1') return fc === 'ADM1' ? KIND_MATCH : fc.startsWith('PCL') ? -KIND_MATCH : 0;
  if (kind === 'admin2') return fc === 'ADM2' || fc === 'ADM3' ? KIND_MATCH : fc.startsWith('PCL') ? -KIND_MATCH : 0;
  if (kind === 'town' || kind === 'quarter' || kind === 'landmark-near') return fc.startsWith('PPL') ? KIND_MATCH / 2 : 0;
  return 0;
}

const priors = new WeakMap<Gazetteer, Float64Array>();
/** The entry's prior (prior.ts), remembered per entry: a log and a table lookup, for every namesake of every mention, four times. */
function priorOf(gaz: Gazetteer): (e: number) => number {
  let table = priors.get(gaz);
  if (!table) priors.set(gaz, (table = new Float64Array(gaz.size).fill(NaN)));
  const t = table;
  return (e: number) => {
    let v = t[e];
    if (v !== v) t[e] = v = entryPrior({ pop: gaz.populationOf(e), fc: gaz.featureOf(e) });
    return v;
  };
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
      out.push({ mention: extend(m, { end: n.end, last: n.last, text: text.slice(m.start, n.end), key: `${m.key} ${n.key}` }), entry: null });
      continue;
    }
    out.push(a);
  }
  return out;
}

function best(m: Mention, score: (entry: number, flags: number) => number): number {
  let top = m.postings[0].entry, topScore = -Infinity;
  if (m.postings.length === 1) return top; // the only reading, whatever it scores
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
