// actor-syntax: how a party's mention stands in its sentence, read from the words around it (no parser):
// what stands before it (a marker: "by" makes it an agent, "on / against" a target, a verb its object,
// "with" a partner, "between" a side) and what follows it (a voice: an active verb, a passive or a verb of
// suffering, a verb of saying, a claim). roles.ts decides actor1 and actor2 from these.
import type { Token } from '../../types.js';
import { PASSIVE_AUXILIARIES } from '../../lexicon/voice.js';
import { BOUNDS } from '../../lexicon/counting.js';
import type { ActorMention } from './types.js';

/** How a mention stands towards what comes before it. */
/** Words before "with" that tell working, dealing or siding with a party (WordNet 3.1 "collaborate" v.1, "cooperate" v.1, "ally" v.1,
 * "negotiate" v.1, "tie" n.): what follows is a partner, never the side fought. */
const COOPERATE_WITH: ReadonlySet<string> = new Set(['collaborating', 'collaborate', 'collaborated', 'collaboration', 'cooperating', 'cooperate',
  'cooperated', 'cooperation', 'working', 'worked', 'allied', 'aligned', 'affiliated', 'linked', 'associated', 'ties', 'links', 'connected', 'sided',
  'siding', 'negotiating', 'negotiations', 'talks', 'agreement', 'deal', 'met', 'meeting', 'dealings', 'contact', 'contacts', 'cooperates', 'collaborates']);
export type Marker = 'agent' | 'assoc' | 'target' | 'object' | 'with' | 'between' | 'between2' | 'and' | null;
/** How it stands towards the verb after it. */
export type Voice = 'active' | 'passive' | 'victim' | 'speaker' | 'claim' | null;

/** "carried out by the armed Basque separatist group X": how far a marker may stand before its mention. */
const WINDOW = 7;
const STOP = new Set([',', '.', ';', ':', '(', ')', '"', '—', 'who', 'which', 'that', 'after', 'before', 'when', 'while', 'as']);
/** "backed by", "accompanied by": the party named after is with the actor, not the actor. */
const ASSOC_BY = new Set(['backed', 'supported', 'sponsored', 'funded', 'armed', 'trained', 'accompanied', 'joined', 'assisted', 'aided', 'helped', 'reinforced', 'escorted', 'flanked']);
/** Round 38: "identified by police as", "described by the army as", "believed by officials to be": participles of naming, knowing or
 * telling (general English: the "by" phrase is their agent), whose agent told who the doers were and did not act. */
const IDENTIFIED_BY = new Set(['identified', 'described', 'named', 'believed', 'suspected', 'thought', 'reported', 'labelled', 'labeled',
  'recognised', 'recognized', 'considered', 'designated', 'branded', 'listed', 'confirmed', 'alleged']);
/** "held by", "controlled by", "owned by": the party named owns the place, it did not act. */
const OWNER_BY = new Set(['held', 'controlled', 'owned', 'run', 'occupied', 'operated', 'used', 'guarded', 'manned', 'protected', 'surrounded', 'besieged', 'ruled', 'dominated', 'inhabited', 'populated']);
const ASSOC_WITH = new Set(['along', 'together', 'jointly', 'alongside', 'coordination', 'cooperation', 'conjunction', 'support', 'affiliated', 'allied', 'aligned', 'associated', 'linked', 'connection', 'ties']);
/** "came under fire from X", "rocket fire from X": the party the fire came from. */
const FIRE_FROM = new Set(['fire', 'gunfire', 'attack', 'attacks', 'shelling', 'shells', 'rockets', 'missiles', 'assault', 'ambush', 'raid', 'strikes', 'airstrikes', 'bombardment', 'sniper',
  // news30: the weapon's verb ("the shells were fired from Houthi positions", "drones launched from Iran")
  'fired', 'launched', 'lobbed']);
const TARGET_PREP = new Set(['on', 'against', 'at', 'targeting', 'targetting', 'upon', 'toward', 'towards', 'into', 'over']);
export const PASSIVE_AUX = PASSIVE_AUXILIARIES;
/** Verbs whose subject suffers: "three soldiers died", "the convoy came under fire". */
const VICTIM_VERBS = new Set(['died', 'perished', 'succumbed', 'drowned', 'sustained', 'suffered', 'lost', 'came', 'fell', 'survived', 'escaped', 'fled', 'remain', 'remained', 'die', 'dies']);
/** world8: going by ("as a patrol passed"): in a clause of time after a blast, the one going by is the one it hit. */
const PASSING = new Set(['passed', 'passing', 'drove', 'driving', 'travelled', 'traveled', 'travelling', 'traveling', 'moved', 'moving']);
const WHEN_OPENERS = new Set(['as', 'when', 'while']);
/** Round 39: a party's being under way, in the progressive ("were patrolling", "was returning"): PASSING's present participles and
 * the other verbs of going. */
const TRAVELLING: ReadonlySet<string> = new Set([...[...PASSING].filter((w) => w.endsWith('ing')), 'returning', 'patrolling', 'heading', 'riding',
  'walking', 'crossing', 'escorting']);
/** Whether "when" or "as" opens a clause (what struck the party under way) within a dozen words after `j`, in its sentence. */
function whenLater(words: readonly string[], j: number, end: number, s: number, tokens: readonly Token[]): boolean {
  for (let k = j + 1; k < end && k - j <= 12 && tokens[k].sentence === s; k++) if (words[k] === 'when' || (words[k] === 'as' && words[k - 1] !== 'such')) return true;
  return false;
}
/** The token before a mention, past its article and adjectives ("as [a] patrol", "when [the] convoy"). */
function openerBefore(tokens: readonly Token[], words: readonly string[], first: number): number {
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
  return k;
}
/** "an army vehicle struck an IED": the one that hit a mine is its victim. */
const STRUCK = new Set(['struck', 'hit', 'stepped', 'ran', 'drove', 'triggered', 'strikes', 'hits']);
/** A non-state armed party: a named group of ACLED's rebel, political militia or identity militia kinds (inter 2, 3, 4), or an unnamed
 * armed, Islamist, rebel, gang or communal one. */
const ARMED_GENERICS: ReadonlySet<string> = new Set(['armed', 'islamist', 'rebels', 'gang', 'communal']);
const ARMED_INTERS: ReadonlySet<number> = new Set([2, 3, 4]);
const armedNonState = (m: { generic?: string; inter?: number }): boolean =>
  m.generic ? ARMED_GENERICS.has(m.generic) : m.inter != null && ARMED_INTERS.has(m.inter);
const MINE_WORDS = new Set(['mine', 'landmine', 'ied', 'ieds', 'explosive', 'explosives', 'device', 'bomb', 'roadside']);
/** Verbs of saying: their subject reports the incident, it is no party to it. */
export const SPEECH = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'added', 'stated', 'announced', 'confirmed', 'denied', 'claimed', 'accused', 'warned', 'alleged',
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
/** The particles of phrasal verbs that take an object after the particle ("shot down X", "rounded up X", "blew up X"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'off', 'out']);

/** Whether `word` stands among the `reach` words before i. */
export function nearBefore(words: readonly string[], i: number, word: string, reach: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) if (words[k] === word) return true;
  return false;
}

export function sentenceStart(tokens: readonly Token[], i: number): number {
  const s = tokens[i].sentence;
  let k = i;
  while (k > 0 && tokens[k - 1].sentence === s) k--;
  return k;
}

/** How far before "to" / "on" an attributing verb still governs it: its object may be a longer phrase
 * ("attributed the responsibility for the incident to X"). */
export const ATTRIBUTION_REACH = 9;

/** Words that open a new phrase or clause: after one, the next mention is no party coordinated with the one
 * before ("children, after an Israeli aircraft bombed …"). */
const NOT_COORDINATED = new Set(['after', 'before', 'when', 'while', 'as', 'in', 'on', 'at', 'by', 'from', 'with', 'of', 'to', 'near', 'during',
  'following', 'since', 'until', 'for', 'against', 'into', 'amid', 'because', 'where', 'who', 'which', 'that']);

/** Only "and" (with an article or adjective) between two mentions. */
export function isAnd(words: readonly string[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3 || words[a] !== 'and' && words[a] !== ',') return false;
  for (let i = a + 1; i < b; i++) {
    if (words[i] === ',' || words[i] === '.' || EVENT_VERBS.has(words[i]) || SPEECH.has(words[i]) || NOT_COORDINATED.has(words[i])) return false;
  }
  return true;
}

/** Only adjectives and nouns between a mention and the trigger: "Israeli [missile] attack", "Houthi [drone] strike". */
export function onlyModifiers(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const p = tokens[i].pos;
    if (p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN' && tokens[i].text !== '-' && tokens[i].text !== "'s") return false;
  }
  return true;
}

/** Verbs of violence the tagger often reads as nouns ("a sniper shot a soldier", "gunmen fire on …"). */
export const EVENT_VERBS = new Set(['shot', 'fire', 'fired', 'attacked', 'bombed', 'shelled', 'struck', 'hit', 'killed', 'kidnapped', 'abducted', 'raided', 'ambushed', 'stormed',
  'targeted', 'clashed', 'seized', 'captured', 'torched', 'burned', 'burnt', 'looted', 'detained', 'arrested', 'opened', 'launched', 'stabbed', 'beat', 'lynched', 'hacked',
  'threw', 'hurled', 'fought', 'shoot', 'attack', 'raid', 'storm', 'bomb', 'shell', 'kidnap', 'abduct', 'loot', 'torch', 'burn', 'kill', 'destroyed', 'set', 'pelted', 'stoned', 'assaulted']);
const isVerb = (tokens: readonly Token[], words: readonly string[], i: number): boolean => tokens[i]?.pos === 'VERB' || (EVENT_VERBS.has(words[i]) && tokens[i].pos !== 'ADJ' && tokens[i].pos !== 'ADP');

/** Nouns a party's name stands on as the thing that acts or suffers: "a police patrol came under fire". */
const COMPOUND_HEADS = new Set(['patrol', 'patrols', 'convoy', 'convoys', 'vehicle', 'vehicles', 'post', 'posts', 'checkpoint', 'checkpoints', 'base', 'bases', 'unit', 'units',
  'aircraft', 'jets', 'jet', 'drones', 'drone', 'warplanes', 'warplane', 'planes', 'helicopters', 'gunships', 'artillery', 'forces',
  'team', 'squad', 'personnel', 'commander', 'commanders', 'officer', 'officers', 'chief', 'truck', 'trucks', 'tank', 'tanks', 'helicopter', 'position', 'positions', 'station',
  // round 31: a force's members by their rank or standing ("four police reservists were killed", "two army recruits"; general English)
  'reservist', 'reservists', 'recruit', 'recruits', 'cadet', 'cadets', 'constable', 'constables', 'sergeant', 'sergeants', 'inspector', 'inspectors',
  'agent', 'agents', 'guard', 'guards', 'ranger', 'rangers', 'trainees', 'members', 'men']);

/** Verbs that, with "responsibility", claim an incident: "accepted responsibility", "took full responsibility". */
const OWNED_BY = new Set(['accepted', 'admitted', 'took', 'assumed', 'acknowledged', 'accepts', 'admits', 'takes', 'assumes', 'claims']);

/** Prepositions of a short phrase that can follow a party before its verb ("gunmen on motorcycles opened fire"). */
const AFTER_PARTY_PREPS = new Set(['on', 'in', 'aboard', 'wearing', 'riding', 'driving']);

/** Compound heads that name a place or a thing, never an agent: "a police checkpoint", "a military truck". */
const INANIMATE_HEADS = new Set(['post', 'posts', 'checkpoint', 'checkpoints', 'base', 'bases', 'truck', 'trucks', 'position', 'positions', 'station', 'vehicle', 'vehicles']);

/** "X were reported to have …", "X is believed to be …": the verb after "to" tells who acted. */
const RAISING = new Set(['reported', 'said', 'believed', 'thought', 'alleged', 'understood', 'known', 'expected', 'claimed', 'suspected', 'seen', 'feared']);
// Round 41: "martyred", the word South Asian and Middle Eastern English news use for the killed of their own side ("Three policemen
// martyred in IED blast").
const HARM_PARTICIPLES = new Set(['killed', 'wounded', 'injured', 'hurt', 'slain', 'maimed', 'martyred']);
/** Round 41: participles of a person taken (arrest, abduction), read as HARM_PARTICIPLES are: with no object after them, a headline's
 * reduced passive ("dozens of activists arrested in night raids", "two aid workers kidnapped near X"). */
const TAKEN_PARTICIPLES = new Set(['arrested', 'detained', 'abducted', 'kidnapped', 'jailed']);
const OBJECT_START = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);
/** Words of a place lost: the party it goes "to" is the one that took it. */
const FELL_TO = ['fall', 'fell', 'falls', 'lost', 'loses'];
const FELL_REACH = 6;
/** The bounds that open a count ("at least", "up to", "nearly", "about"), as the toll reader has them
 * (lexicon/counting.ts BOUNDS), word by word. */
const BOUND_WORDS: ReadonlyArray<readonly string[]> = BOUNDS.flatMap((r) => r.phrases).map((p) => p.split(' '));
/** The length of a bound that ends at word i and is followed by a number ("killed at least 17 soldiers"), or 0. */
function boundBefore(tokens: readonly Token[], words: readonly string[], i: number): number {
  if (tokens[i + 1]?.pos !== 'NUM') return 0;
  const b = BOUND_WORDS.find((p) => p.length <= i + 1 && p.every((x, k) => words[i - p.length + 1 + k] === x));
  return b ? b.length : 0;
}
/** A count starts at i: a bound and its number ("killed at least 17", "up to 30"): an object follows. */
function countAt(tokens: readonly Token[], words: readonly string[], i: number): boolean {
  return BOUND_WORDS.some((p) => p.every((x, k) => words[i + k] === x) && tokens[i + p.length]?.pos === 'NUM');
}

/** Verbs and nouns whose coordinated subjects are the two sides: "X and Y clashed". */
export const RECIPROCAL = new Set(['clashed', 'clash', 'clashes', 'fought', 'fight', 'battled', 'exchanged', 'skirmished', 'fighting', 'clashing', 'engaged']);
/** world23: verbs of an accord both its coordinated subjects make ("the government and the ELN signed an agreement"): each is a
 * party, as with a reciprocal verb (codebook: Agreement names the parties to it). */
export const JOINT_ACCORD = new Set(['signed', 'agreed', 'inked', 'sealed']);

/** Words that open an aside naming who acts with the subject: ", along with X," ", backed by X,". */
const ASIDE_OPENERS = new Set(['along', 'together', 'accompanied', 'backed', 'supported', 'alongside', 'aided', 'assisted', 'joined', 'helped', 'reinforced', 'escorted', 'including']);

/** Words that open an apposition or a relative clause after a name, set off by commas (general English). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'which', 'who', 'whose']);

/** Inside such an aside: the party acts with the subject, it is not the subject. */
export function inAside(m: ActorMention, tokens: readonly Token[], words: readonly string[], from: number): boolean {
  for (let i = m.tokFirst - 1; i > Math.max(from, m.tokFirst - 15); i--) {
    if (words[i] === '.' || words[i] === ';' || words[i] === ')' || words[i] === ']') return false;
    // "NATO forces [assumed US military]", "(coded as X)": a party named in brackets qualifies another.
    if (words[i] === '(' || words[i] === '[') return true;
    if (words[i - 1] === ',' && ASIDE_OPENERS.has(words[i]) && words[i] !== 'including') return true;
    if (isVerb(tokens, words, i) && !ASIDE_OPENERS.has(words[i])) return false;
  }
  return false;
}




/** world13: verbs that set two sides against each other ("the clashes pitted X against Y"). */
const PITTED: ReadonlySet<string> = new Set(['pitted', 'pitting', 'pits', 'pit']);

/** What stands before a mention: "by" (agent), "on / against" (target), a verb (its object), "with", "between". */
export function markerOf(m: ActorMention, tokens: readonly Token[], words: readonly string[], from: number): Marker {
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
      // Round 38: "gunmen identified by police as members of Los Lobos opened fire": the party after "by" is the agent of the
      // identifying participle, who named the doers, no side of the act.
      if (IDENTIFIED_BY.has(gov)) return null;
      return 'agent';
    }
    // "attributed (the strikes) to X", "blamed (the attack) on X", "attributed the responsibility for the incident to X"
    if (w === 'to' && nearBefore(words, i, 'attributed', ATTRIBUTION_REACH)) return 'agent';
    // "the fall of the city to X", "the town fell to X", "lost the base to X": X took it.
    if (w === 'to' && FELL_TO.some((v) => nearBefore(words, i, v, FELL_REACH))) return 'agent';
    if (w === 'on' && nearBefore(words, i, 'blamed', ATTRIBUTION_REACH)) return 'agent';
    if (w === 'of' && words[i - 1] === 'hands') return 'agent';
    if (w === 'from' && FIRE_FROM.has(words[i - 1])) return 'agent';
    // "killed at least 17 soldiers", "up to 30 civilians", "more than 20 fighters": the count's opener is part of the object.
    const bound = near ? boundBefore(tokens, words, i) : 0;
    if (bound) { i -= bound - 1; continue; }
    if (near && TARGET_PREP.has(w)) return 'target';
    // news30: "accused of collaborating with the military", "ties with X", "talks with X": a party one works, deals or sides with is
    // no side one fights.
    if (w === 'with') return ASSOC_WITH.has(words[i - 1]) || words[i - 1] === 'along' ? 'assoc' : near && !COOPERATE_WITH.has(words[i - 1] ?? '') ? 'with' : null;
    if (w === 'alongside') return 'assoc';
    if (w === 'between' && near) return 'between';
    // world13: "fighting pitted the army against the rebels": the verb's object is one side, "against" the other (roles.ts).
    if (near && PITTED.has(w)) return 'between';
    if (w === 'and' && near) return 'and';
    // "an alleged Israeli strike", "the suspected militants": a participle after an article is an adjective.
    // So is a participle compounded with a hyphen: "unidentified motorcycle-riding assailants", "Iran-backed militias".
    if (near && tokens[i].pos === 'VERB' && (ADJ_PARTICIPLES.has(w) || DETERMINERS.has(words[i - 1] ?? '') || words[i - 1] === '-')) continue;
    if (near && isVerb(tokens, words, i)) return SPEECH.has(w) || PREPOSITION_LIKE.has(w) ? null : 'object';
    // w26: a phrasal verb's particle between the verb and its object ("shot down 3 Ukrainian drones", "rounded up dozens of
    // men", "blew up two army trucks"): the object is the verb's, as right after it.
    if (near && VERB_PARTICLES.has(w) && i > from && isVerb(tokens, words, i - 1) && !SPEECH.has(words[i - 1])) return 'object';
    // "with the group of armed men", "on dozens of protesters": a quantity noun keeps the marker in reach.
    if (w === 'of' && QUANTITY.has(words[i - 1] ?? '')) { i--; continue; }
    if (!MODIFIER_POS.has(tokens[i].pos) && tokens[i].text !== '-' && tokens[i].text !== "'s") near = false;
    if (!near && isVerb(tokens, words, i)) return null;
  }
  return null;
}

/** ", along with the helicopters of a private military group, attacked …": where an aside set off by commas at `i`, after a name,
 * ends (the word after its closing comma, where the name's verb stands), or `i` when none opens there. So is an apposition or
 * a relative clause: "X, an umbrella group of Iran-backed militias, claimed the attack", "X, who have used homemade bombs, were
 * blamed" (roles.ts perpetratorIn reads past it too). */
export function pastAside(tokens: readonly Token[], words: readonly string[], i: number): number {
  if (words[i] !== ',' || !(ASIDE_OPENERS.has(words[i + 1]) || APPOSITION_OPENERS.has(words[i + 1]))) return i;
  const end = tokens.length, s = tokens[i].sentence;
  for (let k = i + 2; k < end && k - i < 20 && tokens[k].sentence === s; k++) {
    if (words[k] !== ',') continue;
    let v = k + 1;
    while (v < end && tokens[v].pos === 'ADV') v++;
    if (isVerb(tokens, words, v) || tokens[v]?.pos === 'AUX') return k + 1;
  }
  return i;
}

/** What follows a mention: an active verb (it acts), a passive or a verb of suffering (it suffers), a verb of saying. */
export function voiceOf(m: ActorMention, tokens: readonly Token[], words: readonly string[]): Voice {
  const end = tokens.length;
  let i = m.tokEnd;
  const s = tokens[m.tokFirst].sentence;
  // A parenthesis or an apposition set off by commas ("HTS (formerly Nusra), …") is skipped.
  if (words[i] === '(') { let k = i + 1; while (k < end && k - i < 12 && words[k] !== ')') k++; if (words[k] === ')') i = k + 1; }
  i = pastAside(tokens, words, i);
  let thing = false;
  // "four individuals on motorcycles opened fire", "gunmen in military uniforms abducted": a short phrase of
  // place, vehicle or dress after the party is skipped to reach its verb.
  if (AFTER_PARTY_PREPS.has(words[i])) {
    let k = i + 1;
    while (k < end && k - i <= 4 && tokens[k].sentence === s && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k++;
    if (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN') {
      while (k + 1 < end && (tokens[k + 1].pos === 'NOUN' || tokens[k + 1].pos === 'PROPN') && k - i < 5) k++;
      if (isVerb(tokens, words, k + 1) || tokens[k + 1]?.pos === 'AUX') i = k + 1;
    }
  }
  for (let n = 0; n < 4 && i < end && tokens[i].sentence === s; n++, i++) {
    const w = words[i], p = tokens[i].pos;
    if ((SKIP_POS.has(p) && !PASSIVE_AUX.has(w)) || w === '"' || w === "'" || w === '”') continue;
    // "a police patrol came under fire", "an army convoy was ambushed": the head noun of a compound.
    if (n < 2 && COMPOUND_HEADS.has(w)) { if (INANIMATE_HEADS.has(w)) thing = true; continue; }
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
      // Round 39: "the rangers were on their way to the school when the device went off", "soldiers were patrolling the road when a
      // bomb exploded": a party under way when a blast or an ambush came is the one it hit (as PASSING above, told in the progressive).
      if ((TRAVELLING.has(words[j]) || (words[j] === 'on' && words[j + 2] === 'way')) && whenLater(words, j, end, s, tokens)) return 'victim';
      if (words[j] === 'among' || words[j] === 'reported' || words[j] === 'dead' || words[j] === 'wounded' || words[j] === 'injured' || words[j] === 'missing') return 'victim';
      return w === 'were' || w === 'was' || w === 'is' || w === 'are' ? (tokens[j]?.pos === 'VERB' ? 'active' : null) : null;
    }
    if (p === 'VERB' || p === 'AUX' || isVerb(tokens, words, i)) {
      if (w === 'came' && words[i + 1] === 'under') return 'passive';
      if (VICTIM_VERBS.has(w)) return 'victim';
      // world8: "a bomb went off as a police patrol passed": the party passing when a blast went off is the one it hit.
      if (PASSING.has(w) && WHEN_OPENERS.has(words[openerBefore(tokens, words, m.tokFirst)] ?? '')) return 'victim';
      // "three people killed and one injured": a participle with no object after it is a reduced passive.
      // ("killed and mutilated a man": coordinated verbs share the object that follows.) So are two harm participles
      // coordinated with no object after the second ("there were a number of people killed and injured").
      const after = words[i + 1] === 'and' || words[i + 1] === ',' ? i + 2 : i + 1;
      const sharedObject = tokens[after]?.pos === 'VERB' &&
        (!HARM_PARTICIPLES.has(words[after]) || OBJECT_START.has(tokens[after + 1]?.pos ?? '') || countAt(tokens, words, after + 1));
      if ((HARM_PARTICIPLES.has(w) || TAKEN_PARTICIPLES.has(w)) && !OBJECT_START.has(tokens[i + 1]?.pos ?? '') && !sharedObject && !countAt(tokens, words, i + 1)) return 'victim';
      // Round 34: …but an armed group that "triggered" a device set it off ("Maoists triggered an IED"): its doer.
      if (STRUCK.has(w) && !(w === 'triggered' && armedNonState(m))) { for (let j = i + 1; j < Math.min(end, i + 6); j++) if (MINE_WORDS.has(words[j])) return 'victim'; }
      // "X claimed responsibility", "X claimed the attack", "X claimed to have killed …": the claimant did it.
      if (w === 'claimed' && CLAIMED_WHAT.has(words[i + 1] ?? '')) return 'claim';
      // "X accepted / admitted / took / assumed responsibility for the bombings": the same claim in other words.
      if (OWNED_BY.has(w) && (words[i + 1] === 'responsibility' || words[i + 2] === 'responsibility' && tokens[i + 1]?.pos === 'ADJ')) return 'claim';
      if (SPEECH.has(w)) return 'speaker';
      if (w === 'have' || w === 'has' || w === 'had' || w === 'will' || w === 'would' || w === 'did' || w === 'had') continue;
      // "a police checkpoint detonated", "a military truck directed at the camp": a place or a thing does not act.
      return thing ? null : 'active';
    }
    return null;
  }
  return null;
}
