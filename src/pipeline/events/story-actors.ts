// story-actors: an incident whose own sentences name no attacker may take one from its story: the
// sentences told around it that name the perpetrator ("The device was planted by X.", "X claimed
// responsibility."), or the attacker of the incident of the same type told just before, when the later
// one continues that story (a few sentences on). Never from a story told elsewhere in the article.
import type { Doc } from '../../types.js';
import { findActorMentions, type ActorMention } from './actors.js';
import type { Incident } from './fuse.js';
import { perpetratorIn } from './roles.js';

/** How many sentences after an incident's last one may still name its perpetrator. */
const AFTER = 2;
/** How far on a later incident still continues the story of one told before it. */
const STORY_GAP = 3;

const NO_TRIGGERS: ReadonlySet<number> = new Set();
const BLAME_WORDS = new Set(['responsibility', 'claimed', 'claim', 'suspected', 'blamed', 'believed', 'thought', 'planted', 'carried', 'perpetrated', 'behind', 'attributed',
  'accused', 'orchestrated', 'committed', 'involved', 'responsible']);

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
const ATTRIBUTING = new Set(['attributed', 'blamed', 'responsible']);
const PLURAL_INCIDENTS = new Set(['strikes', 'airstrikes', 'attacks', 'bombings', 'raids', 'killings', 'explosions', 'shelling', 'bombardment', 'bombardments', 'incidents']);

/** The first sentence of the article that attributes its incidents, in the plural, to a party. */
function attributionOf(doc: Doc, words: readonly string[]): ActorMention | null {
  for (const sent of doc.sentences) {
    let attributes = false, plural = false;
    for (let i = sent.firstToken; i < sent.endToken; i++) {
      if (ATTRIBUTING.has(words[i])) attributes = true;
      else if (PLURAL_INCIDENTS.has(words[i]) && words[i - 1] === 'the') plural = true;
    }
    if (!attributes || !plural) continue;
    const found = perpetratorIn(findActorMentions(doc.text, doc.tokens, words, sent.firstToken, sent.endToken, NO_TRIGGERS), doc.tokens, words);
    if (found) return found;
  }
  return null;
}

/** The perpetrator named in the incident's sentences or the two after them. */
export function perpetratorAround(doc: Doc, words: readonly string[], inc: Incident): ActorMention | null {
  const first = inc.mentions[0]?.sentence ?? inc.last;
  const last = Math.min(doc.sentences.length - 1, inc.last + AFTER);
  for (let s = first; s <= last; s++) {
    const sent = doc.sentences[s];
    // Only a sentence with a word of blame or claim can name a perpetrator: most are passed over on a Set look-up a word.
    let cue = false;
    for (let i = sent.firstToken; i < sent.endToken && !cue; i++) cue = BLAME_WORDS.has(words[i]);
    if (!cue) continue;
    const found = perpetratorIn(findActorMentions(doc.text, doc.tokens, words, sent.firstToken, sent.endToken, NO_TRIGGERS), doc.tokens, words);
    if (found) return found;
  }
  return null;
}

/** The incident's attacker: its own, else the one its story names. An unnamed one ("militants") gives way
 * to a group named around it as the perpetrator ("JNIM claimed responsibility"). */
export function attackerOf(doc: Doc, words: readonly string[], inc: Incident, story: StoryActors): ActorMention | null {
  const own = inc.actor1;
  if (own && !(own.generic === 'armed' || own.generic === 'person' || own.generic === 'islamist')) return own;
  const named = perpetratorAround(doc, words, inc);
  if (own) return named && !named.generic ? named : own;
  return named ?? story.carried(inc) ?? story.attributedInArticle(inc);
}

/** The attackers told so far in an article, by event type, with the sentence each was last told in. */
export class StoryActors {
  private last = new Map<string, { actor: ActorMention; first: number; last: number }>();
  private wide: ActorMention | null | undefined;

  constructor(private readonly doc?: Doc, private readonly words?: readonly string[]) {}

  /** "All sources attributed the strikes to Israeli forces": a party the article holds responsible for its
   * incidents in the plural, for a violent incident no sentence of its own story attributes. */
  attributedInArticle(inc: Incident): ActorMention | null {
    if (!VIOLENT.has(inc.lead.typed.eventType) || !this.doc || !this.words) return null;
    if (this.wide === undefined) this.wide = attributionOf(this.doc, this.words);
    return this.wide ? { ...this.wide, role: 'actor.attributed-in-article' } : null;
  }

  /** The attacker of the story this incident continues (told within a few sentences of it), if it continues one. */
  carried(inc: Incident): ActorMention | null {
    const prev = this.last.get(inc.lead.typed.eventType);
    const first = inc.mentions[0]?.sentence ?? inc.last;
    if (!prev || first > prev.last + STORY_GAP || inc.last < prev.first - STORY_GAP) return null;
    return { ...prev.actor, role: 'actor.carried-from-story' };
  }

  told(inc: Incident, actor: ActorMention | null): void {
    if (actor) this.last.set(inc.lead.typed.eventType, { actor, first: inc.mentions[0]?.sentence ?? inc.last, last: inc.last });
  }
}
