// The events stage's shared types, in one file that imports no stage module's values: a sentence's
// reading (Mention), its site (Site and its drafts and holders), its parties (ActorMention). The modules
// that make and read them import from here, so no two of them import each other.
import type { Actor, EventLocation, Place, Reason, Span } from '../../types.js';
import type { GenericKind, InterCode } from '../../lexicon/actors.js';
import type { Kind, Link } from '../places/hierarchy.js';
import type { DateReading } from './date-calendar.js';
import type { Told } from './tolls.js';
import type { Typed } from './typing.js';

export interface Site {
  location: EventLocation;
  /** Introduced by a locative preposition (in, at, near, outside...), not merely named. */
  locative: boolean;
  /** Told as part of the town ("the outskirts of X", "a suburb of X"): near X, but at X, not somewhere around it. */
  part?: boolean;
  /** Told across a whole province ("throughout X province"): the towns told later do not narrow it (precision-rules.ts). */
  spread?: boolean;
  /** Token indexes of the place, [first, end). */
  first: number;
  end: number;
  /** The rules that chose the place and its precision, and the words they matched. */
  why?: Reason[];
}

/** A place that holds a site in the text ("X (Y, Z)": Y then Z), with the kind word after it. */
export interface HeldBy {
  place: Place;
  kind: Kind | null;
  link: Link;
}

/** A site while its sentence is read: its own reading, the kind word after it and its holders. */
export interface Draft extends Site {
  kind: Kind | null;
  holders: HeldBy[];
  /** The name was not found or not resolved: the site stands at its holder. */
  unknown?: UnknownChild;
  /** The first token of the words naming the site ("the village near Bagram Air Base"). */
  phrase: number;
  /** Words before the name put the site near it, not in it ("near X", "10 km from X", "the outskirts of X"). */
  near?: boolean;
}

/** The unknown name before token `a` joined to the place at `a` ("Kipulu village (", "Dansadau in", "the Al Nasr neighbourhood of"). */
export interface UnknownChild {
  start: number;
  end: number;
  text: string;
  /** Its first token. */
  first: number;
  link: Link;
  kind: Kind | null;
}

export interface ActorMention extends Actor {
  tokFirst: number;
  tokEnd: number;
  /** An unnamed party, named from the incident's country (and, for a `person`, its role) in settle-actors.ts. */
  generic?: GenericKind;
  /** A demonym standing as an adjective on the next word ("Israeli airstrikes"). */
  modifier?: boolean;
  /** The lexicon row or rule that found it: `group.al-shabaab`, `actor.demonym-force`, `generic.police`. */
  rule: string;
  /** ACLED actor type of a named group. */
  inter?: InterCode;
  /** A group named with the incident's country ("Islamic State (Nigeria)"). */
  perCountry?: boolean;
  /** An identity militia: its people or clan ("Fulani") and ACLED's kind of identity militia. */
  label?: string;
  style?: 'Ethnic' | 'Clan' | 'Tribal' | 'Communal';
  /** The role rule that chose it for an incident (roles.ts): `actor.passive-by`, `actor.target-object`. */
  role?: string;
  /** As actor1: the parties named acting with it (roles.ts), carried with it through fusion. */
  assoc?: ActorMention[];
}

/** What a mention tells of an incident, and what an incident gathers from its mentions. */
export interface EventFacts {
  site: Site | null;
  date: DateReading | null;
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  dead: Told | null;
  injured: Told | null;
}

export interface Mention extends EventFacts {
  sentence: number;
  typed: Typed;
  /** Figures of the sentence left out of every toll (tallies, past deeds), and the rules that left them out. */
  excluded: Reason[];
  /** Its incident word names an incident already told: "the bombing", "the same airstrike", "this attack". */
  definite: boolean;
  /** probe5 (told-again.ts): an instrument or seizure told "in/for/from the <incident>": the token span of that reference. */
  retold?: { first: number; end: number };
  /** probe5 (told-again.ts): its trigger lies inside a claim's content (someone's account of it). */
  account?: boolean;
  /** …of a denial's content ("denied that civilians had been killed"): the incident it disputes, told again. */
  denied?: boolean;
  /** Read from one clause of a sentence split in two incidents (clauses.ts): its count is its own, never another's told again. */
  clause?: boolean;
  /** With no named place: the words naming its site ("at the busy bus station", "across the city"), placed where the story is. */
  nominal?: Span & { text: string };
  /** Told as one more of the story's acts: "also" in its verb group ("a pumping station nearby was also damaged"). */
  also?: boolean;
}

/** `m` read as `typed`. Every mention is built with all its fields, in this order (mentions.ts), and never spread
 * (`{ ...m, typed }`): V8 gives a spread copy another hidden class, and the code reading both kinds was optimised again. */
export function withTyped(m: Mention, typed: Typed): Mention {
  return { sentence: m.sentence, typed, site: m.site, date: m.date, actor1: m.actor1, actor2: m.actor2, dead: m.dead, injured: m.injured,
    excluded: m.excluded, definite: m.definite, retold: m.retold, account: m.account, denied: m.denied, clause: m.clause, nominal: m.nominal, also: m.also };
}

/** How one sentence was read (for `--explain`): the typing rule that fired on it and, when the sentence
 * reports no incident, the non-event rule that said so. */
export interface SentenceReading {
  start: number;
  end: number;
  subEventType: string;
  rule: string;
  trigger: string;
  notAnEvent: string | null;
}
