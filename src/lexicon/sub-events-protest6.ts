// Rule families added in round 6 (protest6) for the demonstration family and its borders (issue 13): Protests
// (Peaceful protest, Protest with intervention, Excessive force against protesters) against Riots (Violent
// demonstration, Mob violence), Violence against civilians (Attack), Battles (Armed clash) and Arrests. Rows in the
// form of sub-events.ts, merged into its SUB_EVENTS after each sub-type's own rules, case4's, case5's and acled5's.
// Each row implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types"; inter code 5, rioters);
// the decisive cues are written down in src/pipeline/events/README.md ("The demonstration family"). Provenance: written
// for this project; the table tests (typing-protest6.test.ts) are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What a crowd's violence is not (sub-events.ts NOT_MOB): a demonstration, or remote violence. */
const NOT_MOB: Concept[] = ['PROTEST', 'STORY_PROTEST', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE'];

/** What tells a demonstration or a riot around a fire bomb: then it is the demonstrators' or rioters' violence. */
const PROTEST_TOLD: Concept[] = ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'RIOT'];

export const PROTEST6_RULES: Record<string, SubEventRule[]> = {
  'Violent demonstration': [
    // Fire bombs (petrol bombs, Molotov cocktails) were RIOT's words; they are now FIREBOMB's, which these two rows read as
    // RIOT's rules did (riot.protest-violence 88, riot.rioting 72). Neighbour: Looting/property destruction (loot.firebomb-property).
    { id: 'riot.protest-firebombs', why: 'Codebook: demonstrators engage in violence or destructive activity; fire bombs thrown in a protest or riot.', all: ['FIREBOMB'], any: PROTEST_TOLD, score: 88 },
    { id: 'riot.firebombs', why: 'Codebook: violent demonstration; fire bombs thrown at people or forces, with no armed group or mob named.', all: ['FIREBOMB'], none: ['MOB', 'ARMED', 'MILITANT'], score: 72 },
  ],
  'Looting/property destruction': [
    // One or two people throwing a fire bomb at a shop, an office or a house, with no demonstration, crowd, fight, force or
    // harm told, destroy property: no riot (no demonstrators, no mob) and no attack on a person. Neighbours: Violent
    // demonstration (riot.protest-firebombs: a protest or riot told), Mob violence (a crowd throws them), Attack (people hurt).
    { id: 'loot.firebomb-property', why: 'Codebook: Looting/property destruction is the destruction of property outside other forms of violence; a fire bomb thrown at a building with no protest, crowd, fight or casualty told.', all: ['FIREBOMB'], none: [...PROTEST_TOLD, 'CROWD', 'MOB', 'CLASH', 'CLASH_WEAK', 'KILL', 'HARM', 'HARM_ACT', 'STATE_FORCE', 'TARGET_MIL', 'ARMED', 'MILITANT', 'AIR', 'SHELL', 'EXPLOSIVE'], score: 74 },
  ],

  'Mob violence': [
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
    { id: 'mob.crude-weapons-attack', why: 'Codebook: rioters (inter 5) are people acting violently without an organised armed group; people who attack a force or civilians with knives, sticks or rods, with no firearm or armed group told, are a mob, not an armed side engaging the force.', all: ['CLASH_WEAK', 'CRUDE_WEAPON'], agent: ['unknown', 'civilian', 'crowd'], patient: ['state', 'target', 'civilian'], none: [...NOT_MOB, 'ARMED', 'MILITANT', 'FIRED', 'KIDNAPPERS', 'HEAVY_WEAPON', 'GRIEVANCE', 'PROTEST_WEAK'], score: 71 },
    { id: 'mob.crowd-kills-anyone', why: 'Codebook: mob violence; rioters (a crowd, not an organised armed group) kill someone outside a demonstration, whoever the victim is (mob justice against a suspected thief or kidnapper is Mob violence).', all: ['KILL'], agent: 'crowd', patient: ['unknown', 'nonstate'], act: { concept: 'KILL', by: ['crowd'] }, transitive: true, none: [...NOT_MOB, 'GRIEVANCE', 'MILITANT'], score: 75 },
  ],
};
