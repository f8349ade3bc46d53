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
const ASSOC_WITH = new Set(['along', 'together', 'jointly', 'alongside', 'coordination', 'cooperation', 'conjunction', 'support', 'affiliated', 'allied', 'aligned', 'associated', 'linked', 'connection', 'ties']);
/** "came under fire from X", "rocket fire from X": the party the fire came from. */
const FIRE_FROM = new Set(['fire', 'gunfire', 'attack', 'attacks', 'shelling', 'shells', 'rockets', 'missiles', 'assault', 'ambush', 'raid', 'strikes', 'airstrikes', 'bombardment', 'sniper']);
const TARGET_PREP = new Set(['on', 'against', 'at', 'targeting', 'targetting', 'upon', 'toward', 'towards', 'into', 'over']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got', 'get', 'gets']);
/** Verbs whose subject suffers: "three soldiers died", "the convoy came under fire". */
const VICTIM_VERBS = new Set(['died', 'perished', 'succumbed', 'drowned', 'sustained', 'suffered', 'lost', 'came', 'fell', 'survived', 'escaped', 'fled', 'remain', 'remained', 'die', 'dies']);
/** "an army vehicle struck an IED": the one that hit a mine is its victim. */
const STRUCK = new Set(['struck', 'hit', 'stepped', 'ran', 'drove', 'triggered', 'strikes', 'hits']);
const MINE_WORDS = new Set(['mine', 'landmine', 'ied', 'ieds', 'explosive', 'explosives', 'device', 'bomb', 'roadside']);
/** Verbs of saying: their subject reports the incident, it is no party to it. */
const SPEECH = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'added', 'stated', 'announced', 'confirmed', 'denied', 'claimed', 'accused', 'warned', 'alleged',
  'blamed', 'condemned', 'urged', 'called', 'described', 'noted', 'tweeted', 'posted', 'wrote', 'quoted', 'cited', 'believe', 'believed', 'estimated', 'according']);
/** Words between a mention and its verb that do not break the link: "X reportedly killed", "X have since attacked". */
const SKIP_POS = new Set(['ADV', 'PART']);
const ADJ_PARTICIPLES = new Set(['allied', 'affiliated', 'aligned', 'linked', 'alleged', 'suspected', 'presumed', 'reported', 'purported', 'armed', 'masked', 'hooded', 'unidentified', 'unknown', 'believed', 'so - called', 'heavily', 'rival', 'disguised']);
const DETERMINERS = new Set(['a', 'an', 'the', 'some', 'several', 'two', 'three', 'four', 'five', 'many', 'dozens', 'hundreds', 'of']);
/** "a man named X was killed", "two men, aged 20 and 25, were shot": what names or describes the mention, before its verb. */
const NAMING = new Set(['named', 'called', 'identified', 'aged', 'known', 'dubbed']);
/** Participles used as prepositions: "killed following an Israeli strike", "during", "amid". */
const PREPOSITION_LIKE = new Set(['following', 'during', 'amid', 'including', 'regarding', 'concerning', 'according', 'given', 'excluding']);
const CLAIMED_WHAT = new Set(['responsibility', 'credit', 'to', 'the', 'an', 'a', 'its', 'their', 'it']);
const QUANTITY = new Set(['group', 'groups', 'band', 'number', 'dozens', 'hundreds', 'scores', 'members', 'member', 'unit', 'units', 'convoy', 'patrol', 'team', 'contingent', 'squad',
  'leader', 'leaders', 'commander', 'commanders', 'fighter', 'fighters', 'militant', 'militants', 'supporters', 'elements', 'cell', 'positions', 'position', 'base', 'bases', 'vehicle', 'vehicles', 'camp', 'post', 'posts']);
/** Words a marker may stand behind: "on [the] two [army] posts". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
/** Unnamed parties that can stand as an adjective on the trigger ("police raid", "army shelling"). */
const ACTING_KINDS = new Set(['military', 'police', 'armed', 'islamist', 'rebels', 'gang', 'communal', 'coalition']);
const VICTIM_KINDS = new Set(['civilians']);

/** The constructions that choose actor1, in precedence order, and whether the first or the last mention
 * that fits wins. One pass over the mentions fills each; the first filled decides. */
const A1_RULES: ReadonlyArray<[string, 'first' | 'last']> = [
  ['actor.trigger-in-name', 'first'], // 0 "Russian warplanes bombed"
  ['actor.between-sides', 'first'], // 1 "fighting between X and Y"
  ['actor.possessive-agent', 'first'], // 2 "X's attack on Y"
  ['actor.modifier-of-trigger', 'last'], // 3 "Israeli airstrikes", "a Taliban attack"
  ['actor.passive-by', 'first'], // 4 "an attack by X on Y", "were stoned by X", "came under fire from X"
  ['actor.passive-by', 'first'], // 5 the same, before the trigger
  ['actor.agent-active-subject', 'last'], // 6 "gunmen killed …"
  ['actor.claimed-responsibility', 'first'], // 7 "X claimed responsibility"
  ['actor.modifier-of-trigger', 'last'], // 8 an unnamed party on the trigger: "police raid"
  ['actor.agent-active-subject', 'first'], // 9 "During the protest, HTS opened fire"
  ['actor.modifier-of-event-word', 'first'], // 10 "three were killed in an Israeli strike"
  ['actor.nearest-before', 'last'], // 11 whoever is named before the trigger and does not suffer it
];
const A2_RULES: ReadonlyArray<[string, 'first' | 'last']> = [
  ['actor.clash-with', 'first'], // 0 "X clashed with Y"
  ['actor.target-object', 'first'], // 1 after the trigger: "attacked Y", "an attack on Y"
  ['actor.passive-subject-victim', 'last'], // 2 before the trigger: "five soldiers were killed"
  ['actor.passive-subject-victim', 'first'], // 3 anywhere
  ['actor.target-object', 'first'], // 4 anywhere
  ['actor.after-trigger', 'first'], // 5 any party named after the trigger that does not act
  ['actor.victims-named', 'first'], // 6 civilians named anywhere
];

/** actor1, actor2 and associated actors for a trigger at tokens [t, tEnd) among a sentence's mentions. */
export function assignRoles(all: readonly ActorMention[], tokens: readonly Token[], words: readonly string[], t: number, tEnd = t + 1,
  inSources: (m: ActorMention) => boolean = () => false): Roles {
  // Whoever reports the incident ("police said", "a military source") is not a party to it.
  let mentions = all;
  for (const m of all) if (inSources(m)) { mentions = all.filter((x) => !inSources(x)); break; }
  const n = mentions.length;
  if (!n) return { actor1: null, actor2: null, assoc1: [] };
  const from = sentenceStart(tokens, mentions[0].tokFirst);
  const marker: Marker[] = new Array(n);
  const voice: Voice[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const m = mentions[k];
    marker[k] = inAside(m, tokens, words, from) ? 'assoc' : markerOf(m, tokens, words, from);
    // "attacked soldiers and police", "between X and Y": a coordinated mention takes the marker of the one before it.
    if (marker[k] === 'and') marker[k] = k === 0 ? null : marker[k - 1] === 'between' ? 'between2' : marker[k - 1] === 'and' ? null : marker[k - 1];
    voice[k] = marker[k] === 'assoc' ? null : voiceOf(m, tokens, words);
  }
  // "X and Y attacked": the first of coordinated subjects acts, the others with it.
  for (let k = n - 2; k >= 0; k--) {
    if (!voice[k] && marker[k + 1] === null && voice[k + 1] === 'active' && isAnd(words, mentions[k].tokEnd, mentions[k + 1].tokFirst)) voice[k] = 'active';
  }
  const sufferer = (k: number) => voice[k] === 'passive' || voice[k] === 'victim';
  const canAct = (k: number) => !sufferer(k) && voice[k] !== 'speaker' && marker[k] !== 'target' && marker[k] !== 'object' && marker[k] !== 'assoc' && marker[k] !== 'with';
  // Of coordinated parties ("Taliban gunmen and suicide bombers attacked"), the first named leads.
  const head = (k: number): number => {
    while (k > 0 && canAct(k - 1) && isAnd(words, mentions[k - 1].tokEnd, mentions[k].tokFirst)) k--;
    return k;
  };

  // One pass: for each construction, the mention it chooses.
  const c1 = new Int8Array(A1_RULES.length).fill(-1);
  const take = (c: Int8Array, rules: typeof A1_RULES, r: number, k: number) => { if (c[r] < 0 || rules[r][1] === 'last') c[r] = k; };
  let agentAfter = -1, with_ = -1, anySufferer = false;
  // A name stands on a noun trigger ("Israeli airstrikes"); before a verb ("AA clashed") it is the subject.
  const nominal = tokens[t].pos === 'NOUN' || tokens[t].pos === 'PROPN' || tokens[t].pos === 'ADJ';
  for (let k = 0; k < n; k++) {
    const m = mentions[k], mk = marker[k], before = m.tokEnd <= t, after = m.tokFirst >= tEnd, act = canAct(k);
    const victimKind = VICTIM_KINDS.has(m.generic ?? '');
    if (mk === 'agent' && after && agentAfter < 0) agentAfter = k;
    if (mk === 'with' && after && with_ < 0 && voice[k] !== 'passive' && voice[k] !== 'victim') with_ = k;
    if (sufferer(k)) anySufferer = true;
    if (m.tokFirst <= t && m.tokEnd > t && !victimKind) take(c1, A1_RULES, 0, k);
    if (mk === 'between' && m.tokFirst > t && m.tokFirst - tEnd <= 8) take(c1, A1_RULES, 1, k);
    if (!act) { if (mk === 'agent') take(c1, A1_RULES, after ? 4 : 5, k); if (voice[k] === 'claim') take(c1, A1_RULES, 7, k); continue; }
    if (words[m.tokEnd] === "'s" && m.tokEnd < t && t - m.tokEnd <= 3) take(c1, A1_RULES, 2, k);
    const onTrigger = nominal && before && t - m.tokEnd <= 2 && onlyModifiers(tokens, m.tokEnd, t);
    if (onTrigger && (m.modifier || !m.generic)) take(c1, A1_RULES, 3, k);
    if (mk === 'agent') take(c1, A1_RULES, after ? 4 : 5, k);
    if (before && voice[k] === 'active') take(c1, A1_RULES, 6, k);
    if (voice[k] === 'claim') take(c1, A1_RULES, 7, k);
    if (onTrigger && ACTING_KINDS.has(m.generic ?? '')) take(c1, A1_RULES, 8, k);
    if (after && voice[k] === 'active') take(c1, A1_RULES, 9, k);
    if (m.modifier && !victimKind) take(c1, A1_RULES, 10, k);
    if (before && !victimKind && m.generic !== 'person') take(c1, A1_RULES, 11, k);
  }
  // "Warplanes operated by Russian forces": an unnamed weapon belongs to the agent named after it.
  if (c1[0] >= 0 && mentions[c1[0]].generic && !mentions[c1[0]].country && agentAfter >= 0) c1[0] = -1;
  if (c1[0] >= 0) c1[0] = head(c1[0]);
  if (c1[6] >= 0) c1[6] = head(c1[6]);
  if (c1[3] >= 0) c1[3] = head(c1[3]);
  let a1 = -1, rule1 = '';
  for (let r = 0; r < c1.length && a1 < 0; r++) if (c1[r] >= 0) { a1 = c1[r]; rule1 = A1_RULES[r][0]; }
  // "stoned by a mob": the trigger word names the agent of a passive.
  if (a1 >= 0 && a1 === c1[0] && marker[a1] === 'agent') rule1 = 'actor.passive-by';
  // "12 militants were killed in clashes with army forces": the side they fought acted on them.
  if (a1 < 0 && with_ >= 0 && anySufferer) { a1 = with_; rule1 = 'actor.clash-with'; }

  let a2 = -1, rule2 = '';
  if (a1 >= 0 && a1 === c1[1]) {
    // "between X and Y": the second side.
    // (of "between X, Y and Z", the last: "a clash between the army, the police and the rebels").
    for (let k = a1 + 1; k < n; k++) if (marker[k] === 'between2') { a2 = k; rule2 = 'actor.between-sides'; }
  }
  // "the army and the rebels clashed": the two sides of a reciprocal verb.
  if (a2 < 0 && a1 >= 0 && a1 + 1 < n && RECIPROCAL.has(words[t]) && mentions[a1 + 1].tokEnd <= t && isAnd(words, mentions[a1].tokEnd, mentions[a1 + 1].tokFirst)) {
    a2 = a1 + 1;
    rule2 = 'actor.between-sides';
  }
  if (a2 < 0) {
    const c2 = new Int8Array(A2_RULES.length).fill(-1);
    for (let k = 0; k < n; k++) {
      if (k === a1) continue;
      const m = mentions[k], mk = marker[k], targetish = mk === 'target' || mk === 'object';
      if (mk === 'with' && !sufferer(k)) take(c2, A2_RULES, 0, k);
      if (targetish && m.tokFirst >= tEnd) take(c2, A2_RULES, 1, k);
      if (sufferer(k) && m.tokEnd <= t) take(c2, A2_RULES, 2, k);
      if (sufferer(k)) take(c2, A2_RULES, 3, k);
      if (targetish) take(c2, A2_RULES, 4, k);
      if (m.tokFirst >= tEnd && mk !== 'agent' && mk !== 'assoc' && voice[k] !== 'speaker' && voice[k] !== 'active') take(c2, A2_RULES, 5, k);
      if (VICTIM_KINDS.has(m.generic ?? '')) take(c2, A2_RULES, 6, k);
    }
    for (let r = 0; r < c2.length && a2 < 0; r++) if (c2[r] >= 0) { a2 = c2[r]; rule2 = A2_RULES[r][0]; }
  }

  const assoc1: ActorMention[] = [];
  if (a1 >= 0) for (let k = 0; k < n; k++) if (k !== a1 && k !== a2 && (marker[k] === 'assoc' || (voice[k] === 'active' && voice[a1] === 'active' && isAnd(words, mentions[a1].tokEnd, mentions[k].tokFirst)))) assoc1.push(mentions[k]);
  const actor1: ActorMention | null = a1 >= 0 ? { ...mentions[a1], role: rule1 } : null;
  if (actor1 && assoc1.length) actor1.assoc = assoc1;
  return { actor1, actor2: a2 >= 0 ? { ...mentions[a2], role: rule2 } : null, assoc1 };
}

/** Whether `word` stands among the `reach` words before i. */
function nearBefore(words: readonly string[], i: number, word: string, reach: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) if (words[k] === word) return true;
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
  if (b - a < 1 || b - a > 3 || words[a] !== 'and' && words[a] !== ',') return false;
  for (let i = a + 1; i < b; i++) if (words[i] === ',' || words[i] === '.' || EVENT_VERBS.has(words[i]) || SPEECH.has(words[i])) return false;
  return true;
}

/** Only adjectives and nouns between a mention and the trigger: "Israeli [missile] attack", "Houthi [drone] strike". */
function onlyModifiers(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const p = tokens[i].pos;
    if (p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN' && tokens[i].text !== '-' && tokens[i].text !== "'s") return false;
  }
  return true;
}

/** Verbs of violence the tagger often reads as nouns ("a sniper shot a soldier", "gunmen fire on …"). */
const EVENT_VERBS = new Set(['shot', 'fire', 'fired', 'attacked', 'bombed', 'shelled', 'struck', 'hit', 'killed', 'kidnapped', 'abducted', 'raided', 'ambushed', 'stormed',
  'targeted', 'clashed', 'seized', 'captured', 'torched', 'burned', 'burnt', 'looted', 'detained', 'arrested', 'opened', 'launched', 'stabbed', 'beat', 'lynched', 'hacked',
  'threw', 'hurled', 'fought', 'shoot', 'attack', 'raid', 'storm', 'bomb', 'shell', 'kidnap', 'abduct', 'loot', 'torch', 'burn', 'kill', 'destroyed', 'set', 'pelted', 'stoned', 'assaulted']);
const isVerb = (tokens: readonly Token[], words: readonly string[], i: number): boolean => tokens[i]?.pos === 'VERB' || (EVENT_VERBS.has(words[i]) && tokens[i].pos !== 'ADJ' && tokens[i].pos !== 'ADP');

/** Nouns a party's name stands on as the thing that acts or suffers: "a police patrol came under fire". */
const COMPOUND_HEADS = new Set(['patrol', 'patrols', 'convoy', 'convoys', 'vehicle', 'vehicles', 'post', 'posts', 'checkpoint', 'checkpoints', 'base', 'bases', 'unit', 'units',
  'aircraft', 'jets', 'jet', 'drones', 'drone', 'warplanes', 'warplane', 'planes', 'helicopters', 'gunships', 'artillery', 'forces',
  'team', 'squad', 'personnel', 'commander', 'commanders', 'officer', 'officers', 'chief', 'truck', 'trucks', 'tank', 'tanks', 'helicopter', 'position', 'positions', 'station']);

/** "X were reported to have …", "X is believed to be …": the verb after "to" tells who acted. */
const RAISING = new Set(['reported', 'said', 'believed', 'thought', 'alleged', 'understood', 'known', 'expected', 'claimed', 'suspected', 'seen', 'feared']);
const HARM_PARTICIPLES = new Set(['killed', 'wounded', 'injured', 'hurt', 'slain', 'maimed']);
const OBJECT_START = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);

/** Verbs and nouns whose coordinated subjects are the two sides: "X and Y clashed". */
const RECIPROCAL = new Set(['clashed', 'clash', 'clashes', 'fought', 'fight', 'battled', 'exchanged', 'skirmished', 'fighting', 'clashing', 'engaged']);

/** Words that open an aside naming who acts with the subject: ", along with X," ", backed by X,". */
const ASIDE_OPENERS = new Set(['along', 'together', 'accompanied', 'backed', 'supported', 'alongside', 'aided', 'assisted', 'joined', 'helped', 'reinforced', 'escorted', 'including']);

/** Inside such an aside: the party acts with the subject, it is not the subject. */
function inAside(m: ActorMention, tokens: readonly Token[], words: readonly string[], from: number): boolean {
  for (let i = m.tokFirst - 1; i > Math.max(from, m.tokFirst - 15); i--) {
    if (words[i] === '.' || words[i] === ';' || words[i] === ')' || words[i] === ']') return false;
    // "NATO forces [assumed US military]", "(coded as X)": a party named in brackets qualifies another.
    if (words[i] === '(' || words[i] === '[') return true;
    if (words[i - 1] === ',' && ASIDE_OPENERS.has(words[i]) && words[i] !== 'including') return true;
    if (isVerb(tokens, words, i) && !ASIDE_OPENERS.has(words[i])) return false;
  }
  return false;
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
    // "attributed (the strikes) to X", "blamed (the attack) on X"
    if (w === 'to' && nearBefore(words, i, 'attributed', 4)) return 'agent';
    if (w === 'on' && nearBefore(words, i, 'blamed', 4)) return 'agent';
    if (w === 'of' && words[i - 1] === 'hands') return 'agent';
    if (w === 'from' && FIRE_FROM.has(words[i - 1])) return 'agent';
    if (near && TARGET_PREP.has(w)) return 'target';
    if (w === 'with') return ASSOC_WITH.has(words[i - 1]) || words[i - 1] === 'along' ? 'assoc' : near ? 'with' : null;
    if (w === 'alongside') return 'assoc';
    if (w === 'between' && near) return 'between';
    if (w === 'and' && near) return 'and';
    // "an alleged Israeli strike", "the suspected militants": a participle after an article is an adjective.
    if (near && tokens[i].pos === 'VERB' && (ADJ_PARTICIPLES.has(w) || DETERMINERS.has(words[i - 1] ?? ''))) continue;
    if (near && isVerb(tokens, words, i)) return SPEECH.has(w) || PREPOSITION_LIKE.has(w) ? null : 'object';
    // "with the group of armed men", "on dozens of protesters": a quantity noun keeps the marker in reach.
    if (w === 'of' && QUANTITY.has(words[i - 1] ?? '')) { i--; continue; }
    if (!MODIFIER_POS.has(tokens[i].pos) && tokens[i].text !== '-' && tokens[i].text !== "'s") near = false;
    if (!near && isVerb(tokens, words, i)) return null;
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
      if (isVerb(tokens, words, v) || tokens[v]?.pos === 'AUX') { i = k + 1; break; }
    }
  }
  for (let n = 0; n < 4 && i < end && tokens[i].sentence === s; n++, i++) {
    const w = words[i], p = tokens[i].pos;
    if ((SKIP_POS.has(p) && !PASSIVE_AUX.has(w)) || w === '"' || w === "'" || w === '”') continue;
    // "a police patrol came under fire", "an army convoy was ambushed": the head noun of a compound.
    if (n < 2 && COMPOUND_HEADS.has(w)) continue;
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
      // "X were reported to have carried out …": the verb after "to (have)" tells the voice.
      if (RAISING.has(words[j]) && words[j + 1] === 'to') {
        i = words[j + 2] === 'have' || words[j + 2] === 'be' ? j + 2 : j + 1;
        n = 0;
        continue;
      }
      if (tokens[j]?.pos === 'VERB' && !words[j].endsWith('ing')) return 'passive';
      if (words[j] === 'among' || words[j] === 'reported' || words[j] === 'dead' || words[j] === 'wounded' || words[j] === 'injured' || words[j] === 'missing') return 'victim';
      return w === 'were' || w === 'was' || w === 'is' || w === 'are' ? (tokens[j]?.pos === 'VERB' ? 'active' : null) : null;
    }
    if (p === 'VERB' || p === 'AUX' || isVerb(tokens, words, i)) {
      if (w === 'came' && words[i + 1] === 'under') return 'passive';
      if (VICTIM_VERBS.has(w)) return 'victim';
      // "three people killed and one injured": a participle with no object after it is a reduced passive.
      // ("killed and mutilated a man": coordinated verbs share the object that follows.)
      const after = words[i + 1] === 'and' || words[i + 1] === ',' ? i + 2 : i + 1;
      if (HARM_PARTICIPLES.has(w) && !OBJECT_START.has(tokens[i + 1]?.pos ?? '') && tokens[after]?.pos !== 'VERB') return 'victim';
      if (STRUCK.has(w)) { for (let j = i + 1; j < Math.min(end, i + 6); j++) if (MINE_WORDS.has(words[j])) return 'victim'; }
      // "X claimed responsibility", "X claimed the attack", "X claimed to have killed …": the claimant did it.
      if (w === 'claimed' && CLAIMED_WHAT.has(words[i + 1] ?? '')) return 'claim';
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
      for (let k = g - 1; k >= Math.max(from, g - 4); k--) if (PERPETRATED.has(words[k])) return { ...m, role: 'actor.perpetrator-named-after' };
    }
    // "X are the suspected attackers", "X is believed to be behind the attack", "X were involved in the attack"
    for (let i = m.tokEnd; i < Math.min(tokens.length, m.tokEnd + 4); i++) {
      if (SUSPECT.has(words[i]) && (PASSIVE_AUX.has(words[i - 1]) || words[i - 1] === 'the')) return { ...m, role: 'actor.suspected-perpetrator' };
      if ((words[i] === 'involved' || words[i] === 'responsible' || words[i] === 'behind') && PASSIVE_AUX.has(words[i - 1])) return { ...m, role: 'actor.suspected-perpetrator' };
      if (!PASSIVE_AUX.has(words[i]) && words[i] !== 'the' && tokens[i].pos !== 'ADV') break;
    }
  }
  return null;
}
