// Rule rows added in round 11 (strat11) for the Strategic developments family (issue 13), in the form of sub-events.ts and
// merged into its SUB_EVENTS after every earlier round's rows (ties keep going to the older rows).
// Each row implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types", Strategic developments):
//   - Change to group/activity: significant changes in an armed group's or force's activity or structure, such as the movement
//     of forces (a relocation) and displays of force (a parade of troops and armour).
//   - Looting/property destruction: goods or property seized or destroyed outside other violence (a mine that is dug, not laid).
//   - Other: significant developments of no other kind, such as the return of the dead to the other side.
//   - Arrests: state forces detain a significant individual or many people; the emergency law they act under is its frame, no
//     seizure of power.
// Their cue concepts are strat11's block of event-cues.ts (REMAINS, EMERGENCY_FRAME) and earlier rounds' (ESTABLISH, DISPLAY,
// MATERIEL, HANDOVER, RETURN). Provenance: written for this project; the table tests (sub-events-strat11.test.ts) are invented
// reports from many countries, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** Violence, people detained or a demonstration: told with a quiet change, they are the event. */
const NOT_QUIET: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'EXPLOSIVE',
  'SUICIDE', 'GRENADE', 'CHEM', 'DESTROY', 'LOOT', 'RAZE', 'ARREST', 'PROTEST'];
/** Weapons or goods taken: what is shown after it was seized is the seizure's (case10x DISPLAY), no display of force. */
const TAKEN: Concept[] = ['WEAPON_SEIZE', 'SEIZE_GOODS', 'INTERCEPT'];
/** What makes a taking of property more than that: people harmed or taken, remote weapons, a demonstration or a mob. */
const PROPERTY_HARM: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'SEXUAL', 'FIRED', 'CLASH', 'AIR', 'STRIKE_NOUN', 'SHELL', 'EXPLOSIVE',
  'GRENADE', 'SUICIDE', 'PROTEST', 'RIOT', 'MOB'];
/** The violence a return of the dead could itself be told as: the fight or strike that killed them is then the event. */
const DEAD_MADE: Concept[] = ['ATTACK', 'CLASH', 'CLASH_WEAK', 'FIRED', 'AIR', 'SHELL', 'EXPLOSIVE', 'HARM_ACT', 'ABDUCT', 'PROTEST'];

export const STRAT11_RULES: Record<string, SubEventRule[]> = {
  'Change to group/activity': [
    // Neighbours: Headquarters or base established ("relocated its headquarters": the base is the verb's object, base.* type it;
    // "relocated its fighters to new positions": the forces are, and the place they go is no base set up, hence the score over
    // base.established's); the violence of the forces moved (violence rules it out).
    { id: 'change.forces-relocated', why: 'Codebook: Change to group/activity covers the movement of forces; an armed side that relocates or sets up its fighters, troops or armour somewhere, with no violence told.', all: ['ESTABLISH', 'MATERIEL'], object: 'MATERIEL', objectAfter: true, reach: 2, agent: ['state', 'nonstate'], none: NOT_QUIET, score: 80 },
    // Neighbours: Disrupted weapons use and Arrests (weapons or suspects shown to the press after a seizure: a taking rules it out).
    { id: 'change.forces-paraded', why: 'Codebook: Change to group/activity covers displays of force by armed actors; a force or group that parades or displays its troops, fighters or armour, with no violence or seizure told.', all: ['DISPLAY', 'MATERIEL'], object: 'MATERIEL', objectAfter: true, reach: 4, agent: ['state', 'nonstate'], none: [...NOT_QUIET, ...TAKEN], score: 60 },
  ],
  'Looting/property destruction': [
    // Neighbours: Remote explosive/landmine/IED and Disrupted weapons use (a landmine: MINE_SITE is read whole, so its "mine" is
    // no explosive); Attack (miners killed or hurt: harm rules it out); Arrests (the miners detained).
    { id: 'loot.mine-site-seized', why: 'Codebook: Looting/property destruction covers seizing or destroying property outside other violence; an armed side or force that seizes, takes over or destroys a gold, coltan or other mine or mining site.', all: ['SEIZE_GOODS', 'MINE_SITE'], object: 'MINE_SITE', objectAfter: true, reach: 6, agent: ['state', 'nonstate'], none: [...PROPERTY_HARM, 'ARREST'], score: 74 },
  ],
  'Other': [
    // Neighbours: Armed clash and Attack (the dead told as KILL's "bodies": the handing back is the news unless the fight or
    // strike that killed them is told); Agreement (an exchange of the dead: EXCHANGE rules it out).
    ...(['HANDOVER', 'RETURN'] as Concept[]).map((c): SubEventRule => ({ id: `other.remains-${c === 'HANDOVER' ? 'handed-over' : 'returned'}`,
      why: 'Codebook: Other covers significant developments of no other kind; one side handing over or returning the bodies of the dead to the other, with no exchange or violence told.',
      all: [c, 'REMAINS'], object: 'REMAINS', objectAfter: true, reach: 3, none: [...DEAD_MADE, 'EXCHANGE'], score: 70 })),
  ],
  'Arrests': [
    // Neighbour: Other (a coup: "martial law" alone is COUP's; "under martial law" is read whole, the law the arrest is made under,
    // and this row names why over arrest.by-state's, which reads the same arrests).
    { id: 'arrest.under-emergency-law', why: 'Codebook: Arrests are state forces detaining people; an arrest made under martial law or a state of emergency is an arrest, the law in force no coup.', all: ['ARREST', 'EMERGENCY_FRAME'], agent: 'state', none: ['KILL', 'HARM', 'HARM_ACT', 'FIRED', 'CLASH', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'DEMAND', 'SUICIDE', 'EXPLOSIVE'], score: 74 },
  ],
};
