// ACLED's Riots sub-event types (codebook 2023, "Event Types and Sub-Event Types"; the 2024 edition keeps
// them): each sub-type's definition, decisive cue and near neighbours, and the rules that type it, in the form
// sub-events.ts sets out. A sub-type's rules run in the order they were added: its first rows, then each later
// round's, marked by the round's name (case4, acled5, …; pipeline/events/README.md tells what each round read, and
// sub-events-<round>.test.ts and test/probes/<round>.jsonl hold the invented reports it was written for, never
// evaluation rows). Ties keep going to the older rows. Provenance: written for this project.
import type { Concept } from './event-cues.js';
import type { SubEventDef } from './sub-events.js';
import { PROTEST_TOLD, ARMED_SIDE } from './sub-event-sets.js';

/** What a crowd's violence is not: a demonstration (Riots: violent demonstration) or remote violence (crowds
 * fire no rockets, drop no bombs). An armed group's act is told apart by who acts, not by armed words anywhere in
 * the sentence: every rule that uses this asks for a crowd as the agent of its violent verb, so gunmen named in
 * another clause ("residents attacked the police after two children were killed by gunmen") leave the crowd's act
 * a riot (codebook: rioters are people acting violently outside an organised armed group, inter code 5). */
const NOT_MOB: Concept[] = ['PROTEST', 'STORY_PROTEST', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE',
  // (clash7) Fire exchanged: only armed sides exchange or return fire (codebook: Armed clash); a crowd that does is armed.
  'GUNFIGHT'];
/** What a crowd's violence is not (as sub-events.ts NOT_MOB_DEMO_OR_REMOTE): a demonstration, or remote violence. */
const NOT_MOB_DEMO_OR_REMOTE: Concept[] = ['PROTEST', 'STORY_PROTEST', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE'];
/** Who is no demonstrator: an armed side, remote violence. */
const ARMED_TOLD: Concept[] = ['ARMED', 'MILITANT', 'AIR', 'SHELL', 'EXPLOSIVE', 'MOB'];
/** What makes a riot a demonstration's, or no riot at all: a protest or its demand told, an armed side, remote violence. */
const DEMONSTRATION_OR_ARMED: Concept[] = ['PROTEST', 'PROTEST_WEAK', 'STORY_PROTEST', 'GRIEVANCE', 'DEMAND', 'MOB', 'ARMED', 'MILITANT',
  'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE'];
/** What makes a crowd's violence no mob's: a demonstration or its demand told, riot words (rioters, burning tyres), remote
 * violence, or an armed side or gunfire (sub-events.ts NOT_MOB and its kin). */
const NOT_MOB_HERE: Concept[] = ['PROTEST', 'STORY_PROTEST', 'GRIEVANCE', 'DEMAND', 'RIOT', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK',
  'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE', 'ARMED', 'MILITANT', 'FIRED', 'GUNFIGHT', 'KIDNAPPERS'];
const MOB_WHY = 'Codebook: Mob violence is rioters (a crowd, not demonstrators and not an organised armed group) violently targeting people or property outside a demonstration; police dispersing them with riot-control means does not make them demonstrators';

/** How far before its passive verb a suspect may be told (a noun with its charge: "a man accused of snatching a phone at the bus park"). */
const PASSIVE_SUSPECT_REACH = 20;

export const RIOTS: SubEventDef[] = [
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
      // protest6:
      // Fire bombs (petrol bombs, Molotov cocktails) were RIOT's words; they are now FIREBOMB's, which these two rows read as
      // RIOT's rules did (riot.protest-violence 88, riot.rioting 72). Neighbour: Looting/property destruction (loot.firebomb-property).
      { id: 'riot.protest-firebombs', why: 'Codebook: demonstrators engage in violence or destructive activity; fire bombs thrown in a protest or riot.', all: ['FIREBOMB'], any: PROTEST_TOLD, score: 88 },
      // Round 45. Neighbours: Excessive force (the police were the ones hurt, by what the marchers threw: the act's doer is no force;
      // it outranks protest.lethal-force-by-state, 90, which reads any harm beside police and a march as force on the marchers),
      // Grenade (a grenade thrown: GRENADE rules it out), Remote explosive (a device planted, not thrown).
      { id: 'riot.protest-explosives-thrown', why: 'Codebook: a violent demonstration is one whose demonstrators engage in violence; explosives (dynamite, firecrackers) thrown by demonstrators during a protest or march, as fire bombs are.', all: ['HAND_THROW', 'EXPLOSIVE'], any: PROTEST_TOLD, act: { concept: 'HAND_THROW', by: ['crowd', 'civilian'] }, none: ['ARMED', 'MILITANT', 'GRENADE'], score: 91 },
      { id: 'riot.firebombs', why: 'Codebook: violent demonstration; fire bombs thrown at people or forces, with no armed group or mob named.', all: ['FIREBOMB'], none: ['MOB', 'ARMED', 'MILITANT'], score: 72 },
      // case7:
      // "Youths protesting the killing of a rider burnt down a police station": "burnt down" is read whole as RAZE, which
      // hides RIOT_WEAK's "burnt", so riot.protest-turns-violent never saw it. Demonstrators who burn down or demolish
      // property engage in destructive activity. Neighbours: Looting/property destruction (no demonstration told:
      // loot.demolished), a force that razes a protest camp (the act's agent is the state: not this row).
      { id: 'riot.protest-razes', why: 'Codebook: Violent demonstration is demonstrators engaging in violence or destructive activity (property destruction); demonstrators who burn down or demolish a building or vehicle.', all: ['PROTEST', 'RAZE'], act: { concept: 'RAZE', notBy: ['state'] }, none: ARMED_TOLD, score: 80 },
      // "Supporters blocked the main highway and torched two police vehicles": road-blocking told beside arson or
      // stone-throwing by the same people (no armed group). Neighbours: Peaceful protest (a road blocked with nothing
      // else told, or with their bodies), Mob violence (a crowd's violence with no blockade or demand), Looting
      // (loot.looting-near-crowd reads the arson alone).
      // case33: barricades put up or set alight by the people told ("built burning barricades", "burning tyres"), the codebook's own
      // example of a violent demonstration, whether or not a road or a demand is named. Neighbour: Mob violence (mob.crowd-stones 75,
      // mob.crowd-burns 76), a crowd's violence with no such road-blocking; below the riot rules that read a demonstration's own
      // story (78), whose reading names the demonstrators' act.
      { id: 'riot.barricades', why: 'Codebook: Violent demonstration includes road-blocking using barricades, burning tires or other material; barricades or burning tyres put up by people who are no armed group.', all: ['BARRICADE'], agent: ['crowd', 'civilian', 'unknown'], act: { concept: 'BARRICADE', notBy: ['state'] }, none: ARMED_TOLD, score: 77 },
      { id: 'riot.roadblock-and-violence', why: 'Codebook: Violent demonstration includes road-blocking using barricades, burning tires or other material, and vandalism; people who block a road and burn, throw or smash, with no armed group told.', all: ['BLOCK_ROAD', 'ROAD', 'RIOT_WEAK'], object: 'ROAD', reach: 3, agent: ['crowd', 'civilian', 'unknown'], act: { concept: 'RIOT_WEAK', notBy: ['state'] }, none: ARMED_TOLD, score: 78 },
      // riots11:
      // Neighbour: Excessive force against protesters (the injured are demonstrators: "three protesters were injured"). The
      // reader marks the first injury word FORCES_HARMED when its passive subject is police or troops and no demonstrator
      // (events/forces-harmed.ts); violence told in words is left to the riot rules.
      { id: 'riot.forces-harmed', why: 'Codebook: Violent demonstration is demonstrators engaging in violence; police or troops injured at a demonstration ("two officers were injured during the protest") were harmed by the demonstrators, not force used on them.', all: ['FORCES_HARMED', 'PROTEST'], none: ['MILITANT', 'ARMED', 'AIR', 'SHELL', 'EXPLOSIVE', 'MOB'], score: 94 },
      // riot14:
      // "Rioters looted shops during a taxi strike", "striking miners set fire to the offices": a strike is a demonstration, and
      // violence done during it is the strikers' (the act's agent is not the state). Neighbours: Mob violence (a crowd told with no
      // strike: PROTEST_WEAK's "crowd" is no strike), Peaceful protest (a strike with no violence), Looting (an armed side loots).
      { id: 'riot.strike-violence', why: 'Codebook: Violent demonstration is demonstrators engaging in violence or destructive activity (vandalism, arson, looting, barricades); a strike is a demonstration, and burning, looting or stone-throwing told during one, with no armed side, is its violence.', all: ['LABOUR_STRIKE', 'RIOT_WEAK'], act: { concept: 'RIOT_WEAK', notBy: ['state'] }, none: ARMED_TOLD, score: 80 },
      // case15: Neighbours: Peaceful protest and Protest with intervention (a force that only disperses, beats or fires: no fight
      // verb); Armed clash (militants or armed men are who the force fights, "clashed with militants near a protest camp");
      // Excessive force (deaths told beside the fight stay the demonstrators' fight, as riot.protest-turns-violent reads
      // "protesters clashed with police, two were killed"). The reciprocal verb makes the demonstrators fight too, whoever is its subject.
      { id: 'riot.forces-clash-with-demonstrators', why: 'Codebook: Violent demonstration is demonstrators engaging in violence, clashes with police among it; a state force told as clashing or scuffling with demonstrators, who are the object of the reciprocal fight verb, fights them and they it.', all: ['FIGHT_VERB', 'PROTEST'], object: 'PROTEST', objectAfter: true, reach: 3, agent: 'state', none: ['MILITANT', 'ARMED', 'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 88 },
      // prot16: Neighbours: Protest with intervention (a force chases the demonstrators off: the act's doer is the state,
      // protest.driven-off and protest.dispersed read it); Armed clash (an armed side repels a force: ARMED, MILITANT).
      { id: 'riot.demonstrators-drive-off-forces', why: 'Codebook: Violent demonstration is demonstrators engaging in violence, against armed actors among others; demonstrators who chase, drive back or overpower police or troops ("protesters chased the police away") use force on them, and no force disperses them.', all: ['CHASE', 'PROTEST'], object: 'STATE_FORCE', objectAfter: true, reach: 3, act: { concept: 'CHASE', notBy: ['state'] }, none: ['ARMED', 'MILITANT', 'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 88 },
      { id: 'riot.demonstrators-strike-forces', why: 'Codebook: Violent demonstration is demonstrators engaging in violence, against armed actors among others; demonstrators who strike, kick or punch police or troops ("protesters struck an officer with a stick") are violent, and no force is used on them.', all: ['BLOW_ACT', 'PROTEST'], object: 'STATE_FORCE', objectAfter: true, reach: 3, act: { concept: 'BLOW_ACT', notBy: ['state'] }, none: ['ARMED', 'MILITANT', 'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 88 },
      // force17: Neighbours: Protest with intervention and Excessive force (the force acts on the demonstrators, who do not fight:
      // "police clashed" has no demonstrator in its subject; riot.forces-clash-with-demonstrators reads "police clashed with
      // protesters"); Armed clash (an armed side told: ruled out).
      { id: 'riot.demonstrators-and-forces-fight', why: 'Codebook: Violent demonstration is demonstrators engaging in violence, physical clashes with police among it; a reciprocal fight verb whose subject joins demonstrators and a state force ("protesters and police clashed", "demonstrators and security forces fought") tells each fighting the other.', all: ['JOINT_FIGHT', 'PROTEST'], none: ['MILITANT', 'ARMED', 'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE', 'MOB'], score: 88 },
    ] },
  { subEventType: 'Mob violence', eventType: 'Riots',
    definition: 'A violent crowd without an organised demonstration attacks people or property.',
    decisive: 'a crowd or mob (not demonstrators, not an armed group) attacks, lynches or clashes.',
    neighbours: 'Violent demonstration (a protest turns violent); Attack (an armed, organised group).',
    rules: [
      // (acled4) A riot inside a prison is the inmates' violence, no demonstration (neighbour: Violent demonstration,
      // inmates who protest: a protest word is told).
      // Not prisoners freed by the crowd ("vandalized a police station, from which they released some prisoners"): the rioters are
      // outside, and the prisoners no party to the riot.
      { id: 'mob.prison-riot', why: 'Codebook: mob violence is rioting outside a demonstration; a riot in a prison or by its inmates, with no protest told, is the inmates\' mob violence.', all: ['RIOT', 'PRISON'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'RELEASE'], score: 89 },
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
      // case5:
      // Neighbours: Looting/property destruction (73: property, no person, set ablaze), Violent demonstration (a protest or riot told).
      // case31: the crowd that does it is the agent (a "crowd" is also PROTEST_WEAK's word, and those it burns may be "suspected gang
      // members"): neither a crowd word nor an armed victim rules it out, only a demonstration's words or a riot.
      { id: 'mob.crowd-burns', why: 'Codebook: mob violence is rioters (a crowd, not an armed group) violently targeting people or property outside a demonstration; a crowd that sets a person or a house ablaze.', all: ['BURN_PERSON'], agent: 'crowd', none: [...NOT_MOB_DEMO_OR_REMOTE, 'GRIEVANCE', 'RIOT', 'GOODS'], score: 76 },
      // acled5:
      // Neighbours: Armed clash (communal or clan militias fight with guns: an armed side is named or shots are told);
      // Violent demonstration (a protest is told).
      { id: 'mob.clash-crude-weapons', why: 'Codebook: rioters (inter 5) are people acting violently without an organised armed group, identity militias (inter 4) are armed; two sides fighting with sticks, stones or knives and no firearm or armed group told is mob violence.', all: ['CLASH', 'CRUDE_WEAPON'], none: [...NOT_MOB_DEMO_OR_REMOTE, ...ARMED_SIDE, 'PROTEST_WEAK', 'GRIEVANCE'], score: 76 },
      // Neighbours: Looting/property destruction (goods looted or property destroyed by an armed group or unnamed people,
      // outside a riot: a crowd that loots is left to it); Violent demonstration (barricades, burning tyres, rioting: riot
      // words tell the demonstrators' way of destroying, riot.rioting reads them).
      { id: 'mob.crowd-sets-fire', why: 'Codebook: Riots are violent events where demonstrators or mobs engage in disruptive acts such as property destruction; a crowd (inter 5) that sets fire to or burns down a house or a vehicle outside a demonstration is mob violence.', all: ['BURN_ACT'], agent: 'crowd', none: [...NOT_MOB_DEMO_OR_REMOTE, ...ARMED_SIDE, 'RIOT', 'PROTEST_WEAK', 'GRIEVANCE'], score: 75 },
      // world22: "burned" with a building or a vehicle as its object, right after it ("residents burned the municipal building
      // and a police car"): the same act as setting fire to it. Neighbours as mob.crowd-sets-fire's.
      { id: 'mob.crowd-burns-property', why: 'Codebook: Mob violence is rioters (a crowd, not an organised armed group) violently targeting property outside a demonstration; a crowd that burns a building or a vehicle, told as the object of "burned".', all: ['BURNED', 'PROPERTY'], object: 'PROPERTY', objectAfter: true, reach: 3, agent: 'crowd',
        // An armed side told makes it no crowd's doing; a police car or an army truck burned is the property burned.
        none: [...NOT_MOB_DEMO_OR_REMOTE, ...ARMED_SIDE.filter((c) => c !== 'STATE_FORCE' && c !== 'TARGET_MIL'), 'RIOT', 'PROTEST_WEAK', 'GRIEVANCE'], score: 75 },
      // Mob violence is decided by who acts (rioters, inter 5), whoever the victim is: a crowd that beats or kills "a suspected
      // thief" (no party word: its head is read, act-agents.ts objectEnd) or "a suspected kidnapper" (an armed gang's man).
      // (A kill verb alone is left out: "family members killed in the strike" is a headline's passive, not a crowd killing.)
      // Told by a finite verb, so that "residents heard gunfire" names no act of the residents. Neighbour: Attack (an
      // organised armed group acts).
      { id: 'mob.crowd-beats-anyone', why: 'Codebook: mob violence; rioters (a crowd, not an organised armed group) beat, stab or hack someone outside a demonstration, whoever the victim is.', all: ['HARM_ACT'], agent: 'crowd', patient: ['unknown', 'nonstate'], act: { concept: 'HARM_ACT', by: ['crowd'], finite: true }, none: NOT_MOB_DEMO_OR_REMOTE, score: 75 },
      // protest6:
      // Who acts decides: a crowd (no organised armed group, inter 5) that kills someone outside a demonstration, whoever the
      // victim is ("villagers killed a suspected thief", "a suspected kidnapper was beaten to death by a crowd"). The kill
      // verb must take its victim as object or name the crowd after "by" (crowd-sides.ts hasObjectOrAgent), so that a
      // headline's passive ("family members killed in the attack") names its victims, not a crowd that killed.
      // Neighbours: Attack (an organised armed group kills: attack.killing-by-armed), mob.crowd-kills (the victim is a
      // civilian, a force or a crowd by name), Excessive force (the victims are demonstrators: a protest word is told).
      // People armed only with what a crowd picks up (knives, sticks, iron rods: CRUDE_WEAPON) who attack police, guards or
      // civilians, with no gun, armed group or fire told, are rioters, whoever names them ("three men with knives and iron
      // rods attacked two police officers"): no organised armed group engages the force. Neighbours: Armed clash (an armed
      // group or gunmen attack a force: clash.attack-on-forces 69, clash.militants-attack-forces 70), Attack (an armed group
      // on civilians), identity militias with machetes (machetes are no CRUDE_WEAPON; a militia is a nonstate agent).
      { id: 'mob.crude-weapons-attack', why: 'Codebook: rioters (inter 5) are people acting violently without an organised armed group; people who attack a force or civilians with knives, sticks or rods, with no firearm or armed group told, are a mob, not an armed side engaging the force.', all: ['CLASH_WEAK', 'CRUDE_WEAPON'], agent: ['unknown', 'civilian', 'crowd'], patient: ['state', 'target', 'civilian'], none: [...NOT_MOB_DEMO_OR_REMOTE, 'ARMED', 'MILITANT', 'FIRED', 'KIDNAPPERS', 'HEAVY_WEAPON', 'GRIEVANCE', 'PROTEST_WEAK'], score: 71 },
      { id: 'mob.crowd-kills-anyone', why: 'Codebook: mob violence; rioters (a crowd, not an organised armed group) kill someone outside a demonstration, whoever the victim is (mob justice against a suspected thief or kidnapper is Mob violence).', all: ['KILL'], agent: 'crowd', patient: ['unknown', 'nonstate'], act: { concept: 'KILL', by: ['crowd'] }, transitive: true, none: [...NOT_MOB_DEMO_OR_REMOTE, 'GRIEVANCE', 'MILITANT'], score: 75 },
      // clash7:
      // A crowd told as the subject of a finite attack verb, whatever it attacked (a forest guards' team, a governor's convoy, a
      // house): mob.crowd-attacks asks for a party as the patient. Neighbours: Violent demonstration (a protest is told: NOT_MOB);
      // Armed clash (the crowd is armed: ARMED or a gunfight rules it out, "armed villagers" are ARMED, hit-readings.ts).
      { id: 'mob.crowd-attacks-anything', why: 'Codebook: Mob violence is rioters (a crowd, inter 5) violently targeting people, forces or property outside a demonstration; a crowd that attacks anyone or anything is rioting.', all: ['CLASH_WEAK'], agent: 'crowd', patient: ['unknown', 'target'], act: { concept: 'CLASH_WEAK', by: ['crowd'], finite: true }, none: ['PROTEST', 'STORY_PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'AIR', 'SHELL', 'EXPLOSIVE', 'GRENADE', 'HEAVY_WEAPON', 'GUNFIGHT', 'ARMED', 'MILITANT', 'LOOT'], score: 74 },
      // gap7:
      // Neighbours: Looting/property destruction (loot.looting-near-crowd, 60: property taken or destroyed with a crowd only near);
      // Violent demonstration (a demonstration told: NOT_MOB's PROTEST).
      { id: 'mob.crowd-destroys', why: 'Codebook: Mob violence is violence by rioters outside a demonstration, against people or property; a crowd or mob that burns, loots or wrecks property, with no demonstration told.', all: ['LOOT'], agent: 'crowd', none: ['PROTEST', 'STORY_PROTEST', 'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE', 'ABDUCT', 'SEXUAL'], score: 63 },
      // case8:
      // Neighbour: Violent demonstration (riot.rioting 72), when a demonstration or a demand is told beside the riot.
      { id: 'mob.rioters-loot', why: 'Codebook: Mob violence is rioters violently interacting with property, businesses or civilians outside a demonstration; rioting told with looting or plunder and no protest or demand.', all: ['RIOT', 'PLUNDER'], none: DEMONSTRATION_OR_ARMED, score: 74 },
      // riots10:
      // Neighbour: Violent demonstration (riot.dispersed-after-violence, 76: people met with tear gas who burned or threw, with
      // a road blocked or no target named). Here the crowd attacks, beats or burns a person, a crowd or a house.
      { id: 'mob.crowd-attacks-dispersed', why: `${MOB_WHY} (a crowd attacks or fights people).`, all: ['CLASH_WEAK', 'PROTEST_FORCE'], agent: 'crowd', patient: ['civilian', 'crowd', 'unknown'], none: NOT_MOB_HERE, score: 77 },
      { id: 'mob.crowd-clashes-dispersed', why: `${MOB_WHY} (a crowd fights another crowd or people: "rival groups of students clashed").`, all: ['CLASH', 'PROTEST_FORCE'], agent: 'crowd', patient: ['civilian', 'crowd', 'unknown'], none: NOT_MOB_HERE, score: 77 },
      { id: 'mob.crowd-beats-dispersed', why: `${MOB_WHY} (a crowd beats someone).`, all: ['HARM_ACT', 'PROTEST_FORCE'], agent: 'crowd', patient: ['civilian', 'crowd', 'unknown'], none: NOT_MOB_HERE, score: 77 },
      { id: 'mob.crowd-burns-dispersed', why: `${MOB_WHY} (a crowd burns a house or a vehicle).`, all: ['BURN_ACT', 'PROTEST_FORCE'], agent: 'crowd', patient: ['civilian', 'crowd', 'unknown'], none: NOT_MOB_HERE, score: 77 },
      // mob11:
      // A crowd named after "by" as who beat someone, told by a participle ("died after being beaten by villagers", "was found
      // hacked by residents"): mob.crowd-beats-anyone asks for a finite verb. `transitive` asks for the doer after "by" or an
      // object, so a headline's passive with no doer ("two beaten in Kisii") names no crowd. Neighbours: Attack (an organised
      // armed group or unidentified gunmen beat: not a crowd), Excessive force (the victims are demonstrators: GRIEVANCE).
      { id: 'mob.beaten-by-crowd', why: 'Codebook: Mob violence is rioters (a crowd, not an organised armed group, inter 5) violently targeting people outside a demonstration; someone beaten, stabbed or hacked by a crowd, whoever the victim is.', all: ['HARM_ACT'], agent: 'crowd', patient: ['unknown', 'nonstate'], transitive: true, none: [...NOT_MOB_DEMO_OR_REMOTE, 'GRIEVANCE', 'MILITANT', 'ARMED', 'FIRED'], score: 75 },
      // A quarrel that turns violent with no side named as an armed group ("a quarrel between two households turned violent"):
      // people quarrelling fight as people. (A clash told with a quarrel, "killed in a clash over a land dispute", was read the
      // same way and fell on acled half b: an armed side's fight over land is told so too.) Neighbours: Armed clash (an armed
      // side, gunfire, an armed clash, a militia, clans or tribes told: ARMED_SIDE, MILITANT, GUNFIGHT, CLAN_SIDE), Violent
      // demonstration (a protest or its demand told: riot.rioting reads "turned violent" with no quarrel).
      { id: 'mob.dispute-turns-violent', why: 'Codebook: Mob violence is violence by rioters outside a demonstration; a quarrel between people that turns violent, with no protest, demand or armed side told.', all: ['RIOT', 'DISPUTE'], none: [...NOT_MOB_DEMO_OR_REMOTE, ...ARMED_SIDE, 'MILITANT', 'GUNFIGHT', 'CLAN_SIDE', 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND'], score: 73 },
      // clash12:
      // Someone stoned to death by people who are no armed side, or by no one named ("people stoned a man to death", "a man was
      // stoned to death"): mob.crowd-stones asks for a crowd word as who acts. Neighbours: Attack (an armed group or a court of
      // one stones: ARMED_SIDE, MILITANT), Violent demonstration (stones thrown at a protest: PROTEST_WEAK, GRIEVANCE, NOT_MOB_DEMO_OR_REMOTE).
      { id: 'mob.stoned-to-death', why: 'Codebook: Mob violence is rioters (people acting outside an organised armed group, inter 5) violently targeting people outside a demonstration, mob justice and lynching among it; stoning someone to death, with no armed side told, is that.', all: ['STONING', 'KILL'], agent: ['crowd', 'civilian', 'unknown'], none: [...NOT_MOB_DEMO_OR_REMOTE, ...ARMED_SIDE, 'MILITANT', 'GUNFIGHT', 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND', 'ARREST'], score: 75 },
      // riot14:
      // A crowd (residents, youths, villagers: no organised armed group) told as the finite doer of burning, looting or wrecking,
      // whatever it hit, a police post among it ("angry residents set fire to a police station"): loot.looting (73) read it as
      // property destruction when a force was named, since mob.crowd-sets-fire leaves out state forces (they are an armed side
      // when they act; here they own what is burned). Neighbours: Looting/property destruction (an armed group or unnamed people
      // loot: the doer is no crowd), Violent demonstration (a protest, strike or demand told), a mob word (mob.violence).
      { id: 'mob.crowd-wrecks-property', why: 'Codebook: Riots are violent events where demonstrators or mobs engage in disruptive acts such as property destruction, targeting property, businesses or armed actors; a crowd (rioters, inter 5) that burns, loots or wrecks property outside a demonstration is mob violence, not looting outside rioting.', all: ['LOOT'], agent: 'crowd', act: { concept: 'LOOT', by: ['crowd'], finite: true }, none: ['PROTEST', 'STORY_PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND', 'RIOT', 'ARMED', 'MILITANT', 'GUNFIGHT', 'KIDNAPPERS', 'AIR', 'SHELL', 'EXPLOSIVE', 'ABDUCT', 'SEXUAL'], score: 74 },
      // prot16: a crowd that clashes with police or troops as they try to carry out an arrest, an eviction, a removal or a seizure
      // ("street vendors clashed with police who tried to remove their stalls"): riot.crowd-clashes-with-forces (75) reads a crowd's
      // fight with a force as a demonstration's, but the force's attempt told beside it, and no protest or demand, tells people
      // resisting it. The operation told as a noun ("over the demolition of their homes", "enforcing the curfew") is what the crowd
      // rises against, and stays riot.crowd-clashes-with-forces's (protest6, typing.test.ts). Neighbours: Violent demonstration (a protest, strike or demand told: NOT_MOB, PROTEST_WEAK, GRIEVANCE, DEMAND;
      // no operation told: riot.crowd-clashes-with-forces); Armed clash (an armed side or gunfire).
      { id: 'mob.crowd-resists-operation', why: 'Codebook: Mob violence is rioters (people acting outside an organised armed group and outside a demonstration) violently interacting with armed actors among others; a crowd that clashes with a force trying to evict, remove or demolish resists it and demonstrates nothing.', all: ['CLASH', 'TRY_TO', 'FORCE_OPERATION'], agent: 'crowd', patient: ['state', 'target'], none: [...NOT_MOB, 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND', 'ARMED', 'MILITANT'], score: 76 },
      { id: 'mob.crowd-resists-arrest', why: 'Codebook: Mob violence is rioters (people acting outside an organised armed group and outside a demonstration) violently interacting with armed actors among others; a crowd that clashes with a force trying to arrest someone or seize goods resists it and demonstrates nothing.', all: ['CLASH', 'TRY_TO'], any: ['ARREST', 'SEIZE_GOODS'], agent: 'crowd', patient: ['state', 'target'], none: [...NOT_MOB, 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND', 'ARMED', 'MILITANT'], score: 76 },
      // prot16: a crowd that burns the house or goods of someone it suspects ("residents burned the house of a suspected
      // kidnapper"): mob.crowd-sets-fire leaves out every armed side's word, and a suspected kidnapper named as whose house burned
      // is the crowd's target, not an armed side acting (mob justice). Neighbours: Looting/property destruction (an armed group
      // burns: ARMED, MILITANT, gunfire), Violent demonstration (a protest, riot or demand told).
      { id: 'mob.crowd-burns-suspects-property', why: 'Codebook: Mob violence is rioters (a crowd, inter 5) violently targeting people or property outside a demonstration, mob justice against suspects among it; a crowd that sets fire to the house or goods of a suspect is that.', all: ['BURN_ACT', 'SUSPECTS'], agent: 'crowd', act: { concept: 'BURN_ACT', by: ['crowd'], finite: true }, none: [...NOT_MOB_DEMO_OR_REMOTE, 'ARMED', 'MILITANT', 'FIRED', 'TARGET_MIL', 'GUNFIGHT', 'RIOT', 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND'], score: 75 },
      // sides17: a crowd (villagers, residents, youths: no organised armed group) told as who kills members of an armed group,
      // its victims as object or the crowd after "by" ("villagers killed two suspected militants", "two militants were beaten
      // to death by residents"): mob.crowd-kills-anyone leaves out every militant word, so the killing fell to attack.kill-civilians
      // (the crowd's civilian word read as the victims). Neighbours: Armed clash (the crowd fires or bears guns: FIRED, WEAPON_SEIZE,
      // GUNFIGHT; an armed side kills the militants: the doer is no crowd), Attack (militants kill villagers: act.by asks for the
      // crowd as the killing's own doer), Violent demonstration (a protest or demand told).
      { id: 'mob.crowd-kills-armed', why: 'Codebook: Mob violence is rioters (a crowd, not an organised armed group, inter 5) violently targeting people outside a demonstration, armed actors among them; a crowd that kills members of an armed group, with no gun or armed side of its own told, is rioting, not an armed clash nor an attack on civilians.', all: ['KILL'], agent: 'crowd', patient: ['nonstate'], act: { concept: 'KILL', by: ['crowd'] }, transitive: true, none: [...NOT_MOB_DEMO_OR_REMOTE, 'GRIEVANCE', 'DEMAND', 'FIRED', 'GUNFIGHT', 'WEAPON_SEIZE'], score: 75 },
      // sides17: mob justice told by its victim: someone suspected or accused (of theft, witchcraft, kidnapping) beaten, hacked or
      // stabbed, by people who are no force or armed group, or by no one named ("passengers beat a suspected thief to death",
      // "people stabbed a man accused of witchcraft"): the crowd word is not always told. Neighbours: Attack (police or troops
      // beat a suspect: the agent is a force; gunmen or an armed group: ARMED, MILITANT; a gun: FIRED, WEAPON_SEIZE), Arrests;
      // the suspect is the object, told after the verb ("the suspects beat the shopkeeper" is the suspects' crime).
      { id: 'mob.suspect-beaten', why: 'Codebook: Mob violence is rioters (people acting outside an organised armed group, inter 5) violently targeting people outside a demonstration, mob justice against suspected criminals among it; a suspect beaten, hacked or stabbed with no force, armed group or gun told is mob justice.', all: ['HARM_ACT'], object: 'SUSPECTS', objectAfter: true, agent: ['unknown', 'crowd', 'civilian'], none: [...NOT_MOB_DEMO_OR_REMOTE, 'GRIEVANCE', 'DEMAND', 'ARMED', 'MILITANT', 'STATE_FORCE', 'FIRED', 'GUNFIGHT', 'WEAPON_SEIZE', 'ARREST', 'KIDNAPPERS'], score: 74 },
      // Round 44: …and the suspect told as the passive's subject, its charge between ("A young man accused of snatching a phone at the
      // motor park was beaten with planks"): general English, the subject of "was beaten" is what was beaten; its reach takes in the
      // noun's reduced relative ("accused of …").
      { id: 'mob.suspect-beaten-passive', why: 'Codebook: Mob violence is rioters (people acting outside an organised armed group, inter 5) violently targeting people outside a demonstration, mob justice against suspected criminals among it; a suspect beaten, hacked or stabbed, told as the passive\'s subject ("a man accused of stealing a phone was beaten and set ablaze"), with no force, armed group or gun told is mob justice.', all: ['HARM_ACT'], object: 'SUSPECTS', passiveObject: true, reach: PASSIVE_SUSPECT_REACH, agent: ['unknown', 'crowd', 'civilian'], none: [...NOT_MOB_DEMO_OR_REMOTE, 'GRIEVANCE', 'DEMAND', 'ARMED', 'MILITANT', 'STATE_FORCE', 'FIRED', 'GUNFIGHT', 'WEAPON_SEIZE', 'ARREST', 'KIDNAPPERS'], score: 74 },
      // Round 45: the same suspect killed by hand, told by the act and its result ("was beaten to death").
      { id: 'mob.suspect-killed-passive', why: 'Codebook: Mob violence is rioters (people acting outside an organised armed group, inter 5) violently targeting people outside a demonstration, mob justice against suspected criminals among it; a suspect killed by hand, told as the passive\'s subject ("a man accused of stealing a phone was beaten to death", KILL_BY_HAND: the phrase hides its HARM_ACT), with no force, armed group or gun told is mob justice.', all: ['KILL_BY_HAND'], object: 'SUSPECTS', passiveObject: true, reach: PASSIVE_SUSPECT_REACH, agent: ['unknown', 'crowd', 'civilian'], none: [...NOT_MOB_DEMO_OR_REMOTE, 'GRIEVANCE', 'DEMAND', 'ARMED', 'MILITANT', 'STATE_FORCE', 'FIRED', 'GUNFIGHT', 'WEAPON_SEIZE', 'ARREST', 'KIDNAPPERS'], score: 74 },
      // sides17: a crowd (mob, villagers, youths) told as the finite doer of an attack on a force's post, base, patrol or convoy ("a
      // crowd attacked a military base", "villagers attacked the convoy"): mob.crowd-attacks reads a force or people as the patient,
      // not a force's post, and mob.crowd-attacks-anything leaves out PROTEST_WEAK, which "crowd" itself is, so the crowd word fell
      // to a peaceful protest. Neighbours: Violent demonstration (a protest, demand or grievance told: NOT_MOB, GRIEVANCE, DEMAND;
      // a crowd that clashes with the force: riot.crowd-clashes-with-forces), Armed clash (an armed group or gunfire told).
      { id: 'mob.crowd-attacks-post', why: 'Codebook: Mob violence is rioters (a crowd, inter 5) violently targeting people, property or armed actors outside a demonstration; a crowd that attacks a force\'s post, base, patrol or convoy is rioting.', all: ['CLASH_WEAK'], agent: 'crowd', patient: ['target'], act: { concept: 'CLASH_WEAK', by: ['crowd'], finite: true }, none: [...NOT_MOB, 'GRIEVANCE', 'DEMAND', 'ARMED', 'MILITANT', 'FIRED', 'LOOT'], score: 75 },
    ] },
];
