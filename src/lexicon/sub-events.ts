// ACLED's 25 sub-event types with their event types, the codebook's definition, the decisive cue and
// the near neighbours each must be kept apart from, and the cue rules that type a sentence: the form of
// a rule here, the rows in one file per event type (sub-events-battles.ts, -remote.ts, -civilians.ts,
// -protests.ts, -riots.ts, -strategic.ts).
// Labels are ACLED's exact wording; definitions paraphrase the ACLED Codebook (2023, "Event Types and
// Sub-Event Types"; the 2024 edition keeps them). Provenance: written for this project.
//
// A rule fires when every concept in `all` occurs in the sentence, at least one of `any` (when given)
// and none of `none`; the first concept of `all` gives the trigger. The highest score wins; a tie goes
// to the earliest trigger. Scores encode ACLED's precedence: the more specific weapon or form of
// violence beats the generic one (a suicide bombing is not coded as a remote explosive; a protest met
// with lethal force is not a peaceful protest). Every rule has a stable dotted `id` (shown in
// `why.type` and `sitrep extract --explain`) and a one-line `why` citing the definition it implements.
import type { EventType } from '../types.js';
import type { Concept } from './event-cues.js';
import { BATTLES } from './sub-events-battles.js';
import { REMOTE_VIOLENCE } from './sub-events-remote.js';
import { VIOLENCE_AGAINST_CIVILIANS } from './sub-events-civilians.js';
import { PROTESTS } from './sub-events-protests.js';
import { RIOTS } from './sub-events-riots.js';
import { STRATEGIC_DEVELOPMENTS } from './sub-events-strategic.js';

/** The parties typing tells apart (concept-roles.ts): state forces, non-state armed groups, crowds of
 * people, civilians, a force's posts and vehicles, and no one named. */
export type Party = 'state' | 'nonstate' | 'crowd' | 'civilian' | 'target' | 'unknown';

export interface SubEventRule {
  /** The rule's name in `why.type` and `--explain`: stable, dotted. */
  id: string;
  /** The codebook definition (or general fact of news wording) the rule implements, in one line. */
  why: string;
  all: Concept[];
  any?: Concept[];
  none?: Concept[];
  /** Who acts (typing.ts `partiesOf`): the nearest party named before the trigger (else after it), or in a
   * passive the one after "by"; 'unknown' when no party is named as the agent. */
  agent?: Party | Party[];
  /** Who is acted on: the first party named after the trigger, or in a passive the one before it. */
  patient?: Party[];
  /** A concept that must stand close to the trigger, as its object ("captured the town", "weapons seized"). */
  object?: Concept;
  /** Who does the act the rule reads besides its trigger (typing.ts, act-agents.ts): the agent of the first word of
   * `concept`, read as `agent` is, must not be one of `notBy` ("prison guards threw tear gas at protesting inmates":
   * the throwing is the guards', no violence of the demonstrators), or must be one of `by`; with `finite`, the act
   * must be told by a finite verb ("clashed", not "the clashes"), whose subject can be read. */
  act?: { concept: Concept; notBy?: Party[]; by?: Party[]; finite?: boolean };
  /** case4: how far from its verb the object may stand (typing.ts OBJECT_WINDOW when not given): "drove the rebels from
   * the village". */
  reach?: number;
  /** protest6: the trigger takes an object or names its doer after "by" ("villagers killed a suspected thief", "was
   * beaten to death by a crowd"), not a headline's passive with no doer ("family members killed in the attack"). */
  transitive?: boolean;
  /** The word the incident is told by, when it is not the first of `all`: 'any', the earliest of the `any` concepts told
   * ("took control of the town after the troops withdrew": the taking is the incident, and its doer actor1). */
  triggerFrom?: 'any';
  /** strat7: the object must follow the trigger ("destroyed a cache of explosives", never "the explosives destroyed a house"),
   * as the territory objects always do. */
  objectAfter?: boolean;
  /** gap7: the agent is the subject named before an active trigger (or a passive's "by" party), never a party read after an
   * active verb, which is its object ("called on the government to declare an emergency"). */
  subjectAgent?: boolean;
  /** dwu14: the object must be the passive subject of the trigger, named just before "was / were / has been" and it ("a drone
   * was destroyed over the region"), never the active verb's subject ("a drone destroyed a tank"); within `reach` words of it when
   * the rule sets one (round 44: a subject with its modifier, "a man accused of snatching a phone at the bus park was beaten"). */
  passiveObject?: boolean;
  /** acled16: the rule's mentions are grouped and told again as a Disrupted weapons use's are, though it types them otherwise
   * (`loot.group-takes-weapons`: weapons a group took, once read as Disrupted weapons use): an instrument or a seizure that
   * "in/for/from the <incident>" joins to that incident (told-again.ts `instrumentLike`), and joined to no incident of
   * another kind (group-sites.ts `compatible`, `kindOf`); the rule changes their type, not which incident they join. */
  groupsAsDisrupted?: boolean;
  /** case9p, prot14, force17: the rule reads deaths, serious injuries or a state force's blows on demonstrators, so told in the
   * sentence after a dispersal it makes that dispersal Excessive force against protesters (group-mentions.ts `turnsDeadly`;
   * codebook: Protest with intervention is a dispersal without serious or lethal injuries). Force alone (rubber bullets,
   * injuries beside a dispersal's means) does not. */
  deadlyAfterDispersal?: boolean;
  score: number;
}

export interface SubEventDef {
  subEventType: string;
  eventType: EventType;
  /** The codebook's definition, paraphrased. */
  definition: string;
  /** Who acts, on whom, with what: the cue that decides this sub-type. */
  decisive: string;
  /** The sub-types it is most often confused with, and what tells them apart. */
  neighbours: string;
  rules: SubEventRule[];
}

/** The 25 sub-event types, in the codebook's order: one file per event type. */
export const SUB_EVENTS: SubEventDef[] = [...BATTLES, ...REMOTE_VIOLENCE, ...VIOLENCE_AGAINST_CIVILIANS, ...PROTESTS, ...RIOTS, ...STRATEGIC_DEVELOPMENTS];

export const EVENT_TYPE_OF: ReadonlyMap<string, EventType> = new Map(SUB_EVENTS.map((d) => [d.subEventType, d.eventType]));

/** The ids of the rules marked `groupsAsDisrupted`, which the events stage reads by a mention's `why.type` rule. */
/** The ids of the rules marked `deadlyAfterDispersal`, which the events stage reads by a mention's `why.type` rule. */
export const DEADLY_AFTER_DISPERSAL: ReadonlySet<string> = new Set(SUB_EVENTS.flatMap((d) => d.rules.filter((r) => r.deadlyAfterDispersal).map((r) => r.id)));
export const GROUPED_AS_DISRUPTED: ReadonlySet<string> = new Set(SUB_EVENTS.flatMap((d) => d.rules.filter((r) => r.groupsAsDisrupted).map((r) => r.id)));
