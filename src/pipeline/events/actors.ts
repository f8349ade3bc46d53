// actors: every party named in a sentence. Mentions come from the curated lexicons: named groups and
// states' named forces (lexicon/armed-groups/, "pro-Houthi forces" too), a country or demonym before a
// force noun ("Israeli jets", "Syria's army", "the forces of Artsakh"), a country acting as subject
// ("Israel allegedly launched"), a demonym modifying the trigger ("Israeli airstrikes"), identity
// militias ("Fulani herdsmen", "Marehan clan militia"), and unnamed parties ("gunmen", "police",
// "protesters"), whose name settle-actors.ts gives from the incident's country and role.
// Roles are read in roles.ts; names settled in settle-actors.ts.
import { ARMED_MEN, GENERIC_ACTORS, NAMED_GROUPS, NOT_ARMED_NAME, ORG_DESCRIPTORS, ORG_HEADS, POLITICAL_HEADS, STATE_FORCE_NOUNS, stateForceName, type GenericKind,
  NOT_NAME_WORDS, type InterCode, type StateKind } from '../../lexicon/actors.js';
import { SPEECH_WORDS } from '../../lexicon/attribution-cues.js';
import { clanPair, communalStyle, COMMUNITY_MILITIA_RULE, communityMilitia, IDENTITY_NEXT, identityMilitia, isCap, joinTexts } from './identity-militias.js';
import { isDemonym, lookupCountry, mayOpenCountry } from '../../gazetteer/countries.js';
import type { Token } from '../../types.js';
import { MONTHS } from './date-grammar.js';
import { compileCueSet } from './cue-matcher.js';
import { memoized } from '../../memo.js';
import type { ActorMention } from './types.js';
import { extend } from '../extend.js';

export { assignRoles, type Roles } from './roles.js';


// Named groups: one concept per row for the aliases, and one per row for the acronyms (checked for capitals).
const namedLexicon: Record<string, string[]> = {};
NAMED_GROUPS.forEach((g, i) => {
  namedLexicon[`n${i}`] = g.aliases;
  // The tokenizer splits a digit from the letters after it ("3R" reads as "3", "R"): so does the acronym's cue.
  if (g.acronyms?.length) namedLexicon[`a${i}`] = g.acronyms.map((a) => a.toLowerCase().replace(/-/g, ' - ').replace(/\//g, ' / ').replace(/(\d)([a-z])/g, '$1 $2'));
});
/** Named groups, states' force nouns and unnamed parties, matched in one pass over a sentence (cue-matcher.ts compileCueSet). */
const actorMatcher = compileCueSet(namedLexicon, STATE_FORCE_NOUNS, Object.fromEntries(GENERIC_ACTORS.map((g, i) => [String(i), g.aliases])) as Record<string, string[]>);
/** "pro-Houthi forces": the one-word aliases a "pro-" word can carry. */
const ONE_WORD = new Map<string, number>();
NAMED_GROUPS.forEach((g, i) => { for (const a of g.aliases) if (!a.includes(' ') && !a.endsWith('*') && !ONE_WORD.has(a)) ONE_WORD.set(a, i); });
const STEMS = NAMED_GROUPS.flatMap((g, i) => g.aliases.filter((a) => a.endsWith('*') && !a.includes(' ')).map((a) => [a.slice(0, -1), i] as const));

/** Country lookups folded and searched once per distinct name. */
const countryOf = memoized(20_000, lookupCountry);
const demonymOf = memoized(20_000, isDemonym);
/** A capitalised word no country name, demonym or alias opens with ("Police", "Tuesday"): neither it nor it joined with the
 * words after it is looked up (mayOpenCountry; most capitalised words are no country, and each costs up to three joined look-ups). */
const opensCountry = memoized(20_000, mayOpenCountry);

/** "the IRA's Belfast brigade", "Houthi forces", "Taliban fighters": the group's own members or units. */
const UNIT_NOUNS = new Set(['brigade', 'brigades', 'battalion', 'unit', 'units', 'wing', 'cell', 'cells', 'faction', 'fighters', 'militants', 'commanders', 'division',
  'forces', 'force', 'members', 'elements', 'gunmen', 'troops', 'militiamen', 'militia', 'militias', 'operatives', 'insurgents', 'rebels', 'jihadists', 'reinforcements',
  'loyalists', 'group', 'movement', 'combatants', 'guerrillas', 'soldiers', 'jets', 'warplanes', 'drones',
  // world13: the kind of body a name heads ("the MS-13 gang", "the Viv Ansanm coalition", "the Sinaloa cartel"): the named
  // party itself, not a second, unnamed one (ACLED names the group the report names).
  'gang', 'gangs', 'coalition', 'alliance', 'cartel', 'network', 'organisation', 'organization', 'outfit', 'factions']);
// world13: "Taliban border forces", "Houthi security forces": a qualifier of the group's forces.
const UNIT_QUALIFIERS = new Set(['security', 'special', 'armed', 'ground', 'air', 'naval', 'elite', 'suicide', 'border']);
/** People told as belonging to families or clans ("civilians from the X and Y families"): their kin, not a party. */
const KIN_OF = new Set(['civilians', 'members', 'people', 'persons', 'residents', 'relatives', 'children', 'women', 'men', 'victims', 'individuals',
  'families', 'elders', 'villagers']);
/** "the forces of X", "the army of X": force nouns a country can follow with "of". */
const FORCE_OF = new Set(['forces', 'army', 'troops', 'military', 'soldiers', 'police', 'navy', 'government']);


/** One sentence's mentions as they are found: which tokens are taken, and the helpers that make a mention.
 * Methods, not closures made per call (this runs for every incident sentence). */
class Finder {
  readonly out: ActorMention[] = [];
  private readonly taken: Uint8Array;
  constructor(private readonly text: string, private readonly tokens: readonly Token[], private readonly words: readonly string[],
    private readonly from: number, private readonly to: number, private readonly triggerStarts: ReadonlySet<number>) {
    this.taken = new Uint8Array(to - from);
  }
  free(a: number, b: number): boolean { for (let i = a; i < b; i++) if (this.taken[i - this.from]) return false; return true; }
  push(m: ActorMention): void { this.out.push(m); for (let i = m.tokFirst; i < m.tokEnd; i++) this.taken[i - this.from] = 1; }
  /** One plain literal per mention (spreading a span object into each cost ~2% of the whole reading), with every field the
   * mention may be given later already in it: mentions of one hidden class keep the code reading them optimised. */
  at(a: number, b: number, name: string, country: string | null, rule: string): ActorMention {
    const t = this.tokens;
    return { text: this.text.slice(t[a].start, t[b - 1].end), start: t[a].start, end: t[b - 1].end, name, country, tokFirst: a, tokEnd: b, rule,
      generic: undefined, modifier: undefined, inter: undefined, perCountry: undefined, label: undefined, style: undefined, role: undefined, assoc: undefined };
  }
  /** "Houthi forces", "the IRA's Belfast brigade": how far a group's mention runs over its own units. */
  unitEnd(end: number): number {
    const words = this.words, to = this.to;
    if (UNIT_NOUNS.has(words[end]) && end < to) return end + 1;
    // elsewhere6: "Boko Haram (JAS) militants", "Tehreek-e-Taliban Pakistan (TTP) militants": the name's acronym in brackets,
    // then its members; one or two tokens inside the brackets (an acronym, "JAS", "IS-K").
    if (words[end] === '(' && end + 3 < to) {
      const close = words[end + 2] === ')' ? end + 2 : words[end + 3] === ')' ? end + 3 : -1;
      if (close > 0 && close + 1 < to && UNIT_NOUNS.has(words[close + 1]) && /^[A-Z]/.test(this.tokens[end + 1].text)) return close + 2;
      // world13: "the Kachin Independence Army (KIA) and regime troops clashed": the name's own acronym in brackets is
      // part of its mention, so that what follows the bracket reads on from the name.
      if (close === end + 2 && close < to && /^[A-Z][A-Za-z]*[A-Z]$/.test(this.tokens[end + 1].text)) return close + 1;
    }
    // "Houthi security forces", "Taliban special forces"
    if (UNIT_QUALIFIERS.has(words[end]) && UNIT_NOUNS.has(words[end + 1]) && end + 1 < to) return end + 2;
    if (words[end] === "'s") {
      let j = end + 1;
      while (j < to && j - end <= 3 && isCap(this.tokens[j])) j++;
      if (UNIT_NOUNS.has(words[j])) return j + 1;
    }
    return end;
  }
  /** world31: a trigger starting right at `k` ("US air strikes"). */
  triggerAt(k: number): boolean {
    return this.triggerStarts.has(k);
  }
  /** "Israeli airstrikes", "Saudi rocket and artillery shelling": a trigger after a few nouns. */
  triggerNear(k: number): boolean {
    for (let j = k; j < Math.min(this.to, k + 4); j++) {
      if (this.triggerStarts.has(j)) return true;
      const p = this.tokens[j].pos;
      // elsewhere6: a weapon's name between ("Russian Iskander missiles", "Iranian Shahed drones") is a noun of the phrase.
      if (p !== 'NOUN' && p !== 'ADJ' && p !== 'PROPN' && this.words[j] !== 'and' && this.words[j] !== '-') return false;
      // Round 38: a noun of land between ("a Syrian desert attack", "an Afghan border clash", "the Israeli capital bombing"): the
      // demonym tells whose land, not whose act (general English: an adjective qualifies the noun right after it).
      // A noun of land before a force's noun is the force's ("Afghan border forces").
      if (LAND_NOUNS.has(this.words[j]) && this.triggerStarts.has(j + 1)) return false;
    }
    return false;
  }
  named(first: number, end: number, i: number): void {
    const g = NAMED_GROUPS[i];
    const m = this.at(first, this.unitEnd(end), g.name, g.country, g.id);
    m.inter = g.inter;
    // "in a Taliban attack": the name stands on an event word.
    if (this.triggerNear(m.tokEnd)) m.modifier = true;
    if (g.perCountry) m.perCountry = true;
    this.push(m);
  }
}

/** Nouns of land or territory a demonym may qualify before an event word ("Syrian desert attack"). */
const LAND_NOUNS: ReadonlySet<string> = new Set(['desert', 'border', 'borders', 'frontier', 'coast', 'coastal', 'capital', 'city', 'town', 'village',
  'villages', 'province', 'region', 'countryside', 'territory', 'territories', 'waters', 'mountains', 'highlands', 'island', 'islands']);

/** world8: an affiliate told by its tie to a named group ("IS-linked militants"). */
const LINKED: ReadonlySet<string> = new Set(['linked', 'affiliated']);
const LINKED_MEN: ReadonlySet<string> = new Set(['militants', 'insurgents', 'fighters', 'rebels', 'gunmen', 'jihadists', 'militiamen', 'extremists', 'groups', 'group', 'cells']);
/** Every actor mention in tokens [from, to), in text order, non-overlapping. */
export function findActorMentions(text: string, tokens: readonly Token[], words: readonly string[], from: number, to: number, triggerStarts: ReadonlySet<number>): ActorMention[] {
  const fd = new Finder(text, tokens, words, from, to, triggerStarts);
  const out = fd.out;
  const [namedHits, forceHits, genericHits] = actorMatcher.match(words, from, to);
  const hits = namedHits.sort((a, b) => a.first - b.first || b.end - a.end);
  for (const h of hits) {
    if (!fd.free(h.first, h.end)) continue;
    const acronym = h.concept.charCodeAt(0) === 97; // 'a'
    const idx = Number(h.concept.slice(1));
    if (acronym) {
      // "HTS", "ISIS-K", "LeT": an acronym counts only as written (or in full capitals), never as an ordinary word.
      const written = joinTexts(tokens, h.first, h.end, '');
      if (!NAMED_GROUPS[idx].acronyms!.some((a) => a === written || a.toUpperCase() === written || `${a}s` === written)) continue;
    } else if (h.end - h.first === 1 && words[h.first].length <= 4 && !isCap(tokens[h.first])) {
      // A short one-word alias ("amal", "fano") must be written as a name.
      continue;
    }
    // "the Houthi Public Telecommunication Corporation": the name is part of a longer one, an organisation's.
    if (inOrganisation(tokens, words, h.end, to)) continue;
    // world8: "Islamic State-linked insurgents", "al-Qaeda-affiliated fighters": the group's own affiliate, named as the group
    // (its men are one mention, so the unnamed noun is not read as another party).
    const tied = words[h.end] === '-' && LINKED.has(words[h.end + 1]);
    // "the al-Qaeda-linked JNIM group": an affiliate named itself is the party; the group it is tied to only describes it.
    if (tied && hits.some((k) => k.first === h.end + 2)) continue;
    const linked = tied && h.end + 2 < to && LINKED_MEN.has(words[h.end + 2]);
    fd.named(h.first, linked ? h.end + 3 : h.end, idx);
  }
  // One pass over the sentence's words finds where each of the three scans below may act (each was a pass of its own, ~2% of
  // the reading): a "pro-" word, an organisation's head noun in capitals (unlistedOrganisation's first tests), a word before
  // an acronym's men. Each scan then reads only those, in word order, as it read every word.
  let pros: number[] | null = null, heads: number[] | null = null, acronyms: number[] | null = null;
  for (let i = from; i < to; i++) {
    const w = words[i];
    // Its first letter first (112: 'p'): most words open with another.
    if (w.charCodeAt(0) === 112 && w.startsWith('pro-')) (pros ??= []).push(i);
    if (isCap(tokens[i]) && ORG_HEADS.has(w)) (heads ??= []).push(i);
    if (i + 1 < to && ACRONYM_MEN.has(words[i + 1])) (acronyms ??= []).push(i);
  }
  // "pro-Houthi forces", "pro-Taliban fighters": the group's own side.
  if (pros) for (const i of pros) {
    const w = words[i];
    if (!fd.free(i, i + 1)) continue;
    const rest = w.slice(4);
    let idx = ONE_WORD.get(rest);
    if (idx === undefined) for (const [stem, k] of STEMS) if (rest.startsWith(stem)) { idx = k; break; }
    if (idx !== undefined) fd.named(i, i + 1, idx);
  }

  // fix16: an organisation no list holds, named by the head noun of its name ("the Dorno Liberation Front", "the Kessa
  // Patriotic Movement"): an armed or political actor (unlistedOrganisation).
  if (heads) for (const i of heads) {
    const org = unlistedOrganisation(tokens, words, i, from, to);
    if (!org || !fd.free(org.first, i + 1)) continue;
    // An event word inside it ("the Protest Movement", "the Strike Force") is the sentence's act, no name's.
    let act = false;
    for (let k = org.first; k <= i && !act; k++) act = triggerStarts.has(k);
    if (act) continue;
    const m = fd.at(org.first, fd.unitEnd(i + 1), text.slice(tokens[org.first].start, tokens[i].end), null, ORG_RULE);
    m.inter = org.inter;
    fd.push(m);
  }

  // world23: a group no list holds, told by its acronym before its armed men ("clashes between FPRC and MLCJ fighters").
  if (acronyms) for (const i of acronyms) {
    if (!unlistedAcronym(tokens[i].text, words[i + 1]) || !fd.free(i, i + 1)) continue;
    const m = fd.at(i, fd.unitEnd(i + 1), tokens[i].text, null, ACRONYM_RULE);
    m.inter = 2;
    fd.push(m);
  }

  const forces = new Map<number, { kind: StateKind; end: number }>();
  for (const h of forceHits) {
    const prev = forces.get(h.first);
    if (!prev || prev.end < h.end) forces.set(h.first, { kind: h.concept, end: h.end });
  }
  for (let i = from; i < to; i++) {
    if (!fd.free(i, i + 1)) continue;
    // "the forces of Artsakh", "military forces of Azerbaijan", "the army of Mali".
    const force = forces.size ? forces.get(i) : undefined;
    if (force && words[force.end] === 'of' && FORCE_OF.has(words[force.end - 1])) {
      const c = words[force.end + 1] === 'the' ? force.end + 2 : force.end + 1;
      const ref = c < to && isCap(tokens[c]) ? countryOf(tokens[c].text) ?? (c + 1 < to ? countryOf(joinTexts(tokens, c, c + 2)) : null) : null;
      if (ref && fd.free(i, c + 1)) {
        const end = countryOf(tokens[c].text) ? c + 1 : c + 2;
        fd.push(fd.at(i, end, stateForceName(force.kind, ref.code), ref.code, 'actor.forces-of-country'));
        i = end - 1;
        continue;
      }
    }
    if (!isCap(tokens[i])) continue;
    // "the Al Omar and Al Sayid families", "the Hawadle and Jareer clans": a clan militia on each side.
    // ("civilians from the X and Y families", "members of the X and Y clans": the victims' kin, not two militias.)
    const kin = words[i - 1] === 'the' && (words[i - 2] === 'from' || words[i - 2] === 'of') && KIN_OF.has(words[i - 3]);
    // One look-up of the identity nouns for the clan pair and the militia both.
    const identityNext = IDENTITY_NEXT.has(words[i + 1]) || IDENTITY_NEXT.has(words[i + 2]);
    const pair = kin || identityNext ? null : clanPair(tokens, words, i, to);
    if (pair && fd.free(i, pair.end)) {
      for (const [a, b, label] of pair.sides) {
        // The last side runs over the pair's noun ("the X and Y clans clashed"), so that its verb follows it.
        const m = fd.at(a, b === pair.sides[pair.sides.length - 1][1] ? pair.end : b, '', null, 'actor.clan-pair');
        m.generic = 'communal';
        m.label = label;
        m.style = pair.style;
        fd.push(m);
      }
      i = pair.end - 1;
      continue;
    }
    // Identity militias: "Fulani herdsmen", "Marehan clan militia", "Al Hayash tribesmen"; round 33: the people's armed men told
    // as coming from it, "gunmen from the Murle community", "armed youths from the Lou Nuer community".
    const community = words[i - 1] === 'the' ? communityMilitia(tokens, words, i, to) : null;
    let end = community && community.first >= from ? pushIdentity(fd, community.first, community, COMMUNITY_MILITIA_RULE) : -1;
    if (end < 0 && (identityNext || tokens[i].text === 'Ethnic')) {
      const militia = identityMilitia(tokens, words, i, to);
      if (militia) end = pushIdentity(fd, i, militia, militia.rule);
    }
    if (end >= 0) {
      i = end - 1;
      continue;
    }
    if (!opensCountry(tokens[i].text)) continue;
    let ref = null, k = i;
    // Multi-word names ("South Sudan", "United Arab Emirates") continue in capitals.
    let len = 1;
    while (len < 3 && i + len < to && isCap(tokens[i + len])) len++;
    for (let n = len; n >= 1 && !ref; n--) {
      const r = countryOf(n === 1 ? tokens[i].text : joinTexts(tokens, i, i + n));
      if (r) { ref = r; k = i + n; }
    }
    if (!ref) continue;
    const demonym = demonymOf(k - i === 1 ? tokens[i].text : joinTexts(tokens, i, k));
    // "Turkish and Russian forces", "Turkey and Russia conducted a joint patrol": the first of two coordinated
    // states shares the force noun or the verb of the second (and, named first, leads: roles.ts).
    if (words[k] === 'and' && k + 1 < to && fd.free(i, k)) {
      const shared = sharedForce(tokens, words, k + 1, to, forces);
      if (shared === 'verb' && !demonym) { fd.push(fd.at(i, k, stateForceName('military', ref.code), ref.code, 'actor.country-as-subject')); continue; }
      if (shared && shared !== 'verb' && demonym) { fd.push(fd.at(i, k, stateForceName(shared, ref.code), ref.code, 'actor.country-force-noun')); continue; }
    }
    let j = k;
    if (words[j] === "'s") j++;
    j = pastForceModifiers(tokens, words, j, to, forces);
    const f = forces.get(j);
    if (f && fd.free(k, f.end)) {
      fd.push(fd.at(i, f.end, stateForceName(f.kind, ref.code), ref.code, 'actor.country-force-noun'));
      i = f.end - 1;
      continue;
    }
    const next = tokens[k];
    if (!demonym && next && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB'))) {
      // "supporters of Tehreek-e-Labbaik Pakistan gathered": the country ends a longer name, a party's or a group's.
      if (endsName(tokens, words, i, from)) continue;
      fd.push(fd.at(i, k, stateForceName('military', ref.code), ref.code, 'actor.country-as-subject'));
    } else if (demonym) {
      // "Palestinian militants fired", "Afghan civilians killed": the unnamed party the demonym qualifies is
      // the actor, of that country, even before a trigger; only a demonym on the event word itself
      // ("Israeli airstrikes") names the state's military.
      // The first unnamed party at k at most three words long, as a match of [k, k + 3) alone would give it.
      const g = genericHits.find((h) => h.first === k && h.end <= Math.min(to, k + 3));
      if (g && fd.free(k, g.end)) {
        const def = GENERIC_ACTORS[Number(g.concept)];
        const m = fd.at(i, g.end, '', ref.code, def.id);
        m.generic = def.kind;
        fd.push(m);
      } else if (fd.triggerNear(k)) {
        const m = fd.at(i, k, stateForceName('military', ref.code), ref.code, 'actor.demonym-modifier');
        m.modifier = true;
        fd.push(m);
      } else if (PEOPLE_DEMONYM.test(tokens[k - 1].text) && !NOUN_NEXT.has(tokens[k]?.pos ?? '') && countedBefore(tokens, words, i) && fd.free(i, k)) {
        // Round 41: "12 Palestinians were killed", "two Afghans were abducted": a plural demonym standing as the noun, counted, names
        // people of that country (general English), no force: civilians, a crowd when they act. Not "the Iranians are shipping arms",
        // "the Israelis will continue": with the article, the nation as one actor.
        const m = fd.at(i, k, '', ref.code, DEMONYM_PEOPLE_RULE);
        m.generic = 'civilians';
        fd.push(m);
      }
    } else if (fd.triggerAt(k) && !endsName(tokens, words, i, from)) {
      // world31: a country's name told right on the event word, as headlines and wires write it ("U.S. air strikes", "US drone
      // strike", "Israel airstrikes"): that state's military, as a demonym there names it (not "its New Zealand pilot hostage": a
      // noun between tells whose country the person is from).
      const m = fd.at(i, k, stateForceName('military', ref.code), ref.code, 'actor.demonym-modifier');
      m.modifier = true;
      fd.push(m);
    }
  }
  // world13: the longest generic noun at a start first ("regime troops" over "regime"), as named groups are read.
  for (const h of genericHits.sort((a, b) => a.first - b.first || b.end - a.end)) {
    if (!fd.free(h.first, h.end)) continue;
    // world31: the first part of a hyphenated verb ("gang-raped", "gang-rape") names no gang.
    if (words[h.end] === '-' && /^rap(e|ed|es|ing)$/.test(words[h.end + 1] ?? '')) continue;
    const def = GENERIC_ACTORS[Number(h.concept)];
    // Round 41: "Rebel fighters and troops clashed", "militia fighters attacked": a party's noun used as the modifier of an armed
    // men's noun names those men (general English noun compounds: the last noun is the head), so the mention runs over the head
    // and the verb after it is its own; the modifier says what kind of party they are. A head that is a party's noun of its own
    // ("separatist militants", "militia gunmen") is read as its own mention, as before.
    const end = h.end < to && ARMED_MEN.has(words[h.end]) && fd.free(h.end, h.end + 1) && !genericHits.some((g) => g.first === h.end) ? h.end + 1 : h.end;
    const m = fd.at(h.first, end, '', null, def.id);
    m.generic = def.kind;
    if (def.kind === 'communal') m.style = communalStyle(words, h.first, end);
    fd.push(m);
  }
  out.sort((a, b) => a.tokFirst - b.tokFirst);
  // "Hezbollah fighters", "the Islamic State militant group": the generic noun belongs to the name before it.
  // "the separatist group ETA", "militant group Hamas": the name after the generic noun is the actor.
  const merged: ActorMention[] = [];
  for (const m of out) {
    const prev = merged[merged.length - 1];
    // "Taliban gunmen and suicide bombers": the name governs both coordinated nouns.
    const coordinated = prev && prev.rule.startsWith('group.') && UNIT_NOUNS.has(words[prev.tokEnd - 1]) && words[prev.tokEnd] === 'and' && m.tokFirst === prev.tokEnd + 1 && m.generic === 'armed';
    if (prev && loose(m.generic) && !prev.generic && (coordinated || m.tokFirst - prev.tokEnd <= 2 && nounsOnly(tokens, words, prev.tokEnd, m.tokFirst))) {
      prev.tokEnd = m.tokEnd; prev.end = m.end; prev.text = text.slice(prev.start!, prev.end);
      continue;
    }
    // world22: "rebels of the Coalition of Patriots for Change", "militants of the Islamic State": the generic noun names the
    // group's men, and the group is the actor, as in "fighters of the X".
    const ofGroup = prev && loose(prev.generic) && m.rule.startsWith('group.') && words[prev.tokEnd] === 'of' &&
      (m.tokFirst === prev.tokEnd + 1 || (m.tokFirst === prev.tokEnd + 2 && words[prev.tokEnd + 1] === 'the'));
    if (prev && !m.generic && loose(prev.generic) && (ofGroup || (m.tokFirst - prev.tokEnd <= 2 && nounsOnly(tokens, words, prev.tokEnd, m.tokFirst)))) {
      merged[merged.length - 1] = extend(m, { tokFirst: prev.tokFirst, start: prev.start, text: text.slice(prev.start!, m.end) });
      continue;
    }
    merged.push(m);
  }
  return merged;
}


/** An identity militia's mention over [first, found.end), pushed when its words are free; its end, or -1 when not pushed. */
function pushIdentity(fd: Finder, first: number, found: { end: number; label: string; style: NonNullable<ActorMention['style']> }, rule: string): number {
  if (!fd.free(first, found.end)) return -1;
  const m = fd.at(first, found.end, '', null, rule);
  m.generic = 'communal';
  m.label = found.label;
  m.style = found.style;
  fd.push(m);
  return found.end;
}

/** Round 41: the rule id of people told by their plural demonym ("12 Palestinians", docs/extraction.md). */
export const DEMONYM_PEOPLE_RULE = 'actor.demonym-people';
/** A plural demonym: "Palestinians", "Afghans", "Syrians" (a capital, then letters, ending in "s"; "Swiss" stands before a noun). */
const PEOPLE_DEMONYM = /^[A-Z][a-z]+[a-rt-z]s$/;
/** Quantity words before a counted plural ("several Syrians", "dozens of Afghans"). */
const QUANTITY: ReadonlySet<string> = new Set(['several', 'many', 'some', 'dozens', 'hundreds', 'thousands', 'scores', 'more', 'other']);
/** Whether the noun at i is counted: a number or a quantity word before it, or "of" after one ("dozens of"). */
function countedBefore(tokens: readonly Token[], words: readonly string[], i: number): boolean {
  const at = words[i - 1] === 'of' ? i - 2 : i - 1;
  return at >= 0 && (tokens[at].pos === 'NUM' || QUANTITY.has(words[at]));
}
/** Parts of speech after a demonym that make it a modifier, not the noun. */
const NOUN_NEXT: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
/** world23: the rule id of a group found by its acronym before its men (docs/extraction.md). */
export const ACRONYM_RULE = 'group.unlisted-acronym';
/** The armed men an unlisted group's acronym may be told with: not a state's ("forces", "troops", "soldiers"), whose acronyms
 * are its services'. */
const ACRONYM_MEN: ReadonlySet<string> = new Set(['fighters', 'militants', 'militiamen', 'rebels', 'combatants', 'insurgents', 'guerrillas',
  'gunmen', 'jihadists', 'cadres', 'militia']);
/** An acronym of two to six capitals (digits and a hyphen inside allowed) that names no country ("US", "DRC") and, before
 * "fighters", no air force's jets ("IAF fighters", "NATO fighters"). */
function unlistedAcronym(t: string, men: string): boolean {
  if (t.length < 2 || t.length > 6 || !/^[A-Z][A-Z0-9-]*[A-Z0-9]$/.test(t) || !/[A-Z].*[A-Z]/.test(t)) return false;
  if (countryOf(t)) return false;
  return !(men === 'fighters' && (/AF$/.test(t) || t === 'NATO'));
}

/** fix16: the rule id of an organisation found by its name's head noun (docs/extraction.md). */
export const ORG_RULE = 'group.unlisted-by-head-noun';
/** Months (date-grammar.ts), days and words that open a sentence in capitals (lexicon/actors.ts): no part of a name. */
const NOT_NAME_WORD: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...NOT_NAME_WORDS]);
/** fix16: the name whose head noun is at token i ("the Dorno Liberation Front"): capitalised words before it (a possessive
 * "'s" and hyphens inside), at least one of them a name's own word, not a descriptor; no country or demonym in it unless a
 * non-state qualifier is ("Sudanese Liberation Front" yes, "Nigerian Army" no: the state's), no word of a body that bears no
 * arms (NOT_ARMED_NAME). The head ends the name: "Army Chief", "Front Line" read on in capitals are no head. */
function unlistedOrganisation(tokens: readonly Token[], words: readonly string[], i: number, from: number, to: number): { first: number; inter: InterCode } | null {
  // The capital first: it is one character's test, and most words of a sentence fail it (findActorMentions asks only of those that pass it).
  if (!isCap(tokens[i])) return null;
  const inter = ORG_HEADS.get(words[i]);
  if (inter === undefined || (i + 1 < to && isCap(tokens[i + 1]))) return null;
  let first = i;
  for (let j = i - 1; j >= from; j--) {
    if (words[j] === "'s" || words[j] === '-') { if (j - 1 >= from && isCap(tokens[j - 1])) continue; break; }
    if (!isCap(tokens[j]) || NOT_NAME_WORD.has(words[j])) break;
    first = j;
  }
  // "the 4th Brigade", "the 1st Marine Brigade": a numbered unit is an army's own; "ONLF (Ogaden National Liberation Front)": an
  // acronym's expansion in brackets is the group the acronym names.
  if (first === i || /^\d/.test(words[first - 1] ?? '') || words[first - 1] === '(') return null;
  let own = false, country = false, qualified = false;
  for (let k = first; k < i; k++) {
    const w = words[k];
    if (w === "'s" || w === '-') continue;
    if (NOT_ARMED_NAME.has(w)) return null;
    if (NON_STATE_QUALIFIERS.has(w)) qualified = true;
    if (countryOf(tokens[k].text) || demonymOf(tokens[k].text)) country = true;
    else if (!ORG_DESCRIPTORS.has(w)) own = true;
  }
  if (country && !qualified) return null;
  if (!own && !(country && qualified)) return null;
  if (POLITICAL_HEADS.has(words[i]) && !qualified && !armedContext(words, first, i + 1, to)) return null;
  // "Forces" most often names a state's own units ("the Amhara Special Forces", "the Hadrami Elite Forces"): an unlisted body of
  // forces is a non-state group only with a non-state qualifier ("the Dorno Liberation Forces").
  if (words[i] === 'forces' && !qualified) return null;
  return { first, inter };
}
/** The sentence gives the body at [first, end) armed men: "X said its fighters", "X fighters", "fighters of the X". */
function armedContext(words: readonly string[], first: number, end: number, to: number): boolean {
  if (ARMED_MEN.has(words[end] ?? '')) return true;
  if (SPEECH_WORDS.has(words[end] ?? '') && (words[end + 1] === 'its' || words[end + 1] === 'their') && ARMED_MEN.has(words[end + 2] ?? '') && end + 2 < to) return true;
  const of = words[first - 1] === 'the' ? first - 2 : first - 1;
  return words[of] === 'of' && ARMED_MEN.has(words[of - 1] ?? '');
}

/** Words that make a force a non-state one ("Syrian rebel forces", "Libyan opposition fighters"): never a state's. */
const NON_STATE_QUALIFIERS = new Set(['rebel', 'rebels', 'opposition', 'insurgent', 'separatist', 'resistance', 'liberation', 'revolutionary', 'tribal', 'militia',
  'jihadist', 'islamist', 'dissident', 'breakaway', 'mutinous', 'renegade', 'volunteer']);
/** "Israeli Occupation Forces", "an Israeli F-16 fighter jet", "Russian special forces": up to two modifiers, an
 * adjective or a word of the force's own capitalised name, between a country or demonym and its force noun. */
function pastForceModifiers(tokens: readonly Token[], words: readonly string[], j: number, to: number, forces: ReadonlyMap<number, unknown>): number {
  for (let n = 0; n < 2 && j < to - 1 && !forces.has(j); n++) {
    if (NON_STATE_QUALIFIERS.has(words[j]) || !(tokens[j].pos === 'ADJ' || (isCap(tokens[j]) && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'NOUN')))) return j;
    j++;
  }
  return j;
}

/** Unnamed kinds a group's name can stand with: "the Islamic State militant group", "militant group Hamas". */
const DATE_NAMES = new Set([...Object.keys(MONTHS), 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The country at i is the last word of a longer proper name: a capitalised name word before it that is not a
 * date and does not open the sentence ("On Tuesday Russia said" and "Overnight Israel struck" still act). */
function endsName(tokens: readonly Token[], words: readonly string[], i: number, from: number): boolean {
  const p = i - 1;
  if (p < from || !isCap(tokens[p]) || DATE_NAMES.has(words[p])) return false;
  if (words[p].includes('-')) return true;
  return p > from && (tokens[p].pos === 'PROPN' || tokens[p].pos === 'NOUN');
}

const loose = (g?: GenericKind): boolean => g === 'armed' || g === 'islamist' || g === 'rebels';
/** Nouns that end an organisation's name: "the Houthi Public Telecommunication Corporation", "the Taliban Health Ministry". */
const ORG_NOUNS = new Set(['corporation', 'company', 'ministry', 'council', 'office', 'bank', 'authority', 'agency', 'committee', 'court', 'media', 'tv', 'radio', 'channel',
  'university', 'school', 'hospital', 'department', 'directorate', 'commission', 'foundation', 'network', 'newspaper', 'television', 'station', 'center', 'centre']);
/** A group's name followed by capitalised words that end in an organisation noun is part of that organisation's name. */
function inOrganisation(tokens: readonly Token[], words: readonly string[], end: number, to: number): boolean {
  for (let k = end; k < Math.min(to, end + 5); k++) {
    if (!isCap(tokens[k])) return false;
    if (ORG_NOUNS.has(words[k])) return true;
  }
  return false;
}

/** Only nouns and adjectives between two mentions ("the Islamic State [militant] group"): one phrase, not "X clashed with Y". */
function nounsOnly(tokens: readonly Token[], words: readonly string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const p = tokens[i].pos;
    if (p !== 'NOUN' && p !== 'ADJ' && p !== 'PROPN' && p !== 'DET' && words[i] !== '-' && words[i] !== '"' && words[i] !== "'") return false;
  }
  return true;
}

/** What the second of two coordinated states at token i has that the first shares: its force noun's kind
 * ("… and Russian forces"), 'verb' when it is a subject ("… and Russia conducted"), or null. */
function sharedForce(tokens: readonly Token[], words: readonly string[], i: number, to: number,
  forces: ReadonlyMap<number, { kind: StateKind; end: number }>): StateKind | 'verb' | null {
  let len = 1;
  while (len < 3 && i + len < to && isCap(tokens[i + len])) len++;
  for (let n = len; n >= 1; n--) {
    if (!countryOf(n === 1 ? tokens[i].text : joinTexts(tokens, i, i + n))) continue;
    let j = i + n;
    if (words[j] === "'s") j++;
    if (tokens[j]?.pos === 'ADJ' && !forces.has(j)) j++;
    const f = forces.get(j);
    if (f) return f.kind;
    const next = tokens[i + n];
    return next && (next.pos === 'VERB' || next.pos === 'AUX') ? 'verb' : null;
  }
  return null;
}
