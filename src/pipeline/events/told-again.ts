// told-again (probe5): a sentence that tells an incident already read once more, from another side, is that
// incident, not a second one beside it, whatever kind its own words would type it as. ACLED codes one event per
// incident (codebook, "one event, one day, one location"): the weapon it was done with, the arms picked up after
// it, and the acting party's own account of it are parts of it.
//   - a definite reference to an incident ("in the assault", "for the ambush", "from the spot"), told beside an
//     instrument or a seizure ("the attackers used explosives in the assault", "two rifles were recovered from the
//     spot"): the instrument or the aftermath of the incident the reference names (`retold.instrument-of-told`);
//   - the acting party's own account of what it did, told as its claim with no toll, place or day of its own
//     ("The army said it had targeted a commander", "denied targeting civilians, saying it struck a base"):
//     the same incident told by its actor (`retold.actor-account`);
//   - a denial's content ("a spokesman denied that civilians had been killed") after the incident was told: what is
//     denied is that incident, disputed, not a second one (`retold.denied`).
// Provenance: general news phrasing; written from invented reports (probe5), no eval row.
import type { Claim, Doc } from '../../types.js';
import type { Mention } from './types.js';
import type { Typed } from './typing.js';
import { GROUPED_AS_DISRUPTED } from '../../lexicon/sub-events.js';
import { tokenAt } from './location.js';
import { OWN_POSSESSIVE, ownForcesAfter } from './roles.js';

export interface RetoldRule { id: string; why: string }
export const RETOLD_RULES = {
  instrument: { id: 'retold.instrument-of-told', why: 'an instrument or a seizure told "in/for/from the <incident>" already read is part of that incident, not a new one (ACLED: one event per incident)' },
  account: { id: 'retold.actor-account', why: "the acting party's own account of its act, with no toll, place or day of its own, is the incident already read, not a second one" },
  denied: { id: 'retold.denied', why: "a denial's content (\"denied that civilians had been killed\"), with no toll, place or day of its own, disputes the incident already read: no second one (ACLED: one event per incident)" },
} as const satisfies Record<string, RetoldRule>;

/** The prepositions by which a sentence points back at an incident as the setting of what it tells. */
// Not "after": "hours after the attack, a second bomb went off" tells another blast.
const PREPS: ReadonlySet<string> = new Set(['in', 'during', 'for', 'from', 'at', 'behind']);
const DETS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'same']);
/** Nouns that name an incident, or the spot where one happened (general English; singular forms). */
const INCIDENT_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'assault', 'ambush', 'raid', 'bombing', 'blast', 'explosion', 'strike', 'airstrike', 'clash', 'clashes', 'fighting',
  'shooting', 'incident', 'encounter', 'gunfight', 'firefight', 'operation', 'offensive', 'massacre', 'killing', 'killings',
  'scene', 'spot', 'site',
]);
/** At most this many modifiers between the determiner and the noun: "the [deadly dawn] assault". */
const MODS = 3;

/** A definite reference to an incident in sentence tokens [from, to), other than the mention's own trigger (an
 * incident word told definitely is group-mentions' `definite` telling): the token span "in the assault", or null. */
export function definiteReference(doc: Doc, words: readonly string[], from: number, to: number,
  trigger: { first: number; end: number }): { first: number; end: number } | null {
  for (let i = from; i < to - 2; i++) {
    if (!PREPS.has(words[i]) || !DETS.has(words[i + 1])) continue;
    for (let k = i + 2; k < Math.min(to, i + 3 + MODS); k++) {
      if (INCIDENT_NOUNS.has(words[k])) return k >= trigger.first && k < trigger.end ? null : { first: i, end: k + 1 };
      const pos = doc.tokens[k].pos;
      if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM') break;
    }
  }
  return null;
}

const DISRUPTED = 'Disrupted weapons use';

/** Whether m's own words are an instrument or a seizure (not an act told with its own verb: "troops shelled the
 * village in retaliation for the attack" is a new incident). `trigger` pos from the doc. */
export function instrumentLike(doc: Doc, typed: Typed): boolean {
  // acled16: so are the mentions of a rule told again as one (`groupsAsDisrupted`, weapons a group took): "seized weapons in
  // the attack" are that attack's spoils.
  if (typed.subEventType === DISRUPTED || GROUPED_AS_DISRUPTED.has(typed.rule)) return true;
  return doc.tokens[typed.trigger.first].pos !== 'VERB';
}

/** The first token of a claim's content, past "that", a comma and an auxiliary; undefined when it has none. */
function contentOpening(doc: Doc, c: Claim): Doc['tokens'][number] | undefined {
  // From the content's first token by binary search: a scan from the article's start per claim is quadratic in a long article.
  for (let k = tokenAt(doc.tokens, c.content.start); k < doc.tokens.length && doc.tokens[k].start < c.content.end; k++) {
    const x = doc.tokens[k];
    // world8: a wire's day after the speech verb ("the army said Tuesday it had retaken …") is when it spoke, not its content.
    if (x.start >= c.content.start && !/^(?:that|,|had|has|have|on|late|early|earlier|today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(x.text)) return x;
  }
  return undefined;
}
/** The source tells of itself: its content opens with a pronoun of its own ("said it had targeted", "said they
 * returned fire") or with a gerund whose subject is the source ("denied targeting civilians"). */
const SELF = new Set(['it', 'they', 'we', 'its', 'their', 'our']);
function ofItself(t: Doc['tokens'][number] | undefined): boolean {
  if (!t) return false;
  const w = t.text.toLowerCase();
  return SELF.has(w) || (t.pos === 'VERB' && w.endsWith('ing'));
}
/** Whether the claim's content opens with the source's own pronoun as its subject ("the army said it had recaptured
 * the town"): the source is the subject of what it tells (index.ts keeps its words a party of the sentence). */
export function speaksOfItself(doc: Doc, c: Claim, t: Doc['tokens'][number] | undefined = contentOpening(doc, c)): boolean {
  const w = t?.text.toLowerCase();
  if (w === 'it' || w === 'they' || w === 'we') return true;
  // fix15: "the Taliban said its fighters killed eight soldiers", "the army said its forces had retaken the town": the source's
  // own forces, told by its possessive, act for it (codebook: an event is coded with the group whose forces acted; a
  // spokesman speaking for it is no party). Its words stay a party of the sentence, the actor whose forces the pronoun names.
  if (!t || !OWN_POSSESSIVE.has(w!)) return false;
  const k = doc.tokens.indexOf(t);
  const next = (n: number) => doc.tokens[k + n]?.text.toLowerCase() ?? '';
  return ownForcesAfter([w!, next(1), next(2)], 0) > 0;
}


/** The first token of each claim's content (by the claims' order), read once per article for both its readers: the sources
 * that act (index.ts, speaksOfItself) and markAccounts (each was a binary search and a scan per claim). */
export function contentOpenings(doc: Doc, claims: readonly Claim[]): Array<Doc['tokens'][number] | undefined> {
  const out: Array<Doc['tokens'][number] | undefined> = [];
  for (const c of claims) out.push(contentOpening(doc, c));
  return out;
}

/** Marks each mention whose trigger lies inside the content of a claim in which its source tells of its own acts,
 * or of a denial (what is denied was reported before: `denied`). `openings`: contentOpenings of the claims. */
export function markAccounts(doc: Doc, mentions: Mention[], claims: readonly Claim[],
  openings: ReadonlyArray<Doc['tokens'][number] | undefined> = contentOpenings(doc, claims)): void {
  if (!claims.length || !mentions.length) return;
  const own = claims.filter((_, k) => ofItself(openings[k])), denials = claims.filter((c) => c.stance === 'denies');
  if (!own.length && !denials.length) return;
  const inside = (cs: readonly Claim[], at: number) => cs.some((c) => c.content.start <= at && at < c.content.end);
  for (const m of mentions) {
    const at = doc.tokens[m.typed.trigger.first].start;
    if (inside(own, at)) m.account = true;
    else if (inside(denials, at)) m.account = m.denied = true;
  }
}
