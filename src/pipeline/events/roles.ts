// roles: who acted (actor1) and who was acted on (actor2) around an incident's trigger, read from the
// sentence's syntax rather than word order alone. The agent of the event's verb is actor1 whatever the
// voice: the subject of an active verb ("gunmen killed"), the agent of a passive ("were stoned by X",
// "came under attack from X", "blamed on X"), the name standing on the trigger ("Israeli airstrikes",
// "X's attack on Y", "an attack by X on Y"); the first side of "fighting between X and Y" or of
// "X clashed with Y". Targets and victims are actor2: the object of the verb or of "on / against / at",
// the subject of a passive ("five soldiers were killed"), whoever "died" or "came under fire".
// Rule ids name each construction (`why.actor1`, `why.actor2`).
import type { Token } from '../../types.js';
import type { ActorMention } from './actors.js';

export interface Roles {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  /** Parties acting with actor1 ("accompanied by Russian forces", "X and Y attacked"). */
  assoc1: ActorMention[];
}

/** How a mention stands towards what comes before it. */
type Marker = 'agent' | 'assoc' | 'target' | 'object' | 'with' | 'between' | 'between2' | 'and' | null;
/** How it stands towards the verb after it. */
type Voice = 'active' | 'passive' | 'victim' | 'speaker' | 'claim' | null;

/** "carried out by the armed Basque separatist group X": how far a marker may stand before its mention. */
const WINDOW = 7;
const STOP = new Set([',', '.', ';', ':', '(', ')', '"', '—', 'who', 'which', 'that', 'after', 'before', 'when', 'while', 'as']);
/** "backed by", "accompanied by": the party named after is with the actor, not the actor. */
const ASSOC_BY = new Set(['backed', 'supported', 'sponsored', 'funded', 'armed', 'trained', 'accompanied', 'joined', 'assisted', 'aided', 'helped', 'reinforced', 'escorted', 'flanked']);
/** "held by", "controlled by", "owned by": the party named owns the place, it did not act. */
const OWNER_BY = new Set(['held', 'controlled', 'owned', 'run', 'occupied', 'operated', 'used', 'guarded', 'manned', 'protected', 'surrounded', 'besieged', 'ruled', 'dominated', 'inhabited', 'populated']);
const ASSOC_WITH = new Set(['along', 'together', 'jointly', 'alongside', 'coordination', 'cooperation', 'conjunction', 'support']);
/** "came under fire from X", "rocket fire from X": the party the fire came from. */
const FIRE_FROM = new Set(['fire', 'gunfire', 'attack', 'attacks', 'shelling', 'shells', 'rockets', 'missiles', 'assault', 'ambush', 'raid', 'strikes', 'airstrikes', 'bombardment', 'sniper']);
const TARGET_PREP = new Set(['on', 'against', 'at', 'targeting', 'targetting', 'upon', 'toward', 'towards', 'into', 'over']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got', 'get', 'gets']);
/** Verbs whose subject suffers: "three soldiers died", "the convoy came under fire". */
const VICTIM_VERBS = new Set(['died', 'perished', 'succumbed', 'drowned', 'sustained', 'suffered', 'lost', 'came', 'fell', 'survived', 'escaped', 'fled', 'remain', 'remained', 'die', 'dies']);
/** "an army vehicle struck an IED": the one that hit a mine is its victim. */
const STRUCK = new Set(['struck', 'hit', 'stepped', 'ran', 'drove', 'triggered', 'strikes', 'hits', 'detonated']);
const MINE_WORDS = new Set(['mine', 'landmine', 'ied', 'ieds', 'explosive', 'explosives', 'device', 'bomb', 'roadside']);
/** Verbs of saying: their subject reports the incident, it is no party to it. */
const SPEECH = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'added', 'stated', 'announced', 'confirmed', 'denied', 'claimed', 'accused', 'warned', 'alleged',
  'blamed', 'condemned', 'urged', 'called', 'described', 'noted', 'tweeted', 'posted', 'wrote', 'quoted', 'cited', 'believe', 'believed', 'estimated', 'according']);
/** Words between a mention and its verb that do not break the link: "X reportedly killed", "X have since attacked". */
const SKIP_POS = new Set(['ADV', 'PART']);
const ADJ_PARTICIPLES = new Set(['alleged', 'suspected', 'presumed', 'reported', 'purported', 'armed', 'masked', 'hooded', 'unidentified', 'unknown', 'believed', 'so - called', 'heavily', 'rival', 'disguised']);
const DETERMINERS = new Set(['a', 'an', 'the', 'some', 'several', 'two', 'three', 'four', 'five', 'many', 'dozens', 'hundreds', 'of']);
/** "a man named X was killed", "two men, aged 20 and 25, were shot": what names or describes the mention, before its verb. */
const NAMING = new Set(['named', 'called', 'identified', 'aged', 'known', 'dubbed']);
/** Words a marker may stand behind: "on [the] two [army] posts". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
/** Unnamed parties that can stand as an adjective on the trigger ("police raid", "army shelling"). */
const ACTING_KINDS = new Set(['military', 'police', 'armed', 'islamist', 'rebels', 'gang']);
const VICTIM_KINDS = new Set(['civilians']);

/** actor1, actor2 and associated actors for a trigger at tokens [t, tEnd) among a sentence's mentions. */
export function assignRoles(all: readonly ActorMention[], tokens: readonly Token[], words: readonly string[], t: number, tEnd = t + 1,
  inSources: (m: ActorMention) => boolean = () => false): Roles {
  // Whoever reports the incident ("police said", "a military source") is not a party to it.
  const mentions = all.filter((m) => !inSources(m));
  const none: Roles = { actor1: null, actor2: null, assoc1: [] };
  if (!mentions.length) return none;
  const from = sentenceStart(tokens, mentions[0].tokFirst);
  const marker: Marker[] = mentions.map((m) => (inAside(m, tokens, words, from) ? 'assoc' : markerOf(m, tokens, words, from)));
  // "attacked soldiers and police", "between X and Y": a coordinated mention takes the marker of the one before it.
  for (let k = 1; k < mentions.length; k++) {
    if (marker[k] !== 'and') continue;
    const prev = marker[k - 1];
    marker[k] = prev === 'between' ? 'between2' : prev === 'and' ? null : prev;
  }
  const voice: Voice[] = mentions.map((m, k) => (marker[k] === 'assoc' ? null : voiceOf(m, tokens, words)));
  // "X and Y attacked": the first of coordinated subjects acts, the others with it.
  for (let k = mentions.length - 2; k >= 0; k--) {
    if (!voice[k] && marker[k + 1] === null && isAnd(words, mentions[k].tokEnd, mentions[k + 1].tokFirst) && voice[k + 1] === 'active') voice[k] = 'active';
  }
  const pick = (k: number, rule: string): ActorMention => ({ ...mentions[k], role: rule });
  const idx = (pred: (m: ActorMention, k: number) => boolean, order: 'first' | 'last' = 'first'): number => {
    if (order === 'first') { for (let k = 0; k < mentions.length; k++) if (pred(mentions[k], k)) return k; }
    else for (let k = mentions.length - 1; k >= 0; k--) if (pred(mentions[k], k)) return k;
    return -1;
  };
  const sufferer = (k: number) => voice[k] === 'passive' || voice[k] === 'victim';
  const canAct = (k: number) => !sufferer(k) && voice[k] !== 'speaker' && marker[k] !== 'target' && marker[k] !== 'object' && marker[k] !== 'assoc' && marker[k] !== 'with';

  // Of coordinated parties ("Taliban gunmen and suicide bombers attacked"), the first named leads.
  const head = (k: number): number => {
    while (k > 0 && canAct(k - 1) && isAnd(words, mentions[k - 1].tokEnd, mentions[k].tokFirst)) k--;
    return k;
  };
  let a1 = -1, rule1 = '';
  const set1 = (k: number, rule: string) => { if (a1 < 0 && k >= 0) { a1 = k; rule1 = rule; } };
  // "fighting between X and Y": the two sides, in the order told.
  const between = idx((m, k) => marker[k] === 'between' && m.tokFirst > t && m.tokFirst - tEnd <= 8);
  // "Russian warplanes bombed …": the trigger word is itself part of the actor ("warplanes operated by
  // Russian forces": an unnamed weapon belongs to the agent named after it).
  const agentAfter = idx((m, k) => marker[k] === 'agent' && m.tokFirst >= tEnd);
  const covering = idx((m) => m.tokFirst <= t && m.tokEnd > t && !VICTIM_KINDS.has(m.generic ?? ''));
  if (covering >= 0 && !(mentions[covering].generic && !mentions[covering].country && agentAfter >= 0)) set1(head(covering), 'actor.trigger-in-name');
  if (between >= 0) set1(between, 'actor.between-sides');
  // "X's attack on Y"
  set1(idx((m, k) => words[m.tokEnd] === "'s" && m.tokEnd < t && t - m.tokEnd <= 3 && canAct(k)), 'actor.possessive-agent');
  // "Israeli airstrikes", "a Taliban attack", "police raid": the name on the trigger names the attacker.
  set1(idx((m, k) => m.tokEnd <= t && t - m.tokEnd <= 2 && canAct(k) && (m.modifier || !m.generic || ACTING_KINDS.has(m.generic)) && onlyModifiers(tokens, m.tokEnd, t), 'last'), 'actor.modifier-of-trigger');
  // "an attack by X on Y", "were stoned by X", "came under fire from X", "blamed on X".
  set1(agentAfter, 'actor.passive-by');
  set1(idx((m, k) => marker[k] === 'agent'), 'actor.passive-by');
  // "Gunmen killed …", "Egyptian forces conducted a raid against …": the subject of the active verb.
  set1(head(idx((m, k) => m.tokEnd <= t && voice[k] === 'active' && canAct(k), 'last')), 'actor.agent-active-subject');
  set1(idx((m, k) => voice[k] === 'claim'), 'actor.claimed-responsibility');
  // "During the protest, HTS opened fire": the subject of a verb told after the trigger.
  set1(idx((m, k) => m.tokFirst >= tEnd && voice[k] === 'active' && canAct(k)), 'actor.agent-active-subject');
  // Whoever is named before the trigger and does not suffer it.
  set1(idx((m, k) => m.tokEnd <= t && canAct(k) && !VICTIM_KINDS.has(m.generic ?? '') && m.generic !== 'person', 'last'), 'actor.nearest-before');

  let a2 = -1, rule2 = '';
  const set2 = (k: number, rule: string) => { if (a2 < 0 && k >= 0 && k !== a1) { a2 = k; rule2 = rule; } };
  if (a1 === between) set2(idx((m, k) => marker[k] === 'between2' && k > between), 'actor.between-sides');
  // "12 militants were killed in clashes with army forces": the side they fought acted on them.
  if (a1 < 0) {
    const w = idx((m, k) => marker[k] === 'with' && m.tokFirst >= tEnd);
    if (w >= 0 && idx((m, k) => sufferer(k)) >= 0) set1(w, 'actor.clash-with');
  }
  set2(idx((m, k) => marker[k] === 'with' && k !== a1), 'actor.clash-with');
  set2(idx((m, k) => m.tokFirst >= tEnd && (marker[k] === 'target' || marker[k] === 'object') && k !== a1), 'actor.target-object');
  set2(idx((m, k) => sufferer(k) && m.tokEnd <= t && k !== a1, 'last'), 'actor.passive-subject-victim');
  set2(idx((m, k) => sufferer(k) && k !== a1), 'actor.passive-subject-victim');
  set2(idx((m, k) => (marker[k] === 'target' || marker[k] === 'object') && k !== a1), 'actor.target-object');
  set2(idx((m, k) => m.tokFirst >= tEnd && k !== a1 && marker[k] !== 'agent' && marker[k] !== 'assoc' && voice[k] !== 'speaker' && voice[k] !== 'active'), 'actor.after-trigger');
  set2(idx((m, k) => VICTIM_KINDS.has(m.generic ?? '') && k !== a1), 'actor.victims-named');

  const assoc1 = a1 < 0 ? [] : mentions.filter((m, k) => k !== a1 && k !== a2 && (marker[k] === 'assoc' || (voice[k] === 'active' && voice[a1] === 'active' && isAnd(words, mentions[a1].tokEnd, m.tokFirst))));
  return { actor1: a1 >= 0 ? pick(a1, rule1) : null, actor2: a2 >= 0 ? pick(a2, rule2) : null, assoc1 };
}

/** Words that open an aside naming who acts with the subject: ", along with X," ", backed by X,". */
const ASIDE_OPENERS = new Set(['along', 'together', 'accompanied', 'backed', 'supported', 'alongside', 'aided', 'assisted', 'joined', 'helped', 'reinforced', 'escorted', 'including', 'with']);

/** Inside such an aside: the party acts with the subject, it is not the subject. */
function inAside(m: ActorMention, tokens: readonly Token[], words: readonly string[], from: number): boolean {
  for (let i = m.tokFirst - 1; i > Math.max(from, m.tokFirst - 15); i--) {
    if (words[i] === '.' || words[i] === ';') return false;
    if (words[i - 1] === ',' && ASIDE_OPENERS.has(words[i]) && words[i] !== 'including') return true;
    if (tokens[i].pos === 'VERB' && !ASIDE_OPENERS.has(words[i])) return false;
  }
  return false;
}

function sentenceStart(tokens: readonly Token[], i: number): number {
  const s = tokens[i].sentence;
  let k = i;
  while (k > 0 && tokens[k - 1].sentence === s) k--;
  return k;
}

/** Only "and" (with an article or adjective) between two mentions. */
function isAnd(words: readonly string[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  let and = false;
  for (let i = a; i < b; i++) {
    if (words[i] === 'and' || words[i] === ',') and = true;
    else if (words[i] !== 'the' && words[i] !== 'a') return false;
  }
  return and;
}

/** Only adjectives and nouns between a mention and the trigger: "Israeli [missile] attack", "Houthi [drone] strike". */
function onlyModifiers(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const p = tokens[i].pos;
    if (p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN' && tokens[i].text !== '-' && tokens[i].text !== "'s") return false;
  }
  return true;
}

/** What stands before a mention: "by" (agent), "on / against" (target), a verb (its object), "with", "between". */
function markerOf(m: ActorMention, tokens: readonly Token[], words: readonly string[], from: number): Marker {
  let near = true; // only determiners, adjectives and nouns so far
  for (let i = m.tokFirst - 1; i >= Math.max(from, m.tokFirst - WINDOW); i--) {
    const w = words[i];
    if (STOP.has(w)) return null;
    if (w === 'by') {
      let g = i - 1;
      while (g > from && tokens[g].pos === 'ADV') g--;
      const gov = words[g] ?? '';
      if (ASSOC_BY.has(gov)) return 'assoc';
      if (OWNER_BY.has(gov)) return 'target';
      return 'agent';
    }
    if (w === 'to' && words[i - 1] === 'attributed') return 'agent';
    if (w === 'on' && words[i - 1] === 'blamed') return 'agent';
    if (w === 'of' && words[i - 1] === 'hands') return 'agent';
    if (w === 'from' && FIRE_FROM.has(words[i - 1])) return 'agent';
    if (near && TARGET_PREP.has(w)) return 'target';
    if (w === 'with') return ASSOC_WITH.has(words[i - 1]) || words[i - 1] === 'along' ? 'assoc' : near ? 'with' : null;
    if (w === 'alongside') return 'assoc';
    if (w === 'between' && near) return 'between';
    if (w === 'and' && near) return 'and';
    // "an alleged Israeli strike", "the suspected militants": a participle after an article is an adjective.
    if (near && tokens[i].pos === 'VERB' && (ADJ_PARTICIPLES.has(w) || DETERMINERS.has(words[i - 1] ?? ''))) continue;
    if (near && tokens[i].pos === 'VERB') return SPEECH.has(w) ? null : 'object';
    if (!MODIFIER_POS.has(tokens[i].pos) && tokens[i].text !== '-' && tokens[i].text !== "'s") near = false;
    if (!near && tokens[i].pos === 'VERB') return null;
  }
  return null;
}

/** What follows a mention: an active verb (it acts), a passive or a verb of suffering (it suffers), a verb of saying. */
function voiceOf(m: ActorMention, tokens: readonly Token[], words: readonly string[]): Voice {
  const end = tokens.length;
  let i = m.tokEnd;
  const s = tokens[m.tokFirst].sentence;
  // A parenthesis or an apposition set off by commas ("HTS (formerly Nusra), …") is skipped.
  if (words[i] === '(') { let k = i + 1; while (k < end && k - i < 12 && words[k] !== ')') k++; if (words[k] === ')') i = k + 1; }
  // ", along with the helicopters of a private military group, attacked …": the aside is skipped.
  if (words[i] === ',' && ASIDE_OPENERS.has(words[i + 1])) {
    for (let k = i + 2; k < end && k - i < 20 && tokens[k].sentence === s; k++) {
      if (words[k] !== ',') continue;
      let v = k + 1;
      while (v < end && tokens[v].pos === 'ADV') v++;
      if (tokens[v]?.pos === 'VERB' || tokens[v]?.pos === 'AUX') { i = k + 1; break; }
    }
  }
  for (let n = 0; n < 4 && i < end && tokens[i].sentence === s; n++, i++) {
    const w = words[i], p = tokens[i].pos;
    if (SKIP_POS.has(p) && !PASSIVE_AUX.has(w)) continue;
    if (NAMING.has(w)) {
      // skip the name or age that follows: "named Ahmed Siam", "identified as John Doe", "aged 35"
      let j = i + 1;
      if (words[j] === 'as') j++;
      while (j < end && j - i < 8 && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'NUM' || words[j] === 'and' || words[j] === ',')) j++;
      i = j - 1;
      n--;
      continue;
    }
    if (PASSIVE_AUX.has(w) || (w === 'have' || w === 'has' || w === 'had') && words[i + 1] === 'been') {
      let j = i + 1;
      while (j < end && (tokens[j].pos === 'ADV' || words[j] === 'been' || words[j] === 'being' || tokens[j].pos === 'NUM')) j++;
      if (tokens[j]?.pos === 'VERB' && !words[j].endsWith('ing')) return 'passive';
      if (words[j] === 'among' || words[j] === 'reported' || words[j] === 'dead' || words[j] === 'wounded' || words[j] === 'injured' || words[j] === 'missing') return 'victim';
      return w === 'were' || w === 'was' || w === 'is' || w === 'are' ? (tokens[j]?.pos === 'VERB' ? 'active' : null) : null;
    }
    if (p === 'VERB' || p === 'AUX') {
      if (w === 'came' && words[i + 1] === 'under') return 'passive';
      if (VICTIM_VERBS.has(w)) return 'victim';
      if (STRUCK.has(w)) { for (let j = i + 1; j < Math.min(end, i + 6); j++) if (MINE_WORDS.has(words[j])) return 'victim'; }
      if (w === 'claimed' && (words[i + 1] === 'responsibility' || words[i + 2] === 'responsibility' || words[i + 1] === 'the' && words[i + 2] === 'attack')) return 'claim';
      if (SPEECH.has(w)) return 'speaker';
      if (w === 'have' || w === 'has' || w === 'had' || w === 'will' || w === 'would' || w === 'did' || w === 'had') continue;
      return 'active';
    }
    return null;
  }
  return null;
}

/** Verbs whose agent is the perpetrator: "planted by X", "carried out by X", "claimed by X". */
const PERPETRATED = new Set(['planted', 'carried', 'perpetrated', 'committed', 'claimed', 'orchestrated', 'conducted', 'launched', 'fired', 'executed', 'staged',
  'masterminded', 'attributed', 'blamed', 'led', 'mounted', 'detonated', 'laid', 'placed', 'targeted', 'attacked', 'killed', 'abducted', 'kidnapped', 'ambushed', 'shot']);
const SUSPECT = new Set(['suspected', 'believed', 'thought', 'blamed', 'accused', 'alleged']);

/** In a sentence told around an incident, the party named as its perpetrator: "X claimed responsibility",
 * "the device was planted by X", "X are the suspected attackers", "X is believed to be behind it". */
export function perpetratorIn(mentions: readonly ActorMention[], tokens: readonly Token[], words: readonly string[]): ActorMention | null {
  if (!mentions.length) return null;
  const from = sentenceStart(tokens, mentions[0].tokFirst);
  for (const m of mentions) {
    if (m.generic && m.generic !== 'armed' && m.generic !== 'islamist' && m.generic !== 'gang' && m.generic !== 'military' && m.generic !== 'police') continue;
    if (voiceOf(m, tokens, words) === 'claim') return { ...m, role: 'actor.claimed-responsibility' };
    if (markerOf(m, tokens, words, from) === 'agent') {
      let g = m.tokFirst - 1;
      while (g > from && words[g] !== 'by' && words[g] !== 'to' && words[g] !== 'on') g--;
      if (PERPETRATED.has(words[g - 1] ?? '') || PERPETRATED.has(words[g - 2] ?? '')) return { ...m, role: 'actor.perpetrator-named-after' };
    }
    // "X are the suspected attackers", "X is believed to be behind the attack"
    for (let i = m.tokEnd; i < Math.min(tokens.length, m.tokEnd + 4); i++) {
      if (SUSPECT.has(words[i]) && (PASSIVE_AUX.has(words[i - 1]) || words[i - 1] === 'the')) return { ...m, role: 'actor.suspected-perpetrator' };
      if (!PASSIVE_AUX.has(words[i]) && words[i] !== 'the' && tokens[i].pos !== 'ADV') break;
    }
  }
  return null;
}
