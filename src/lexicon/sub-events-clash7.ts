// Rule families added in round 7 (clash7) for the violence family's boundaries ACLED's codebook draws by what was done and
// by whom (issue 13): an abduction with a killing is an attack; people carried off by an armed group are abducted; a crowd
// does not exchange fire (sub-events.ts NOT_MOB and mob.violence ask that no GUNFIGHT is told). Rows in the form of
// sub-events.ts, merged into its SUB_EVENTS after every earlier round's. Each row implements a definition of ACLED's codebook
// (2023, "Event Types and Sub-Event Types"). Provenance: written for this project; the table tests (sub-events-clash7.test.ts)
// are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';

export const CLASH7_RULES: Record<string, SubEventRule[]> = {
  'Armed clash': [
    // clash.militants-attack-forces now reads the attack's own object (a civilian there is no force attacked); state forces
    // who raid or attack where an armed group is named keep its old reading ("troops raided a hospital, saying militants had
    // used it as a base"): the armed group is the side they move on. Neighbour: Attack (a charge's party is no party:
    // "villagers suspected of supporting the PDF", hit-readings.ts).
    { id: 'clash.forces-move-on-militants', why: 'Codebook: state forces attacking or raiding where an armed group is told engage that group (Battles), whatever place they enter.', all: ['CLASH_WEAK', 'MILITANT'], any: ['STATE_FORCE', 'TARGET_MIL'], agent: 'state', none: ['PROTEST'], score: 70 },
  ],
  'Attack': [
    // Neighbours: Abduction/forced disappearance (people taken and no further violence told: abduction.kidnap, 88);
    // Armed clash (a force kills the kidnappers or frees the hostages: the killing's doer is a state force, or the dead are
    // the kidnappers). The killing must be told by a finite verb whose doer is read (act-agents.ts actAgent): "abducted a
    // farmer and killed him", "kidnapped and shot dead a shopkeeper"; not "a man abducted last year was found dead".
    { id: 'attack.abducted-and-killed', why: 'Codebook: Abduction/forced disappearance is the taking of civilians without reports of further violence; when the abductors also kill, the event is an Attack.', all: ['ABDUCT', 'KILL'], act: { concept: 'KILL', notBy: ['state', 'civilian', 'crowd'], finite: true }, none: ['PROTEST', 'PROTEST_WEAK', 'KIDNAPPERS', 'ARREST'], score: 89 },
    // …and the killing told by its weapon's verb with the death after the victim ("abducted a farmer and shot him dead",
    // "kidnapped a trader and beat him to death").
    { id: 'attack.abducted-and-shot-dead', why: 'Codebook: an abduction with further violence is an Attack; abductors who shoot or beat the abducted to death kill them.', all: ['ABDUCT', 'KILL', 'HARM_ACT'], act: { concept: 'HARM_ACT', notBy: ['state', 'civilian', 'crowd'], finite: true }, none: ['PROTEST', 'PROTEST_WEAK', 'KIDNAPPERS', 'ARREST'], score: 89 },
    // Neighbour: Armed clash (the ambushed are a force, its convoy or an armed group: the patient decides; a gunfight told
    // beside it is an engagement). The ambush is told by its doer's verb, so "civilians killed in an ambush" does not read.
    { id: 'attack.ambush-on-civilians', why: 'Codebook: an ambush on a force is an Armed clash, but violence by an organised armed group on unarmed civilians is an Attack; gunmen who ambush a bus, passengers or villagers attack civilians.', all: ['AMBUSH_ACT', 'CIVILIAN'], agent: ['nonstate', 'unknown', 'state'], patient: ['civilian'], none: ['PROTEST', 'PROTEST_WEAK', 'GUNFIGHT'], score: 73 },
  ],
  'Mob violence': [
    // A crowd told as the subject of a finite attack verb, whatever it attacked (a forest guards' team, a governor's convoy, a
    // house): mob.crowd-attacks asks for a party as the patient. Neighbours: Violent demonstration (a protest is told: NOT_MOB);
    // Armed clash (the crowd is armed: ARMED or a gunfight rules it out, "armed villagers" are ARMED, hit-readings.ts).
    { id: 'mob.crowd-attacks-anything', why: 'Codebook: Mob violence is rioters (a crowd, inter 5) violently targeting people, forces or property outside a demonstration; a crowd that attacks anyone or anything is rioting.', all: ['CLASH_WEAK'], agent: 'crowd', patient: ['unknown', 'target'], act: { concept: 'CLASH_WEAK', by: ['crowd'], finite: true }, none: ['PROTEST', 'STORY_PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'AIR', 'SHELL', 'EXPLOSIVE', 'GRENADE', 'HEAVY_WEAPON', 'GUNFIGHT', 'ARMED', 'MILITANT', 'LOOT'], score: 74 },
  ],
  'Looting/property destruction': [
    // An attack whose object is a building, installation or vehicle, told with its destruction and no one harmed or taken
    // ("gunmen attacked a school and burned classrooms", "attacked a telecommunications mast and set it on fire"). Neighbours:
    // Attack (people harmed: KILL, HARM, HARM_ACT, ABDUCT rule it out; an object right after the verb that is people is no
    // property); Mob violence and Violent demonstration (a crowd or a protest does it); Armed clash (a force's post: TARGET_MIL).
    { id: 'loot.attack-on-property', why: 'Codebook: Looting/property destruction is property destroyed or looted without other violence; an armed group attacking a building, mast or vehicle and burning or wrecking it, with no one harmed, destroys property.', all: ['CLASH_WEAK', 'PROPERTY'], any: ['LOOT', 'LOOT_WEAK', 'BURN_ACT', 'RAZE', 'DESTROY', 'RIOT_WEAK'], object: 'PROPERTY', reach: 3, agent: ['nonstate', 'unknown', 'state'], none: ['KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'SEXUAL', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'TARGET_MIL', 'AIR', 'SHELL', 'EXPLOSIVE', 'GRENADE', 'FIRED', 'CROWD'], score: 70 },
  ],
  'Abduction/forced disappearance': [
    // Neighbours: Arrests and Protest with intervention (police carry people off: a state force or a protest rules it out);
    // Looting (goods taken away: the patient must be people).
    { id: 'abduction.carried-off', why: 'Codebook: Abduction/forced disappearance is an armed group taking civilians; gunmen who whisk away, cart off or forcibly take people abduct them.', all: ['TAKEN_AWAY'], agent: ['nonstate', 'unknown'], patient: ['civilian'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STATE_FORCE', 'STORY_PROTEST'], score: 87 },
  ],
};
