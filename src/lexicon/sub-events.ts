// ACLED's 25 sub-event types with their event types, the codebook's definition, the decisive cue and
// the near neighbours each must be kept apart from, and the cue rules that type a sentence.
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
import { CASE4_RULES } from './sub-events-case4.js';
import { CASE5_RULES } from './sub-events-case5.js';
import { ACLED5_RULES } from './sub-events-acled5.js';
import { PROTEST6_RULES } from './sub-events-protest6.js';
import { ACLED6_RULES } from './sub-events-acled6.js';
import { STRAT7_RULES } from './sub-events-strat7.js';
import { CLASH7_RULES } from './sub-events-clash7.js';
import { CASE7_RULES } from './sub-events-case7.js';
import { GAP7_RULES } from './sub-events-gap7.js';
import { LEAD8_RULES } from './sub-events-lead8.js';
import { WORLD8_RULES } from './sub-events-world8.js';
import { CASE8_RULES } from './sub-events-case8.js';
import { CLASH9_RULES } from './sub-events-clash9.js';
import { CLASH10_RULES } from './sub-events-clash10.js';
import { CASE9P_RULES } from './sub-events-case9p.js';
import { CASE9S_RULES } from './sub-events-case9s.js';
import { RECALL9_RULES } from './sub-events-recall9.js';
import { RIOTS10_RULES } from './sub-events-riots10.js';
import { CASE10X_RULES } from './sub-events-case10x.js';
import { RIOTS11_RULES } from './sub-events-riots11.js';

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

const VIOLENT: Concept[] = ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'CLASH', 'CLASH_WEAK'];
/** What a crowd's violence is not: a demonstration (Riots: violent demonstration) or remote violence (crowds
 * fire no rockets, drop no bombs). An armed group's act is told apart by who acts, not by armed words anywhere in
 * the sentence: every rule that uses this asks for a crowd as the agent of its violent verb, so gunmen named in
 * another clause ("residents attacked the police after two children were killed by gunmen") leave the crowd's act
 * a riot (codebook: rioters are people acting violently outside an organised armed group, inter code 5). */
const NOT_MOB: Concept[] = ['PROTEST', 'STORY_PROTEST', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE',
  // (clash7) Fire exchanged: only armed sides exchange or return fire (codebook: Armed clash); a crowd that does is armed.
  'GUNFIGHT'];

export const SUB_EVENTS: SubEventDef[] = [
  { subEventType: 'Armed clash', eventType: 'Battles',
    definition: 'Armed, organised groups engage each other and neither side gains or loses territory.',
    decisive: 'two armed sides (state forces, rebels, militias, armed gangs) fight or fire on each other, or one fires on the other\'s forces or posts with small arms.',
    neighbours: 'Attack (the target is unarmed civilians); the territory sub-types (a place changes hands); the remote-violence sub-types (a bomb, shell or aircraft does the harm, with no engagement).',
    rules: [
      { id: 'clash.fighting', why: 'Codebook: armed, organised groups engage in a battle; a fight word with a force, post or casualties.', all: ['CLASH'], any: ['STATE_FORCE', 'TARGET_MIL', 'MILITANT', 'ARMED', 'KILL', 'HARM', 'HARM_ACT'], none: ['PROTEST', 'MOB'], score: 72 },
      { id: 'clash.fighting-bare', why: 'Codebook: a battle between armed groups; a fight word alone ("heavy fighting").', all: ['CLASH'], none: ['PROTEST', 'RIOT'], score: 64 },
      // (clash7) Not when the attack's own object is civilians or a crowd ("militants attacked a shopkeeper near an army camp"):
      // the target's kind decides, a force named elsewhere in the sentence does not (codebook: Attack).
      { id: 'clash.militants-attack-forces', why: 'Codebook: an armed group attacking state forces or their posts engages them (Battles, not Violence against civilians).', all: ['CLASH_WEAK', 'MILITANT'], any: ['STATE_FORCE', 'TARGET_MIL'], patient: ['state', 'nonstate', 'target', 'unknown'], none: ['PROTEST'], score: 70 },
      { id: 'clash.armed-men-and-forces', why: 'Codebook: armed men and state forces in one violent engagement, no civilians named.', all: ['CLASH_WEAK', 'ARMED', 'STATE_FORCE'], none: ['PROTEST', 'CIVILIAN'], score: 67 },
      { id: 'clash.forces-attack-positions', why: 'Codebook: forces attacking an opposing force\'s positions fight a battle ("attacked positions held by …").', all: ['CLASH_WEAK', 'TARGET_MIL', 'STATE_FORCE'], object: 'TARGET_MIL', none: ['PROTEST'], score: 68 },
      { id: 'clash.forces-kill-militants', why: 'Codebook: deaths on both armed sides with no civilian named is a battle.', all: ['KILL', 'STATE_FORCE', 'MILITANT'], none: ['CIVILIAN', 'PROTEST'], score: 58 },
      { id: 'clash.fire-on-forces', why: 'Codebook: an armed group firing on state forces, their posts or convoys (or forces on an armed group) engages them: Armed clash, not an attack on civilians.', all: ['HARM_ACT'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'GRIEVANCE'], score: 71 },
      { id: 'clash.attack-on-forces', why: 'Codebook: an armed group attacking a force or its post engages it (Battles); the attacked party is armed.', all: ['CLASH_WEAK'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'GRIEVANCE'], score: 69 },
      { id: 'clash.fire-at-forces', why: 'Codebook: one armed side firing at another\'s forces or positions ("fired on the positions of …") engages it.', all: ['FIRED'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'GRIEVANCE', 'CIVILIAN'], score: 69 },
      { id: 'clash.person-fires-on-forces', why: 'Codebook: a person who shoots, stabs or fires on police, troops or guards is an armed actor engaging a force (Armed clash), not a civilian victim.', all: ['HARM_ACT'], agent: 'civilian', patient: ['state', 'target'], none: ['PROTEST', 'GRIEVANCE', 'STORY_PROTEST'], score: 71 },
      { id: 'clash.person-attacks-forces', why: 'Codebook: an attack on a force or its post by armed individuals engages the force (Armed clash).', all: ['CLASH_WEAK'], agent: 'civilian', patient: ['state', 'target'], none: ['PROTEST', 'GRIEVANCE', 'STORY_PROTEST'], score: 69 },
      { id: 'clash.kill-forces', why: 'Codebook: fighters of one armed side killed by another, with no bomb, shell or aircraft named, is a battle.', all: ['KILL'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'GRIEVANCE', 'CIVILIAN'], score: 68 },
    ] },
  { subEventType: 'Government regains territory', eventType: 'Battles',
    definition: 'Government forces or their affiliates win control of a location held by a non-state group.',
    decisive: 'state forces (or allied militias) take back a place from a non-state group, by force.',
    neighbours: 'Non-state actor overtakes territory (the winner is non-state); Armed clash (no place changes hands); Non-violent transfer of territory (no fighting).',
    rules: [
      { id: 'territory.state-takes-place', why: 'Codebook: government forces regain control of a location; a seizing verb with a place as its object, the state as agent.', all: ['TAKE_TERRITORY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'state', none: ['ARREST'], score: 84 },
      { id: 'territory.state-regains', why: 'Codebook: government forces regain control; a "retake / recapture / liberate" verb with the state as agent.', all: ['REGAIN'], agent: 'state', score: 84 },
      { id: 'territory.regains', why: 'Codebook: regaining ground is what governments do; a "retake" verb with no armed group named.', all: ['REGAIN'], none: ['MILITANT', 'ARMED'], score: 66 },
    ] },
  { subEventType: 'Non-state actor overtakes territory', eventType: 'Battles',
    definition: 'A non-state armed group or foreign force wins control of a location by force.',
    decisive: 'a non-state armed group seizes a place from another actor, by force.',
    neighbours: 'Government regains territory (the winner is the state); Non-violent transfer of territory (no fighting); Looting (goods, not ground, are seized).',
    rules: [
      { id: 'territory.group-takes-place', why: 'Codebook: a non-state group takes control of a location; a seizing verb with a place as its object, a group as agent.', all: ['TAKE_TERRITORY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'nonstate', none: ['ARREST'], score: 84 },
      { id: 'territory.group-seizes-control', why: 'Codebook: a non-state group takes control of a location; "seized control / overran" with a group named.', all: ['OVERTAKE', 'MILITANT'], none: ['REGAIN'], score: 82 },
      { id: 'territory.seizes-control', why: 'Codebook: taking control of a location by force; "overran / fell to" alone.', all: ['OVERTAKE'], none: ['REGAIN', 'ARREST'], score: 64 },
      { id: 'territory.group-captures-fighting', why: 'Codebook: a non-state group takes a location through armed interaction; "captured" beside fighting.', all: ['OVERTAKE_WEAK', 'MILITANT'], any: ['CLASH', 'CLASH_WEAK'], none: ['REGAIN', 'ARREST', 'WEAPON_SEIZE'], score: 66 },
    ] },
  { subEventType: 'Chemical weapon', eventType: 'Explosions/Remote violence',
    definition: 'Chemical weapons are used in warfare, without any other engagement.',
    decisive: 'a chemical agent (chlorine, sarin, mustard) is used as a weapon.',
    neighbours: 'Protest with intervention (tear gas and pepper spray are riot control, not chemical weapons); accidents (a chemical leak or poisoning with no attacker is no event).',
    rules: [
      { id: 'chem.agent-attack', why: 'Codebook: use of chemical weapons in warfare; a chemical agent beside an attack, shell or bomb.', all: ['CHEM'], any: [...VIOLENT, 'SHELL', 'SHELL_WEAK', 'AIR', 'EXPLOSIVE'], score: 79 },
      { id: 'chem.agent', why: 'Codebook: use of chemical weapons; a named chemical agent alone.', all: ['CHEM'], score: 56 },
    ] },
  { subEventType: 'Air/drone strike', eventType: 'Explosions/Remote violence',
    definition: 'Air or drone strikes by an actor with air capacity, without an engagement on the ground.',
    decisive: 'an aircraft, helicopter or drone fires or drops munitions on a target.',
    neighbours: 'Shelling (fired from the ground); Disrupted weapons use (the aircraft, drone or missile is shot down or intercepted).',
    rules: [
      { id: 'air.strike', why: 'Codebook: air or drone strikes; an unambiguous air-strike phrase ("airstrike", "warplanes", "drone strike").', all: ['AIR'], none: ['INTERCEPT'], score: 80 },
      { id: 'air.aircraft-harm', why: 'Codebook: strikes by an actor with air capacity; an aircraft or drone beside harm or a munition ("bombed by military aircraft", "missiles from a drone").', all: ['AIR_WEAK'], any: ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'EXPLOSIVE', 'BOMBING', 'SHELL_WEAK', 'STRIKE_NOUN'], none: ['INTERCEPT', 'PROTEST'], score: 72 },
      { id: 'air.strike-noun', why: 'Codebook: air or drone strikes; in conflict reporting a "strike" that hits or kills is one, unless a labour strike is told.', all: ['STRIKE_NOUN'], any: ['KILL', 'HARM', 'DESTROY', 'ATTACK', 'ATTACK_NOUN', 'CIVILIAN', 'STATE_FORCE', 'MILITANT', 'TARGET_MIL', 'AIR_WEAK'], none: ['INTERCEPT', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'SHELL', 'EXPLOSIVE'], score: 68 },
      { id: 'air.bombed-by-state', why: 'Codebook: air strikes are by actors with air capacity; a state force that bombs a place bombs it from the air.', all: ['BOMBING'], agent: 'state', none: ['INTERCEPT', 'SUICIDE', 'SHELL', 'SHELL_WEAK'], score: 74 },
    ] },
  { subEventType: 'Suicide bomb', eventType: 'Explosions/Remote violence',
    definition: 'A suicide bombing or suicide vehicle-borne explosive attack.',
    decisive: 'the attacker detonates explosives on the body or in a vehicle, dying in the act.',
    neighbours: 'Remote explosive/landmine/IED (the bomber is not at the blast); Disrupted weapons use (the vest fails or is defused).',
    rules: [
      { id: 'suicide.act', why: 'Codebook: a suicide bombing occurs; an unambiguous phrase ("suicide bomber", "blew himself up").', all: ['SUICIDE_ACT'], score: 95 },
      { id: 'suicide.bomb', why: 'Codebook: a suicide bombing occurs; "suicide" beside a blast, death or attack.', all: ['SUICIDE'], any: ['EXPLOSIVE', 'KILL', 'HARM', 'HARM_ACT', 'ATTACK'], score: 95 },
    ] },
  { subEventType: 'Shelling/artillery/missile attack', eventType: 'Explosions/Remote violence',
    definition: 'Long-range artillery, missile, rocket or mortar fire on a target, without an engagement.',
    decisive: 'artillery, mortars, rockets or missiles fired from a distance hit a target.',
    neighbours: 'Air/drone strike (dropped or fired from the air); Armed clash (the two sides engage); Disrupted weapons use (the rocket or missile is intercepted).',
    rules: [
      { id: 'shell.artillery', why: 'Codebook: artillery, missile systems or other heavy weapons used; an unambiguous phrase ("shelling", "artillery").', all: ['SHELL'], none: ['INTERCEPT'], score: 76 },
      { id: 'shell.heavy-weapons', why: 'Codebook: shelling covers artillery, missiles and other heavy weapons; heavy or anti-aircraft guns fired on a place, not at an armed side\'s positions (that engages it: Armed clash).', all: ['HEAVY_WEAPON'], any: ['FIRED', 'ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'SHELL_WEAK'], none: ['INTERCEPT', 'CLASH', 'PROTEST', 'TARGET_MIL'], score: 75 },
      { id: 'shell.rocket-harm', why: 'Codebook: rocket, missile or mortar fire on a target; such a weapon beside harm.', all: ['SHELL_WEAK'], any: ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'EXPLOSIVE', 'BOMBING', 'STRIKE_NOUN'], none: ['INTERCEPT', 'AIR', 'AIR_WEAK'], score: 74 },
    ] },
  { subEventType: 'Remote explosive/landmine/IED', eventType: 'Explosions/Remote violence',
    definition: 'Remotely detonated or victim-activated explosives: IEDs, landmines, car bombs, unexploded ordnance.',
    decisive: 'a planted or hidden device (IED, landmine, car bomb) explodes, the attacker absent.',
    neighbours: 'Suicide bomb (the bomber dies in the blast); Grenade (thrown by hand); Disrupted weapons use (found or defused); accidents (a gas cylinder, boiler or factory blast is no attack).',
    rules: [
      { id: 'explosive.device', why: 'Codebook: remotely or victim-activated devices detonated; a bomb, IED, mine or blast word.', all: ['EXPLOSIVE'], none: ['INTERCEPT', 'SUICIDE', 'GRENADE'], score: 70 },
      { id: 'explosive.bombing', why: 'Codebook: a planted or thrown bomb detonated; "bombing" told with no aircraft or state force named.', all: ['BOMBING'], none: ['INTERCEPT', 'SUICIDE', 'GRENADE'], score: 69 },
    ] },
  { subEventType: 'Grenade', eventType: 'Explosions/Remote violence',
    definition: 'A grenade or similar hand-thrown explosive is used.',
    decisive: 'an attacker who is present throws a grenade.',
    neighbours: 'Remote explosive (planted, not thrown); Protest with intervention (stun grenades are riot control); Disrupted weapons use (grenades seized).',
    rules: [
      { id: 'grenade.thrown', why: 'Codebook: a grenade or similar hand-thrown explosive is used.', all: ['GRENADE'], none: ['INTERCEPT', 'PROTEST', 'DISPERSE'], score: 86 },
    ] },
  { subEventType: 'Sexual violence', eventType: 'Violence against civilians',
    definition: 'Sexual violence by an armed, organised group against civilians.',
    decisive: 'rape or other sexual violence against a person.',
    neighbours: 'Attack (violence that is not sexual); ordinary crime is still coded when the perpetrator is an armed group.',
    rules: [
      { id: 'sexual.violence', why: 'Codebook: any individual is targeted with sexual violence.', all: ['SEXUAL'], score: 96 },
    ] },
  { subEventType: 'Attack', eventType: 'Violence against civilians',
    definition: 'An armed, organised group attacks unarmed civilians.',
    decisive: 'armed people kill, wound or attack unarmed civilians.',
    neighbours: 'Armed clash (the target is armed and fights back); Mob violence (a crowd, not an armed group); Excessive force (the victims are protesters); the remote-violence sub-types (a bomb or shell does it).',
    rules: [
      { id: 'attack.kill-civilians', why: 'Codebook: an armed, organised group attacks unarmed civilians; a killing of civilians beside arms or an attack.', all: ['KILL', 'CIVILIAN'], any: ['ARMED', 'ATTACK', 'HARM', 'HARM_ACT', 'STATE_FORCE', 'MILITANT'], none: ['PROTEST'], score: 66 },
      { id: 'attack.on-civilians', why: 'Codebook: civilians attacked by an armed group; an attack on civilians, no state force named.', all: ['ATTACK', 'CIVILIAN'], any: ['ARMED', 'KILL', 'HARM', 'HARM_ACT'], none: ['PROTEST', 'STATE_FORCE'], score: 64 },
      { id: 'attack.harm-civilians', why: 'Codebook: violence against unarmed non-combatants; civilians wounded.', all: ['HARM', 'CIVILIAN'], none: ['PROTEST'], score: 50 },
      { id: 'attack.assault-civilians', why: 'Codebook: violence against unarmed non-combatants; civilians beaten, stabbed or shot.', all: ['HARM_ACT', 'CIVILIAN'], none: ['PROTEST'], score: 50 },
      { id: 'attack.killing', why: 'Codebook: violence against civilians is the default reading of a killing with no armed engagement.', all: ['KILL'], score: 45 },
      { id: 'attack.killing-by-armed', why: 'Codebook: an armed, organised group kills; with no armed side as victim, the dead are civilians.', all: ['KILL'], agent: 'nonstate', none: ['PROTEST'], score: 62 },
      { id: 'attack.arrest-and-assault', why: 'Codebook: violence against civilians takes precedence over the arrest it came with ("arrested and beat").', all: ['HARM_ACT', 'ARREST'], agent: 'state', none: ['PROTEST', 'GRIEVANCE'], score: 64 },
      { id: 'attack.harm', why: 'Codebook: violence against civilians; a wounding with no protest.', all: ['HARM'], none: ['PROTEST'], score: 40 },
      { id: 'attack.assault', why: 'Codebook: violence against civilians; a beating, stabbing or shooting with no protest.', all: ['HARM_ACT'], none: ['PROTEST'], score: 40 },
      { id: 'attack.noun', why: 'Codebook: an attack on civilians named only by its noun ("the massacre").', all: ['ATTACK_NOUN'], none: ['PROTEST', 'PROTEST_WEAK'], score: 39 },
    ] },
  { subEventType: 'Abduction/forced disappearance', eventType: 'Violence against civilians',
    definition: 'An armed, organised group abducts or forcibly disappears civilians.',
    decisive: 'people are kidnapped, taken hostage or disappeared by an armed group (or detained by state forces without process).',
    neighbours: 'Arrests (state forces detain, by process); Agreement (hostages released by a deal).',
    rules: [
      { id: 'abduction.kidnap', why: 'Codebook: an armed, organised group abducts or forcibly disappears an individual.', all: ['ABDUCT'], score: 88 },
      { id: 'abduction.detained-by-group', why: 'Codebook: detentions by non-state armed groups are abductions, not arrests.', all: ['ARREST'], agent: 'nonstate', none: ['PROTEST'], score: 70 },
    ] },
  { subEventType: 'Peaceful protest', eventType: 'Protests',
    definition: 'Demonstrators gather without violence and without being engaged by force.',
    decisive: 'people demonstrate, march or rally, and no one uses force.',
    neighbours: 'Protest with intervention (dispersed, arrested, tear gas); Excessive force (shot, killed, beaten); Violent demonstration (the demonstrators turn violent).',
    rules: [
      { id: 'protest.gathering', why: 'Codebook: demonstrators gather for a protest and do not engage in violence.', all: ['PROTEST'], score: 56 },
      { id: 'protest.strike-or-vigil', why: 'Codebook: a public demonstration; a strike, vigil or boycott told alone.', all: ['PROTEST_WEAK'], score: 30 },
    ] },
  { subEventType: 'Protest with intervention', eventType: 'Protests',
    definition: 'A peaceful protest is physically dispersed or suppressed without serious harm (arrests, tear gas, rubber bullets).',
    decisive: 'forces disperse, arrest or tear-gas peaceful demonstrators, with no serious injury.',
    neighbours: 'Peaceful protest (no intervention); Excessive force (live fire, deaths, serious injury); Violent demonstration (the demonstrators are violent).',
    rules: [
      { id: 'protest.dispersed', why: 'Codebook: a peaceful protest that forces attempt to disperse or suppress (arrests, tear gas).', all: ['PROTEST', 'DISPERSE'], none: ['RIOT', 'RIOT_WEAK'], score: 86 },
      { id: 'protest.riot-control', why: 'Codebook: dispersal without serious injury; a riot-control weapon ("tear gas", "water cannon").', all: ['PROTEST_FORCE'], none: ['RIOT', 'LETHAL_FORCE'], score: 70 },
      { id: 'protest.strike-dispersed', why: 'Codebook: a protest suppressed by forces; a strike or crowd dispersed by the state.', all: ['PROTEST_WEAK', 'DISPERSE'], any: ['STATE_FORCE'], none: ['RIOT'], score: 60 },
      { id: 'protest.story-dispersed', why: 'Codebook: a peaceful protest forces disperse or suppress; the protest was told just before ("Police fired tear gas / arrested 20 of them").', all: ['DISPERSE', 'STORY_PROTEST'], none: ['RIOT', 'RIOT_WEAK', 'LETHAL_FORCE', 'MILITANT', 'ARMED'], score: 80 },
    ] },
  { subEventType: 'Excessive force against protesters', eventType: 'Protests',
    definition: 'Peaceful protesters are met with lethal or severe force (live fire, beatings, killings).',
    decisive: 'peaceful demonstrators are shot, killed or seriously hurt.',
    neighbours: 'Protest with intervention (no serious injury); Violent demonstration (the protesters were violent).',
    rules: [
      { id: 'protest.lethal-force-by-state', why: 'Codebook: peaceful protesters targeted with lethal violence or violence causing serious injury, by forces.', all: ['PROTEST', 'LETHAL_FORCE', 'STATE_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING'], score: 90 },
      { id: 'protest.lethal-force', why: 'Codebook: peaceful protesters killed or seriously injured.', all: ['PROTEST', 'LETHAL_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING'], score: 75 },
      { id: 'protest.story-lethal-force', why: 'Codebook: peaceful protesters met with lethal force; the protest was told just before ("Police opened fire, killing two").', all: ['LETHAL_FORCE', 'STORY_PROTEST', 'STATE_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING', 'MILITANT', 'ARMED'], score: 84 },
    ] },
  { subEventType: 'Violent demonstration', eventType: 'Riots',
    definition: 'Demonstrators engage in violence or destruction (stone-throwing, arson, vandalism).',
    decisive: 'demonstrators throw stones, burn, vandalise, clash or block roads with barricades.',
    neighbours: 'Peaceful protest and Protest with intervention (the demonstrators are not violent); Mob violence (no demonstration).',
    rules: [
      { id: 'riot.protest-violence', why: 'Codebook: demonstrators engage in violence or destructive activity; a riot word with a protest.', all: ['RIOT'], any: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE'], score: 88 },
      { id: 'riot.protest-turns-violent', why: 'Codebook: demonstrators engage in violence; a protest and a violent act.', all: ['PROTEST', 'RIOT_WEAK'], act: { concept: 'RIOT_WEAK', notBy: ['state'] }, score: 80 },
      // "threw rocks" is read whole as STONING, so its words are no RIOT_WEAK of their own: stones thrown in a protest
      // are the demonstrators' violence all the same (neighbour: Mob violence, stones thrown with no protest told).
      { id: 'riot.protest-stoning', why: 'Codebook: demonstrators engage in violence (stone-throwing); stones or rocks thrown in a protest told in the sentence or just before.', all: ['STONING'], any: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST'], none: ['MILITANT', 'ARMED', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 80 },
      { id: 'riot.demands-violently', why: 'Codebook: demonstrators engage in violence; people who state a demand and clash, attack or burn are demonstrating.', all: ['GRIEVANCE', 'RIOT_WEAK'], none: ['MILITANT', 'ARMED'], act: { concept: 'RIOT_WEAK', notBy: ['state'] }, score: 78 },
      { id: 'riot.story-turns-violent', why: 'Codebook: demonstrators engage in violence or destruction; the protest was told just before ("They clashed with police and burned tyres").', all: ['RIOT_WEAK', 'STORY_PROTEST'], none: ['MILITANT', 'ARMED', 'AIR', 'SHELL', 'EXPLOSIVE'], act: { concept: 'RIOT_WEAK', notBy: ['state'] }, score: 78 },
      { id: 'riot.dispersed-after-violence', why: 'Codebook: demonstrators engage in violence or destruction; people met with riot-control means (tear gas, water cannon) who broke in, burned or threw are violent demonstrators.', all: ['RIOT_WEAK', 'PROTEST_FORCE'], none: ['ARMED', 'MILITANT'], act: { concept: 'RIOT_WEAK', notBy: ['state'] }, score: 76 },
      { id: 'riot.crowd-clashes-with-forces', why: 'Codebook: Riots; a crowd that clashes with police or troops is read as demonstrators turned violent (a fight between a crowd and the state is a riot, not a battle).', all: ['CLASH'], agent: 'crowd', patient: ['state', 'target'], none: NOT_MOB, score: 75 },
      { id: 'riot.rioting', why: 'Codebook: violent demonstration; rioting with no armed group or mob named.', all: ['RIOT'], none: ['MOB', 'ARMED', 'MILITANT'], score: 72 },
    ] },
  { subEventType: 'Mob violence', eventType: 'Riots',
    definition: 'A violent crowd without an organised demonstration attacks people or property.',
    decisive: 'a crowd or mob (not demonstrators, not an armed group) attacks, lynches or clashes.',
    neighbours: 'Violent demonstration (a protest turns violent); Attack (an armed, organised group).',
    rules: [
      // (acled4) A riot inside a prison is the inmates' violence, no demonstration (neighbour: Violent demonstration,
      // inmates who protest: a protest word is told).
      { id: 'mob.prison-riot', why: 'Codebook: mob violence is rioting outside a demonstration; a riot in a prison or by its inmates, with no protest told, is the inmates\' mob violence.', all: ['RIOT', 'PRISON'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST'], score: 89 },
      // (clash7) Not when fire is exchanged ("vigilantes and bandits exchanged fire", "a gun battle"): armed sides engage (Armed clash).
      { id: 'mob.violence', why: 'Codebook: rioters violently interact outside a demonstration (mobs, lynching, vigilantes, communal clashes).', all: ['MOB'], none: ['GUNFIGHT'], score: 89 },
      // A crowd as the agent: people who are no organised armed group (residents, traders, supporters) and
      // act violently outside a demonstration are rioters (inter code 5), whoever they act on.
      { id: 'mob.crowd-attacks', why: 'Codebook: rioters (a crowd, not an armed group) attack people, a force or an armed group outside a demonstration: mob violence (the rioters are who act, inter code 5).', all: ['CLASH_WEAK'], agent: 'crowd', patient: ['state', 'civilian', 'crowd', 'nonstate'], none: [...NOT_MOB, 'LOOT'], score: 75 },
      { id: 'mob.crowd-clashes', why: 'Codebook: rioters violently interact with other rioters, civilians or an armed group outside a demonstration ("traders clashed with residents", "a group of people clashed": with no one else named they clash among themselves).', all: ['CLASH'], agent: 'crowd', patient: ['crowd', 'civilian', 'nonstate'], none: NOT_MOB, score: 75 },
      { id: 'mob.crowd-assaults', why: 'Codebook: mob violence; a crowd beats, stabs or hits someone outside a demonstration.', all: ['HARM_ACT'], agent: 'crowd', patient: ['state', 'civilian', 'crowd', 'target'], none: NOT_MOB, score: 75 },
      { id: 'mob.crowd-wounds', why: 'Codebook: mob violence; people hurt by a crowd ("injured by traders").', all: ['HARM'], agent: 'crowd', patient: ['state', 'civilian', 'crowd', 'target'], none: NOT_MOB, score: 75 },
      { id: 'mob.crowd-kills', why: 'Codebook: mob violence; a crowd kills someone outside a demonstration ("villagers beat a suspected thief to death").', all: ['KILL'], agent: 'crowd', patient: ['state', 'civilian', 'crowd', 'target'], none: NOT_MOB, score: 75 },
      { id: 'mob.crowd-stones', why: 'Codebook: mob violence; a crowd throws stones at people with no demonstration told.', all: ['STONING'], agent: 'crowd', none: [...NOT_MOB, 'PROTEST_WEAK', 'GRIEVANCE'], score: 75 },
    ] },
  { subEventType: 'Agreement', eventType: 'Strategic developments',
    definition: 'Agreements between actors: ceasefires, peace deals, prisoner exchanges.',
    decisive: 'two parties agree: a ceasefire, peace deal, prisoner exchange or release, surrender.',
    neighbours: 'Change to group/activity (one party changes on its own); Other.',
    rules: [
      { id: 'agreement.signed', why: 'Codebook: any sort of agreement between actors (peace agreements, ceasefires, prisoner exchanges).', all: ['AGREEMENT'], score: 58 },
      { id: 'agreement.exchange', why: 'Codebook: Agreement covers prisoner exchanges; two sides exchanging or swapping prisoners or detainees.', all: ['EXCHANGE', 'DETAINEES'], object: 'DETAINEES', none: ['CLASH', 'FIRED'], score: 60 },
      { id: 'agreement.agreed', why: 'Codebook: an agreement; "agreed / deal / surrender" alone.', all: ['AGREE_WEAK'], score: 36 },
    ] },
  { subEventType: 'Arrests', eventType: 'Strategic developments',
    definition: 'State forces arrest or detain people, outside a protest.',
    decisive: 'state forces (or those holding de facto control) detain a significant person or many people.',
    neighbours: 'Protest with intervention (arrests at a protest); Abduction (by an armed group, or without process).',
    rules: [
      { id: 'arrest.detained', why: 'Codebook: state forces detain a significant individual or many people.', all: ['ARREST'], none: ['PROTEST'], score: 62 },
      { id: 'arrest.held', why: 'Codebook: arrests; "held / jailed / captured" alone.', all: ['ARREST_WEAK'], none: ['PROTEST'], score: 34 },
    ] },
  { subEventType: 'Change to group/activity', eventType: 'Strategic developments',
    definition: 'Significant changes in a group\'s structure or activity: formation, merger, relocation, deployment.',
    decisive: 'a group forms, splits, merges, moves, deploys or changes how it acts.',
    neighbours: 'Headquarters or base established (a base, by a non-state group); Non-violent transfer of territory (a place changes hands).',
    rules: [
      { id: 'change.deployment-by-force', why: 'Codebook: significant changes in a group\'s activity, including troop movements, by a named force; a patrol that shoots or is shot at is in a fight instead.', all: ['DEPLOY'], any: ['STATE_FORCE', 'MILITANT', 'ARMED'], none: ['ATTACK', 'KILL', 'HARM_ACT', 'CLASH', 'FIRED'], score: 58 },
      { id: 'change.deployment', why: 'Codebook: troop movements and reinforcements change a group\'s activity.', all: ['DEPLOY'], none: ['HARM_ACT', 'CLASH', 'FIRED'], score: 40 },
      // Near neighbours: Headquarters or base established (a base, not a post on a road); Violent demonstration
      // (demonstrators' roadblocks); an attack on a checkpoint (Armed clash: the violence words exclude it).
      { id: 'change.checkpoints', why: 'Codebook: Change to group/activity covers significant changes in an armed group\'s or force\'s activity; a force or group that sets up checkpoints takes up a new activity on the ground.', all: ['SET_UP', 'CHECKPOINT'], object: 'CHECKPOINT', agent: ['state', 'nonstate'], none: ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'PROTEST', 'PROTEST_WEAK', 'RIOT', 'GRIEVANCE'], score: 60 },
      // Neighbours: Other (refugees or migrants arriving: displacement), an incident's responders "arrived at the scene" (read
      // whole as AT_SCENE, which no rule reads), Non-violent transfer of territory (forces entering a place to take it over).
      { id: 'change.forces-arrive', why: 'Codebook: Change to group/activity covers troop movements; forces, fighters or their weapons and vehicles arriving somewhere, with no violence told.', all: ['ARRIVE'], any: ['STATE_FORCE', 'MILITANT', 'ARMED', 'MATERIEL', 'HEAVY_WEAPON'], none: ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'PROTEST', 'RIOT', 'DISPLACE', 'ARREST'], score: 48 },
      { id: 'change.group', why: 'Codebook: a group forms, merges, is renamed or changes leadership.', all: ['CHANGE'], score: 32 },
    ] },
  { subEventType: 'Disrupted weapons use', eventType: 'Strategic developments',
    definition: 'An attack is prevented: explosives defused, missiles intercepted, weapons seized.',
    decisive: 'a weapon is defused, intercepted, shot down or seized before it does harm.',
    neighbours: 'the remote-violence sub-types (the weapon went off); Arrests (people, not weapons, are taken).',
    rules: [
      // (acled4) Weapons taken in the fighting the sentence tells are part of that battle, not a disrupted use of their own.
      { id: 'disrupted.weapons-seized', why: 'Codebook: explosives defused or weapons seized; a finding or seizing verb with a weapon as its object, with no fighting told (weapons taken in a battle are part of it).', all: ['INTERCEPT', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', none: ['CLASH'], score: 92 },
      // "Soldiers defused a roadside bomb": the device's name is a longer cue than WEAPON_SEIZE's "bomb", so it needs its own row.
      // Neighbour: Remote explosive/landmine/IED (the device went off).
      { id: 'disrupted.defused', why: 'Codebook: disrupted weapons use includes explosives defused before they go off; a defusing word with a bomb, IED or mine named.', all: ['DEFUSE', 'EXPLOSIVE'], none: ['SUICIDE_ACT', 'KILL', 'HARM'], score: 91 },
      { id: 'disrupted.intercepted', why: 'Codebook: a missile or aircraft intercepted or shot down.', all: ['INTERCEPT'], any: ['AIR_WEAK', 'SHELL_WEAK', 'SHELL', 'AIR'], score: 90 },
      { id: 'disrupted.premature-detonation', why: 'Codebook: disrupted weapons use includes the accidental detonation of explosives by those allegedly responsible ("exploded prematurely", "while planting").', all: ['MISFIRE'], any: ['EXPLOSIVE', 'SHELL_WEAK', 'SHELL', 'GRENADE', 'KILL', 'HARM'], score: 93 },
    ] },
  { subEventType: 'Headquarters or base established', eventType: 'Strategic developments',
    definition: 'An armed group establishes a permanent or semi-permanent base or headquarters.',
    decisive: 'a (non-state) armed group sets up a base, camp or headquarters.',
    neighbours: 'Change to group/activity (movement, not a new base); Non-violent transfer of territory.',
    rules: [
      // (case9s) The base is what is set up, next to the verb, and no violence is told: "opened fire ... camps", "positions ... at
      // the construction site" set up nothing.
      { id: 'base.established', why: 'Codebook: an organised armed group establishes a permanent or semi-permanent base; a base, camp or post told beside the setting-up word, with no violence told.', all: ['ESTABLISH', 'BASE'], object: 'BASE', score: 78 },
    ] },
  { subEventType: 'Looting/property destruction', eventType: 'Strategic developments',
    definition: 'Property is looted or destroyed outside a violent engagement.',
    decisive: 'goods are looted or property burnt or demolished, with no fight or riot.',
    neighbours: 'Violent demonstration (demonstrators burn or loot); Attack (people are harmed); Disrupted weapons use (weapons, not goods, are seized).',
    rules: [
      { id: 'loot.looting', why: 'Codebook: looting or property destruction outside other forms of violence such as rioting.', all: ['LOOT'], none: ['PROTEST', 'PROTEST_WEAK', 'RIOT', 'KILL', 'HARM_ACT', 'HARM', 'ABDUCT', 'SEXUAL'], score: 73 },
      { id: 'loot.demolished', why: 'Codebook: property destruction outside other violence (homes razed, demolished, bulldozed).', all: ['RAZE'], none: ['PROTEST', 'PROTEST_WEAK', 'RIOT', 'KILL', 'HARM_ACT', 'HARM', 'ABDUCT', 'SEXUAL'], score: 73 },
      { id: 'loot.looting-near-crowd', why: 'Codebook: looting or destruction; with a crowd but no protest named.', all: ['LOOT'], none: ['PROTEST', 'HARM', 'ABDUCT', 'SEXUAL'], score: 60 },
      { id: 'loot.demolished-near-crowd', why: 'Codebook: property destruction; with a crowd but no protest named.', all: ['RAZE'], none: ['PROTEST', 'HARM', 'ABDUCT', 'SEXUAL'], score: 60 },
      { id: 'loot.seized-goods', why: 'Codebook: looting or seizing goods or property (livestock, vehicles, food) outside other violence.', all: ['SEIZE_GOODS', 'GOODS'], object: 'GOODS', none: ['PROTEST', 'RIOT', 'KILL', 'HARM_ACT', 'ABDUCT'], score: 74 },
      { id: 'loot.stolen', why: 'Codebook: seizing goods or property; "stole / destroyed" alone.', all: ['LOOT_WEAK'], none: ['PROTEST'], score: 38 },
    ] },
  { subEventType: 'Non-violent transfer of territory', eventType: 'Strategic developments',
    definition: 'An actor takes over or gives up territory without fighting.',
    decisive: 'forces withdraw, hand over or move into a place with no fighting.',
    neighbours: 'Government regains / Non-state actor overtakes territory (taken by force).',
    rules: [
      { id: 'transfer.withdrawal', why: 'Codebook: an actor acquires or cedes a location without a violent interaction (withdrawals, handovers).', all: ['TRANSFER'], score: 50 },
      { id: 'transfer.entered', why: 'Codebook: control acquired without fighting; forces entering or leaving a place.', all: ['TRANSFER_WEAK'], any: ['STATE_FORCE', 'MILITANT'], score: 35 },
    ] },
  { subEventType: 'Other', eventType: 'Strategic developments',
    definition: 'A significant strategic development that fits no other sub-type.',
    decisive: 'a significant development of no other kind: a coup, mass displacement, a mass grave found.',
    neighbours: 'every other Strategic developments sub-type.',
    rules: [
      { id: 'other.prisoners-released', why: 'Codebook: Agreement covers prisoner exchanges between actors; one side releasing the prisoners it holds, with no exchange told, is a development of no other kind (Other).', all: ['RELEASE', 'DETAINEES'], object: 'DETAINEES', none: ['EXCHANGE', 'ABDUCT', 'KILL', 'HARM_ACT', 'PROTEST', 'GRIEVANCE'], score: 62 },
      // Neighbours: Change to group/activity (forces, not uprooted people, arrive); Abduction (people taken, not returning).
      { id: 'other.uprooted-return', why: 'Codebook: Other covers significant developments of no other kind, such as movements of displaced people; refugees or migrants returning or being sent back, with no violence told.', all: ['RETURN', 'UPROOTED'], none: ['KILL', 'HARM', 'HARM_ACT', 'ATTACK', 'CLASH', 'PROTEST', 'ABDUCT', 'ARREST'], score: 62 },
      // Neighbour: Attack (the killing itself, when the report tells it rather than the grave's discovery).
      { id: 'other.mass-grave', why: 'Codebook: Other covers significant developments of no other kind, such as the discovery of a mass grave; the bodies found are not an attack told that day.', all: ['MASS_GRAVE'], none: ['ATTACK', 'HARM_ACT', 'CLASH', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 70 },
      { id: 'other.displacement', why: 'Codebook: Other covers significant developments of no other kind, such as the displacement of a population by fighting; with no one killed or hurt, the flight is the news.', all: ['DISPLACE'], none: ['KILL', 'HARM', 'HARM_ACT', 'PROTEST'], score: 73 },
    ] },
];

// case4: the rule families of sub-events-case4.ts, after each sub-type's own rules.
for (const d of SUB_EVENTS) d.rules.push(...(CASE4_RULES[d.subEventType] ?? []));
// case5: the rows of sub-events-case5.ts, after case4's.
for (const d of SUB_EVENTS) d.rules.push(...(CASE5_RULES[d.subEventType] ?? []));
// acled5: the rule families of sub-events-acled5.ts (who acts on whom: a crowd, an armed group), after case4's.
for (const d of SUB_EVENTS) d.rules.push(...(ACLED5_RULES[d.subEventType] ?? []));
// protest6: the demonstration family's rows of sub-events-protest6.ts (who acts, on whom, with what), after acled5's.
for (const d of SUB_EVENTS) d.rules.push(...(PROTEST6_RULES[d.subEventType] ?? []));
// acled6: the rule families of sub-events-acled6.ts (the target's kind, a group's new activity, a ransom), after acled5's.
for (const d of SUB_EVENTS) d.rules.push(...(ACLED6_RULES[d.subEventType] ?? []));
// strat7: the Strategic developments rows of sub-events-strat7.ts (a group's announced change, a base made of a building, a deal
// agreed, weapons made harmless, a coup), after acled6's.
for (const d of SUB_EVENTS) d.rules.push(...(STRAT7_RULES[d.subEventType] ?? []));
// clash7: the rows of sub-events-clash7.ts (an abduction with a killing, people carried off), after acled6's.
for (const d of SUB_EVENTS) d.rules.push(...(CLASH7_RULES[d.subEventType] ?? []));
// case7: the demonstration and territory rows of sub-events-case7.ts, after every earlier round's.
for (const d of SUB_EVENTS) d.rules.push(...(CASE7_RULES[d.subEventType] ?? []));
// gap7: the rows of sub-events-gap7.ts (an armed side's announced course, a blockade it lays), after case7's.
for (const d of SUB_EVENTS) d.rules.push(...(GAP7_RULES[d.subEventType] ?? []));
// lead8: a state named as the subject of a strike verb strikes from the air (sub-events-lead8.ts), after gap7's.
for (const d of SUB_EVENTS) d.rules.push(...(LEAD8_RULES[d.subEventType] ?? []));
// world8: the rows of sub-events-world8.ts (detentions by a de facto authority), after gap7's.
for (const d of SUB_EVENTS) d.rules.push(...(WORLD8_RULES[d.subEventType] ?? []));
// case8: the rows of sub-events-case8.ts (rioters' looting with no demonstration told), after gap7's.
for (const d of SUB_EVENTS) d.rules.push(...(CASE8_RULES[d.subEventType] ?? []));
// clash9: the rows of sub-events-clash9.ts (a fight told with the shelling it used), after case8's.
for (const d of SUB_EVENTS) d.rules.push(...(CLASH9_RULES[d.subEventType] ?? []));
// case9p: the rows of sub-events-case9p.ts (a crowd fighting the police with no demonstration told), after case8's.
for (const d of SUB_EVENTS) d.rules.push(...(CASE9P_RULES[d.subEventType] ?? []));
// case9s: the Strategic developments rows of sub-events-case9s.ts (a force's controlled detonation, weapons handed over, a group
// that splits), after case8's.
for (const d of SUB_EVENTS) d.rules.push(...(CASE9S_RULES[d.subEventType] ?? []));
// recall9: an offensive told by its advance on a place (sub-events-recall9.ts).
for (const d of SUB_EVENTS) d.rules.push(...(RECALL9_RULES[d.subEventType] ?? []));
// riots10: the protest and riot family's readings (sub-events-riots10.ts).
for (const d of SUB_EVENTS) d.rules.push(...(RIOTS10_RULES[d.subEventType] ?? []));
// clash10: a force's members wounded by an armed side (sub-events-clash10.ts), after recall9's.
for (const d of SUB_EVENTS) d.rules.push(...(CLASH10_RULES[d.subEventType] ?? []));
// case10x: a part of a place taken in a fight is an Armed clash, not the place changing hands (sub-events-case10x.ts).
for (const d of SUB_EVENTS) d.rules.push(...(CASE10X_RULES[d.subEventType] ?? []));
// riots11: demonstrators dispersed while they state a demand, with no protest word (sub-events-riots11.ts).
for (const d of SUB_EVENTS) d.rules.push(...(RIOTS11_RULES[d.subEventType] ?? []));

export const EVENT_TYPE_OF: ReadonlyMap<string, EventType> = new Map(SUB_EVENTS.map((d) => [d.subEventType, d.eventType]));
