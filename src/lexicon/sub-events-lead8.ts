// Rule rows added in round 8 (lead8) for a state that strikes from afar, in the form of sub-events.ts, merged into its
// SUB_EVENTS after every earlier round's (ties keep going to the older rows). Each row implements a definition of ACLED's
// codebook (2023, "Event Types and Sub-Event Types"). Provenance: written for this project; the table tests
// (sub-events-lead8.test.ts) are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** What makes a state's "struck" something else: fighting at close range (shots, a gunfight, a raid's arrests or abductions),
 * a demonstration, a weapon that names its own sub-type (shells, rockets and missiles, bombs planted, grenades: their rows
 * read them), an attack stopped, or the verb's other senses (NOT_STRIKE). */
const NOT_FROM_AFAR: Concept[] = ['HARM_ACT', 'GUNFIGHT', 'CLASH', 'CLASH_WEAK', 'ABDUCT', 'ARREST', 'PROTEST', 'RIOT', 'MOB', 'INTERCEPT',
  'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'GRENADE', 'SUICIDE', 'FOIL', 'NOT_STRIKE', 'AGREEMENT', 'AGREE_MORE'];

export const LEAD8_RULES: Record<string, SubEventRule[]> = {
  'Armed clash': [
    // Neighbours: Air/drone strike (a state named as such, air.state-strikes-*, or aircraft told: air.*), Attack (civilians
    // struck: the patient here must be an armed side or its post).
    { id: 'clash.force-strikes-armed-side', why: 'Codebook: Armed clash is armed, organised sides fighting; a force or armed group that struck or hit another armed side or its positions, with no air or heavy weapon told.', all: ['STRIKE_VERB'], agent: ['state', 'nonstate'], subjectAgent: true, patient: ['state', 'nonstate', 'target'], none: ['PROTEST', 'RIOT', 'MOB', 'INTERCEPT', 'ABDUCT', 'ARREST', 'FOIL', 'NOT_STRIKE', 'AGREEMENT', 'AGREE_MORE'], score: 66 },
  ],
  'Air/drone strike': [
    // Neighbours: Shelling/artillery/missile attack (its weapon named: shell.*), Armed clash (shots or a fight told), Attack
    // (an armed group on civilians at close range: "gunmen struck the village"; the agent here is a state named as such).
    { id: 'air.state-strikes-place', why: 'Codebook: air or drone strikes are by actors with air capacity; a state named as the subject of "struck", "hit" or "pounded" a place, with no ground fighting or other weapon told, strikes it from the air.', all: ['STRIKE_VERB', 'STATE_NAME'], agent: 'state', subjectAgent: true, object: 'PLACE_NAME', objectAfter: true, none: NOT_FROM_AFAR, score: 73 },
    { id: 'air.state-strikes-target', why: 'Codebook: air or drone strikes are by actors with air capacity; a state named as the subject of a strike verb whose object is a site (targets, positions, a depot, a camp, houses).', all: ['STRIKE_VERB', 'STATE_NAME'], agent: 'state', subjectAgent: true, object: 'STRIKE_TARGET', objectAfter: true, none: NOT_FROM_AFAR, score: 73 },
    { id: 'air.state-strikes-side', why: 'Codebook: air or drone strikes are by actors with air capacity; a state named as the subject of a strike verb whose object is an armed side ("Israel struck Hezbollah").', all: ['STRIKE_VERB', 'STATE_NAME'], agent: 'state', subjectAgent: true, patient: ['nonstate', 'target'], none: NOT_FROM_AFAR, score: 73 },
  ],
};
