// location: which of a sentence's resolved places an incident happened at, read from the words
// before each place (ACLED geo_precision: 1 the town itself, 2 near a town or part of a region,
// 3 a region or the country). A launch origin ("from the direction of X") is not the location; a
// place that only qualifies another ("Damascus, Syria", "X (Y, Z)", "X in Y province", "a suburb of
// Damascus", "the X-Y road") is not a separate site but the holder the first is checked against
// (site-holders.ts settles it: the namesake inside the holder, or the holder itself).
import type { EventLocation, Place, Reason, Token } from '../../types.js';
import type { Geo } from '../places/namesakes.js';
import type { Hierarchy, Kind, Link } from '../places/hierarchy.js';
import { settleSite, unknownChild } from './site-holders.js';
import { basePrecision, kindPrecision } from './site-precision.js';
import { BORDER_OF_AREAS, DISTRICTS_OF_PROVINCE, SPREAD_OVER_PROVINCE } from './precision-rules.js';
import { distanceKm } from '../../geo.js';
import { ORG_WORDS, STREET_WORDS, TITLES } from '../places/lexicon.js';
import { ADMIN1_WORDS, ADMIN2_WORDS, LANDMARK_IN_TOWN, LANDMARK_NEAR_TOWN, QUARTER_WORDS, TOWN_WORDS } from '../../lexicon/place-kinds.js';
import type { Draft, HeldBy, Site } from './types.js';
import { extend } from '../extend.js';
import { DAYS } from './time-adjunct.js';




const NEAR = new Set(['near', 'outside', 'around', 'close', 'outskirts', 'surroundings', 'vicinity', 'suburbs', 'suburb',
  'north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'northern', 'southern', 'eastern',
  'western', 'km', 'kilometres', 'kilometers', 'miles', 'border', 'road', 'highway', 'nearby', 'off', 'outlying', 'periphery', 'countryside', 'rural']);
/** Near-words that name a part of the town itself, not its surroundings. */
const PART = new Set(['outskirts', 'suburbs', 'suburb', 'outlying', 'periphery', 'edge', 'district', 'districts', 'neighbourhood',
  'neighbourhoods', 'neighborhood', 'neighborhoods', 'quarter', 'quarters', 'centre', 'center']);
/** Of those, the ones inside the town: "the centre of X", "a district of X" are X itself (ACLED precision 1). */
const INSIDE = new Set(['district', 'districts', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'quarter', 'quarters', 'centre', 'center']);
const ORIGIN = new Set(['from', 'direction']);
/** Words placing a thing beside another ("outside the court", "near the embassy"). */
const BESIDE = new Set(['outside', 'near', 'around', 'nearby', 'close', 'front']);
/** Buildings and landmarks that stand inside a town: what is beside them is in the town (general English nouns). */
const BUILDINGS = new Set([...LANDMARK_IN_TOWN, 'court', 'courts', 'embassy', 'consulate', 'parliament', 'ministry', 'office', 'offices',
  'building', 'buildings', 'palace', 'hall', 'headquarters', 'residence', 'council', 'assembly', 'police', 'cathedral', 'temple',
  'museum', 'theatre', 'theater', 'library', 'clinic', 'compound', 'store', 'shop', 'shops']);
/** Units of a distance told from a place ("10 km from X", "a few kilometres from X"). */
const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters']);
const distanceBefore = (w: string): boolean => DISTANCE_UNITS.has(w) || /^\d+(?:\.\d+)?(?:km|kms|mi)$/.test(w);
const COMPASS_ADJ = new Set(['northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** Parts of a place a compass adjective can name: "the western entrance", "the northern part", "the eastern side". */
const SIDE_NOUNS = new Set(['entrance', 'entrances', 'entry', 'gate', 'gates', 'part', 'parts', 'side', 'sides', 'section', 'sections',
  'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'quarter', 'quarters', 'district', 'districts']);
const LOCATIVE = new Set(['in', 'at', 'on', 'into', 'inside', 'across', 'of', 'over', 'to', 'near', 'outside', 'around', 'within', 'throughout', 'towards', 'toward']);
/** Locatives that place what follows them ("in", "at", "near"); "of" and "to" also name people and ends. */
const STRONG_LOCATIVE = new Set([...LOCATIVE].filter((w) => w !== 'of' && w !== 'to'));
const ROAD = new Set(['road', 'highway', 'street', 'avenue', 'motorway', 'expressway']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast']);
/** How many words an appositive distance may take between a site and the place it is told from (", about 30 km northwest of"). */
const APPOSITIVE_REACH = 9;
/** Round 36: the words from the previous place's end to the place at `a` are ", [about] N km [compass] of|from": the place is where
 * the previous site lies from. */
function positionOfSite(words: readonly string[], a: number, prevEnd: number): boolean {
  if (words[prevEnd] !== ',' || (words[a - 1] !== 'of' && words[a - 1] !== 'from')) return false;
  let k = a - 2;
  while (k > prevEnd && (COMPASS.has(words[k]) || words[k] === '-' || words[k] === 'the')) k--;
  if (!distanceBefore(words[k] ?? '')) return false;
  for (let j = prevEnd + 1; j < k; j++) if (!/^[\d.,]+$/.test(words[j]) && !DISTANCE_HEDGES.has(words[j])) return false;
  return true;
}
const DISTANCE_HEDGES: ReadonlySet<string> = new Set(['about', 'some', 'around', 'roughly', 'nearly', 'approximately', 'almost', 'just', 'over',
  'less', 'more', 'than', 'a', 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty',
  'dozen', 'hundred']);
/** "the east of", "the east and northeast of": an article before the compass word (or before the first of two). */
function theBefore(words: readonly string[], i: number): boolean {
  if (words[i - 1] === 'the') return true;
  return (words[i - 1] === 'and' || words[i - 1] === ',') && COMPASS.has(words[i - 2]) && words[i - 3] === 'the';
}
const isCap = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 65 && c <= 90; };
const CONNECTS = new Set(['connects', 'connecting', 'connect', 'links', 'linking', 'link', 'joins', 'joining']);
const LOOKBACK = 7;
const WATER = new Set(['STM', 'STMI', 'SEA', 'OCN', 'LK', 'LKS', 'BAY', 'GULF', 'RSV', 'CNL', 'STRT', 'SD']);
const AIRPORT_WORDS = new Set(['airport', 'airbase', 'airfield']);
const BORDER_WORDS = new Set(['border', 'borders', 'boundary', 'borderland', 'borderlands']);
/** "along the border between X and Y", "the X-Y border", "X's border with Y": a border word within a few words of the name. */
function borderTold(words: readonly string[], head: number, b: number, from: number): boolean {
  for (let i = head - 1; i >= Math.max(from, head - 4); i--) if (BORDER_WORDS.has(words[i])) return true;
  const after = words[b] === '-' || words[b] === "'s" ? b + 2 : b;
  return BORDER_WORDS.has(words[after]) || BORDER_WORDS.has(words[b]) || (words[b] === "'s" && BORDER_WORDS.has(words[b + 1]));
}

export { basePrecision };

// ("A road, a checkpoint or a base *in* a town" stays the town: ACLED codes those at precision 1 on the dev rows of both halves.)
const AROUND_OF = new Set(['area', 'areas', 'vicinity', 'environs', 'surroundings', 'countryside']);
/** The word before the "of" at `prepAt` is the lower-case head of the land around ("the area of"). */
function aroundHead(tokens: readonly Token[], words: readonly string[], prepAt: number): boolean {
  const w = words[prepAt - 1], t = tokens[prepAt - 1];
  if (!t || t.type !== 'word' || isCap(t.text)) return false;
  const prep = words[prepAt];
  return prep === 'of' && AROUND_OF.has(w) && !isCap(tokens[prepAt - 2]?.text ?? 'x');
}

/** One-word names of where the wounded are treated (the words are single tokens). */
const HOSPITALS: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary']);
const TREATED: ReadonlySet<string> = new Set(['died', 'succumbed', 'succumbing', 'treated', 'treatment', 'admitted', 'taken', 'rushed', 'evacuated',
  'airlifted', 'flown', 'receiving', 'hospitalised', 'hospitalized', 'referred', 'transferred', 'moved', 'carried', 'brought', 'later']);
const HOSPITAL_PREPS: ReadonlySet<string> = new Set(['in', 'to', 'at']);
/** Whether the place at token `a` closes "in / to / at (a | the) hospital in", after a word of treatment or of dying of wounds. */
function treatedIn(tokens: readonly Token[], words: readonly string[], a: number): boolean {
  if (words[a - 1] !== 'in' || !HOSPITALS.has(words[a - 2] ?? '')) return false;
  let k = a - 3;
  // Round 40: up to three words of the hospital's name or kind before it ("the regional hospital", "the general referral hospital",
  // "Felege Hiwot hospital"), then the article.
  for (let n = 0; n < 3 && k >= 0 && !HOSPITAL_PREPS.has(words[k]) && words[k] !== 'a' && words[k] !== 'the' && /^[\p{L}-]+$/u.test(words[k]) && tokens[k].pos !== 'VERB'; n++) k--;
  if (words[k] === 'a' || words[k] === 'the') k--;
  if (!HOSPITAL_PREPS.has(words[k])) return false;
  // The nearest verb before the hospital's phrase must be one of treatment or of dying of wounds: in "relatives of a patient who
  // died attacked doctors at a hospital in X" the hospital is where the attack was.
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    if (words[j] === '.' || words[j] === ';') return false;
    if (TREATED.has(words[j])) return true;
    if (tokens[j].pos === 'VERB') return false;
  }
  return false;
}

/** Index of the token starting at a character offset (binary search over sorted tokens). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Finds an airport by the city it serves ("Damascus's airport"), when the gazetteer has one. */
export type AirportOf = (city: Place) => Place | null;

export interface SiteOptions {
  /** Places inside a name (an actor, a source: "Observatory for Human Rights", "Israeli Air Force") are not sites. */
  inNames?: (start: number, end: number) => boolean;
  airportOf?: AirportOf;
  /** The article's place hierarchy (places/hierarchy.ts) and the index in it of `places[0]`. */
  hier?: Hierarchy;
  base?: number;
  /** Namesakes and seats from the gazetteer (places/namesakes.ts). */
  geo?: Geo | null;
  text?: string;
  /** The namesake of a place in a country the story tells of, when its own country is told of nowhere else (site-country.ts). */
  story?: (p: Place) => Place | null;
  /** Which settled sites to keep, read on the place's own name (before the location takes its phrase's words). */
  keep?: (s: Site) => boolean;
  /** Whether the article names a placed site other than this place (another name, anywhere in it). */
  elsewhere?: (p: Place) => boolean;
  /** Take launch origins as sites (the sentence names no other place). */
  origins?: boolean;
  /** Told each place passed over as where a weapon came from or went ("fired from X", "launched by X", "on their way
   * to X"): an interception's reader places it on the interceptor's ground instead (mentions.ts). */
  onLauncher?: (p: Place) => void;
  /** Told each country passed over as the neighbour across a border ("near the border with Tajikistan"): the event lies on
   * this side (border-ground.ts). */
  onNeighbour?: (p: Place) => void;
}

// readSites' defaults, made once (not seven closures at each call).
const NEVER = (): boolean => false, ALWAYS = (): boolean => true, NONE = (): null => null, IGNORE = (): void => {};

/** The incident sites among a sentence's places, in text order. */
export function readSites(places: readonly Place[], tokens: readonly Token[], words: readonly string[], from: number, opts: SiteOptions = {}): Site[] {
  // Most typed sentences name no place (2,549 of 4,849 calls over 500 bench articles): nothing to read, nothing to tell.
  if (!places.length) return [];
  const { inNames = NEVER, airportOf = NONE, hier, base = 0, geo = null, text = '', story = NONE, keep = ALWAYS, origins = false,
    onLauncher = IGNORE, onNeighbour = IGNORE, elsewhere = NEVER_ELSEWHERE } = opts;
  const placeAt = (offset: number) => places.some((q) => q.start <= offset && offset < q.end);
  const drafts: Draft[] = [];
  // The draft each place was attached to as a holder (by its index in the hierarchy): "X (Y, Z)" → Z joins X's draft through Y.
  const heldInto = new Map<number, Draft | null>();
  // A recognised name the gazetteer could not place ("Bar Elias"): its holder stands for it.
  let unresolved: { at: number; start: number; end: number; text: string; first: number } | null = null;
  let prevEnd = -10, prevOrigin = false, rangeFrom = -1;
  // "Chhattisgarh's Bijapur district", "Iraq's Anbar province": an area told as the possessor of the place after it.
  let possessor: HeldBy | null = null;
  // "X in Y's Z": the draft of X, which Z (and Y after it) hold.
  let possessedInto: { draft: Draft; link: Link } | null = null;
  // The end of a list of districts read as their province: the names up to it are no sites of their own.
  let skipTo = -1;
  // Whether a place was passed over as a launch origin, and the places told to onLauncher/onNeighbour in order: with no
  // draft and no origin passed over, reading again with `origins` would repeat this reading call for call (see below).
  let originPassed = false;
  const told: [(p: Place) => void, Place][] = [];
  for (let k = 0; k < places.length; k++) {
    let p = places[k];
    const gi = base + k;
    if (p.start < skipTo) continue;
    if (p.mention === 'demonym' || inNames(p.start, p.end)) continue;
    const a = tokenAt(tokens, p.start);
    let b = a + 1;
    while (b < tokens.length && tokens[b].start < p.end) b++;
    // Round 36: "outside Afgoye, about 30 km northwest of Mogadishu": a distance told from a place right after a site, set off by
    // a comma, tells where that site lies; the place it is told from is no site of its own (general English: an appositive).
    if (drafts.length && a - prevEnd <= APPOSITIVE_REACH && positionOfSite(words, a, prevEnd)) { prevEnd = b; continue; }
    // Round 39: "across the Dnipro river from Enerhodar", "along the Tigris River": a name before "river" names the river, which is
    // no incident's site, however a town that shares the name is resolved (general English: "the Hudson River", a river's name in
    // apposition before its head noun).
    if (words[b] === 'river') { prevEnd = b; continue; }
    const heldBy = possessor;
    possessor = null;
    // "Mora in Cameroon's Far North region": the place the possessor's area holds ("Far North") holds the place before
    // them, then the possessor; neither is a site of its own.
    const into = possessedInto;
    possessedInto = null;
    if (into && heldBy) {
      into.draft.holders.push({ place: p, kind: hier?.kind[gi] ?? null, link: into.link }, heldBy);
      heldInto.set(gi, into.draft);
      prevEnd = b;
      continue;
    }
    // The possessor holds the next place (its namesake inside it is meant), and is no site of its own.
    const next = places[k + 1];
    const possessive = words[b] === "'s" && next && next.lat != null && p.lat != null && tokens[b + 1]?.start === next.start;
    // Round 38: so is a town's name before another place's ("near Kirkuk's Hawija", "Beirut's Hamra district"): "X's Y" tells Y as
    // X's (general English: the possessive of a place names what lies in it). The town holds Y (a reading of Y far from it, abroad,
    // is a namesake, and the town stands for it), except when Y, told as a town (no quarter's word: "Cairo's Matariya district" is
    // the city's), lies in the same country beyond the city, in the province the seat names, which a town cannot stand for: there
    // it is only no site. Not before a demonym or a country ("El Fasher's Saudi Hospital").
    const townPossessor = possessive && !isArea(p, hier?.kind[gi] ?? null) && (p.featureCode ?? '').startsWith('PPL') && next.mention === 'name' &&
      !(next.featureCode ?? '').startsWith('PCL');
    const nextKind = hier?.kind[gi + 1] ?? null;
    const apart = townPossessor ? km(p, next) : 0;
    if (townPossessor && next.country === p.country && apart > CITY_REACH_KM && apart <= PROVINCE_REACH_KM && (nextKind === null || nextKind === 'town')) {
      heldInto.set(gi, null);
      prevEnd = b + 1;
      continue;
    }
    if (possessive && (townPossessor || isArea(p, hier?.kind[gi] ?? null))) {
      possessor = { place: p, kind: hier?.kind[gi] ?? null, link: 'in' };
      const held = hier && k > 0 ? hier.holder[gi - 1] : null;
      const draft = held && held.parent === gi && !held.list ? heldInto.get(gi - 1) : undefined;
      if (draft) possessedInto = { draft, link: held!.link };
      heldInto.set(gi, null);
      prevEnd = b + 1;
      continue;
    }
    const afterPrev = a - prevEnd;
    const thisEnd = prevEnd;
    prevEnd = b;
    const kind = hier?.kind[gi] ?? null;
    // A holder of the place before it ("X (Y", "X, Y", "X in Y province", "X near Y"): it qualifies that place.
    // In a list ("in Makamba, Nyanza and Mabanda") only an area holds the name before it ("Richmond, Virginia").
    const raw = hier && k > 0 ? hier.holder[gi - 1] : null;
    const link = raw?.list && !isArea(p, kind) ? null : raw;
    const heldUnknown = link && link.parent === gi && unresolved?.at === gi - 1 ? unresolved : null;
    if (link && link.parent === gi && heldInto.has(gi - 1)) {
      const d = heldInto.get(gi - 1)!;
      heldInto.set(gi, d);
      if (d) d.holders.push({ place: p, kind, link: d.holders.length ? d.holders[d.holders.length - 1].link : link.link });
      continue;
    }
    // "from X to Y", "between X and Y": the second end of a stretch told from the first.
    if (rangeFrom === gi - 1 && (words[a - 1] === 'to' || words[a - 1] === 'and')) { rangeFrom = -1; continue; }
    // "Damascus, Syria" / "Damascus-Beirut road": the second place only qualifies the first.
    if (afterPrev <= 2 && (words[a - 1] === ',' || words[a - 1] === '-') && heldInto.has(gi - 1)) continue;
    // "El-Kisweh, a suburb of Damascus": an apposition naming what the first place belongs to.
    if (!heldUnknown && thisEnd >= from && words[thisEnd] === ',' && a - thisEnd <= 5 && words.slice(thisEnd + 1, a).includes('of')) continue;
    // "U.K.-based": where someone is based, not where anything happened.
    if (words[b] === '-' && words[b + 1] === 'based' || words[b] === 'based') continue;
    // Round 32: "two succumbed to their injuries in hospital in Malindi", "the wounded were flown to a hospital in Maiduguri": where
    // the victims were treated or died of their wounds, not where the incident happened (general news style).
    if (treatedIn(tokens, words, a)) continue;
    // "the army of South Sudan", "the government of Mali": a party's country, not a site.
    if ((p.featureCode ?? '').startsWith('PCL') && words[a - 1] === 'of' && PARTY_HEADS.has(words[a - 2] === 'the' ? words[a - 3] : words[a - 2])) continue;
    // dwu13 (loc.agent-country): "drones launched by Russia", "a missile fired by Iran": a country told after "by" is the
    // passive's agent, a party, not where anything happened; "on their way to Israel", "en route to X", "bound for X": a
    // country told as where a weapon or convoy was heading is no site either (ACLED codebook, location: the place where the
    // event itself occurred). Neither is read back as a site when nothing else is told.
    if ((p.featureCode ?? '').startsWith('PCL') && (agentBefore(words, a) || destinationBefore(words, a))) { heldInto.set(gi, null); onLauncher(p); told.push([onLauncher, p]); continue; }
    // where14 (loc.border-neighbour): "clashes near the border with Tajikistan", "a post on the border with Afghanistan": the
    // country across the border is the neighbour, not where the event occurred (ACLED codebook, location: the place where
    // the event itself happened); the event lies on this side unless told otherwise (border-ground.ts).
    if ((p.featureCode ?? '').startsWith('PCL') && borderWithBefore(words, a)) { onNeighbour(p); told.push([onNeighbour, p]); continue; }
    // where15 (loc.institution-of-country): "near the Central Bank of Yemen (Crater, Aden)", "the University of Nigeria in
    // Nsukka": a country after "of" in a body's capitalised name is part of the name, not where the event happened, when the
    // sentence tells a place after it (ACLED codebook, location: the place where the event itself happened).
    if ((p.featureCode ?? '').startsWith('PCL') && words[a - 1] === 'of' && INSTITUTION_HEADS.has(words[a - 2]) && isCap(tokens[a - 2]?.text ?? 'x')
      && places.slice(k + 1).some((q) => q.lat != null && q.mention !== 'demonym')) continue;
    // where15 (loc.heading-toward): "as they drove toward Afar region in the Bati woreda": a region or a country told after
    // "toward(s)", with another place after it in the sentence, is where people were heading, not where the event occurred
    // (ACLED codebook, location: the place where the event itself happened); the place after it is read as the site.
    if (towardBefore(words, a) && isArea(p, kind0(hier, gi)) && places[k + 1] && places[k + 1].lat != null && !(p.featureCode ?? '').startsWith('ADM2')) { continue; }
    // "pro-Iran militias": a place inside a word is an allegiance, not a site.
    if (tokens[a].start < p.start) continue;
    // geo11 (loc.office-of-x): "in Yajalon municipality, … under the command of the mayor of Yajalon": an office's place
    // names whom the officer serves, not where anything happened, once the sentence has told a site; told alone ("the
    // house of the mayor of X was shot at") it is the site.
    if (words[a - 1] === 'of' && TITLES.has(words[a - 2]) && drafts.length) { heldInto.set(gi, null); continue; }
    // w27 (loc.care-destination): "injuring a third, who was taken to a hospital in Al Khawkhah": where the wounded were taken
    // for care is no site, once the sentence has told one (ACLED codebook, location: the place where the event itself happened).
    if (drafts.length && careDestination(words, a, from)) { heldInto.set(gi, null); continue; }
    // Round 34: "killed two soldiers near Bol; the wounded were evacuated to N'Djamena", "airlifted to Raipur": the town the
    // wounded or the taken were carried to is where they went after, no site, once the sentence or the article tells another
    // place (when it is the only place the report names, it may be all it says of where: it stands).
    if (carriedTo(words, a) && (drafts.length || elsewhere(p))) { heldInto.set(gi, null); continue; }
    // Round 40 (loc.destination): "minibuses waiting to leave for Bahir Dar", "a convoy heading to Djibo": a town told as where a
    // vehicle or people were going is no site either, on the same terms (a country told so is dwu13's, above).
    if (destinationBefore(words, a) && (drafts.length || elsewhere(p))) { heldInto.set(gi, null); continue; }
    // Round 40 (loc.spoke-in): "the minister vowed a response to the assault, speaking to reporters in Tehran", "police said in Kabul":
    // where a source spoke is where the report came from, no site, on the same terms (ACLED codebook, location: the place where the
    // event itself happened; told alone it may be all a report says of where).
    if (spokeIn(words, a) && (drafts.length || elsewhere(p))) { heldInto.set(gi, null); continue; }
    // Round 38 (loc.withdrew-toward): "took control of the town after the soldiers withdrew toward Bocaranga", "hundreds fled toward
    // X": the town people moved, fell back or fled toward is where they went after, no site, once the sentence has told one (general
    // English: "toward(s)" after a verb of motion names a direction; "withdrew / retreated / fled to" the end of a retreat). Not a
    // weapon's ("a rocket fired toward Ashkelon": its target), nor when the site told is only a country.
    if ((movedToward(words, a) || retreatedTo(words, a)) && drafts.some((d) => !(d.location.featureCode ?? '').startsWith('PCL'))) { heldInto.set(gi, null); continue; }
    // "a senior Saudi officer", "the Saudi-led coalition", "the US dollar": a country's name as an adjective.
    if ((p.featureCode ?? '').startsWith('PCL') && !LOCATIVE.has(words[a - 1] ?? '') && adjectiveUse(tokens, words, b)) continue;
    // "the old Beirut road": a road named after a town runs near it; a site of its own only when nothing better is told.
    const roadAfter = ROAD.has(words[b]) || (words[b] === '-' && ROAD.has(words[b + 2] ?? ''));
    const namedRoad = ROAD.has(words[b]) && words[a - 1] !== '-';
    // A name the gazetteer lacks, told with its holder ("Kipulu village (Shabunda, Sud-Kivu)", "Dansadau in Zamfara state"):
    // the holder stands for it.
    if (p.lat == null) {
      unresolved = { at: gi, start: p.start, end: p.end, text: p.text, first: a };
      continue;
    }
    const child = heldUnknown ? extend(heldUnknown, { link: link!.link, kind: hier?.kind[gi - 1] ?? null })
      : unknownChild(tokens, words, a, from, inNames, placeAt);
    const head = child ? child.first : a;
    let precision = basePrecision(p);
    let origin = false, near = roadAfter, locative = false, part = false, inside = false, prepAt = -1, building = false;
    const why: Reason[] = [];
    for (let i = head - 1; i >= Math.max(from, head - LOOKBACK); i--) {
      const w = words[i];
      // "the area stretching from X to Y", "between X and Y": a stretch of land near X, not a launch origin.
      if (w === 'between' || (w === 'from' && isRange(words, i, b))) { near = true; locative = true; rangeFrom = gi; break; }
      // "on the road that connects X to Y", "the highway linking X and Y": a road between towns runs near them.
      if (CONNECTS.has(w) && words.slice(Math.max(from, i - 3), i).some((x) => ROAD.has(x))) { near = true; locative = true; break; }
      // "10 km from Bakhmut", "two miles from the border town of X": a distance told from a place is a point near it, not a
      // launch origin (ACLED codebook, spatial precision: an event near a town is coded to it, precision 2).
      if (w === 'from' && distanceBefore(words[i - 1] ?? '')) { near = true; locative = true; why.push({ rule: 'loc.km-from-x', text: words[i - 1] }); continue; }
      if (ORIGIN.has(w)) { origin = true; break; }
      // "in the east of Hodeidah", "the east and northeast of X": a compass part of the place is inside it (ACLED
      // codes it to the town, precision 1); "east of X" without the article lies outside it.
      if (COMPASS.has(w) && words[i + 1] === 'of' && theBefore(words, i)) { part = true; inside = true; }
      // "the western entrance to the town of X", "the northern part of X", "its eastern side": a side of the place named
      // by a compass adjective on a part noun is inside it (ACLED codes it to the town, precision 1), not near it.
      else if (COMPASS_ADJ.has(w) && SIDE_NOUNS.has(words[i + 1])) { part = true; inside = true; }
      // "the Pademba Road Prison": a capitalised road word is part of a name, not a road near the place.
      // "rallied outside the regional court of X", "near the governor's office of X": near a building of the town is in
      // the town (ACLED codebook: the source names the town, precision 1), not near it.
      else if (building && BESIDE.has(w)) why.push({ rule: 'loc.beside-building-of-x', text: w });
      // "the border town of Mubi": a border word on a town word names the town (ACLED: a named town, 1), not its surroundings.
      // where15 (loc.compass-town): "the southern city of Osh", "the northern town of X": a compass adjective on a town word
      // says where the town lies in its country; the source names the town (ACLED codebook: 1), not land beside it.
      else if (COMPASS_ADJ.has(w) && TOWN_WORDS.has(words[i + 1])) why.push({ rule: 'loc.compass-town', text: `${w} ${words[i + 1]}` });
      else if (NEAR.has(w) && !(ROAD.has(w) && isCap(tokens[i].text)) && !(BORDER_WORDS.has(w) && TOWN_WORDS.has(words[i + 1]))) near = true;
      if (BUILDINGS.has(w)) building = true;
      if (PART.has(w)) part = true;
      if (INSIDE.has(w)) inside = true;
      // "from X and Y": a place joined to a launch origin is one too.
      if (w === 'and' && prevOrigin && i === thisEnd) { origin = true; break; }
      // "over the Odesa and Mykolaiv regions": the second name shares the first one's preposition.
      if ((w === 'and' || w === 'or') && i > thisEnd - 1 && i - thisEnd <= 1) break;
      if (LOCATIVE.has(w)) { locative = true; prepAt = i; if (w !== 'of' && w !== 'to') break; }
      if (w === ',' || w === ';' || w === '.') break;
      // A finite verb ends the phrase; a participle after an article ("the occupied") does not.
      if (tokens[i].pos === 'VERB' && tokens[i - 1]?.pos !== 'DET') break;
    }
    // "the area of Basira town", "the vicinity of X": the land told "of" a place lies around it, not in the town
    // (ACLED: near a town, 2).
    if (!child && prepAt > 0 && !near && aroundHead(tokens, words, prepAt)) near = true;
    prevOrigin = origin;
    // A launch origin ("fired from X") is no site beside another; told alone ("abducted from X village"), it is the site.
    if (origin && !origins) { heldInto.set(gi, null); onLauncher(p); originPassed = true; continue; }
    // "Hani Almadhoun wrote", "Mona Abo Ereban's post", "a denunciation of Eva Forest", "In 1981 Lidia Falcón
    // published": a one-word place inside a run of capitalised name words, not introduced by a locative word
    // right before it ("of" names people too), is part of a person's name, not where anything happened.
    const directly = prepAt >= 0 && STRONG_LOCATIVE.has(words[prepAt]) && (prepAt === a - 1 || prepAt === a - 2 && (tokens[a - 1].pos === 'DET' || tokens[a - 1].pos === 'ADJ'));
    if (!child && !directly && a + 1 === b && (nameWord(tokens, a - 1, a, places) || nameWord(tokens, b, a, places))) { heldInto.set(gi, null); continue; }
    // "outside Damascus's airport": the airport, not the city.
    const tail = words[b] === "'s" ? b + 1 : b;
    if (AIRPORT_WORDS.has(words[tail])) {
      const ap = airportOf(p);
      if (ap) { p = ap; precision = 1; b = tail + 1; why.push({ rule: 'loc.landmark-of-x', text: words[tail] }); }
    }
    const water = WATER.has(p.featureCode ?? '');
    if (namedRoad) locative = false;
    if (near && !(part && inside) && precision < 2) precision = 2;
    // "the southern part of Nagorno Karabakh", "northern Idlib province": a part of a region (ACLED precision 2).
    if ((near || part) && precision === 3 && !(p.featureCode ?? '').startsWith('PCL')) precision = 2;
    if (!child) precision = kindPrecision(precision, kind, p);
    // "along the border between Zamfara and Katsina states": a provinces' border area, no town told (ACLED: 3).
    const pf = p.featureCode ?? '';
    if (!child && (pf === 'ADM1' || kind === 'admin1') && borderTold(words, head, b, from)) {
      precision = BORDER_OF_AREAS.precision;
      why.push({ rule: BORDER_OF_AREAS.id, start: p.start, end: p.end, text: p.text });
    }
    const draft: Draft = { location: extend(p, { precision: water ? 2 : precision }), first: head, end: b, locative: locative && !water,
      ...(part ? { part } : {}), ...(near && !(part && inside) ? { near: true } : {}), kind, holders: [], why, phrase: phraseStart(tokens, words, prepAt, head, from) };
    if (child) {
      draft.unknown = child;
      draft.holders.push({ place: p, kind, link: child.link });
    }
    if (heldBy) draft.holders.push(heldBy);
    // "throughout Kirundo province", "across Benue state": the province as a whole (3), not to be narrowed to a town told later.
    if (!child && precision === 3 && (pf === 'ADM1' || kind === 'admin1') && (words[prepAt] === 'throughout' || words[prepAt] === 'across')) {
      draft.spread = true;
      why.push({ rule: SPREAD_OVER_PROVINCE.id, start: tokens[prepAt].start, end: p.end, text: text.slice(tokens[prepAt].start, p.end) });
    }
    // "in A, B, C and D districts of P province", "in P's A, B, C and D districts": several districts of one province told
    // together: the province is all that is known (ACLED: 3, at its capital).
    const wide = drafts.length === 0 ? provinceOfDistricts(tokens, words, b, places, hier, base, heldBy) : null;
    if (wide) {
      const w: Draft = extend(draft, { location: extend(wide.place, { precision: DISTRICTS_OF_PROVINCE.precision }), kind: 'admin1', holders: [], part: undefined, near: undefined,
        why: [...why, { rule: DISTRICTS_OF_PROVINCE.id, start: p.start, end: wide.place.end, text: text.slice(p.start, wide.place.end) }] });
      heldInto.set(gi, w);
      drafts.push(w);
      skipTo = wide.end;
      continue;
    }
    heldInto.set(gi, draft);
    drafts.push(draft);
  }
  // No site but launch origins: read the sentence again, taking them as its sites.
  if (!drafts.length && !origins && places.some((q) => q.mention !== 'demonym' && q.lat != null)) {
    // `origins` changes only what an origin passed over does: with none passed over, the second reading would make no
    // draft again and tell the same places again (695 of 712 re-readings over 500 bench articles): tell them, not read.
    if (!originPassed) {
      for (const [tell, q] of told) tell(q);
      return [];
    }
    return readSites(places, tokens, words, from, extend(opts, { origins: true }));
  }
  const out: Site[] = [];
  for (const d of drafts) {
    const site = settleSite(d, geo, text, story);
    if (keep(site)) out.push(withPhrase(site, d, tokens, text, hier, base, places));
  }
  return out;
}

/** Plural unit words closing a list of districts ("A, B and C districts"). */
const DISTRICTS_PLURAL = new Set(['districts', 'municipalities', 'counties', 'townships', 'territories', 'lgas', 'upazilas', 'tehsils', 'raions', 'woredas']);
/** The province a list of three or more names closed by a plural district word lies in ("A, B and C districts of P
 * province", "P's A, B and C districts"), from the token after the list's first name; null when the words are no such list. */
function provinceOfDistricts(tokens: readonly Token[], words: readonly string[], b: number, places: readonly Place[], hier: Hierarchy | undefined,
  base: number, possessor: HeldBy | null): (HeldBy & { end: number }) | null {
  if (words[b] !== ',' && words[b] !== 'and') return null;
  let names = 1, j = b, sep = true;
  for (; j < tokens.length && j - b < 40; j++) {
    const w = words[j];
    if (w === ',' || w === 'and') { sep = true; continue; }
    if (tokens[j].type === 'word' && isCap(tokens[j].text)) { if (sep) names++; sep = false; continue; }
    if (w === '-' && !sep) continue;
    break;
  }
  if (names < 3 || sep || !DISTRICTS_PLURAL.has(words[j])) return null;
  const isProvince = (h: HeldBy | null): h is HeldBy => !!h && h.place.lat != null && (h.kind === 'admin1' || h.place.featureCode === 'ADM1');
  if (isProvince(possessor)) return extend(possessor, { end: tokens[j].end });
  let k = j + 1;
  if (words[k] !== 'of' && words[k] !== 'in') return null;
  k++;
  if (words[k] === 'the') k++;
  const at = places.findIndex((q) => q.start === tokens[k]?.start);
  if (at < 0) return null;
  const h: HeldBy = { place: places[at], kind: hier?.kind[base + at] ?? null, link: 'in' };
  return isProvince(h) ? extend(h, { end: places[at].end }) : null;
}

/** Nouns of the sites incidents happen at: "a busy street in Lyon", "the village near Bagram" name the site
 * the place holds (the site's words are the location's text; the place gives its point). */
export const SITE_NOUNS = new Set(['city', 'town', 'village', 'villages', 'capital', 'republic', 'province', 'region', 'district', 'area', 'areas',
  'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'quarter', 'street', 'streets', 'road', 'roads', 'highway', 'station',
  'market', 'marketplace', 'camp', 'base', 'checkpoint', 'post', 'posts', 'hospital', 'school', 'mosque', 'church', 'building', 'square',
  'bridge', 'port', 'airport', 'border', 'crossing', 'compound', 'prison', 'jail', 'penitentiary', 'place', 'places', 'site', 'restaurant', 'cafe', 'café', 'hotel',
  'shop', 'store', 'mall', 'office', 'headquarters', 'house', 'home', 'homes', 'houses', 'residence', 'farm', 'field', 'fields', 'valley',
  'countryside', 'outskirts', 'suburb', 'suburbs', 'front', 'frontline', 'positions', 'position', 'embassy', 'consulate', 'university', 'terminal']);
export const PHRASE_PREPS = new Set(['in', 'at', 'on', 'near', 'outside', 'inside', 'into', 'across', 'throughout', 'around', 'within', 'over', 'along']);
const PHRASE_FILLER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/** Where the words naming a site start: after its preposition ("in the town of X" → "the town of X"), and
 * back over a site noun it is told as holding ("on a busy street in Lyon", "the village near Bagram"). */
function phraseStart(tokens: readonly Token[], words: readonly string[], prepAt: number, head: number, from: number): number {
  if (prepAt < 0 || prepAt >= head) return head;
  let start = prepAt + 1;
  // "a busy pedestrian street in | the city of Lyon": a site noun right before the preposition, itself after one.
  if (SITE_NOUNS.has(words[prepAt - 1] ?? '')) {
    for (let i = prepAt - 2; i >= Math.max(from, prepAt - 6); i--) {
      if (PHRASE_PREPS.has(words[i])) { start = i + 1; break; }
      const t = tokens[i];
      if (t.type !== 'word' || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'DET' || PHRASE_FILLER.has(words[i]))) break;
    }
  }
  return start;
}

/** The site with its location's words: the phrase from its start to its name, its kind word or its last holder. */
function withPhrase(site: Site, d: Draft, tokens: readonly Token[], text: string, hier: Hierarchy | undefined, base: number, places: readonly Place[]): Site {
  if (!text) return site;
  const start = Math.min(tokens[d.phrase]?.start ?? site.location.start, d.unknown?.start ?? Infinity, d.location.start);
  let end = d.location.end;
  // To the last holder and its kind word ("… Donetsk oblast"), and the parenthesis it closes.
  // The location, then each holder's place, by index (no array of them made per site).
  for (let j = -1; j < d.holders.length; j++) {
    const q = j < 0 ? d.location : d.holders[j].place;
    const k = places.findIndex((x) => x.start === q.start);
    end = Math.max(end, q.end, hier && k >= 0 ? hier.kindEnd[base + k] : 0);
  }
  if (text[end] === ')' && text.lastIndexOf('(', end) >= start) end++;
  if (start === site.location.start && end === site.location.end) return site;
  return extend(site, { location: extend(site.location, { start, end, text: text.slice(start, end) }) });
}

/** "by Russia", "by the United States": the place at token a follows a passive's "by". */
export function agentBefore(words: readonly string[], a: number): boolean {
  return words[a - 1] === 'by' || (words[a - 1] === 'the' && words[a - 2] === 'by');
}
/** where14/15: a country told after "the border with" ("near the border with Pakistan"): the neighbour across the border, which
 * neither is a site nor tells the story's own country (site-country.ts counts it out: loc.border-neighbour). */
export function acrossBorder(tokens: readonly Token[], words: readonly string[], p: Place): boolean {
  return (p.featureCode ?? '').startsWith('PCL') && borderWithBefore(words, tokenAt(tokens, p.start));
}
/** "the border with X", "its frontier with X", "the boundary with X": X lies across the border. */
function borderWithBefore(words: readonly string[], a: number): boolean {
  return words[a - 1] === 'with' && (BORDER_WORDS.has(words[a - 2]) || words[a - 2] === 'frontier');
}
/** The heads of a body's name that may end "of <country>" ("Central Bank of Yemen", "University of Nigeria"). */
const INSTITUTION_HEADS = new Set(['bank', 'university', 'ministry', 'council', 'court', 'parliament', 'assembly', 'commission', 'authority',
  'institute', 'museum', 'library', 'company', 'corporation', 'agency', 'academy', 'college', 'chamber', 'federation', 'union', 'association']);
/** The index of the word before the place at `a`, past an article ("toward [the] X", "to [the] X"). */
const beforeName = (words: readonly string[], a: number): number => (words[a - 1] === 'the' ? a - 2 : a - 1);
/** "toward X", "towards the X region". */
function towardBefore(words: readonly string[], a: number): boolean {
  const w = words[beforeName(words, a)];
  return w === 'toward' || w === 'towards';
}
const kind0 = (hier: Hierarchy | undefined, gi: number): Kind | null => hier?.kind[gi] ?? null;
/** "on their way to X", "en route to X", "bound for X", "heading for/towards X": where something was going. */
const HEADING = new Set(['heading', 'headed', 'bound',
  // Round 40: "minibuses waiting to leave for Bahir Dar", "a bus that had left for Kaya": where a vehicle or people were to go.
  'leave', 'leaves', 'left', 'leaving', 'departed', 'departing']);
function destinationBefore(words: readonly string[], a: number): boolean {
  const k = beforeName(words, a);
  const w = words[k], v = words[k - 1];
  if (w === 'to' || w === 'towards' || w === 'toward') return v === 'way' || v === 'route' || HEADING.has(v);
  return w === 'for' && HEADING.has(v);
}

/** Places of care and the verbs that carry the wounded to them ("taken to", "rushed to", "airlifted to"; "treated at"). */
const CARE = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary', 'dispensary', 'centre', 'center']);
const CARRIED = new Set(['taken', 'rushed', 'evacuated', 'transferred', 'referred', 'airlifted', 'brought', 'shifted', 'transported', 'admitted', 'moved']);
const CARE_REACH = 6;
const NEVER_ELSEWHERE = (): boolean => false;
/** The carrying verbs whose "to" names only a destination (not "moved" or "brought": "the fighting moved to the town"). */
const CARRIED_AWAY: ReadonlySet<string> = new Set(['taken', 'rushed', 'evacuated', 'transferred', 'referred', 'airlifted', 'shifted', 'transported',
  'admitted', 'flown']);
/** Verbs of people's motion whose "toward(s)" names a direction (general English). */
const MOVING: ReadonlySet<string> = new Set(['withdrew', 'withdrawing', 'retreated', 'retreating', 'fled', 'fleeing', 'moved', 'moving', 'headed',
  'heading', 'advanced', 'advancing', 'pushed', 'pushing', 'marched', 'marching', 'ran', 'running', 'drove', 'driving', 'went', 'walked', 'escaped',
  'pulled', 'fell']);
/** "withdrew toward X", "fled towards the town of X", "pulled back toward X": a motion verb at most three words before "toward(s)". */
function movedToward(words: readonly string[], a: number): boolean {
  if (!towardBefore(words, a)) return false;
  const k = beforeName(words, a);
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) if (MOVING.has(words[j])) return true;
  return false;
}
/** "withdrew to X", "retreated to the town of X", "fled to X": where a side fell back to. */
const RETREATED: ReadonlySet<string> = new Set(['withdrew', 'withdrawn', 'retreated', 'fled', 'fell', 'pulled', 'escaped', 'relocated', 'redeployed']);
function retreatedTo(words: readonly string[], a: number): boolean {
  const k = beforeName(words, a);
  return words[k] === 'to' && (RETREATED.has(words[k - 1] ?? '') || (words[k - 1] === 'back' && RETREATED.has(words[k - 2] ?? '')));
}
/** Round 40: the words of speaking whose "in X" names where the speaker was ("said in Tehran", "told reporters in Kabul", "speaking
 * at a news conference in Bamako", "in a statement issued in Cairo"). */
const SPOKE: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'telling', 'speaking', 'spoke', 'speaks', 'stated', 'announced',
  'conference', 'briefing', 'interview', 'statement']);
/** How far before the place's "in" the speaking word may stand ("told a news conference in", "said on Monday in"). */
const SPOKE_REACH = 5;
/** Whether the place at `a` is told as where a source spoke: "in X" after a word of speaking, only its hearers, a day or the
 * speech's own nouns between ("said at a ceremony in Almaty" tells an event of its own there). */
function spokeIn(words: readonly string[], a: number): boolean {
  if (words[a - 1] !== 'in') return false;
  for (let j = a - 2; j >= 0 && j >= a - 1 - SPOKE_REACH; j--) {
    const w = words[j];
    if (SPOKE.has(w) || (w === 'issued' && words[j - 1] === 'statement')) return true;
    if (!SPOKE_BETWEEN.has(w) && !DAYS.has(w)) return false;
  }
  return false;
}
/** What may stand between a word of speaking and the "in" of its place: its hearers, the speech's occasion, or a day (the days
 * are time-adjunct.ts DAYS). */
const SPOKE_BETWEEN: ReadonlySet<string> = new Set(['to', 'reporters', 'journalists', 'the', 'a', 'an', 'news', 'press', 'on', 'late', 'earlier', 'later']);

/** Whether the place at `a` follows a carrying verb's "to" ("evacuated to N'Djamena", "later flown to the capital, Bogota"). */
function carriedTo(words: readonly string[], a: number): boolean {
  return words[a - 1] === 'to' && CARRIED_AWAY.has(words[a - 2] ?? '');
}
/** Whether the place at `a` is told as where people were carried for care: "taken to a hospital in X", "treated at a clinic in X". */
function careDestination(words: readonly string[], a: number, from: number): boolean {
  if (words[a - 1] !== 'in' && words[a - 1] !== 'at') return false;
  for (let i = a - 2; i >= Math.max(from, a - 2 - CARE_REACH); i--) {
    if (!CARE.has(words[i])) continue;
    for (let j = i - 1; j >= Math.max(from, i - CARE_REACH); j--) {
      if ((words[j] === 'to' && CARRIED.has(words[j - 1])) || ((words[j] === 'at' || words[j] === 'in') && words[j - 1] === 'treated')) return true;
    }
    return false;
  }
  return false;
}

/** Words before "from" that make "from X to Y" a stretch of land rather than a launch origin. */
const STRETCH = new Set(['stretching', 'extending', 'area', 'areas', 'region', 'road', 'highway', 'route', 'axis', 'line', 'way', 'front', 'frontline', 'belt', 'corridor']);
function isRange(words: readonly string[], from: number, placeEnd: number): boolean {
  let stretch = false;
  for (let j = from - 1; j >= Math.max(0, from - 3); j--) if (STRETCH.has(words[j])) stretch = true;
  return stretch && (words[placeEnd] === 'to' || words[placeEnd + 1] === 'to');
}

const isArea = (p: Place, kind: Kind | null): boolean => kind === 'admin1' || kind === 'admin2' || /^(ADM|PCL)/.test(p.featureCode ?? '');

/** Nouns of a state or its people before "of" and a country: "the army of X" names X's party, not where anything happened
 * (an office of a town does not: "the mayor of X" was attacked in X). */
const PARTY_HEADS = new Set(['army', 'armies', 'military', 'forces', 'troops', 'soldiers', 'police', 'government', 'governments', 'ministry',
  'president', 'king', 'embassy', 'ambassador', 'people', 'citizens', 'nationals', 'navy', 'regime', 'parliament', 'leader', 'leaders', 'foreign']);

/** Time words a country's name may stand before and still be a place ("in Syria today"). */
const TIME_NOUNS = new Set(['today', 'tonight', 'yesterday', 'week', 'weekend', 'month', 'year', 'morning', 'evening', 'night', 'afternoon', 'since', 'after', 'before']);
/** Whether the word at b makes the name before it an adjective: a common noun ("Saudi officer"), or "-led", "-backed". */
function adjectiveUse(tokens: readonly Token[], words: readonly string[], b: number): boolean {
  if (words[b] === '-') return ADJ_SUFFIX.has(words[b + 1] ?? '');
  const t = tokens[b];
  return !!t && t.type === 'word' && /^[a-z]/.test(t.text) && t.pos === 'NOUN' && !TIME_NOUNS.has(words[b]);
}
const ADJ_SUFFIX = new Set(['led', 'backed', 'run', 'held', 'controlled', 'made', 'born', 'funded', 'sponsored', 'allied', 'aligned', 'brokered']);

/** Capitalised words that name a kind of place, a body or a title, not a person ("Gaza City", "Kharkiv Governor"). */
const NOT_NAME_WORDS = new Set([...ORG_WORDS, ...STREET_WORDS, ...TITLES, ...ADMIN1_WORDS, ...ADMIN2_WORDS, ...TOWN_WORDS, ...QUARTER_WORDS,
  ...LANDMARK_IN_TOWN, ...LANDMARK_NEAR_TOWN, 'refugees', 'towers', 'building', 'camp', 'governorate', 'province', 'region', 'strip', 'valley',
  'area', 'neighbourhood', 'neighborhood', 'village', 'town', 'oblast', 'raion', 'municipality', 'prefecture', 'island', 'islands',
  'mountains', 'mountain', 'river', 'lake', 'desert', 'plain', 'plains', 'coast', 'bay', 'border', 'crossing', 'front', 'base',
  // common elements of place names in the languages of conflict reporting (Arabic, Thai, Malay, Turkish, Persian/Pashto):
  // "Mueang Phetchabun", "Wadi Khaled", "Kafr Nabl" are places, not persons
  'wadi', 'jabal', 'jebel', 'tal', 'tell', 'deir', 'kafr', 'kfar', 'ain', 'bir', 'beit', 'bayt', 'khirbet', 'ras', 'bab', 'qasr', 'nahr',
  'hay', 'hayy', 'souq', 'suq', 'mueang', 'muang', 'amphoe', 'tambon', 'ban', 'kampung', 'desa', 'kota', 'kabupaten', 'kecamatan',
  'koy', 'köy', 'mahalle', 'qala', 'kalay', 'deh', 'chak', 'nagar', 'pur', 'gaon']);
const NAME_WORD = /^[A-Z][a-z][a-zA-Z'’-]*$/;
/** Token k, beside the place at token `at`, is a word of a person's name: a capitalised proper noun of the same
 * sentence that is no place itself and names no kind of place, body or title. */
function nameWord(tokens: readonly Token[], k: number, at: number, places: readonly Place[]): boolean {
  const t = tokens[k];
  if (!t || t.sentence !== tokens[at].sentence || t.pos !== 'PROPN' || !NAME_WORD.test(t.text)) return false;
  if (NOT_NAME_WORDS.has(t.text.toLowerCase())) return false;
  // A one-word place beside it is a name word too, and so is a word of a name the gazetteer could not place
  // ("Mari Luz Fernandez"); a word of a longer place that it knows is not ("Gaza City").
  return !places.some((p) => p.start <= t.start && t.end <= p.end && (p.start < t.start || t.end < p.end) && p.lat != null);
}

/** How far from a city's point its own quarters may lie ("Tripoli's Bab al-Tabbaneh"). */
const CITY_REACH_KM = 15;
/** How far from a province's seat its towns may lie ("Kirkuk's Hawija", 50 km). */
const PROVINCE_REACH_KM = 200;

export function km(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): number {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return Infinity;
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

/** Same place for fusing reports: same gazetteer entry, or two points a few km apart. */
export function samePlace(a: EventLocation, b: EventLocation): boolean {
  return (a.geonameid != null && a.geonameid === b.geonameid) || km(a, b) <= 5;
}

/** A coarse place (a country, a province, or the seat that stands for a province) that contains a finer one. */
export function contains(coarse: EventLocation, fine: EventLocation): boolean {
  if (coarse.precision !== 3 || fine.precision === 3) return false;
  const f = coarse.featureCode ?? '';
  if (f.startsWith('PCL')) return coarse.country != null && coarse.country === fine.country;
  if (f === 'ADM1' || f.startsWith('PPL')) return coarse.country === fine.country && coarse.admin1 != null && coarse.admin1 === fine.admin1;
  return false;
}
