// Rule rows added in round 7 (gap7) at the boundaries where invented reports (test/probes/gap.jsonl) were typed wrong, in the
// form of sub-events.ts, merged into its SUB_EVENTS after every earlier round's (ties keep going to the older rows). Each row
// implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types"). Provenance: written for this project;
// the table tests (sub-events-gap7.test.ts) are invented reports from many countries, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** Any incident of its own: an announcement told with one is background to it (the incident is the event). */
const NOT_QUIET: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'EXPLOSIVE',
  'SUICIDE', 'GRENADE', 'CHEM', 'DESTROY', 'LOOT', 'RAZE', 'ARREST', 'PROTEST', 'RIOT', 'MOB'];

export const GAP7_RULES: Record<string, SubEventRule[]> = {
  'Armed clash': [
    // Neighbours: Government regains / Non-state actor overtakes territory ("control of" alone: a capture told); Mob violence
    // (a crowd's fight: the agent must not be one).
    // Neighbour: Mob violence (mob.violence, 89: MOB holds "vigilante*", as in vigilante justice). Vigilantes set on by an
    // armed group are a communal militia that group fights (codebook, inter code 4; the actor reader's communal militia); a
    // crowd or mob that acts is read by its own rules (the agent here must be an armed group); with fire exchanged, mob.violence
    // is ruled out already and the older clash rows read it.
    { id: 'clash.armed-group-on-vigilantes', why: 'Codebook: Armed clash is fighting between organised armed sides, communal and vigilante militias among them; an armed group that attacks, kills or fights vigilantes.', all: ['MOB', 'MILITANT'], any: ['ATTACK', 'KILL', 'CLASH', 'FIRED', 'AMBUSH_ACT'], agent: 'nonstate', none: ['PROTEST', 'CROWD', 'STORY_PROTEST', 'GUNFIGHT'], score: 90 },
    { id: 'clash.contest-for-control', why: 'Codebook: Armed clash is fighting between armed, organised sides with no change of control reported; sides that fight or battle for control of a place.', all: ['CONTEST'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'AIR', 'SHELL'], score: 72 },
  ],
  'Mob violence': [
    // Neighbours: Looting/property destruction (loot.looting-near-crowd, 60: property taken or destroyed with a crowd only near);
    // Violent demonstration (a demonstration told: NOT_MOB's PROTEST).
    { id: 'mob.crowd-destroys', why: 'Codebook: Mob violence is violence by rioters outside a demonstration, against people or property; a crowd or mob that burns, loots or wrecks property, with no demonstration told.', all: ['LOOT'], agent: 'crowd', none: ['PROTEST', 'STORY_PROTEST', 'GUNFIGHT', 'AIR', 'SHELL', 'EXPLOSIVE', 'ABDUCT', 'SEXUAL'], score: 63 },
  ],
  'Change to group/activity': [
    // Neighbours: every incident (NOT_QUIET: "the army announced it had killed 20 militants" is the killing); Peaceful protest
    // (a crowd's announced march: the agent must be an armed side).
    { id: 'change.group-announces', why: 'Codebook: Change to group/activity covers significant changes in an armed group\'s activity; an armed group or force that announces, declares or vows a new course (a blockade, a campaign, an administration), with no incident told.', all: ['ANNOUNCE'], agent: ['state', 'nonstate'], subjectAgent: true, none: NOT_QUIET, score: 30 },
    // Neighbour: Peaceful protest (PROTEST's "blockade": a crowd's road blockade); the siege's own violence (NOT_QUIET).
    { id: 'change.group-besieges', why: 'Codebook: Change to group/activity covers changes in an armed group\'s activity; an armed side that lays a blockade or siege on a place, with no violence told.', all: ['SIEGE'], agent: ['state', 'nonstate', 'unknown'], none: NOT_QUIET, score: 66 },
  ],
};
