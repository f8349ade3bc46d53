// ACLED's Strategic developments sub-event types (codebook 2023, "Event Types and Sub-Event Types"; the 2024 edition keeps
// them): each sub-type's definition, decisive cue and near neighbours, and the rules that type it, in the form
// sub-events.ts sets out. A sub-type's rules run in the order they were added: its first rows, then each later
// round's, marked by the round's name (case4, acled5, …; pipeline/events/README.md tells what each round read, and
// sub-events-<round>.test.ts and test/probes/<round>.jsonl hold the invented reports it was written for, never
// evaluation rows). Ties keep going to the older rows. Provenance: written for this project.
import type { Concept } from './event-cues.js';
import type { SubEventDef, SubEventRule } from './sub-events.js';
import { PROTEST_TOLD } from './sub-event-sets.js';

/** What makes a sentence tell fighting or harm, not a quiet change. */
const FIGHT_OR_HARM: Concept[] = ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED'];
/** Weapons a dud or a foiled attack may name. */
const WEAPONS: Concept[] = ['EXPLOSIVE', 'GRENADE', 'SUICIDE', 'SUICIDE_ACT', 'SHELL_WEAK', 'SHELL', 'AIR_WEAK', 'AIR', 'WEAPON_SEIZE', 'BOMBING'];
/** Violence of any kind: a group's new activity told with it is the violence, not a change of activity. */
const VIOLENCE_BESIDE_CHANGE: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'EXPLOSIVE',
  'SUICIDE', 'GRENADE', 'DESTROY', 'LOOT', 'RAZE'];
/** Violence of any kind: a group's change told with it is the violence (the change is then the background). */
const ANY_VIOLENCE: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'EXPLOSIVE',
  'SUICIDE', 'GRENADE', 'CHEM', 'DESTROY', 'LOOT', 'RAZE'];
/** …and what else outranks a quiet change: people detained, a demonstration. */
const NOT_QUIET_CHANGE: Concept[] = [...ANY_VIOLENCE, 'ARREST', 'PROTEST'];
/** Weapons going off: a weapon "destroyed" by them or beside them is no disrupted use. */
const WEAPON_USED: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'AIR', 'STRIKE_NOUN', 'BOMBING', 'SHELL', 'CLASH', 'FIRED', 'SUICIDE', 'SUICIDE_ACT', 'PROTEST', 'LANDED'];
/** What makes a raid more than property destroyed: people harmed or taken, a force attacked, remote weapons, a crowd. */
/** What makes a taking of property more than that: people harmed or taken, remote weapons, a demonstration or a mob. */
const PROPERTY_HARM: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'SEXUAL', 'FIRED', 'CLASH', 'AIR', 'STRIKE_NOUN', 'SHELL', 'EXPLOSIVE',
  'GRENADE', 'SUICIDE', 'PROTEST', 'RIOT', 'MOB'];
/** …and of a raid: a force or its post attacked, a crowd (mob violence). */
const RAID_HARM: Concept[] = [...PROPERTY_HARM, 'CROWD', 'STATE_FORCE', 'TARGET_MIL'];
/** Any incident of its own: an announcement told with one is background to it (the incident is the event). */
const NOT_QUIET_ANNOUNCEMENT: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'EXPLOSIVE',
  'SUICIDE', 'GRENADE', 'CHEM', 'DESTROY', 'LOOT', 'RAZE', 'ARREST', 'PROTEST', 'RIOT', 'MOB'];
/** Violence told beside the act: then the violence is the incident. */
const VIOLENCE_BESIDE_ACT: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'SUICIDE',
  'SUICIDE_ACT', 'GRENADE', 'DESTROY', 'LOOT', 'RAZE'];

/** case15: what makes weapons found on people arrested more than a seizure: harm, a blast that struck, fighting, remote weapons used. */
const CAUGHT_VIOLENCE: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'AIR', 'STRIKE_NOUN', 'SHELL', 'CLASH', 'GUNFIGHT', 'FIRED', 'PROTEST', 'LANDED', 'DESTROY'];
/** strat11: weapons or goods taken: what is shown after it was seized is the seizure's (case10x DISPLAY), no display of force. */
const TAKEN: Concept[] = ['WEAPON_SEIZE', 'SEIZE_GOODS', 'INTERCEPT'];
/** strat11: the violence a return of the dead could itself be told as: the fight or strike that killed them is then the event. */
const DEAD_MADE: Concept[] = ['ATTACK', 'CLASH', 'CLASH_WEAK', 'FIRED', 'AIR', 'SHELL', 'EXPLOSIVE', 'HARM_ACT', 'ABDUCT', 'PROTEST'];

export const STRATEGIC_DEVELOPMENTS: SubEventDef[] = [
  { subEventType: 'Agreement', eventType: 'Strategic developments',
    definition: 'Agreements between actors: ceasefires, peace deals, prisoner exchanges.',
    decisive: 'two parties agree: a ceasefire, peace deal, prisoner exchange or release, surrender.',
    neighbours: 'Change to group/activity (one party changes on its own); Other.',
    rules: [
      { id: 'agreement.signed', why: 'Codebook: any sort of agreement between actors (peace agreements, ceasefires, prisoner exchanges).', all: ['AGREEMENT'], score: 58 },
      { id: 'agreement.exchange', why: 'Codebook: Agreement covers prisoner exchanges; two sides exchanging or swapping prisoners or detainees.', all: ['EXCHANGE', 'DETAINEES'], object: 'DETAINEES', none: ['CLASH', 'FIRED'], score: 60 },
      // case31: the people freed or returned told first, the exchange after ("49 prisoners of war returned home on Friday in an exchange
      // mediated by the UAE"): too far apart for agreement.exchange's object, the release word ties them.
      { id: 'agreement.returned-in-exchange', why: 'Codebook: Agreement covers prisoner exchanges; prisoners or detainees told as returned, released or handed back in an exchange or swap, with no violence told.', all: ['EXCHANGE', 'DETAINEES'], any: ['RETURN', 'RELEASE', 'HANDOVER'], none: ['CLASH', 'FIRED', 'KILL', 'HARM_ACT', 'ATTACK', 'RANSOM', 'PROTEST'], score: 60 },
      { id: 'agreement.agreed', why: 'Codebook: an agreement; "agreed / deal / surrender" alone.', all: ['AGREE_WEAK'], score: 36 },
      // news28: Neighbours: Change to group/activity (a group that changes of its own accord: no side it yields to); Arrests
      // (suspects who give themselves up to police: no armed group told).
      { id: 'agreement.surrendered-to-side', why: 'Codebook: Agreement covers surrenders; members of an armed group who surrender to a force yield to the other side.', all: ['SURRENDER_TO'], agent: 'nonstate', none: ['CLASH', 'FIRED', 'KILL', 'HARM_ACT'], score: 66 },
      // case4:
      { id: 'agreement.reached', why: 'Codebook: Agreement covers any sort of agreement between actors (ceasefires, peace deals, power sharing); the wording of a deal reached or brokered.', all: ['AGREE_MORE'], none: ['PROTEST', 'GRIEVANCE'], score: 57 },
      // strat7:
      // Neighbour: Abduction/forced disappearance (a deal for hostages' release names them: the deal is the news).
      { id: 'agreement.pact-agreed', why: 'Codebook: Agreement covers any sort of agreement between actors, such as ceasefires, truces, evacuation deals and hostage releases; the parties agree to or reach a ceasefire, pause or deal, with no violence told.', all: ['AGREE_MORE', 'AGREEMENT'], object: 'AGREEMENT', objectAfter: true, reach: 6, none: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED', 'AIR', 'SHELL', 'EXPLOSIVE', 'ATTACK', 'PROTEST'], score: 89 },
      // dwu14:
      // Neighbours: Abduction/forced disappearance (captives named beside the swap: the swap is the news; a ransom keeps it an
      // abduction, and hostages taken "in exchange" for prisoners are ABDUCT's), Armed clash ("exchange of fire" is CLASH's, read
      // whole), Change to group/activity (soldiers "brought home" in the swap), Other (one side releasing prisoners: no exchange).
      { id: 'agreement.prisoner-swap', why: 'Codebook: Agreement covers prisoner exchanges; a prisoner swap or exchange named as such ("a prisoner swap", "an exchange of prisoners"), with no violence told.', all: ['PRISONER_SWAP'], none: ['KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'ATTACK', 'RANSOM', 'PROTEST'], score: 90 },
      // Round 39. Neighbour: Abduction/forced disappearance (abduction.kidnap 88: the hostages named are the ones set free; hostages
      // taken "in exchange" have no releasing word, and a ransom keeps it an abduction).
      { id: 'agreement.released-in-exchange', why: 'Codebook: Agreement covers prisoner exchanges and hostage releases; prisoners or detainees freed "in exchange" or "in return" for others, told as the object of the releasing word, with no violence told.', all: ['RELEASE', 'DETAINEES', 'EXCHANGE'], object: 'DETAINEES', objectAfter: true, reach: 4, none: ['KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'ATTACK', 'RANSOM', 'PROTEST'], score: 91 },
      { id: 'agreement.prisoners-exchanged', why: 'Codebook: Agreement covers prisoner exchanges; two sides that exchange or swap prisoners, told as the object of the exchanging word ("exchanged 95 prisoners of war", "an exchange of detainees"), with no violence told.', all: ['EXCHANGE', 'DETAINEES'], object: 'DETAINEES', objectAfter: true, reach: 3, none: ['KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'ATTACK', 'RANSOM', 'PROTEST'], score: 90 },
      // Neighbours: Other (other.remains-handed-over / -returned, 70: one side returns the dead, no exchange), Armed clash (the fight
      // that killed them told: DEAD_MADE rules it out).
      { id: 'agreement.remains-exchanged', why: 'Codebook: Agreement covers exchanges between actors such as prisoner exchanges; two sides exchanging the bodies of their dead, with no fight or strike told.', all: ['EXCHANGE', 'REMAINS'], none: [...DEAD_MADE, 'RANSOM'], score: 72 },
    ] },
  { subEventType: 'Arrests', eventType: 'Strategic developments',
    definition: 'State forces arrest or detain people, outside a protest.',
    decisive: 'state forces (or those holding de facto control) detain a significant person or many people.',
    neighbours: 'Protest with intervention (arrests at a protest); Abduction (by an armed group, or without process).',
    rules: [
      { id: 'arrest.detained', why: 'Codebook: state forces detain a significant individual or many people.', all: ['ARREST'], none: ['PROTEST'], score: 62 },
      { id: 'arrest.held', why: 'Codebook: arrests; "held / jailed / captured" alone.', all: ['ARREST_WEAK'], none: ['PROTEST'], score: 34 },
      // case4:
      // Neighbour: Disrupted weapons use (weapons, not people, intercepted or found).
      { id: 'arrest.suspects-intercepted', why: 'Codebook: Arrests are state forces detaining people; suspects intercepted or caught are detained.', all: ['INTERCEPT', 'SUSPECTS'], object: 'SUSPECTS', none: ['WEAPON_SEIZE', 'PROTEST', 'KILL'], score: 66 },
      // case5:
      // Neighbour: Armed clash (a raid told with the force and the group named, but no fighting: the detention is the news).
      { id: 'arrest.by-state', why: 'Codebook: Arrests are state forces detaining people; an arrest verb whose agent is a state force, with no fighting or harm told ("troops detained three suspected militants in a raid").', all: ['ARREST'], agent: 'state', none: ['KILL', 'HARM', 'HARM_ACT', 'FIRED', 'CLASH', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND', 'SUICIDE', 'EXPLOSIVE'], score: 72 },
      // world8:
      // Neighbour: Abduction/forced disappearance (abduction.detained-by-group, 70: a non-state group's detentions). The
      // Houthis and the Taliban's authorities hold territory as its government: their detentions are arrests, by the
      // codebook's "state forces or others exercising de facto control". Ransom or hostages keep it an abduction.
      { id: 'arrest.by-de-facto-authority', why: 'Codebook: Arrests are detentions by state forces or other actors exercising de facto control of a territory; the Houthis in Sanaa and the Taliban authorities detaining people.', all: ['ARREST', 'DE_FACTO_AUTHORITY'], none: ['PROTEST', 'RANSOM', 'KILL', 'CLASH', 'ABDUCT'], score: 74 },
      // strat11:
      // Neighbour: Other (a coup: "martial law" alone is COUP's; "under martial law" is read whole, the law the arrest is made under,
      // and this row names why over arrest.by-state's, which reads the same arrests).
      { id: 'arrest.under-emergency-law', why: 'Codebook: Arrests are state forces detaining people; an arrest made under martial law or a state of emergency is an arrest, the law in force no coup.', all: ['ARREST', 'EMERGENCY_FRAME'], agent: 'state', none: ['KILL', 'HARM', 'HARM_ACT', 'FIRED', 'CLASH', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND', 'SUICIDE', 'EXPLOSIVE'], score: 74 },
      // recall16b: Neighbour: Protest with intervention (arrests at the demonstration: protest.dispersed, 86). Violence told rules it out.
      { id: 'arrest.after-protest', why: 'Codebook: Arrests are detentions outside a demonstration, Protest with intervention arrests at one; people detained "after the protest" or "the day after the demonstration" were taken once it was over, an arrest.', all: ['ARREST', 'AFTER_PROTEST'], none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'DEADLY', 'KILL', 'PROTEST_FORCE', 'LETHAL_FORCE'], score: 88 },
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
      // Neighbours: no event (talks, schools or clinics that resumed or halted: no party acts), Agreement (a ceasefire "ended" is
      // AGREEMENT's word, scored higher).
      // case32: not talks that resume or halt ("talks between the government and rebel negotiators resumed"): diplomacy, no
      // change in what a group does on the ground (an agreement reached is Agreement's).
      { id: 'change.activity', why: 'Codebook: Change to group/activity covers significant changes in a group\'s activity; a force or armed group that halts, suspends, resumes or calls off what it does.', all: ['ACTIVITY_CHANGE'], agent: ['state', 'nonstate'], none: ['TALKS'], score: 32 },
      // case4:
      // Neighbour: Headquarters or base established (a base founded, base.established 78).
      { id: 'change.group-founded', why: 'Codebook: Change to group/activity covers the formation of new groups; a militia, brigade or armed wing formed or set up.', all: ['FOUND', 'GROUP_NOUN'], object: 'GROUP_NOUN', none: [...FIGHT_OR_HARM, 'PROTEST', 'PROTEST_WEAK'], score: 60 },
      { id: 'change.forces-sent', why: 'Codebook: Change to group/activity covers troop movements and reinforcements; fighters, troops or arms sent or brought somewhere, with no violence told.', all: ['SEND', 'MATERIEL'], object: 'MATERIEL', none: [...FIGHT_OR_HARM, 'PROTEST', 'ARREST', 'INTERCEPT'], score: 58 },
      // acled5:
      // Neighbours: Attack (the people handing out are harmed: violence words rule it out); Looting (goods taken, not given).
      { id: 'change.group-hands-out', why: 'Codebook: Change to group/activity covers significant changes in an armed group\'s or force\'s activity beyond violence; a group, gang or force handing out food, aid, money or leaflets to people (ACLED recorded such activity of armed groups during the COVID-19 pandemic).', all: ['DISTRIBUTE', 'HANDOUT'], object: 'HANDOUT', agent: 'nonstate', none: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ABDUCT', 'ARREST', 'PROTEST', 'PROTEST_WEAK', 'AIR', 'SHELL', 'EXPLOSIVE', 'LOOT', 'SEIZE_GOODS'], score: 66 },
      // acled6:
      // Neighbours: Armed clash and the remote-violence sub-types (the operation's fighting or strikes are told: violence words
      // rule it out, and the violence is the event); Arrests (a crackdown that detains people: ARREST rules it out).
      { id: 'change.operation-launched', why: 'Codebook: Change to group/activity covers significant changes in a group\'s or force\'s activity; a force launching a new military or security operation, with no fighting or harm told.', all: ['LAUNCH_OP'], none: [...VIOLENCE_BESIDE_CHANGE, 'ARREST', 'PROTEST'], score: 66 },
      // strat7:
      // Neighbours: Abduction (forced recruitment: ABDUCT reads "forcibly recruited" whole, and rules this out); Attack ("launched a
      // recruitment drive" is read whole, so "launched" tells no attack).
      { id: 'change.recruitment', why: 'Codebook: Change to group/activity covers significant changes in an armed group\'s activity, such as recruitment drives and the arming of civilians; an armed side enlisting or arming people, with no violence told.', all: ['RECRUIT_DRIVE'], agent: ['state', 'nonstate'], none: NOT_QUIET_CHANGE, score: 66 },
      // Neighbour: Attack / Armed clash (a leader killed: violence rules it out, except as the cause "after the death of").
      { id: 'change.leadership', why: 'Codebook: Change to group/activity covers a change in an armed group\'s leadership; a group or force that names, appoints or replaces its leader or commander.', all: ['LEADER_ACT', 'LEADER_NOUN'], object: 'LEADER_NOUN', objectAfter: true, reach: 4, any: ['ARMED', 'MILITANT', 'STATE_FORCE', 'GROUP_NOUN'], none: NOT_QUIET_CHANGE, score: 64 },
      // Neighbours: Peaceful protest (a strike or shutdown called by traders or a union: a crowd is no armed side). Forces' curfews
      // were typed so before (change.deployment-by-force, CHANGE's "curfew"), and are kept so.
      { id: 'change.group-restricts', why: 'Codebook: Change to group/activity covers changes in an armed group\'s activity; a group that imposes a curfew, a lockdown, a ban or a stay-at-home order on people where it holds sway, with no violence told.', all: ['RESTRICT'], agent: ['state', 'nonstate', 'unknown'], none: NOT_QUIET_CHANGE, score: 66 },
      // A ban told by its verb needs its doer named before it: "banned chlorine munitions were dropped" describes a weapon.
      { id: 'change.group-bans', why: 'Codebook: Change to group/activity covers changes in an armed group\'s activity; an armed group or force that bans or prohibits something where it holds sway (music, phones, the sale of goods), with no violence told.', all: ['BAN_ACT'], agent: ['state', 'nonstate'], none: NOT_QUIET_CHANGE, score: 64 },
      // Neighbours: Peaceful protest and Violent demonstration (roads closed by protesters: a crowd is no armed side); the violence
      // the measures answer ("heightened security after the attack": violence rules it out, and is the event).
      { id: 'change.force-posture', why: 'Codebook: Change to group/activity covers significant changes in a force\'s or group\'s activity, such as security measures, troop movements and displays of force; crossings or roads closed, barriers or trenches dug, units stationed, a parade of fighters.', all: ['FORCE_POSTURE'], agent: ['state', 'nonstate'], none: NOT_QUIET_CHANGE, score: 58 },
      { id: 'change.force-closes-crossing', why: 'Codebook: Change to group/activity covers security measures of a force or group; a force that closes or seals a border crossing, its roads or an airport, with no violence told.', all: ['CLOSE_ACT', 'CROSSING'], object: 'CROSSING', objectAfter: true, reach: 3, agent: ['state', 'nonstate'], none: NOT_QUIET_CHANGE, score: 58 },
      // Neighbours: Non-violent transfer of territory (a place handed over: "handed over their weapons" is read whole, no
      // handover of ground); Agreement (fighters who surrender: AGREE_WEAK's "surrender").
      { id: 'change.arms-handover', why: 'Codebook: Change to group/activity covers weapons handovers and demobilisation; fighters who hand in their weapons, with no violence told.', all: ['ARMS_HANDOVER'], none: [...NOT_QUIET_CHANGE, 'AGREE_WEAK', 'TALKS'], score: 66 },
      // gap7:
      // Neighbours: every incident (NOT_QUIET_ANNOUNCEMENT: "the army announced it had killed 20 militants" is the killing); Peaceful protest
      // (a crowd's announced march: the agent must be an armed side).
      { id: 'change.group-announces', why: 'Codebook: Change to group/activity covers significant changes in an armed group\'s activity; an armed group or force that announces, declares or vows a new course (a blockade, a campaign, an administration), with no incident told.', all: ['ANNOUNCE'], agent: ['state', 'nonstate'], subjectAgent: true, none: NOT_QUIET_ANNOUNCEMENT, score: 30 },
      // Neighbour: Peaceful protest (PROTEST's "blockade": a crowd's road blockade); the siege's own violence (NOT_QUIET_ANNOUNCEMENT).
      { id: 'change.group-besieges', why: 'Codebook: Change to group/activity covers changes in an armed group\'s activity; an armed side that lays a blockade or siege on a place, with no violence told.', all: ['SIEGE'], agent: ['state', 'nonstate', 'unknown'], none: NOT_QUIET_ANNOUNCEMENT, score: 66 },
      // case8:
      // Neighbour: Agreement (agreement.signed 58), a truce the sides agree to. Scored as it is, below a clear lead (index.ts
      // CLEAR_LEAD), so a truce told in a background clause never displaces the incident the report leads with.
      { id: 'change.unilateral-truce', why: 'Codebook: Agreement records agreements between actors; a ceasefire or truce one side declares alone is a change in its activity (Change to group/activity).', all: ['UNILATERAL'], none: ['KILL', 'CLASH', 'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 58 },
      // case9s:
      // Neighbour: Non-violent transfer of territory (transfer.handover 86): weapons, not a place, are what is handed over.
      { id: 'change.weapons-handed-over', why: 'Codebook: Change to group/activity covers weapons handovers and demobilisation; fighters who hand over rifles, guns or ammunition told as the object of the handover, with no violence told.', all: ['HANDOVER', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', objectAfter: true, reach: 4, none: [...VIOLENCE_BESIDE_ACT, 'ARREST', 'PROTEST'], score: 88 },
      // Neighbours: Non-violent transfer of territory (transfer.withdrawal 50, transfer.taken-after-withdrawal 86, transfer.handover
      // 86): a place taken over, entered or handed to another side after the withdrawal is a transfer; Armed clash (a withdrawal
      // after fighting: violence rules it out); Agreement (a withdrawal agreed: 58).
      { id: 'change.forces-withdraw', why: 'Codebook: Non-violent transfer of territory is a location acquired by another actor without a violent interaction; a force or group that only withdraws or pulls out, with no one told taking over, handed the place or fighting, moves its forces (Change to group/activity: troop movements).', all: ['WITHDRAW'], agent: ['state', 'nonstate'], none: [...VIOLENCE_BESIDE_ACT, 'TAKE_TERRITORY', 'TAKE_PLAIN', 'OVERTAKE', 'OVERTAKE_WEAK', 'REGAIN', 'HANDOVER', 'TRANSFER_WEAK', 'TAKEOVER', 'NONVIOLENT', 'EXPEL', 'ARREST', 'PROTEST', 'AGREEMENT', 'AGREE_MORE', 'SHELL_WEAK', 'AIR_WEAK'], score: 52 },
      // Neighbour: Agreement (agreement.agreed 36, agreement.signed 58): talks or a deal named as the split's cause.
      { id: 'change.group-splits', why: 'Codebook: Change to group/activity covers significant changes in a group\'s structure; a group that splits, breaks away or ends an alliance, with no violence told.', all: ['GROUP_SPLIT'], none: [...VIOLENCE_BESIDE_ACT, 'ARREST', 'PROTEST'], score: 62 },
      // strat11:
      // Neighbours: Headquarters or base established ("relocated its headquarters": the base is the verb's object, base.* type it;
      // "relocated its fighters to new positions": the forces are, and the place they go is no base set up, hence the score over
      // base.established's); the violence of the forces moved (violence rules it out).
      { id: 'change.forces-relocated', why: 'Codebook: Change to group/activity covers the movement of forces; an armed side that relocates or sets up its fighters, troops or armour somewhere, with no violence told.', all: ['ESTABLISH', 'MATERIEL'], object: 'MATERIEL', objectAfter: true, reach: 2, agent: ['state', 'nonstate'], none: NOT_QUIET_CHANGE, score: 80 },
      // Neighbours: Disrupted weapons use and Arrests (weapons or suspects shown to the press after a seizure: a taking rules it out).
      { id: 'change.forces-paraded', why: 'Codebook: Change to group/activity covers displays of force by armed actors; a force or group that parades or displays its troops, fighters or armour, with no violence or seizure told.', all: ['DISPLAY', 'MATERIEL'], object: 'MATERIEL', objectAfter: true, reach: 4, agent: ['state', 'nonstate'], none: [...NOT_QUIET_CHANGE, ...TAKEN], score: 60 },
      // recall14: Neighbours: the idiom "dug in their heels" (HEELS); a force that digs in and fights (a fight told rules it out);
      // a protest that digs in (demonstrators who stay put: Peaceful protest, PROTEST and its demands rule this out).
      { id: 'change.force-digs-in', why: 'Codebook: Change to group/activity covers significant changes in a group\'s activity such as troop movements; a force or armed group that digs in or fortifies its positions, with no violence told.', all: ['DIG_IN'], any: ['STATE_FORCE', 'MILITANT', 'ARMED'], none: ['HEELS', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'ATTACK', 'KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'SHELL', 'AIR'], score: 58 },
      // loot15:
      // Neighbours: Peaceful protest and Violent demonstration (people who block a road: no force or armed group is the subject;
      // a protest, crowd or riot told rules it out), Other (one force stopping another's patrol: other.force-bars-force).
      { id: 'change.armed-side-blocks-road', why: 'Codebook: Change to group/activity covers security measures and changes in an armed group\'s activity; a force or armed group, named as the subject, that blocks or closes a road, with no violence or demonstration told.', all: ['BLOCK_ROAD', 'ROAD'], object: 'ROAD', objectAfter: true, reach: 3, agent: ['state', 'nonstate'], subjectAgent: true, none: [...NOT_QUIET_CHANGE, 'CROWD', 'GRIEVANCE', 'RIOT', 'RIOT_WEAK', 'STORY_PROTEST', 'FORCE_MOVE'], score: 58 },
      // Neighbours: Non-violent transfer of territory (a place taken over or handed over: those words rule it out), Armed clash
      // and Attack (the convoy attacked or fighting: violence rules it out).
      { id: 'change.convoy-moves', why: 'Codebook: Change to group/activity covers troop movements; a military convoy, column or patrol that enters, arrives or is sent somewhere, with no violence told.', all: ['FORCE_MOVE'], any: ['TRANSFER_WEAK', 'ARRIVE', 'SEND', 'DEPLOY'], none: [...NOT_QUIET_CHANGE, 'BAR_ACT', 'TAKE_TERRITORY', 'TAKE_PLAIN', 'OVERTAKE', 'OVERTAKE_WEAK', 'REGAIN', 'HANDOVER', 'TAKEOVER', 'TARGET_MIL'], score: 50 },
      // Neighbours: Arrests (people held in the operation: ARREST rules it out), the violence sub-types (fighting, killing, strikes
      // in it rule it out), change.operation-launched (a new operation launched: LAUNCH_OP reads the longer phrase).
      { id: 'change.operation-conducted', why: 'Codebook: Change to group/activity covers significant changes in a force\'s or group\'s activity such as troop movements; a force or group that conducts or carries out an operation or sweep, with no fighting, harm or arrest told.', all: ['CONDUCT', 'OP_NOUN'], object: 'OP_NOUN', objectAfter: true, reach: 4, agent: ['state', 'nonstate'], none: [...NOT_QUIET_CHANGE, 'ARREST_WEAK', 'ABDUCT', 'LOOT', 'LOOT_WEAK', 'SEIZE_GOODS', 'INTERCEPT'], score: 58 },
      // Arms told as a load that lands or arrives ("a shipment of rockets landed at the airport"): a delivery, no projectile fired; it
      // outscores shell.projectile-landed (74). Neighbours: Shelling (rockets that land with no load told), Disrupted weapons use
      // (the shipment seized: INTERCEPT rules it out).
      { id: 'change.arms-shipment-arrives', why: 'Codebook: Change to group/activity covers troop movements and arms transfers; a shipment or consignment of weapons that lands or arrives somewhere, with no violence told, moves a side\'s arms.', all: ['CARGO'], any: ['ARRIVE', 'LANDED'], none: [...NOT_QUIET_CHANGE, 'INTERCEPT', 'HARM', 'KILL'], score: 76 },
      // batt15b: ENTERED (case7's entering words, read before only with fighting told beside them) alone.
      // Neighbours: Non-violent transfer of territory (the place handed over, taken over, or left by the other side: HANDOVER,
      // WITHDRAW, TRANSFER rule this out and transfer.* type it), the territory sub-types (a taking or fighting told:
      // NOT_QUIET_CHANGE and the taking words rule it out; the holders fleeing or surrendering, SIDE_FLED, FLED, DISPLACE, AGREE_WEAK, leave it to
      // transfer.entered). Scored over transfer.entered (35), which read entry alone as a transfer.
      { id: 'change.force-entered', why: 'Codebook: Non-violent transfer of territory is a location acquired by another actor without a violent interaction, and Change to group/activity covers troop movements; a force or armed group that only enters or moves into a place, with nothing told of control taken, handed over or given up, moves its forces.', all: ['ENTERED'], any: ['STATE_FORCE', 'MILITANT'], agent: ['state', 'nonstate'], none: [...NOT_QUIET_CHANGE, 'TAKE_TERRITORY', 'TAKE_PLAIN', 'OVERTAKE', 'OVERTAKE_WEAK', 'REGAIN', 'HANDOVER', 'WITHDRAW', 'TRANSFER', 'NONVIOLENT', 'LOST_CONTROL', 'EXPEL', 'SIDE_FLED', 'FLED', 'DISPLACE', 'AGREE_WEAK', 'TALKS'], score: 40 },
      // strat17:
      // Neighbours: Agreement (agreement.signed 58 read the deal named as what is left: a side leaving it reaches none), the territory
      // sub-types (a force withdrawing from a place: the deal must be the object, right after the verb), an attack in breach of a
      // truce (violence rules it out).
      { id: 'change.quits-deal', why: 'Codebook: Change to group/activity covers significant changes in a group\'s activity, and Agreement records agreements reached; a side that withdraws from, pulls out of or abandons a ceasefire or peace deal, with no violence told, changes its own course.', all: ['WITHDRAW', 'AGREEMENT'], object: 'AGREEMENT', objectAfter: true, reach: 4, none: NOT_QUIET_CHANGE, score: 62 },
    ] },
  { subEventType: 'Disrupted weapons use', eventType: 'Strategic developments',
    definition: 'An attack is prevented: explosives defused, missiles intercepted, weapons seized.',
    decisive: 'a weapon is defused, intercepted, shot down or seized before it does harm.',
    neighbours: 'the remote-violence sub-types (the weapon went off); Arrests (people, not weapons, are taken).',
    rules: [
      // (acled4) Weapons taken in the fighting the sentence tells are part of that battle, not a disrupted use of their own; (dwu14)
      // so are those an attacker carries off from the post it stormed, killing its guards (the loot of a raid is part of the attack).
      { id: 'disrupted.weapons-seized', why: 'Codebook: explosives defused or weapons seized; a finding or seizing verb with a weapon as its object, with no fighting told (weapons taken in a battle are part of it).', all: ['INTERCEPT', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', none: ['CLASH', 'KILL_PLAIN'], score: 92 },
      // "Soldiers defused a roadside bomb": the device's name is a longer cue than WEAPON_SEIZE's "bomb", so it needs its own row.
      // Neighbour: Remote explosive/landmine/IED (the device went off).
      { id: 'disrupted.defused', why: 'Codebook: disrupted weapons use includes explosives defused before they go off; a defusing word with a bomb, IED or mine named.', all: ['DEFUSE', 'EXPLOSIVE'], none: ['SUICIDE_ACT', 'KILL', 'HARM'], score: 91 },
      { id: 'disrupted.intercepted', why: 'Codebook: a missile or aircraft intercepted or shot down.', all: ['INTERCEPT'], any: ['AIR_WEAK', 'SHELL_WEAK', 'SHELL', 'AIR'], score: 90 },
      { id: 'disrupted.premature-detonation', why: 'Codebook: disrupted weapons use includes the accidental detonation of explosives by those allegedly responsible ("exploded prematurely", "while planting").', all: ['MISFIRE'], any: ['EXPLOSIVE', 'SHELL_WEAK', 'SHELL', 'GRENADE', 'KILL', 'HARM'], score: 93 },
      // case4:
      { id: 'disrupted.weapons-found', why: 'Codebook: disrupted weapons use covers weapons or explosives found or seized before use; a finding word with a weapon as its object.', all: ['FIND', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', none: ['KILL', 'HARM'], score: 90 },
      // case5:
      { id: 'disrupted.device-found', why: 'Codebook: disrupted weapons use covers explosives found before they go off; a finding word and a bomb or mine in one sentence, with no blast harm told.', all: ['FIND', 'EXPLOSIVE'], none: ['KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'SUICIDE_ACT'], score: 89 },
      // Neighbours: Suicide bomb (95) and the other remote-violence sub-types, whose weapon went off.
      { id: 'disrupted.plot-foiled', why: 'Codebook: disrupted weapons use covers attacks foiled before the weapon is used; "foiled / thwarted / averted" with a plot as its object.', all: ['FOIL', 'PLOT'], object: 'PLOT', reach: 4, none: ['CLASH'], score: 96 },
      { id: 'disrupted.bombing-foiled', why: 'Codebook: disrupted weapons use covers a bombing prevented before the device goes off; "foiled / thwarted" with a suicide attack or bomb as its object (an armed attack repelled is a battle: Armed clash).', all: ['FOIL', 'SUICIDE_ACT'], object: 'SUICIDE_ACT', reach: 4, none: ['CLASH'], score: 96 },
      { id: 'disrupted.device-foiled', why: 'Codebook: disrupted weapons use; "foiled / thwarted" with a bomb or explosive device as its object.', all: ['FOIL', 'EXPLOSIVE'], object: 'EXPLOSIVE', reach: 4, none: ['CLASH', 'KILL', 'HARM'], score: 96 },
      { id: 'disrupted.dud', why: 'Codebook: disrupted weapons use covers a weapon stopped before it does harm (a bomber shot before detonating, a grenade that failed to explode, a missile destroyed in the air).', all: ['DUD'], any: WEAPONS, score: 96 },
      // strat7:
      // Neighbours: Remote explosive/landmine/IED and Shelling (the weapon went off: what it destroyed stands after "destroyed",
      // never the weapon itself, and blast harm rules it out); Air/drone strike (a depot destroyed from the air: AIR rules it out).
      { id: 'disrupted.weapons-cleared', why: 'Codebook: Disrupted weapons use covers weapons seized and explosives defused or destroyed before use; a side that destroys, removes or clears weapons or explosives told as its object.', all: ['CLEAR', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', objectAfter: true, reach: 4, none: WEAPON_USED, score: 90 },
      { id: 'disrupted.explosives-cleared', why: 'Codebook: Disrupted weapons use covers explosives defused or destroyed before use; mines, bombs or IEDs cleared, removed or destroyed by those who found them.', all: ['CLEAR', 'EXPLOSIVE'], object: 'EXPLOSIVE', objectAfter: true, reach: 4, none: WEAPON_USED, score: 90 },
      // case9s:
      // Neighbour: Remote explosive/landmine/IED (explosive.device 70): a device an armed group or no one named sets off is a blast;
      // only a state force named as the subject of the detonating verb, with a device as its object, makes it harmless.
      { id: 'disrupted.force-detonates-device', why: 'Codebook: Disrupted weapons use covers explosives destroyed or detonated in a controlled way before use; a state force, named as the subject, that detonates or blows up a bomb, mine or IED, with no one harmed.', all: ['DETONATE_ACT', 'EXPLOSIVE'], object: 'EXPLOSIVE', objectAfter: true, reach: 4, agent: 'state', subjectAgent: true, none: VIOLENCE_BESIDE_ACT, score: 92 },
      // dwu14:
      // Neighbours: Air/drone strike and Shelling (the drone or missile destroyed something: an active "destroyed", whose subject it
      // is, or harm told, rules these out); Armed clash (the drones destroyed in a fight).
      ...(['AIR_WEAK', 'SHELL_WEAK'] as Concept[]).map((c): SubEventRule => ({ id: `disrupted.${c === 'AIR_WEAK' ? 'drone' : 'missile'}-destroyed`,
        why: 'Codebook: Disrupted weapons use covers missiles, rockets and drones intercepted or destroyed in the air before they strike; a drone, missile or rocket told as the subject of a passive "was destroyed" or "were neutralised", with no harm told.',
        all: ['CLEAR', c], object: c, passiveObject: true, none: [...WEAPON_USED, 'STRIKE_VERB', 'ATTACK'], score: 90 })),
      // Neighbours: Armed clash (the platforms taken in a fight: violence rules it out), Arrests (people, not vehicles, captured),
      // Looting/property destruction (civilian vehicles or goods seized: no weapons platform).
      ...(['ARREST_WEAK', 'INTERCEPT'] as Concept[]).map((c): SubEventRule => ({ id: `disrupted.platform-${c === 'ARREST_WEAK' ? 'captured' : 'seized'}`,
        why: 'Codebook: Disrupted weapons use covers the seizure of weapons or weapons platforms such as jets, helicopters and tanks; a side that captures or seizes tanks, armoured vehicles or artillery pieces, with no fighting told.',
        all: [c, 'PLATFORM'], object: 'PLATFORM', objectAfter: true, reach: 4, none: [...WEAPON_USED, 'ATTACK', 'ABDUCT'], score: 90 })),
      // case15: Neighbours: Arrests (people taken with no weapon on them: arrest.by-state 72); Remote explosive/landmine/IED and
      // Suicide bomb (the device went off: harm, a blast's strike or fighting told rules these rows out); Armed clash (weapons
      // taken in a fight). The arrest is how the weapons were taken; ACLED codes the weapons' seizure.
      { id: 'disrupted.caught-with-weapons', why: 'Codebook: Disrupted weapons use covers weapons seized before use; people arrested or caught with weapons or explosives on them ("arrested with explosives", "in possession of grenades") had them seized, the weapons told after the phrase.', all: ['CAUGHT_WITH', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', objectAfter: true, reach: 4, none: CAUGHT_VIOLENCE, score: 93 },
      { id: 'disrupted.arrested-carrying-weapons', why: 'Codebook: Disrupted weapons use covers weapons seized before use; someone arrested while carrying, wearing or smuggling weapons or explosives ("arrested a man carrying a hand grenade") had them seized.', all: ['CARRYING', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', objectAfter: true, reach: 4, any: ['ARREST', 'ARREST_WEAK', 'CAUGHT_WITH'], none: CAUGHT_VIOLENCE, score: 93 },
      // Neighbour: Suicide bomb (suicide.act 95: the vest went off, harm or a blast told rules these out).
      { id: 'disrupted.vest-seized', why: 'Codebook: Disrupted weapons use covers explosives seized or defused before use; a suicide vest or belt found, seized or recovered, told after the verb, was never set off.', all: ['INTERCEPT', 'VEST'], object: 'VEST', objectAfter: true, reach: 4, none: CAUGHT_VIOLENCE, score: 97 },
      { id: 'disrupted.arrested-with-vest', why: 'Codebook: Disrupted weapons use covers attacks prevented before the weapon is used; someone arrested wearing or carrying a suicide vest or belt never set it off.', all: ['CARRYING', 'VEST'], object: 'VEST', objectAfter: true, reach: 4, any: ['ARREST', 'ARREST_WEAK', 'CAUGHT_WITH', 'FOIL'], none: CAUGHT_VIOLENCE, score: 97 },
      { id: 'disrupted.caught-with-vest', why: 'Codebook: Disrupted weapons use covers attacks prevented before the weapon is used; someone caught with a suicide vest or belt never set it off.', all: ['CAUGHT_WITH', 'VEST'], object: 'VEST', objectAfter: true, reach: 4, none: CAUGHT_VIOLENCE, score: 97 },
      // Neighbours: Remote explosive/landmine/IED (a device that went off: harm or a strike told rules it out; "homes were destroyed
      // by a bomb" has the homes, not the bomb, as the passive's subject).
      { id: 'disrupted.explosives-cleared-passive', why: 'Codebook: Disrupted weapons use covers explosives defused or destroyed before use; mines, bombs or IEDs told as the subject of a passive "were cleared / was removed / were destroyed" (general English: the passive promotes the object to subject), with no harm told.', all: ['CLEAR', 'EXPLOSIVE'], object: 'EXPLOSIVE', passiveObject: true, none: [...CAUGHT_VIOLENCE, 'STRIKE_VERB', 'ATTACK', 'SUICIDE_ACT'], score: 90 },
      // remote17:
      // Heavy weapons (heavy machine guns, anti-aircraft guns, recoilless rifles) found or seized: HEAVY_WEAPON's longer words hide
      // WEAPON_SEIZE's "machine gun*" and "rifle", so disrupted.weapons-seized never read them. Neighbours: Shelling (the heavy weapons
      // fired: WEAPON_USED rules it out), Armed clash (taken in a fight), Looting/property destruction (a group takes them:
      // loot.group-takes-weapons, 93).
      { id: 'disrupted.heavy-weapons-seized', why: 'Codebook: Disrupted weapons use covers weapons and weapons platforms seized before use; heavy weapons told as the object of a finding or seizing verb, with no fighting or firing told, were seized.', all: ['INTERCEPT', 'HEAVY_WEAPON'], object: 'HEAVY_WEAPON', objectAfter: true, reach: 3, none: [...WEAPON_USED, 'ATTACK', 'ABDUCT', 'KILL_PLAIN'], score: 92 },
      // Weapons told as what a force "captured", right after the verb ("soldiers captured rifles and ammunition"): a seizure, not
      // people held (arrest.held read the verb alone). Neighbours: Arrests (people captured: "captured two men with rifles", the
      // weapon too far from the verb), Looting/property destruction (a non-state group takes the weapons: the agent must be a
      // force or no one named), Armed clash (taken in a fight: WEAPON_USED).
      { id: 'disrupted.weapons-captured', why: 'Codebook: Disrupted weapons use covers weapons seized before use; weapons told as the object of "captured", right after it, by a force or no one named, were seized.', all: ['ARREST_WEAK', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', objectAfter: true, reach: 2, agent: ['state', 'unknown'], none: [...WEAPON_USED, 'ATTACK', 'ABDUCT'], score: 90 },
      // People arrested "with" weapons told after the arrested ("arrested two men with explosives", "detained a suspect with a
      // pistol"): the split form of CAUGHT_WITH's "arrested with"; the arrest is how the weapons were taken (case15's reading).
      // Neighbours: Arrests (no weapon after "with": "arrested a man with links to the group"), the violence sub-types (the weapons
      // used: CAUGHT_VIOLENCE), Protest with intervention (arrests at a protest).
      { id: 'disrupted.arrested-with-arms', why: 'Codebook: Disrupted weapons use covers weapons seized before use; people arrested with weapons or explosives on them, told after "with" right after the arrested, had them seized.', all: ['ARREST', 'ARMS_WITH'], object: 'ARMS_WITH', objectAfter: true, reach: 4, none: [...CAUGHT_VIOLENCE, 'PROTEST', 'PROTEST_WEAK'], score: 93 },
    ] },
  { subEventType: 'Headquarters or base established', eventType: 'Strategic developments',
    definition: 'An armed group establishes a permanent or semi-permanent base or headquarters.',
    decisive: 'a (non-state) armed group sets up a base, camp or headquarters.',
    neighbours: 'Change to group/activity (movement, not a new base); Non-violent transfer of territory.',
    rules: [
      // (case9s) The base is what is set up, next to the verb, and no violence is told: "opened fire ... camps", "positions ... at
      // the construction site" set up nothing.
      { id: 'base.established', why: 'Codebook: an organised armed group establishes a permanent or semi-permanent base; a base, camp or post told beside the setting-up word, with no violence told.', all: ['ESTABLISH', 'BASE'], object: 'BASE',
        // strat17: no demonstration, arrest or abduction (codebook: a base is an organised armed group's; a protest camp is the
        // demonstrators', and people detained or taken beside a camp's name are that act). Fighting beside it stays (a base set up
        // after the clashes is still the base). Round 38: nor a building ransacked or destroyed ("ransacked and pulled down the newly
        // built party office": Looting/property destruction of it).
        none: ['ABDUCT', 'ARREST', 'PROTEST', 'GRIEVANCE', 'STORY_PROTEST', 'LOOT'], score: 78 },
      // case4:
      { id: 'base.established-more', why: 'Codebook: an organised armed group establishes a permanent or semi-permanent base or headquarters; a base, hideout or presence set up.', all: ['ESTABLISH_MORE'], any: ['BASE', 'BASE_MORE'], none: ['ATTACK', 'KILL', 'CLASH', 'AIR', 'SHELL', 'EXPLOSIVE', 'PROTEST'], score: 76 },
      { id: 'base.established-presence', why: 'Codebook: a base or headquarters established; a setting-up word with a hideout, camp or presence.', all: ['ESTABLISH', 'BASE_MORE'], none: ['ATTACK', 'KILL', 'CLASH', 'AIR', 'SHELL', 'EXPLOSIVE', 'PROTEST'], score: 76 },
      // strat7:
      // Neighbours: the violence done from it or to it (an air strike on a school used as a base: AIR rules it out).
      { id: 'base.building-used', why: 'Codebook: Headquarters or base established is an organised armed group setting up a permanent or semi-permanent base; a building turned into a group\'s headquarters or used as its base.', all: ['BASE_USE'], none: ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED', 'AIR', 'STRIKE_NOUN', 'SHELL', 'EXPLOSIVE', 'PROTEST'], score: 77 },
      // recall9:
      // "The insurgents have moved their headquarters to the town": a base set up elsewhere is established there; the moving word
      // with the base as its object, next to it (neighbour: change.forces-sent, troops or arms moved: Change to group/activity).
      // world37: a group that moves into a camp or base takes it up as its own ("Wagner fighters have moved into a former military
      // field camp near the village"): the moving-in word with the base as its object. A state force moving into a base is a
      // troop movement (Change to group/activity), as the codebook keeps this sub-type for organised armed groups.
      { id: 'base.moved-into', why: 'Codebook: Headquarters or base established is an organised armed group establishing a permanent or semi-permanent base; a non-state group that moves into a camp, base or post, with no violence told.', all: ['TAKEOVER', 'BASE'], object: 'BASE', objectAfter: true, reach: 5, agent: 'nonstate', none: ['ATTACK', 'KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'AIR', 'SHELL', 'EXPLOSIVE', 'PROTEST', 'ARREST', 'WITHDRAW'], score: 78 },
      { id: 'base.moved', why: 'Codebook: Headquarters or base established is an organised armed group establishing a permanent or semi-permanent base or headquarters; a group that moves its base or headquarters to a new place.', all: ['SEND', 'BASE'], object: 'BASE', reach: 1, agent: ['nonstate', 'state'], none: ['ATTACK', 'KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'AIR', 'SHELL', 'EXPLOSIVE', 'PROTEST', 'ARREST'], score: 78 },
    ] },
  { subEventType: 'Looting/property destruction', eventType: 'Strategic developments',
    definition: 'Property is looted or destroyed outside a violent engagement.',
    decisive: 'goods are looted or property burnt or demolished, with no fight or riot.',
    neighbours: 'Violent demonstration (demonstrators burn or loot); Attack (people are harmed); Disrupted weapons use (weapons, not goods, are seized).',
    rules: [
      { id: 'loot.looting', why: 'Codebook: looting or property destruction outside other forms of violence such as rioting.', all: ['LOOT'], none: ['PROTEST', 'PROTEST_WEAK', 'RIOT', 'KILL', 'HARM_ACT', 'HARM', 'ABDUCT', 'SEXUAL'], score: 73 },
      // world31: a state force's detonating verb with houses or buildings as its object is a demolition (disrupted.force-detonates-device
      // reads the same verb with a device as its object) (codebook: Looting/property destruction covers
      // the destruction of property by state forces outside other violence, such as demolitions). Neighbours: Remote
      // explosive/landmine/IED (explosive.device 70: an armed group's or no one's blast), Air/drone strike and Shelling (their words
      // rule it out), the force's violence on people (harm rules it out).
      { id: 'loot.force-blows-up-property', why: 'Codebook: Looting/property destruction covers the destruction of property by state forces outside other violence, such as demolitions; a state force, named as the subject, that blows up or detonates houses or buildings, with no one harmed.', all: ['DETONATE_ACT', 'PROPERTY'], object: 'PROPERTY', objectAfter: true, reach: 5, agent: 'state', subjectAgent: true, none: PROPERTY_HARM.filter((x) => x !== 'EXPLOSIVE'), score: 74 },
      // Round 45. Neighbours: Protest with intervention (banners or tents a force tears down: no building), Violent demonstration
      // (demonstrators who tear down a statue: PROTEST and RIOT rule it out).
      { id: 'loot.torn-down', why: 'Codebook: Looting/property destruction is property destroyed outside other violence; stalls, houses or other buildings torn or pulled down (WordNet 3.1 "tear down" v.1, "pull down" v.1: raze), told as the verb\'s object, with no one harmed.', all: ['TEAR_DOWN', 'PROPERTY'], object: 'PROPERTY', objectAfter: true, reach: 4, none: ['PROTEST', 'PROTEST_WEAK', 'RIOT', 'KILL', 'HARM_ACT', 'HARM', 'ABDUCT', 'SEXUAL'], score: 73 },
      { id: 'loot.demolished', why: 'Codebook: property destruction outside other violence (homes razed, demolished, bulldozed).', all: ['RAZE'], none: ['PROTEST', 'PROTEST_WEAK', 'RIOT', 'KILL', 'HARM_ACT', 'HARM', 'ABDUCT', 'SEXUAL'], score: 73 },
      { id: 'loot.looting-near-crowd', why: 'Codebook: looting or destruction; with a crowd but no protest named.', all: ['LOOT'], none: ['PROTEST', 'HARM', 'ABDUCT', 'SEXUAL'], score: 60 },
      { id: 'loot.plants-destroyed', why: 'Codebook: Looting/property destruction is the destruction of property outside other forms of violence; trees, orchards or crops uprooted, felled or cut down, with no one harmed, destroy property (a livelihood).', all: ['FELL_PLANTS', 'PLANTS'], object: 'PLANTS', objectAfter: true, reach: 5, none: ['KILL', 'HARM_ACT', 'HARM', 'ABDUCT', 'SEXUAL', 'PROTEST', 'PROTEST_WEAK', 'RIOT'], score: 73 },
      { id: 'loot.demolished-near-crowd', why: 'Codebook: property destruction; with a crowd but no protest named.', all: ['RAZE'], none: ['PROTEST', 'HARM', 'ABDUCT', 'SEXUAL'], score: 60 },
      { id: 'loot.seized-goods', why: 'Codebook: looting or seizing goods or property (livestock, vehicles, food) outside other violence.', all: ['SEIZE_GOODS', 'GOODS'], object: 'GOODS', none: ['PROTEST', 'RIOT', 'KILL', 'HARM_ACT', 'ABDUCT'], score: 74 },
      { id: 'loot.stolen', why: 'Codebook: seizing goods or property; "stole / destroyed" alone.', all: ['LOOT_WEAK'], none: ['PROTEST'], score: 38 },
      // protest6:
      // One or two people throwing a fire bomb at a shop, an office or a house, with no demonstration, crowd, fight, force or
      // harm told, destroy property: no riot (no demonstrators, no mob) and no attack on a person. Neighbours: Violent
      // demonstration (riot.protest-firebombs: a protest or riot told), Mob violence (a crowd throws them), Attack (people hurt).
      { id: 'loot.firebomb-property', why: 'Codebook: Looting/property destruction is the destruction of property outside other forms of violence; a fire bomb thrown at a building with no protest, crowd, fight or casualty told.', all: ['FIREBOMB'], none: [...PROTEST_TOLD, 'CROWD', 'MOB', 'CLASH', 'CLASH_WEAK', 'KILL', 'HARM', 'HARM_ACT', 'STATE_FORCE', 'TARGET_MIL', 'ARMED', 'MILITANT', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 74 },
      // strat7:
      // Neighbours: Attack (people killed, hurt or taken: harm rules it out); Armed clash (a force or its post attacked);
      // Mob violence and Violent demonstration (a crowd or protest does it).
      ...(['LOOT', 'RAZE', 'BURN_ACT', 'ON_FIRE'] as Concept[]).map((c): SubEventRule => ({ id: `loot.raid-${c === 'LOOT' ? 'loots' : c === 'RAZE' ? 'razes' : c === 'BURN_ACT' ? 'burns' : 'sets-on-fire'}`,
        why: 'Codebook: Looting/property destruction is the looting or destruction of property outside other forms of violence; an armed raid on a village or site that burns, razes or loots it and harms no one.',
        all: [c, 'ATTACK'], none: RAID_HARM, score: 66 })),
      // Neighbours: Protest with intervention (protesters evicted from a square: a protest or crowd rules it out); Attack (people
      // beaten or killed in the eviction: harm rules it out).
      { id: 'loot.evicted-from-property', why: 'Codebook: Looting/property destruction covers seizing goods or property outside other violence; an armed side or force that forces people out of their home, land or property.', all: ['EVICT', 'HOLDINGS'], agent: ['state', 'nonstate'], none: [...PROPERTY_HARM, 'CROWD'], score: 74 },
      // Neighbours: the territory sub-types (a town or village taken: a place, not a home, is the object); Arrests.
      { id: 'loot.property-seized', why: 'Codebook: Looting/property destruction covers seizing goods or property outside other violence; an armed side or force that seizes or confiscates a house, shop or land.', all: ['SEIZE_GOODS', 'HOLDINGS'], object: 'HOLDINGS', objectAfter: true, reach: 4, agent: ['state', 'nonstate'], none: [...PROPERTY_HARM, 'ARREST'], score: 74 },
      // clash7:
      // An attack whose object is a building, installation or vehicle, told with its destruction and no one harmed or taken
      // ("gunmen attacked a school and burned classrooms", "attacked a telecommunications mast and set it on fire"). Neighbours:
      // Attack (people harmed: KILL, HARM, HARM_ACT, ABDUCT rule it out; an object right after the verb that is people is no
      // property); Mob violence and Violent demonstration (a crowd or a protest does it); Armed clash (a force's post: TARGET_MIL).
      { id: 'loot.attack-on-property', why: 'Codebook: Looting/property destruction is property destroyed or looted without other violence; an armed group attacking a building, mast or vehicle and burning or wrecking it, with no one harmed, destroys property.', all: ['CLASH_WEAK', 'PROPERTY'], any: ['LOOT', 'LOOT_WEAK', 'BURN_ACT', 'RAZE', 'DESTROY', 'RIOT_WEAK'], object: 'PROPERTY', reach: 3, agent: ['nonstate', 'unknown', 'state'], none: ['KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'SEXUAL', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'TARGET_MIL', 'AIR', 'SHELL', 'EXPLOSIVE', 'GRENADE', 'FIRED', 'CROWD'], score: 70 },
      // clash9:
      // Neighbours: Remote explosive/landmine/IED (an installation blown up with explosives: EXPLOSIVE rules it out here), Attack
      // (anyone harmed), Violent demonstration (demonstrators who vandalise).
      { id: 'loot.armed-sabotage', why: 'Codebook: Looting/property destruction is the destruction of property outside other violence; an armed side or unknown actor that sabotages or vandalises an installation, with no one harmed.', all: ['SABOTAGE', 'PROPERTY'], object: 'PROPERTY', reach: 4, agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'CROWD', 'MOB', 'KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'EXPLOSIVE', 'SEXUAL'], score: 73 },
      // strat11:
      // Neighbours: Remote explosive/landmine/IED and Disrupted weapons use (a landmine: MINE_SITE is read whole, so its "mine" is
      // no explosive); Attack (miners killed or hurt: harm rules it out); Arrests (the miners detained).
      { id: 'loot.mine-site-seized', why: 'Codebook: Looting/property destruction covers seizing or destroying property outside other violence; an armed side or force that seizes, takes over or destroys a gold, coltan or other mine or mining site.', all: ['SEIZE_GOODS', 'MINE_SITE'], object: 'MINE_SITE', objectAfter: true, reach: 6, agent: ['state', 'nonstate'], none: [...PROPERTY_HARM, 'ARREST'], score: 74 },
      // dwu12:
      // Neighbours: Disrupted weapons use (a laid mine destroyed or dismantled: MINE_SITE is a dug mine only, read whole or in a
      // story of digging, dug-mines.ts); Attack (miners killed or hurt: harm rules it out); Arrests (the miners detained).
      ...(['DESTROY', 'CLEAR', 'DEFUSE', 'DETONATE_ACT'] as Concept[]).map((c): SubEventRule => ({ id: `loot.mine-site-${c === 'DESTROY' ? 'destroyed' : c === 'CLEAR' ? 'cleared' : c === 'DEFUSE' ? 'dismantled' : 'blown-up'}`,
        why: 'Codebook: Looting/property destruction covers destroying property outside other violence; an armed side or force that destroys, dismantles or blows up a mine or mining site (a dug mine, no laid one).',
        // "blew up" is also EXPLOSIVE's: told of the mine itself, it is the destroying verb, no blast of its own.
        all: [c, 'MINE_SITE'], object: 'MINE_SITE', reach: 6, agent: ['state', 'nonstate'],
        none: [...PROPERTY_HARM.filter((x) => c !== 'DETONATE_ACT' || x !== 'EXPLOSIVE'), 'ARREST'], score: 74 })),
      // recall14:
      // Neighbours: Mob violence and Violent demonstration (a crowd or protest burns: CROWD, MOB, PROTEST rule it out); Attack (a
      // person burned or anyone hurt: BURN_PERSON and harm rule it out); Arson with no doer named stays unread here (an accident's
      // fire is no event).
      { id: 'loot.armed-side-burns', why: 'Codebook: Looting/property destruction is the destruction of property outside other forms of violence; an armed side or force named as the subject that burns or sets fire to a house, school or vehicle, with no one harmed and no crowd or protest told.', all: ['BURN_ACT'], agent: ['state', 'nonstate'], subjectAgent: true, none: [...PROPERTY_HARM, 'BURN_PERSON', 'CROWD', 'MOB', 'PROTEST', 'PROTEST_WEAK', 'RIOT'], score: 66 },
      // loot15:
      // Neighbours: Disrupted weapons use (an armed drone, a missile or rocket intercepted: its word is no UNARMED_AIRCRAFT, so
      // disrupted.intercepted / disrupted.weapons-seized read it); Armed clash (the aircraft downed in a fight told beside it: CLASH
      // rules it out); Air/drone strike (an aircraft that strikes: AIR rules it out).
      { id: 'loot.unarmed-aircraft-downed', why: 'Codebook: Disrupted weapons use covers weapons seized, defused or intercepted; an aircraft that carries no weapon (a reconnaissance, surveillance or spy drone or plane) shot down, downed or destroyed is property destroyed outside other violence (Looting/property destruction).', all: ['INTERCEPT', 'UNARMED_AIRCRAFT'], object: 'UNARMED_AIRCRAFT', objectAfter: true, reach: 5, none: ['KILL', 'HARM_ACT', 'ABDUCT', 'CLASH', 'AIR', 'STRIKE_NOUN', 'SHELL', 'EXPLOSIVE', 'PROTEST', 'RIOT'], score: 74 },
      // The drone's task told apart from it; it outscores the disrupted rows (90-92), which read the drone as a weapon. Neighbours:
      // Disrupted weapons use (an armed or explosive-laden drone: EXPLOSIVE, BOMBING, STRIKE_NOUN rule this out).
      { id: 'loot.recon-drone-downed', why: 'Codebook: Disrupted weapons use covers weapons intercepted; a drone told as flying a reconnaissance or surveillance task carries no weapon, so shooting it down destroys property (Looting/property destruction).', all: ['INTERCEPT', 'AIR_WEAK', 'RECON_TASK'], none: ['KILL', 'HARM_ACT', 'ABDUCT', 'CLASH', 'AIR', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'EXPLOSIVE', 'BOMBING', 'SUICIDE', 'PROTEST', 'RIOT', 'ATTACK'], score: 93 },
      // An abducting verb whose object, right after it, is livestock or goods ("kidnapped 50 cows", "abducted their cattle"):
      // property taken, no person. Neighbour: Abduction/forced disappearance (people taken: abduction.kidnap, 88, when the
      // object is no goods noun).
      { id: 'loot.goods-abducted', why: 'Codebook: Looting/property destruction covers seizing goods or property (livestock, vehicles, food); an abducting verb whose object is livestock or goods takes property, no person (Abduction/forced disappearance is of people).', all: ['ABDUCT', 'GOODS'], object: 'GOODS', objectAfter: true, reach: 3, none: ['KILL', 'HARM', 'HARM_ACT', 'SEXUAL', 'CLASH', 'PROTEST', 'RIOT'], score: 89 },
      // Neighbours: Change to group/activity (a group that only announces or bans: no taxing), Attack (people harmed over it).
      { id: 'loot.armed-group-taxes', why: 'Codebook: Looting/property destruction covers seizing goods or property outside other violence; a non-state armed group that taxes people or levies money from them takes their goods (levies imposed).', all: ['TAX_ACT'], agent: 'nonstate', none: [...PROPERTY_HARM, 'CROWD', 'ARREST'], score: 66 },
      // acled16:
      // Armed men, a group or a force who rob people of their money, phones or goods take their goods. Neighbours: Attack (the
      // robbed are killed, wounded, beaten or shot at: harm rules this out), Abduction/forced disappearance (people taken), ordinary
      // crime (a robbery told by its noun alone, or by no armed or organised robbers: the agent must be an armed side or unknown).
      { id: 'loot.armed-robbery', why: 'Codebook: Looting/property destruction is looting or seizing goods or property outside the context of other forms of violence; armed men or a force who rob people of their money or goods, with no one harmed or taken, seize goods (with harm done it is an Attack).', all: ['ROB'], agent: ['nonstate', 'unknown', 'state'], none: [...PROPERTY_HARM, 'ARREST'], score: 74 },
      // A non-state armed group, named as the subject, that seizes, steals or loots weapons or ammunition (from a post, a force or
      // people) takes goods: disrupted.weapons-seized (92) read any seizing verb with a weapon as its object as a weapon stopped.
      // Neighbours: Disrupted weapons use (a force, the police or no one named seizes them, or they are found, defused or
      // intercepted: the agent must be a non-state group and the verb a taking one), the territory sub-types and Armed clash (a
      // place taken or a fight told: the older rows, PROPERTY_HARM).
      { id: 'loot.group-takes-weapons', why: 'Codebook: Disrupted weapons use is a weapon seized, defused or intercepted before use, violence disrupted; Looting/property destruction covers goods or property seized or looted outside other violence: a non-state armed group that seizes, steals or loots weapons or ammunition takes goods, it disrupts nothing.', all: ['WEAPON_SEIZE'], any: ['SEIZE_GOODS', 'LOOT', 'ROB'], triggerFrom: 'any', object: 'WEAPON_SEIZE', objectAfter: true, reach: 4, agent: 'nonstate', subjectAgent: true, none: [...PROPERTY_HARM, 'ARREST'], groupsAsDisrupted: true, score: 93 },
      // strat17:
      // Neighbours: Attack (attack.on-civilians 64 read "attacked the village" as people attacked, though no one was harmed: harm,
      // abduction or firing told rule this out), Mob violence and Violent demonstration (a crowd or protest burns: CROWD, MOB,
      // PROTEST), loot.armed-side-burns (66, BURN_ACT: "torched", "set fire"; here the plain "burned / destroyed" with the property
      // as its object).
      { id: 'loot.armed-side-burns-property', why: 'Codebook: Looting/property destruction is the destruction of property outside other forms of violence, such as during raids on villages; a non-state armed group named as the subject that burns, destroys or damages houses, shops or vehicles, told as the verb\'s object (a force\'s burning is read by loot.armed-side-burns and loot.demolished), with no one harmed, no firing and no crowd or protest told.', all: ['LOOT_WEAK', 'PROPERTY'], object: 'PROPERTY', objectAfter: true, reach: 3, agent: ['nonstate'], subjectAgent: true, none: [...PROPERTY_HARM, 'BURN_PERSON', 'CROWD', 'MOB', 'PROTEST', 'PROTEST_WEAK', 'RIOT', 'TARGET_MIL'], score: 66 },
    ] },
  { subEventType: 'Non-violent transfer of territory', eventType: 'Strategic developments',
    definition: 'An actor takes over or gives up territory without fighting.',
    decisive: 'forces withdraw, hand over or move into a place with no fighting.',
    neighbours: 'Government regains / Non-state actor overtakes territory (taken by force).',
    rules: [
      { id: 'transfer.withdrawal', why: 'Codebook: an actor acquires or cedes a location without a violent interaction (withdrawals, handovers).', all: ['TRANSFER'], none: ['PEOPLE_HANDED'], score: 50 },
      { id: 'transfer.entered', why: 'Codebook: control acquired without fighting; forces entering or leaving a place.', all: ['TRANSFER_WEAK'], any: ['STATE_FORCE', 'MILITANT'], score: 35 },
      // case4:
      // Neighbours: Government regains / Non-state actor overtakes territory (taken by force, scores 82-84).
      // case33: …and moving into the place, told with no fighting ("troops rolled into Manbij …, and no fighting was reported").
      // Round 39: not a seat of power taken in a coup ("after taking over the presidency without a shot being fired"): other.coup.
      { id: 'transfer.taken-without-fight', why: 'Codebook: non-violent transfer of territory is a location acquired without a violent interaction; taken "without a fight", "unopposed".', all: ['NONVIOLENT'], any: ['TAKE_TERRITORY', 'OVERTAKE', 'OVERTAKE_WEAK', 'REGAIN', 'TRANSFER', 'TRANSFER_WEAK', 'HANDOVER', 'ADVANCE_INTO', 'ENTERED', 'TAKEOVER'],
        // Round 38: not a demonstration's march ("marched peacefully to the council offices to protest against new levies").
        none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'COUP'], score: 90 },
      // fix15: PEOPLE_HANDED (people, a force or "them" as the object of the handing over: hit-readings.ts handedPeople) rules it out.
      // case32: not in a demonstration's sentence, where what is handed over is its petition or list of demands ("dispersed after
      // handing over a petition"; Peaceful protest).
      { id: 'transfer.handover', why: 'Codebook: non-violent transfer of territory includes handovers; control of a place handed to another actor.', all: ['HANDOVER'], any: ['TERRITORY_NOUN', 'REGAIN', 'OVERTAKE', 'TAKE_TERRITORY', 'TRANSFER'], none: ['KILL', 'HARM_ACT', 'CLASH', 'ARREST', 'DETAINEES', 'PEOPLE_HANDED', 'PROTEST'], score: 86 },
      // case5:
      // Neighbours: Non-state actor overtakes / Government regains territory (82-84), when fighting or harm is told.
      // case32: the taking is a word of its own (TAKEOVER, ENTERED), not TRANSFER_WEAK, which holds withdrawal words too ("retreating
      // militiamen ransacked the pharmacy" told a withdrawal and, from the same word, a taking).
      { id: 'transfer.taken-after-withdrawal', why: 'Codebook: non-violent transfer of territory is a location acquired without a violent interaction, such as one side taking over a place the other withdrew from; a taking told beside a withdrawal, with no fighting or harm told (under a deal too: "after Armenian forces withdrew under a border deal").', all: ['WITHDRAW'], any: ['OVERTAKE', 'TAKE_TERRITORY', 'OVERTAKE_WEAK', 'TAKEOVER', 'ENTERED', 'TAKE_PLAIN'], none: ['REGAIN', 'AGREEMENT', 'TALKS', 'AGREE_MORE', 'CLASH', 'CLASH_WEAK', 'KILL', 'HARM', 'HARM_ACT', 'FIRED', 'ATTACK', 'SHELL', 'AIR', 'EXPLOSIVE', 'PROTEST', 'ARREST', 'DEPLOY'], triggerFrom: 'any', score: 86 },
      // terr17: the same, the taking told as control passing to a side ("came under the control of the rebels after the army
      // withdrew", "the fall of Kessa to the rebels after troops pulled out"). Neighbours: territory.falls-to-group / -state and
      // the FALL_NOUN rows (82-84), when fighting or harm is told.
      { id: 'transfer.control-passes-after-withdrawal', why: 'Codebook: non-violent transfer of territory is a location acquired without a violent interaction, such as one side taking over a place the other withdrew from; control of a place passing to a side, told beside a withdrawal, with no fighting or harm told.', all: ['WITHDRAW'], any: ['CONTROL_PASSES', 'FALL_NOUN'], none: ['REGAIN', 'AGREEMENT', 'AGREE_WEAK', 'TALKS', 'AGREE_MORE', 'CLASH', 'CLASH_WEAK', 'KILL', 'HARM', 'HARM_ACT', 'FIRED', 'ATTACK', 'SHELL', 'AIR', 'EXPLOSIVE', 'PROTEST', 'ARREST', 'DEPLOY', 'EXPEL'], triggerFrom: 'any', score: 86 },
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
      // news35: nor with homes looted or burnt told as its cause ("thousands displaced after armed men looted and burned homes"): the
      // destruction is the incident (Looting/property destruction), the flight its consequence.
      { id: 'other.displacement', why: 'Codebook: Other covers significant developments of no other kind, such as the displacement of a population by fighting; with no one killed or hurt, the flight is the news.', all: ['DISPLACE'], none: ['KILL', 'HARM', 'HARM_ACT', 'PROTEST', 'LOOT', 'BURN_ACT'], score: 73 },
      // case4:
      { id: 'other.coup', why: 'Codebook: Other covers significant developments of no other kind, such as coups (a seizure of power) and mutinies.', all: ['COUP'], none: ['KILL', 'CLASH', 'PROTEST'], score: 60 },
      // case5:
      { id: 'other.people-fled', why: 'Codebook: Other covers significant developments of no other kind, such as the displacement of a population; many people told as fleeing, with no one killed or hurt.', all: ['FLED'], none: ['KILL', 'HARM', 'HARM_ACT', 'PROTEST'], score: 73 },
      // acled6:
      // Neighbours: Change to group/activity (a force's own patrol or convoy moving: no other side stops it); Armed clash (the
      // forces fire or fight: violence words rule it out); Peaceful protest (civilians blocking a road: a force must do it).
      { id: 'other.force-bars-force', why: 'Codebook: Other covers significant strategic developments of no other sub-type; one force or armed group stopping another\'s patrol, convoy or column from passing, with no violence.', all: ['BAR_ACT', 'FORCE_MOVE'], object: 'FORCE_MOVE', reach: 7, agent: ['state', 'nonstate'], none: [...VIOLENCE_BESIDE_CHANGE, 'ARREST', 'PROTEST', 'GRIEVANCE', 'CROWD'], score: 62 },
      // Neighbours: Peaceful protest (the media's own staff demonstrating: PROTEST words rule it out); Arrests
      // (journalists detained: ARREST rules it out, the arrest is the event).
      { id: 'other.media-silenced', why: 'Codebook: Other covers significant strategic developments of no other sub-type, such as an authority blocking a website, suspending a newspaper, taking a broadcaster off air or shutting down the internet.', all: ['SILENCE', 'MEDIA'], object: 'MEDIA', reach: 8, agent: ['state', 'unknown'], none: [...VIOLENCE_BESIDE_CHANGE, 'ARREST', 'PROTEST', 'GRIEVANCE'], score: 62 },
      // strat7:
      // Neighbour: Arrests (the leader detained in the coup: the coup is the development).
      { id: 'other.coup-detains', why: 'Codebook: Other covers significant developments of no other kind, such as coups; a seizure of power in which the leader is detained is the coup, not an arrest.', all: ['COUP'], any: ['ARREST', 'ARREST_WEAK'], none: ['KILL', 'CLASH', 'PROTEST'], score: 76 },
      // case9s:
      // Neighbour: Non-violent transfer of territory (transfer.withdrawal 50): people, not a place, are handed over; Agreement
      // (agreement.exchange 60: both sides hand over).
      { id: 'other.detainees-handed-over', why: 'Codebook: Other covers significant developments of no other kind, such as a side releasing the prisoners it holds; prisoners or detainees handed over to another party, with no exchange or violence told.', all: ['HANDOVER', 'DETAINEES'], object: 'DETAINEES', objectAfter: true, reach: 4, none: [...VIOLENCE_BESIDE_ACT, 'EXCHANGE', 'PROTEST'], score: 62 },
      // Neighbour: Remote explosive/landmine/IED (explosive.device 70): a device set in today's conflict; Disrupted weapons use (the
      // old device found or defused: INTERCEPT and DEFUSE rule this row out).
      { id: 'other.legacy-ordnance', why: 'Codebook: Other covers significant developments of no other kind; a mine or shell left over from a past war that goes off, set by no party of the present conflict.', all: ['LEGACY_ORDNANCE'], any: ['EXPLOSIVE', 'WEAPON_SEIZE'], none: ['ATTACK', 'CLASH', 'AIR', 'SHELL', 'FIRED', 'SUICIDE', 'PROTEST', 'INTERCEPT', 'DEFUSE'], score: 75 },
      // strat11:
      // Neighbours: Armed clash and Attack (the dead told as KILL's "bodies": the handing back is the news unless the fight or
      // strike that killed them is told); Agreement (an exchange of the dead: EXCHANGE rules it out).
      ...(['HANDOVER', 'RETURN'] as Concept[]).map((c): SubEventRule => ({ id: `other.remains-${c === 'HANDOVER' ? 'handed-over' : 'returned'}`,
        why: 'Codebook: Other covers significant developments of no other kind; one side handing over or returning the bodies of the dead to the other, with no exchange or violence told.',
        all: [c, 'REMAINS'], object: 'REMAINS', objectAfter: true, reach: 3, none: [...DEAD_MADE, 'EXCHANGE'], score: 70 })),
      // dwu12:
      // Neighbours: Armed clash (fighting of today: other.legacy-ordnance's none); here the fight word is the past war's, told beside
      // the decade or war that dates it ("a mine exploded where fighting took place in the 1980s"); Remote explosive/landmine/IED
      // (a device of today's war, with no past war named).
      { id: 'other.ordnance-of-past-fighting', why: 'Codebook: Other covers significant developments of no other kind; a mine or shell of a past war that goes off where the fighting of that war took place, set by no party of the present conflict.', all: ['LEGACY_ORDNANCE', 'EXPLOSIVE', 'CLASH'], none: ['ATTACK', 'AIR', 'SHELL', 'FIRED', 'SUICIDE', 'PROTEST', 'INTERCEPT', 'DEFUSE', 'GUNFIGHT', 'STATE_FORCE', 'MILITANT', 'ARMED'], score: 75 },
      // dwu14:
      // Neighbours: Arrests (arrest.by-de-facto-authority 74, arrest.detained 62: "detainees" names people held, and here they are set
      // free, told as the object of the releasing word), Agreement (an exchange told: EXCHANGE and PRISONER_SWAP rule it out),
      // Abduction (hostages taken, or released for a ransom).
      { id: 'other.detainees-freed', why: 'Codebook: Agreement covers prisoner exchanges between actors; one side, an authority or a group, that frees the prisoners or detainees it holds, told as the object of the releasing word, with no exchange or violence told, is a development of no other kind (Other).', all: ['RELEASE', 'DETAINEES'], object: 'DETAINEES', objectAfter: true, reach: 3, none: ['EXCHANGE', 'PRISONER_SWAP', 'ABDUCT', 'RANSOM', 'KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'PROTEST', 'GRIEVANCE'], score: 76 },
      // Neighbours: Agreement (agreement.agreed 36 reads "released" alone; a deal told: AGREEMENT and AGREE_MORE rule this out),
      // Abduction (civilians held by a group and freed: the patient must be a force or an armed group).
      { id: 'other.fighters-freed', why: 'Codebook: Other covers significant developments of no other kind, such as one side releasing those it holds; an armed side that frees soldiers or fighters of the other it had held, with no exchange, deal or violence told.', all: ['RELEASE'], agent: ['state', 'nonstate'], subjectAgent: true, patient: ['state', 'nonstate'], none: ['EXCHANGE', 'PRISONER_SWAP', 'AGREEMENT', 'AGREE_MORE', 'ABDUCT', 'RANSOM', 'KILL', 'HARM_ACT', 'CLASH', 'FIRED', 'ARREST', 'PROTEST', 'GRIEVANCE'], score: 62 },
      // fix15:
      // Neighbours: Abduction/forced disappearance (an abduction told as an act in the sentence, or a ransom: hit-readings.ts
      // freedHostages keeps the ABDUCT hits then); Armed clash (hostages freed in a fight: violence rules it out);
      // Agreement (a deal or exchange told).
      { id: 'other.hostages-freed', why: 'Codebook: Abduction/forced disappearance is the taking of people; the release of hostages or captives already held, told with no abduction of its own, no deal and no violence, is a development of no other kind (Other), as one side\'s release of detainees is.', all: ['HOSTAGES_FREED'], none: ['EXCHANGE', 'PRISONER_SWAP', 'AGREEMENT', 'AGREE_MORE', 'KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED', 'ATTACK', 'PROTEST', 'GRIEVANCE'], score: 62 },
      // loot15:
      // Neighbours: the territory sub-types (an armed side driven out of a place: no uprooted people are told), Arrests (migrants
      // detained: ARREST rules it out), Attack (people harmed as they are driven out).
      { id: 'other.uprooted-expelled', why: 'Codebook: Other covers significant developments of no other kind, such as movements of displaced people; refugees or migrants expelled or pushed out by an authority, with no violence told, are sent back (as other.uprooted-return).', all: ['EXPEL', 'UPROOTED'], none: ['KILL', 'HARM', 'HARM_ACT', 'ATTACK', 'CLASH', 'FIRED', 'PROTEST', 'ABDUCT', 'ARREST'], score: 62 },
      // batt15b:
      // Neighbours: Abduction/forced disappearance (the taking told in the sentence: ABDUCT, HIJACK, RANSOM rule this out), Attack
      // (harm told; a bare "Gunmen" is ATTACK's word, which read the release as attack.on-civilians 64), other.hostages-freed (the
      // captives named as hostages).
      { id: 'other.group-frees-held-people', why: 'Codebook: Abduction/forced disappearance is the taking of people; an armed group, named as the subject, that frees civilians it held, with no taking, deal, ransom or violence told, releases its captives: a development of no other kind (Other), as one side\'s release of detainees is.', all: ['RELEASE'], agent: 'nonstate', subjectAgent: true, patient: ['civilian'], none: ['EXCHANGE', 'PRISONER_SWAP', 'AGREEMENT', 'AGREE_MORE', 'ABDUCT', 'HIJACK', 'RANSOM', 'KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED', 'ARREST', 'PROTEST', 'GRIEVANCE'], score: 66 },
      // strat17:
      // Neighbours: Looting/property destruction (loot.attack-on-property 70: the palace or broadcaster stormed in the coup is its
      // means, not property destroyed), Arrests (other.coup-detains 76), Armed clash (fighting or killing told: the older row's none).
      { id: 'other.coup-storms', why: 'Codebook: Other covers significant developments of no other kind, such as coups; a seizure of power told with the buildings stormed or seized in it, with no one killed or hurt and no fighting, is the coup.', all: ['COUP'], any: ['CLASH_WEAK', 'ATTACK'], none: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED', 'AIR', 'SHELL', 'EXPLOSIVE', 'PROTEST', 'PROTEST_WEAK', 'RIOT'], score: 72 },
    ] },
];

/** Rules whose incident's actors follow another sub-type's conventions (settle-actors.ts): ordnance of a past war that goes off is
 * coded as a landmine blast is, its unnamed layer an unidentified armed group and those it hurts civilians (ACLED codes the
 * perpetrator of an unclaimed explosion so). */
export const ACTORS_AS: Readonly<Record<string, { eventType: 'Explosions/Remote violence'; subEventType: string }>> = {
  'other.legacy-ordnance': { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' },
  'other.ordnance-of-past-fighting': { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' },
};


/** A seizure told as what is being shown ("police display weapons seized from suspects", a photo caption): the seizure was
 * before, and the report's incident is the one told after it. The reading keeps its type (told alone, it is the seizure) but
 * reads as a weak lead (typing.ts), so a clear incident told later in the story leads (events/index.ts orderIncidents). */
export const DISPLAYED_SEIZURE = {
  id: 'type.seizure-on-display',
  why: 'Codebook: each event is coded when it occurs; weapons displayed to the press were seized before, so a caption\'s display does not lead over the incident the report tells',
  concept: 'DISPLAY' as Concept,
  /** At most this many words between the display word and the seizure's trigger: "display [weapons] seized". */
  window: 4,
  subEventType: 'Disrupted weapons use',
  score: 45,
} as const;

/** The form of a rule that retypes an incident told in one sentence by what the very next sentence tells (withdrawal-after.ts,
 * intercepted-after.ts): the incident of one of `leads` becomes `subEventType` when the next sentence tells `concept` and neither
 * tells any of `notWith`. */
export interface NextSentenceRetyping {
  readonly id: string;
  readonly why: string;
  readonly subEventType: string;
  readonly leads: readonly string[];
  readonly concept: Concept;
  readonly notWith: readonly Concept[];
}

/** terr17: a taking of ground told first (no fight, no one harmed) and the other side's withdrawal told in the very next sentence
 * (withdrawal-after.ts): the place was left to the taker, a Non-violent transfer of territory. */
export const WITHDRAWAL_AFTER_TAKING = {
  id: 'type.withdrawal-after-taking',
  why: 'Codebook: Non-violent transfer of territory is a location acquired without a violent interaction, such as a side moving into a place the other withdrew from; a taking told with no fight, and the withdrawal of a side told in the next sentence with none either, is that transfer',
  subEventType: 'Non-violent transfer of territory',
  /** The leads a later withdrawal can turn: takings read as by force. */
  leads: ['Non-state actor overtakes territory', 'Government regains territory'],
  concept: 'WITHDRAW' as Concept,
  /** What neither sentence may tell: a fight, harm, fire, a side driven out, a deal. */
  notWith: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'GUNFIGHT', 'ATTACK', 'SHELL', 'SHELL_WEAK', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'EXPLOSIVE', 'EXPEL', 'REPEL', 'ASSAULT_MOVE', 'AGREEMENT', 'AGREE_WEAK', 'TALKS', 'AGREE_MORE'] as Concept[],
} as const satisfies NextSentenceRetyping;

/** dwu12: a launch told first ("militants fired two rockets at the town") and its interception in the very next sentence ("Both
 * were intercepted by the air defences"), with no one harmed by it: the projectiles never struck, and the launch is the disrupted
 * use (mentions.ts via intercepted-after.ts). A partial interception ("four of them", "some were intercepted") leaves a strike. */
export const INTERCEPTED_AFTER_LAUNCH = {
  id: 'type.projectile-intercepted-after',
  why: 'Codebook: Disrupted weapons use covers missiles, rockets and drones intercepted or shot down before they strike; a launch told first, then all of it intercepted in the next sentence with no one harmed, is that disrupted use',
  subEventType: 'Disrupted weapons use',
  /** The leads a later interception can turn: weapons launched from afar. */
  leads: ['Shelling/artillery/missile attack', 'Air/drone strike'],
  concept: 'INTERCEPT' as Concept,
  /** What else the interception's sentence may not tell: harm, a fight, an arrest, a projectile that landed. */
  notWith: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'ARREST', 'LANDED'] as Concept[],
  /** Words of a part of the launch: then the rest struck. */
  partial: ['some', 'most', 'several', 'others', 'other', 'part', 'majority', 'rest', 'remaining', 'all but', 'few'],
} as const satisfies NextSentenceRetyping & { readonly partial: readonly string[] };
