// story-actors: an incident whose own sentences name no attacker may take one from its story: the
// sentences told around it that name the perpetrator ("The device was planted by X.", "X claimed
// responsibility."), or the attacker of the incident of the same type told just before, when the later
// one continues that story (a few sentences on), or, for violence, the party the article itself holds
// responsible for its incidents ("sources attributed the strikes to X"). Never from another story.
import type { Doc } from '../../types.js';
import { findActorMentions } from './actors.js';
import type { MentionGroup } from './group-mentions.js';
import { perpetratorIn } from './roles.js';
import type { ActorMention } from './types.js';
import { extend } from '../extend.js';

/** How many sentences after an incident's last one may still name its perpetrator. */
const AFTER = 2;
/** How far on a later incident still continues the story of one told before it. */
const STORY_GAP = 3;

const NO_TRIGGERS: ReadonlySet<number> = new Set();
const BLAME_WORDS = new Set(['responsibility', 'claimed', 'claim', 'suspected', 'blamed', 'believed', 'thought', 'planted', 'carried', 'perpetrated', 'behind', 'attributed',
  'accused', 'orchestrated', 'committed', 'involved', 'responsible', 'blame', 'blames', 'blaming', 'accuse', 'accuses', 'accusing',
  // round 31: "police suspect X carried out …", "X said it had targeted …", "gunmen believed to belong to X"
  'suspect', 'suspects', 'targeted', 'belong',
  // round 32: "the attackers were Boko Haram fighters": who the attackers were, told by a copula (roles.ts attackersWere)
  'attackers', 'assailants', 'raiders', 'perpetrators', 'killers', 'abductors', 'kidnappers', 'culprits', 'identified']);
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
const ATTRIBUTING = new Set(['attributed', 'blamed', 'responsible']);
const PLURAL_INCIDENTS = new Set(['strikes', 'airstrikes', 'attacks', 'bombings', 'raids', 'killings', 'explosions', 'shelling', 'bombardment', 'bombardments', 'incidents']);

/** What a word can tell of blame: 1 a word of blame or claim, 2 an attributing verb, 4 a plural incident noun. */
const BLAME_FLAGS = new Map<string, number>();
for (const w of BLAME_WORDS) BLAME_FLAGS.set(w, 1);
for (const w of ATTRIBUTING) BLAME_FLAGS.set(w, (BLAME_FLAGS.get(w) ?? 0) | 2);
for (const w of PLURAL_INCIDENTS) BLAME_FLAGS.set(w, (BLAME_FLAGS.get(w) ?? 0) | 4);

/** Which sentences of an article can name a perpetrator (a word of blame or claim), read once each on
 * first need; and, on first need, those that attribute its incidents ("attributed the strikes to", round 33: "blamed the BRN"). */
class BlameIndex {
  private readonly blame: Int8Array;
  private attributing: number[] | undefined;
  constructor(private readonly doc: Doc, private readonly words: readonly string[]) {
    this.blame = new Int8Array(doc.sentences.length).fill(-1);
  }
  private flags(s: number): number {
    const sent = this.doc.sentences[s];
    let f = 0;
    for (let i = sent.firstToken; i < sent.endToken; i++) {
      const x = BLAME_FLAGS.get(this.words[i]);
      if (x) f |= x & 4 && this.words[i - 1] !== 'the' ? x & 3 : x;
    }
    return f;
  }
  has(s: number): boolean {
    if (this.blame[s] < 0) this.blame[s] = this.flags(s) & 1 ? 1 : 0;
    return this.blame[s] === 1;
  }
  get attribution(): number[] {
    if (!this.attributing) {
      // Those that attribute incidents in the plural first ("attributed the strikes to X"); round 33: then those whose verb of blame
      // has no incident noun ("A security spokesman blamed the BRN, the main insurgent group in the region."): perpetratorIn reads
      // the blame's object there only when the sentence ends on it or on a relative clause about it. Each sentence's words read once.
      const plural: number[] = [], bare: number[] = [];
      for (let s = 0; s < this.doc.sentences.length; s++) {
        const f = this.flags(s) & 6;
        if (f === 6) plural.push(s);
        else if (f === 2) bare.push(s);
      }
      this.attributing = [...plural, ...bare];
    }
    return this.attributing;
  }
}

/** The perpetrator a sentence names (perpetratorIn), read from the sentence's parties. */
function perpetratorOf(doc: Doc, words: readonly string[], s: number): ActorMention | null {
  const sent = doc.sentences[s];
  return perpetratorIn(findActorMentions(doc.text, doc.tokens, words, sent.firstToken, sent.endToken, NO_TRIGGERS), doc.tokens, words);
}

/** The perpetrator named in the incident's sentences or the two after them. */
function perpetratorAround(doc: Doc, words: readonly string[], inc: MentionGroup, index: BlameIndex): ActorMention | null {
  const first = inc.mentions[0]?.sentence ?? inc.last;
  const last = Math.min(doc.sentences.length - 1, inc.last + AFTER);
  for (let s = first; s <= last; s++) {
    // Only a sentence with a word of blame or claim can name a perpetrator.
    if (!index.has(s)) continue;
    const found = perpetratorOf(doc, words, s);
    if (found) return found;
  }
  return null;
}

/** The party that claims responsibility for the incident in its sentences or the two after them ("X accepted
 * responsibility for the bombings"); a claim of something else ("the army claimed to have hit three gunmen") is not one. */
function claimantAround(doc: Doc, words: readonly string[], inc: MentionGroup): ActorMention | null {
  const first = inc.mentions[0]?.sentence ?? inc.last;
  const last = Math.min(doc.sentences.length - 1, inc.last + AFTER);
  for (let s = first; s <= last; s++) {
    const sent = doc.sentences[s];
    let says = false;
    for (let i = sent.firstToken; i < sent.endToken && !says; i++) says = words[i] === 'responsibility';
    if (!says) continue;
    const found = perpetratorOf(doc, words, s);
    if (found?.role === 'actor.claimed-responsibility') return found;
  }
  return null;
}

/** The sub-types of a device set off or thrown: an unclaimed one is an armed group's (codebook), never a state's unnamed men's. */
const DEVICES = new Set(['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade']);
/** The incident's attacker: its own, else the one its story names. An unnamed one ("militants") gives way
 * to a group named around it as the perpetrator ("JNIM claimed responsibility"). */
export function attackerOf(doc: Doc, words: readonly string[], inc: MentionGroup, story: StoryActors): ActorMention | null {
  const own = inc.actor1;
  // A party read only as the nearest name before the trigger gives way to one that claims the incident
  // ("The Provisional IRA accepted responsibility for the bombings"): a claim names the perpetrator.
  if (own && own.role === 'actor.nearest-before') {
    const claimant = claimantAround(doc, words, inc);
    if (claimant) return claimant;
  }
  // Round 31: an unnamed gang too ("gunmen" where gangs fight: Unidentified Gang), as claimed-by.ts reads it.
  // Round 33: and civilians read as the attacker ("ten civilians were killed …": the victims, misread as the subject), whom the
  // settled actors would give no party at all.
  // …and a state's unnamed men read as a planted device's or a bomber's attacker ("two soldiers were killed when a roadside bomb
  // hit their patrol"): such a device is an armed group's unless a named party is told to have set it (codebook).
  const unnamedForce = (own?.generic === 'military' || own?.generic === 'police') && DEVICES.has(inc.lead.typed.subEventType);
  // Round 41: unnamed rebels too ("Suspected rebels hacked and shot dead nine civilians … The army blamed the ADF"), as the other
  // unnamed armed kinds.
  if (own && !unnamedForce && !(own.generic === 'armed' || own.generic === 'person' || own.generic === 'islamist' || own.generic === 'rebels' || own.generic === 'gang' ||
    own.generic === 'civilians')) return own;
  const named = perpetratorAround(doc, words, inc, story.index());
  // Round 32: …and to a people's armed men named so ("police said the attackers were suspected Fulani herdsmen": ACLED's
  // "Fulani Ethnic Militia"), who are named by who they are, as a group is by its name.
  // Round 33: …and, with none named around it, to the one the article blames for its incidents, wherever it tells the blame
  // ("The army blamed the ADF for the killings" in the last paragraph): an unnamed attacker is who the report says it was.
  if (own) {
    const blamed = named ?? story.attributedInArticle(inc);
    return blamed && (!blamed.generic || blamed.generic === 'communal') ? blamed : own;
  }
  return named ?? story.carried(inc) ?? story.attributedInArticle(inc) ?? story.soleAttacker(inc);
}

const isState = (a: ActorMention): boolean => a.inter === 1 || a.name.startsWith('Military Forces of ') || a.name.startsWith('Police Forces of ');

/** Whether a victim is of the attacker's side: the same party, or unnamed forces ("soldiers", "police") and a state's. */
function sameSide(victim: ActorMention | null, attacker: ActorMention): boolean {
  if (!victim) return false;
  if (!victim.generic) return victim.name === attacker.name;
  return isState(attacker) && (victim.generic === 'military' || victim.generic === 'police');
}

/** Per article: the attackers told so far by event type (with the sentences each was told in), and the
 * article's blame and attribution sentences, found on first need. */
export class StoryActors {
  private last = new Map<string, { actor: ActorMention; first: number; last: number }>();
  private wide: ActorMention | null | undefined;
  private blame: BlameIndex | undefined;

  private sole: ActorMention | null | undefined;
  private readonly soleTypes = new Set<string>();

  constructor(private readonly doc: Doc, private readonly words: readonly string[], private readonly incidents: readonly MentionGroup[] = []) {}

  /** An article that names one attacker only, a named party, for all of its violent incidents ("Israeli
   * forces threatened …", "an Israeli strike hit …"): a violent incident of it that no sentence attributes
   * is that party's, unless that party is the one it was done to. */
  soleAttacker(inc: MentionGroup): ActorMention | null {
    if (!VIOLENT.has(inc.lead.typed.eventType)) return null;
    if (this.sole === undefined) {
      this.sole = null;
      for (const o of this.incidents) {
        const a = o.actor1;
        if (!a || a.generic || !VIOLENT.has(o.lead.typed.eventType)) continue;
        if (this.sole && this.sole.name !== a.name) { this.sole = null; break; }
        this.sole ??= a;
        this.soleTypes.add(o.lead.typed.eventType);
      }
    }
    // Only for violence of a kind the article gives that party; never a state's for a planted device (codebook:
    // an unclaimed bomb is an unidentified armed group's).
    if (!this.sole || sameSide(inc.actor2, this.sole)) return null;
    if (DEVICES.has(inc.lead.typed.subEventType) && isState(this.sole)) return null;
    return extend(this.sole, { role: 'actor.sole-attacker-in-article' });
  }

  index(): BlameIndex {
    return (this.blame ??= new BlameIndex(this.doc, this.words));
  }

  /** "All sources attributed the strikes to Israeli forces": a party the article holds responsible for its
   * incidents in the plural (round 33: or blames with no deed noun, "blamed the BRN, the main insurgent group"), for a violent
   * incident no sentence of its own story attributes. */
  attributedInArticle(inc: MentionGroup): ActorMention | null {
    if (!VIOLENT.has(inc.lead.typed.eventType)) return null;
    if (this.wide === undefined) {
      this.wide = null;
      for (const s of this.index().attribution) if ((this.wide = perpetratorOf(this.doc, this.words, s))) break;
    }
    return this.wide ? extend(this.wide, { role: 'actor.attributed-in-article' }) : null;
  }

  /** The attacker of the story this incident continues (told within a few sentences of it), if it continues one. */
  carried(inc: MentionGroup): ActorMention | null {
    const prev = this.last.get(inc.lead.typed.eventType);
    const first = inc.mentions[0]?.sentence ?? inc.last;
    if (!prev || first > prev.last + STORY_GAP || inc.last < prev.first - STORY_GAP) return null;
    return extend(prev.actor, { role: 'actor.carried-from-story' });
  }

  told(inc: MentionGroup, actor: ActorMention | null): void {
    if (actor) this.last.set(inc.lead.typed.eventType, { actor, first: inc.mentions[0]?.sentence ?? inc.last, last: inc.last });
  }
}
