// ACLED's 25 sub-event types with their event types, a short definition, and the cue rules that type a
// sentence. Labels are ACLED's exact wording; definitions paraphrase the ACLED Codebook (2023), §3.
// A rule fires when every concept in `all` occurs in the sentence, at least one of `any` (when given)
// and none of `none`; the first concept of `all` gives the trigger. The highest score wins; a tie goes
// to the earliest trigger. Scores encode ACLED's precedence: the more specific weapon or form of
// violence beats the generic one (a suicide bombing is not coded as a remote explosive; a protest met
// with lethal force is not a peaceful protest). Provenance: written for this project.
import type { EventType } from '../types.js';
import type { Concept } from './event-cues.js';

export interface SubEventRule {
  /** The rule's name in `why.type` and `--explain` (defaults to the sub-type's slug and the rule's place in its list). */
  id?: string;
  all: Concept[];
  any?: Concept[];
  none?: Concept[];
  /** Who acts, read from the nearest force or group named before the trigger (else after it). */
  agent?: 'state' | 'nonstate';
  /** A concept that must stand close to the trigger, as its object ("captured the town", "weapons seized"). */
  object?: Concept;
  score: number;
}

export interface SubEventDef {
  subEventType: string;
  eventType: EventType;
  definition: string;
  rules: SubEventRule[];
}

const VIOLENT: Concept[] = ['ATTACK', 'KILL', 'HARM', 'DESTROY', 'CLASH', 'CLASH_WEAK'];

export const SUB_EVENTS: SubEventDef[] = [
  { subEventType: 'Armed clash', eventType: 'Battles',
    definition: 'Armed, organised groups engage each other and neither side gains or loses territory.',
    rules: [{ all: ['CLASH'], any: ['STATE_FORCE', 'TARGET_MIL', 'MILITANT', 'ARMED', 'KILL', 'HARM'], none: ['PROTEST', 'MOB'], score: 72 },
      { all: ['CLASH'], none: ['PROTEST', 'RIOT'], score: 64 },
      { all: ['CLASH_WEAK', 'MILITANT'], any: ['STATE_FORCE', 'TARGET_MIL'], none: ['PROTEST'], score: 70 },
      { all: ['CLASH_WEAK', 'ARMED', 'STATE_FORCE'], none: ['PROTEST', 'CIVILIAN'], score: 67 },
      // "Russian forces attacked positions held by Ukrainian troops": forces attacking a military target fight a battle.
      { all: ['CLASH_WEAK', 'TARGET_MIL', 'STATE_FORCE'], object: 'TARGET_MIL', none: ['PROTEST'], score: 68 },
      { all: ['KILL', 'STATE_FORCE', 'MILITANT'], none: ['CIVILIAN', 'PROTEST'], score: 58 }] },
  { subEventType: 'Government regains territory', eventType: 'Battles',
    definition: 'Government forces or their affiliates win control of a location held by a non-state group.',
    rules: [{ all: ['TAKE_TERRITORY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'state', none: ['ARREST'], score: 84 },
      { all: ['REGAIN'], agent: 'state', score: 84 }, { all: ['REGAIN'], none: ['MILITANT', 'ARMED'], score: 66 }] },
  { subEventType: 'Non-state actor overtakes territory', eventType: 'Battles',
    definition: 'A non-state armed group or foreign force wins control of a location by force.',
    rules: [{ all: ['TAKE_TERRITORY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'nonstate', none: ['ARREST'], score: 84 },
      { all: ['OVERTAKE', 'MILITANT'], none: ['REGAIN'], score: 82 },
      { all: ['OVERTAKE'], none: ['REGAIN', 'ARREST'], score: 64 },
      { all: ['OVERTAKE_WEAK', 'MILITANT'], any: ['CLASH', 'CLASH_WEAK'], none: ['REGAIN', 'ARREST', 'WEAPON_SEIZE'], score: 66 }] },
  { subEventType: 'Chemical weapon', eventType: 'Explosions/Remote violence',
    definition: 'Chemical weapons are used in warfare, without any other engagement.',
    rules: [{ all: ['CHEM'], any: [...VIOLENT, 'SHELL', 'SHELL_WEAK', 'AIR', 'EXPLOSIVE'], score: 79 }, { all: ['CHEM'], score: 56 }] },
  { subEventType: 'Air/drone strike', eventType: 'Explosions/Remote violence',
    definition: 'Air or drone strikes by an actor with air capacity, without an engagement on the ground.',
    rules: [{ all: ['AIR'], none: ['INTERCEPT'], score: 80 },
      { all: ['AIR_WEAK'], any: ['ATTACK', 'KILL', 'HARM', 'DESTROY', 'EXPLOSIVE', 'SHELL_WEAK'], none: ['INTERCEPT', 'PROTEST'], score: 70 }] },
  { subEventType: 'Suicide bomb', eventType: 'Explosions/Remote violence',
    definition: 'A suicide bombing or suicide vehicle-borne explosive attack.',
    rules: [{ all: ['SUICIDE_ACT'], score: 95 }, { all: ['SUICIDE'], any: ['EXPLOSIVE', 'KILL', 'HARM', 'ATTACK'], score: 95 }] },
  { subEventType: 'Shelling/artillery/missile attack', eventType: 'Explosions/Remote violence',
    definition: 'Long-range artillery, missile, rocket or mortar fire on a target, without an engagement.',
    rules: [{ all: ['SHELL'], none: ['INTERCEPT'], score: 76 },
      { all: ['SHELL_WEAK'], any: ['ATTACK', 'KILL', 'HARM', 'DESTROY', 'EXPLOSIVE'], none: ['INTERCEPT', 'AIR'], score: 74 }] },
  { subEventType: 'Remote explosive/landmine/IED', eventType: 'Explosions/Remote violence',
    definition: 'Remotely detonated or victim-activated explosives: IEDs, landmines, car bombs, unexploded ordnance.',
    rules: [{ all: ['EXPLOSIVE'], none: ['INTERCEPT', 'SUICIDE', 'GRENADE'], score: 70 }] },
  { subEventType: 'Grenade', eventType: 'Explosions/Remote violence',
    definition: 'A grenade or similar hand-thrown explosive is used.',
    rules: [{ all: ['GRENADE'], none: ['INTERCEPT', 'PROTEST', 'DISPERSE'], score: 86 }] },
  { subEventType: 'Sexual violence', eventType: 'Violence against civilians',
    definition: 'Sexual violence by an armed, organised group against civilians.',
    rules: [{ all: ['SEXUAL'], score: 96 }] },
  { subEventType: 'Attack', eventType: 'Violence against civilians',
    definition: 'An armed, organised group attacks unarmed civilians.',
    rules: [{ all: ['KILL', 'CIVILIAN'], any: ['ARMED', 'ATTACK', 'HARM'], none: ['PROTEST'], score: 66 },
      { all: ['ATTACK', 'CIVILIAN'], any: ['ARMED', 'KILL', 'HARM'], none: ['PROTEST', 'STATE_FORCE'], score: 64 },
      { all: ['HARM', 'CIVILIAN'], none: ['PROTEST'], score: 50 },
      { all: ['KILL'], score: 45 }, { all: ['HARM'], none: ['PROTEST'], score: 40 },
      { all: ['ATTACK_NOUN'], none: ['PROTEST', 'PROTEST_WEAK'], score: 39 }] },
  { subEventType: 'Abduction/forced disappearance', eventType: 'Violence against civilians',
    definition: 'An armed, organised group abducts or forcibly disappears civilians.',
    rules: [{ all: ['ABDUCT'], score: 88 }] },
  { subEventType: 'Peaceful protest', eventType: 'Protests',
    definition: 'Demonstrators gather without violence and without being engaged by force.',
    rules: [{ all: ['PROTEST'], score: 56 }, { all: ['PROTEST_WEAK'], score: 30 }] },
  { subEventType: 'Protest with intervention', eventType: 'Protests',
    definition: 'A peaceful protest is physically dispersed or suppressed without serious harm (arrests, tear gas, rubber bullets).',
 rules: [{ all: ['PROTEST', 'DISPERSE'], none: ['RIOT', 'RIOT_WEAK'], score: 86 }, { all: ['PROTEST_FORCE'], none: ['RIOT', 'LETHAL_FORCE'], score: 70 }, { all: ['PROTEST_WEAK', 'DISPERSE'], any: ['STATE_FORCE'], none: ['RIOT'], score: 60 }] },
  { subEventType: 'Excessive force against protesters', eventType: 'Protests',
    definition: 'Peaceful protesters are met with lethal or severe force (live fire, beatings, killings).',
    rules: [{ all: ['PROTEST', 'LETHAL_FORCE', 'STATE_FORCE'], none: ['RIOT', 'RIOT_WEAK'], score: 90 },
      { all: ['PROTEST', 'LETHAL_FORCE'], none: ['RIOT', 'RIOT_WEAK'], score: 75 }] },
  { subEventType: 'Violent demonstration', eventType: 'Riots',
    definition: 'Demonstrators engage in violence or destruction (stone-throwing, arson, vandalism).',
    rules: [{ all: ['RIOT'], any: ['PROTEST', 'PROTEST_WEAK'], score: 88 }, { all: ['PROTEST', 'RIOT_WEAK'], score: 80 },
      { all: ['RIOT'], none: ['MOB', 'ARMED', 'MILITANT'], score: 72 }] },
  { subEventType: 'Mob violence', eventType: 'Riots',
    definition: 'A violent crowd without an organised demonstration attacks people or property.',
    rules: [{ all: ['MOB'], score: 89 }, { all: ['MOB_WEAK'], any: ['RIOT_WEAK', 'RIOT', 'HARM', 'KILL', 'ATTACK'], none: ['PROTEST'], score: 63 }] },
  { subEventType: 'Agreement', eventType: 'Strategic developments',
    definition: 'Agreements between actors: ceasefires, peace deals, prisoner exchanges.',
    rules: [{ all: ['AGREEMENT'], score: 58 }, { all: ['AGREE_WEAK'], score: 36 }] },
  { subEventType: 'Arrests', eventType: 'Strategic developments',
    definition: 'State forces arrest or detain people, outside a protest.',
    rules: [{ all: ['ARREST'], none: ['PROTEST'], score: 62 }, { all: ['ARREST_WEAK'], none: ['PROTEST'], score: 34 }] },
  { subEventType: 'Change to group/activity', eventType: 'Strategic developments',
    definition: 'Significant changes in a group\'s structure or activity: formation, merger, relocation, deployment.',
    rules: [{ all: ['DEPLOY'], any: ['STATE_FORCE', 'MILITANT', 'ARMED'], none: ['ATTACK', 'KILL'], score: 58 }, { all: ['DEPLOY'], score: 40 },
      { all: ['CHANGE'], score: 32 }] },
  { subEventType: 'Disrupted weapons use', eventType: 'Strategic developments',
    definition: 'An attack is prevented: explosives defused, missiles intercepted, weapons seized.',
    rules: [{ all: ['INTERCEPT', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', score: 92 }, { all: ['INTERCEPT'], any: ['AIR_WEAK', 'SHELL_WEAK', 'SHELL', 'AIR'], score: 90 }] },
  { subEventType: 'Headquarters or base established', eventType: 'Strategic developments',
    definition: 'An armed group establishes a permanent or semi-permanent base or headquarters.',
    rules: [{ all: ['ESTABLISH', 'BASE'], score: 78 }] },
  { subEventType: 'Looting/property destruction', eventType: 'Strategic developments',
    definition: 'Property is looted or destroyed outside a violent engagement.',
    rules: [{ all: ['LOOT'], none: ['PROTEST', 'PROTEST_WEAK', 'RIOT'], score: 73 }, { all: ['LOOT'], none: ['PROTEST'], score: 60 }, { all: ['LOOT_WEAK'], none: ['PROTEST'], score: 38 }] },
  { subEventType: 'Non-violent transfer of territory', eventType: 'Strategic developments',
    definition: 'An actor takes over or gives up territory without fighting.',
    rules: [{ all: ['TRANSFER'], score: 50 }, { all: ['TRANSFER_WEAK'], any: ['STATE_FORCE', 'MILITANT'], score: 35 }] },
  { subEventType: 'Other', eventType: 'Strategic developments',
    definition: 'A significant strategic development that fits no other sub-type.',
    rules: [] },
];

export const EVENT_TYPE_OF: ReadonlyMap<string, EventType> = new Map(SUB_EVENTS.map((d) => [d.subEventType, d.eventType]));
