// Rule families added in round 6 (acled6) for the distinctions ACLED's codebook draws by the target's kind and the weapon
// (issue 13): an armed organised side fired on is engaged (Battles: Armed clash), unarmed people attacked are civilians
// (Violence against civilians); a force's new operation with no violence (Strategic developments: Change to group/activity),
// one force stopping another and an authority silencing a medium (Other)
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
    // The patient read after the verb is an armed side ("killed a suspected ISWAP commander and his son"): a civilian told beside
    // it does not make the act an attack (clash.kill-forces asks for no civilian word at all). Neighbour: Attack (a possessor,
    // "a soldier's wife", and "former fighters" are no armed patient: target-kind.ts).
    { id: 'clash.kill-armed-patient', why: 'Codebook: the target\'s kind decides; killing members of an armed, organised group or force (its commander, fighters, soldiers) is a Battle even when others die beside them.', all: ['KILL'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate'], none: ['PROTEST', 'GRIEVANCE', 'STORY_PROTEST', 'AIR', 'SHELL', 'EXPLOSIVE', 'SUICIDE'], score: 67 },
    // Neighbours: Disrupted weapons use (a plot, bomb or suicide attack foiled: case5's rows, which outscore this one); the
    // remote-violence sub-types (an attack by shells or aircraft repelled: their weapon rules outscore this one).
    { id: 'clash.attack-repelled', why: 'Codebook: an attack on a military post repelled is an Armed clash; defenders who repel, repulse or fight off an assault, incursion or advance engage the attackers.', all: ['REPEL', 'ASSAULT_MOVE'], object: 'ASSAULT_MOVE', reach: 4, none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'PLOT', 'SUICIDE_ACT', 'SUICIDE'], score: 69 },
    { id: 'clash.incursion-thwarted', why: 'Codebook: an armed side\'s incursion, infiltration or advance stopped by the other is a fight between them (Armed clash), not a weapon disrupted (a bare "foiled an attack" may be a plot stopped before it began: nonevent.foiled).', all: ['FOIL', 'INCURSION'], object: 'INCURSION', reach: 4, none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'PLOT', 'SUICIDE_ACT', 'SUICIDE', 'EXPLOSIVE'], score: 69 },
  ],
  'Shelling/artillery/missile attack': [
    // Neighbours: Disrupted weapons use (intercepted, or a dud that failed to explode: those rules outscore or exclude this
    // one); Air/drone strike (dropped from the air).
    { id: 'shell.projectile-landed', why: 'Codebook: Shelling/artillery/missile attack is long-range fire of artillery, rockets, missiles or mortars on a target; such a projectile told where it landed or fell was fired at that place, harm or none.', all: ['SHELL_WEAK', 'LANDED'], none: ['INTERCEPT', 'AIR', 'AIR_WEAK', 'DUD', 'PROTEST'], score: 74 },
  ],
  'Abduction/forced disappearance': [
    // Neighbour: Arrests (state forces detain under a law: no ransom is asked).
    { id: 'abduction.ransom', why: 'Codebook: Abduction/forced disappearance is the taking of people by an armed group; a ransom is asked only for someone held ("seized a principal and demanded a ransom").', all: ['RANSOM'], none: ['PROTEST', 'ARREST'], score: 86 },
  ],
  'Other': [
    // Neighbours: Change to group/activity (a force's own patrol or convoy moving: no other side stops it); Armed clash (the
    // forces fire or fight: violence words rule it out); Peaceful protest (civilians blocking a road: a force must do it).
    { id: 'other.force-bars-force', why: 'Codebook: Other covers significant strategic developments of no other sub-type; one force or armed group stopping another\'s patrol, convoy or column from passing, with no violence.', all: ['BAR_ACT', 'FORCE_MOVE'], object: 'FORCE_MOVE', reach: 7, agent: ['state', 'nonstate'], none: [...VIOLENCE, 'ARREST', 'PROTEST', 'GRIEVANCE', 'CROWD'], score: 62 },
    // Neighbours: Peaceful protest (the media's own staff demonstrating: PROTEST words rule it out); Arrests
    // (journalists detained: ARREST rules it out, the arrest is the event).
    { id: 'other.media-silenced', why: 'Codebook: Other covers significant strategic developments of no other sub-type, such as an authority blocking a website, suspending a newspaper, taking a broadcaster off air or shutting down the internet.', all: ['SILENCE', 'MEDIA'], object: 'MEDIA', reach: 8, agent: ['state', 'unknown'], none: [...VIOLENCE, 'ARREST', 'PROTEST', 'GRIEVANCE'], score: 62 },
  ],
  'Change to group/activity': [
    // Neighbours: Armed clash and the remote-violence sub-types (the operation's fighting or strikes are told: violence words
    // rule it out, and the violence is the event); Arrests (a crackdown that detains people: ARREST rules it out).
    { id: 'change.operation-launched', why: 'Codebook: Change to group/activity covers significant changes in a group\'s or force\'s activity; a force launching a new military or security operation, with no fighting or harm told.', all: ['LAUNCH_OP'], none: [...VIOLENCE, 'ARREST', 'PROTEST'], score: 66 },
  ],
};
