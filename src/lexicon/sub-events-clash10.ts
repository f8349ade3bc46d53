// Rule rows added in round 10 (clash10) for the boundary between Armed clash, Attack and Mob violence, decided by the target's
// kind (an armed actor or a civilian) and the perpetrator's kind (an organised armed group or a mob), in the form of
// sub-events.ts, merged into its SUB_EVENTS after every earlier round's (ties keep going to the older rows). Each row implements
// a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types"). Provenance: written for this project; the table
// tests (sub-events-clash10.test.ts) and the probe test/probes/clash10.jsonl are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';

export const CLASH10_RULES: Record<string, SubEventRule[]> = {
  'Armed clash': [
    // Neighbours: Attack (attack.harm: the wounded are civilians, or no one is named), Mob violence (a crowd that wounds a force
    // is the crowd's: mob.crowd-wounds; the agent here is an armed side or unnamed), the remote-violence types (a bomb, shell,
    // aircraft or grenade that wounded them).
    { id: 'clash.wound-forces', why: 'Codebook: Armed clash covers an armed, organised group engaging a state force or another armed group even when the targets do not fire back; wounding a force\'s or an armed group\'s members ("gunmen wounded two police officers") is that, not violence against civilians.', all: ['HARM'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'RIOT', 'MOB', 'CROWD', 'CIVILIAN', 'STONING', 'AIR', 'AIR_WEAK', 'SHELL', 'SHELL_WEAK', 'EXPLOSIVE', 'GRENADE', 'SUICIDE', 'HEAVY_WEAPON'], score: 68 },
  ],
};
