// Rule families added in round 6 (acled6) for the distinctions ACLED's codebook draws by the target's kind and the weapon
// (issue 13): an armed organised side fired on is engaged (Battles: Armed clash), unarmed people attacked are civilians
// (Violence against civilians); a force's new operation with no violence (Strategic developments: Change to group/activity)
// and a person held for ransom (Abduction/forced disappearance). Rows in the form of sub-events.ts, merged into its SUB_EVENTS
// after each sub-type's own rules, case4's, case5's and acled5's. Each row implements a definition of ACLED's codebook (2023,
// "Event Types and Sub-Event Types"); the concepts are acled6's block of event-cues.ts. Provenance: written for this project;
// the table tests (sub-events-acled6.test.ts) are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** Violence of any kind: a group's new activity told with it is the violence, not a change of activity. */
const VIOLENCE: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'EXPLOSIVE',
  'SUICIDE', 'GRENADE', 'DESTROY', 'LOOT', 'RAZE'];

export const ACLED6_RULES: Record<string, SubEventRule[]> = {
  'Armed clash': [
    // Neighbours: Attack (the target is unarmed: a civilian patient leaves the rule), Violent demonstration and Excessive force
    // (a protest is told). Unlike clash.fire-at-forces, a civilian word elsewhere in the sentence ("armed men", "a bystander")
    // does not block it: the patient read after the verb decides, and a man who fires at guards is an armed actor
    // (clash.person-fires-on-forces reads the same for "shot", which "shot at" hides).
    { id: 'clash.fire-at-post-or-force', why: 'Codebook: attacks on armed agents (soldiers, police, guards, their posts and stations) are Battles even when one-sided; anyone firing at a force or its post engages it (Armed clash), whatever civilian word the sentence holds elsewhere.', all: ['FIRED'], patient: ['state', 'target', 'nonstate'], agent: ['state', 'nonstate', 'unknown', 'civilian'], none: ['PROTEST', 'GRIEVANCE', 'STORY_PROTEST', 'PROTEST_WEAK', 'CROWD'], score: 69 },
  ],
  'Abduction/forced disappearance': [
    // Neighbour: Arrests (state forces detain under a law: no ransom is asked).
    { id: 'abduction.ransom', why: 'Codebook: Abduction/forced disappearance is the taking of people by an armed group; a ransom is asked only for someone held ("seized a principal and demanded a ransom").', all: ['RANSOM'], none: ['PROTEST', 'ARREST'], score: 86 },
  ],
  'Change to group/activity': [
    // Neighbours: Armed clash and the remote-violence sub-types (the operation's fighting or strikes are told: violence words
    // rule it out, and the violence is the event); Arrests (a crackdown that detains people: ARREST rules it out).
    { id: 'change.operation-launched', why: 'Codebook: Change to group/activity covers significant changes in a group\'s or force\'s activity; a force launching a new military or security operation, with no fighting or harm told.', all: ['LAUNCH_OP'], none: [...VIOLENCE, 'ARREST', 'PROTEST'], score: 66 },
  ],
};
