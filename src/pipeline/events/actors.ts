// actors: who acted (actor1) and who was targeted (actor2) around a trigger. Mentions come from the
// curated actor lexicon: named groups, a country or demonym before a force noun ("Israeli jets",
// "Syria's army"), a country acting as subject ("Israel allegedly launched"), a demonym modifying the
// trigger ("Israeli airstrikes"), and unnamed parties ("gunmen", "police"). Countries come from the
// gazetteer's country lookup.
import { GENERIC_ACTORS, NAMED_GROUPS, STATE_FORCE_NOUNS } from '../../lexicon/actors.js';
import { countryName, isDemonym, lookupCountry } from '../../gazetteer/countries.js';
import type { Actor, Token } from '../../types.js';
import { compileCues } from './cue-matcher.js';
import { memoized } from '../../memo.js';

export interface ActorMention extends Actor {
  tokFirst: number;
  tokEnd: number;
  /** An unnamed party whose country is read from the incident's location. */
  generic?: 'military' | 'police' | 'other';
  /** A demonym standing as an adjective on the next word ("Israeli airstrikes"). */
  modifier?: boolean;
}

const namedMatcher = compileCues(Object.fromEntries(NAMED_GROUPS.map((g, i) => [String(i), g.aliases])) as Record<string, string[]>);
const forceMatcher = compileCues(STATE_FORCE_NOUNS);
const genericMatcher = compileCues(Object.fromEntries(GENERIC_ACTORS.map((g, i) => [String(i), g.aliases])) as Record<string, string[]>);

const stateName = (kind: 'military' | 'police', code: string): string =>
  `${kind === 'military' ? 'Military' : 'Police'} Forces of ${countryName(code) ?? code}`;

/** Country lookups folded and searched once per distinct name. */
const countryOf = memoized(20_000, lookupCountry);
const demonymOf = memoized(20_000, isDemonym);

const UNIT_NOUNS = new Set(['brigade', 'brigades', 'battalion', 'unit', 'units', 'wing', 'cell', 'cells', 'faction', 'fighters', 'militants', 'commanders', 'division']);

/** Starts with a capital A-Z (a char code test: this runs for every token of every incident sentence). */
const isCap = (t: Token): boolean => { const c = t.text.charCodeAt(0); return c >= 65 && c <= 90 && t.pos !== 'PUNCT'; };
/** The texts of tokens [a, b) joined by single spaces, without an array per call. */
function joinTexts(tokens: readonly Token[], a: number, b: number): string {
  let s = tokens[a].text;
  for (let k = a + 1; k < b; k++) s += ' ' + tokens[k].text;
  return s;
}

/** Every actor mention in tokens [from, to), in text order, non-overlapping. */
export function findActorMentions(text: string, tokens: readonly Token[], words: readonly string[], from: number, to: number, triggerStarts: ReadonlySet<number>): ActorMention[] {
  const out: ActorMention[] = [];
  const taken = new Uint8Array(to - from);
  const free = (a: number, b: number) => { for (let i = a; i < b; i++) if (taken[i - from]) return false; return true; };
  const push = (m: ActorMention) => { out.push(m); for (let i = m.tokFirst; i < m.tokEnd; i++) taken[i - from] = 1; };
  // One plain literal per mention (spreading a span object into each cost ~2% of the whole reading).
  const at = (a: number, b: number, name: string, country: string | null): ActorMention =>
    ({ text: text.slice(tokens[a].start, tokens[b - 1].end), start: tokens[a].start, end: tokens[b - 1].end, name, country, tokFirst: a, tokEnd: b });

  for (const h of namedMatcher.match(words, from, to)) {
    if (!free(h.first, h.end)) continue;
    // Short all-capital aliases (HTS, SDF) must be written in capitals, not be ordinary words.
    if (h.end - h.first === 1 && words[h.first].length <= 4 && tokens[h.first].text !== tokens[h.first].text.toUpperCase()) continue;
    const g = NAMED_GROUPS[Number(h.concept)];
    // "the IRA's Belfast brigade": a unit of the group is the group acting.
    let end = h.end;
    if (words[end] === "'s") {
      let j = end + 1;
      while (j < to && j - end <= 3 && isCap(tokens[j])) j++;
      if (UNIT_NOUNS.has(words[j])) end = j + 1;
    }
    push(at(h.first, end, g.name, g.country));
  }
  const forces = new Map<number, { kind: 'military' | 'police'; end: number }>();
  for (const h of forceMatcher.match(words, from, to)) {
    const prev = forces.get(h.first);
    if (!prev || prev.end < h.end) forces.set(h.first, { kind: h.concept, end: h.end });
  }
  for (let i = from; i < to; i++) {
    if (!isCap(tokens[i]) || !free(i, i + 1)) continue;
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
    let j = k;
    if (words[j] === "'s") j++;
    if (tokens[j]?.pos === 'ADJ' && !forces.has(j)) j++;
    const force = forces.get(j);
    if (force && free(j, force.end)) {
      push(at(i, force.end, stateName(force.kind, ref.code), ref.code));
      i = force.end - 1;
      continue;
    }
    const next = tokens[k];
    if (!demonym && next && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB'))) {
      push(at(i, k, stateName('military', ref.code), ref.code));
    } else if (demonym && (triggerStarts.has(k) || triggerStarts.has(k + 1))) {
      const m = at(i, k, stateName('military', ref.code), ref.code);
      m.modifier = true;
      push(m);
    } else if (demonym) {
      const g = genericMatcher.match(words, k, Math.min(to, k + 3)).find((h) => h.first === k);
      if (g && free(k, g.end)) {
        const def = GENERIC_ACTORS[Number(g.concept)];
        const name = def.state ? stateName(def.state, ref.code) : `${def.name} (${countryName(ref.code) ?? ref.code})`;
        push(at(i, g.end, name, ref.code));
      }
    }
  }
  for (const h of genericMatcher.match(words, from, to)) {
    if (!free(h.first, h.end)) continue;
    const def = GENERIC_ACTORS[Number(h.concept)];
    const m = at(h.first, h.end, def.name, null);
    m.generic = def.state ?? 'other';
    push(m);
  }
  out.sort((a, b) => a.tokFirst - b.tokFirst);
  // "Hezbollah fighters", "the Islamic State militant group": the generic noun belongs to the name before it.
  // "the separatist group ETA", "militant group Hamas": the name after the generic noun is the actor.
  const merged: ActorMention[] = [];
  for (const m of out) {
    const prev = merged[merged.length - 1];
    if (prev && m.generic && !prev.generic && m.tokFirst - prev.tokEnd <= 2 && m.generic === 'other') {
      prev.tokEnd = m.tokEnd; prev.end = m.end; prev.text = text.slice(prev.start!, prev.end);
      continue;
    }
    if (prev && !m.generic && prev.generic === 'other' && m.tokFirst - prev.tokEnd <= 2) {
      merged[merged.length - 1] = { ...m, tokFirst: prev.tokFirst, start: prev.start };
      continue;
    }
    merged.push(m);
  }
  return merged;
}

/** "carried out by the armed Basque separatist group X": how far a passive agent may stand from "by". */
const AGENT_WINDOW = 7;
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got']);
const VICTIMS = new Set(['Civilians']);

/** actor1 and actor2 for a trigger at token t among a sentence's mentions. */
export function assignRoles(all: readonly ActorMention[], words: readonly string[], t: number, inSources: (m: ActorMention) => boolean = () => false): { actor1: ActorMention | null; actor2: ActorMention | null } {
  // Whoever reports the incident ("police said", "a military source") is not a party to it.
  const mentions = all.filter((m) => !inSources(m));
  let actor1: ActorMention | null = null, actor2: ActorMention | null = null;
  const before = mentions.filter((m) => m.tokEnd <= t);
  const after = mentions.filter((m) => m.tokFirst > t);
  // "Israeli airstrikes", "Israeli missile attacks": the adjective names the attacker.
  const modifier = before.find((m) => t - m.tokEnd <= 2 && (m.modifier || !m.generic));
  // "... by Taliban fighters": the agent of a passive.
  const agent = after.find((m) => {
    for (let i = m.tokFirst - 1; i >= Math.max(t, m.tokFirst - AGENT_WINDOW); i--) {
      // "attributed to X", "blamed on X": the party named as the attacker, as much as "by X".
      if (words[i] === 'by' || (words[i] === 'to' && words[i - 1] === 'attributed') || (words[i] === 'on' && words[i - 1] === 'blamed')) return true;
      if (words[i] === ',' || words[i] === '.' || words[i] === ';') return false;
    }
    return false;
  });
  // "Five soldiers were killed ...": the subject of a passive is the victim.
  const isPassive = (m: ActorMention) => { for (let i = m.tokEnd; i < Math.min(t, m.tokEnd + 3); i++) if (PASSIVE_AUX.has(words[i])) return true; return false; };
  const victim = before.find((m) => isPassive(m) || VICTIMS.has(m.name));
  const subject = [...before].reverse().find((m) => m !== victim) ?? null;
  // "Russian warplanes bombed ...": the trigger word is itself part of the actor.
  const covering = mentions.find((m) => m.tokFirst <= t && m.tokEnd > t && !VICTIMS.has(m.name));
  // "Warplanes operated by Russian forces": an unnamed weapon or force belongs to the agent named after it.
  if (covering && !(covering.generic && !covering.country && agent)) actor1 = covering;
  else if (modifier && modifier !== victim) actor1 = modifier;
  else if (agent) actor1 = agent;
  else if (subject) actor1 = subject;
  // "fighting between X and Y": the two sides, in the order told.
  if (words[t + 1] === 'between' || words[t + 2] === 'between') {
    const sides = after.filter((m) => m.tokFirst - t <= 8);
    if (!actor1 && sides.length) return { actor1: sides[0], actor2: sides[1] ?? null };
  }
  if (victim && victim !== actor1) actor2 = victim;
  if (!actor2) actor2 = after.find((m) => m !== actor1 && words[m.tokFirst - 1] !== 'from' && words[m.tokFirst - 1] !== 'by') ?? null;
  return { actor1, actor2 };
}

/** An unnamed state force or group takes its country from where the incident happened. */
export function settleActor(m: ActorMention | null, locationCountry: string | null): Actor | null {
  if (!m) return null;
  const actor: Actor = { name: m.name, text: m.text, country: m.country, start: m.start, end: m.end };
  if (m.generic && !m.country && locationCountry) {
    actor.country = locationCountry;
    const cname = countryName(locationCountry) ?? locationCountry;
    actor.name = m.generic === 'other' ? `${m.name} (${cname})` : `${m.name} of ${cname}`;
  }
  return actor;
}
