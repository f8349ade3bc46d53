// The countries a story tells of, and what they say of a site read elsewhere. A namesake abroad needs
// strong evidence (its own holder, another place of its country); the story's country does not:
// - "Tripoli" in a report whose other places and parties are Lebanese is Lebanon's Tripoli, "Beni" in a
//   report on FARDC operations is DR Congo's: the site moves to its namesake in the story's country;
// - a small place abroad that nothing else in the story points to ("Goce Delchev" in a Skopje report, a
//   police station's name read as a Colombian town in a Venezuelan one) is no site at all.
import type { Place } from '../../types.js';
import type { Geo } from '../places/namesakes.js';
import { kmBetween } from '../places/holds.js';
import { foldKey, skeletonKey } from '../../gazetteer/fold.js';
import { extend } from '../extend.js';

/** How far a namesake may lie from the story's places of its country and still be theirs. */
const NEAR_STORY_KM = 300;
/** How far a namesake may lie from the one place of its country the story tells of. */
const NEAR_ONE_KM = 150;
/** A city (a capital, a provincial seat, or 100,000 people): a reading that vouches for its country on its own. */
const bigTown = (q: Place, geo: Geo): boolean => q.featureCode === 'PPLC' || q.featureCode === 'PPLA' || geo.population(q) >= 100_000;
/** A city this large is named for itself, not as a namesake of a smaller town abroad. */
const FIRM_CITY = 500_000;
/** Support that makes a country the story's: a country's name, a demonym or a party of it counts 2, a place 1. */
const STRONG = 2;

interface CountryEvidence {
  /** Names (folded texts) read in the country → weight. */
  names: Map<string, number>;
  /** Places (not demonyms) read there → weight: where things are told to be. */
  places: Map<string, number>;
  points: Place[];
  /** Named as a country, by a demonym or by a party of it. */
  named: boolean;
  /** A party the story names fights there, though it is not its home (active-countries.ts). */
  party: boolean;
  /** The weights of `names` and of `places` added up, those of "party:" names apart: support reads them, not the maps. */
  sums: Sums;
}
interface Sums { names: number; nameParties: number; places: number; placeParties: number }
const isParty = (name: string): boolean => name.startsWith('party:');
/** Sets a name's weight in `names`, keeping the sums. */
function setName(c: CountryEvidence, name: string, w: number): void {
  const d = w - (c.names.get(name) ?? 0);
  c.names.set(name, w);
  if (isParty(name)) c.sums.nameParties += d; else c.sums.names += d;
}
/** Sets a place's weight in `places`, keeping the sums. */
function setPlace(c: CountryEvidence, name: string, w: number): void {
  const d = w - (c.places.get(name) ?? 0);
  c.places.set(name, w);
  if (isParty(name)) c.sums.placeParties += d; else c.sums.places += d;
}

/** The unit words news writes after an area's name ("Poonch district", "Saada province"). */
const UNIT_END = /^(.+?)\s+(?:district|province|region|state|governorate|county)$/i;
/** where15 (loc.namesake-in-story-country): an area abroad read with its unit word ("Poonch district" in Pakistan's Azad
 * Kashmir) is asked for its namesakes by its bare name: a district is mostly named after its seat, and the story's country
 * may hold that town where the gazetteer lists no district of the name ("an Indian soldier … in Poonch district"). */
function asName(p: Place): Place {
  const m = (p.featureCode ?? '').startsWith('ADM') ? UNIT_END.exec(p.text) : null;
  return m ? extend(p, { text: m[1] }) : p;
}

export class StoryCountries {
  private readonly byCountry = new Map<string, CountryEvidence>();

  constructor(places: readonly Place[]) {
    for (const p of places) {
      if (!p.country || p.lat == null) continue;
      const national = p.mention === 'demonym' || (p.featureCode ?? '').startsWith('PCL');
      const c = this.of(p.country);
      const name = p.text.toLowerCase(), w = national ? STRONG : 1;
      setName(c, name, Math.max(w, c.names.get(name) ?? 0));
      // Where things are told to happen: a town or an area, not a country's name (often an adjective: "Saudi forces").
      if (!national) setPlace(c, name, 1);
      if (national) c.named = true;
      else c.points.push(p);
    }
  }

  /** An acting party of a known country ("FARDC soldiers", "Saudi-led coalition") tells of that country. */
  addActor(country: string | null | undefined, name: string): void {
    if (!country) return;
    const c = this.of(country);
    setName(c, `actor:${name}`, STRONG);
    c.named = true;
  }

  /** A party that fights in several countries ("Islamic State", "UN peacekeepers") tells, weakly, of each: enough
   * to move a far namesake nothing else points to ("Palmyra" to Syria's Tadmur), never to doubt a place. */
  addParty(countries: readonly string[], name: string): void {
    for (const country of countries) {
      const c = this.of(country);
      if (!c.names.has(`actor:${name}`)) setName(c, `party:${name}`, 1);
      c.party = true;
    }
  }

  private of(country: string): CountryEvidence {
    let c = this.byCountry.get(country);
    if (!c) this.byCountry.set(country, (c = { names: new Map(), places: new Map(), points: [], named: false, party: false,
      sums: { names: 0, nameParties: 0, places: 0, placeParties: 0 } }));
    return c;
  }

  /** How strongly the story tells of `country` (its names, or only its places), leaving out the name `except`;
   * a party that only fights there counts with `parties` (a cue to move a namesake, never to keep one). */
  support(country: string | null, except: string, placesOnly = false, parties = false): number {
    const c = country ? this.byCountry.get(country) : undefined;
    if (!c) return 0;
    // The sums less `except`'s weight: what adding up the map's weights but `except`'s gives (weights are small integers),
    // without a walk over the map at each call (it ran for each site's country and each other country of the story).
    const map = placesOnly ? c.places : c.names, sums = c.sums;
    let n = placesOnly ? sums.places + (parties ? sums.placeParties : 0) : sums.names + (parties ? sums.nameParties : 0);
    const own = map.get(except);
    if (own !== undefined && (parties || !isParty(except))) n -= own;
    return n;
  }

  /** The namesake of `p` in a country the story tells of, when `p`'s own country is told of nowhere else; else null. */
  namesake(p: Place, geo: Geo | null): Place | null {
    if (!geo || p.lat == null || p.featureCode?.startsWith('PCL')) return null;
    const own = p.text.toLowerCase();
    if (this.support(p.country, own) > 0) return null;
    let best: Place | null = null, bestSupport = 0;
    // The place's people, and what is read from them, asked only when a country of the story gets that far (a gazetteer look-up;
    // 789 of 1,622 calls over 500 bench articles pass the test above, fewer reach each use).
    let size = -1;
    const population = (): number => (size < 0 ? (size = geo.population(p)) : size);
    // A capital or a city of a million is where a transnational group struck ("Islamic State claimed the attack in Moscow").
    const partyMoves = (): boolean => p.featureCode !== 'PPLC' && population() < 1_000_000;
    // A first-order region named with its unit word ("the Donetsk region", "Saada province") or a city of half a million is what
    // the report names: a country told only by names (a demonym, a party: the attacker's "Russian forces", "a Russian missile")
    // tells who acted, not where, and moves it to no namesake there; a place told in that country does.
    // (The city by its own name: a name read as a looser spelling of it, "Samar" as Samara, is no such evidence.)
    const firm = (): boolean => (p.featureCode === 'ADM1' && UNIT_END.test(p.text)) ||
      (p.featureCode !== 'PPLC' && population() >= FIRM_CITY && foldKey(p.text) === foldKey(p.name ?? ''));
    // where17x (loc.namesake-in-story-country): a town that seats an administrative area, read by its own name ("Rafah" in
    // Gaza), is moved by names alone (the attacker's "Israeli strike", a source's "Egyptian officials said": who acted or
    // spoke, not where) only to a namesake at least as large: not to a smaller town across the border. A place told in
    // that country moves it ("Rafah, near El Arish"). Nor to a plain town that bears the name only as another, former name
    // (Engels, once Pokrovsk, for Ukraine's Pokrovsk in "Russian missiles hit Pokrovsk"): its name does not spell the text.
    let seat: boolean | undefined;
    const seatByName = (): boolean => (seat ??= /^PPLA\d?$/.test(p.featureCode ?? '') && foldKey(p.text) === foldKey(p.name ?? ''));
    // The place's own key, folded once (not for each namesake asked).
    let bare: string | undefined;
    const spells = (x: Place): boolean => {
      const a = foldKey(x.name ?? ''), b = (bare ??= foldKey(asName(p).text));
      return x.featureCode !== 'PPL' || skeletonKey(a) === skeletonKey(b) || a.includes(b) || b.includes(a);
    };
    const asLarge = (x: Place): boolean => geo.population(x) >= (seatByName() ? population() : 0) && spells(x);
    for (const [country, c] of this.byCountry) {
      const s = this.support(country, own, false, true);
      if (s < 1 || s <= bestSupport || country === p.country || (!c.points.length && firm())) continue;
      // Places alone vouch only for a namesake near them; a country named outright, for any of its namesakes. One
      // place alone ("the Tripoli-Beirut highway", "in Tripoli and Sidon") vouches for a namesake close by only:
      // a story's towns cluster, and a name whose own country the story tells nothing else of is the near one. That
      // place must be a city or a provincial capital: a small place may itself be a misreading ("Al Omar" as ‘Omer).
      const reach = s >= STRONG ? NEAR_STORY_KM : NEAR_ONE_KM;
      const vouch = s >= STRONG ? c.points : c.points.filter((q) => bigTown(q, geo));
      // A party that fights in the country vouches for a namesake there only while nothing in the story tells of the
      // place's own country (checked above): "Palmyra" with "Islamic State fighters" is Syria's.
      const ns = geo.namesake(asName(p), (x) => x.country === country && ((s >= STRONG && c.named && (!seatByName() || c.points.length > 0 || asLarge(x))) || (c.party && partyMoves()) || vouch.some((q) => kmBetween(q, x) <= reach)));
      if (ns) (best = ns), (bestSupport = s);
    }
    return best && best.text !== p.text ? extend(best, { text: p.text }) : best;
  }

  /** Whether `p` is a lone namesake abroad: a town of a country nothing else in the story names, in a story
   * whose places lie in another country. A capital or a country is never doubted, nor a feature of no one country (a
   * lake or a sea shared by several: "near Lake Chad"). */
  lone(p: Place): boolean {
    const f = p.featureCode ?? '';
    if (p.lat == null || p.country == null || f.startsWith('PCL') || f === 'PPLC') return false;
    const own = p.text.toLowerCase();
    if (this.support(p.country, own) > 0) return false;
    for (const [country, c] of this.byCountry) {
      if (country === p.country) continue;
      const places = this.support(country, own, true);
      if (places >= STRONG || (places >= 1 && c.named)) return true;
    }

    return false;
  }
}
