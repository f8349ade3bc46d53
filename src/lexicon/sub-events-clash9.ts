// Rule rows added in round 9 (clash9) for the violence family on reports from elsewhere, in the form of sub-events.ts, merged
// into its SUB_EVENTS after every earlier round's (ties keep going to the older rows). Each row implements a definition of
// ACLED's codebook (2023, "Event Types and Sub-Event Types"). Provenance: written for this project; the table tests
// (sub-events-clash9.test.ts) and the probe test/probes/clash9.jsonl are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';

export const CLASH9_RULES: Record<string, SubEventRule[]> = {
  'Armed clash': [
    // Neighbour: Shelling/artillery/missile attack (long-range fire with no ground fighting told: shell.artillery, which a
    // fight told only after the shelling, "shelled the town amid ongoing clashes", leaves to it).
    // Neighbour: Attack (the repelled are civilians or a crowd: no rule here fires for them). An attack repelled is
    // acled6's clash.attack-repelled; here the side itself is what was driven off.
    { id: 'clash.armed-side-repelled', why: 'Codebook: an attack repelled is an Armed clash; a force or group that repels, repulses or fights off an armed side ("troops repelled the attackers") engages it.', all: ['REPEL'], patient: ['state', 'nonstate', 'target'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'MOB', 'PLOT', 'SUICIDE_ACT', 'SUICIDE'], score: 69 },
    { id: 'clash.repelled-them', why: 'Codebook: an attack repelled is an Armed clash; defenders who repulsed or fought off "them", the side that just attacked, engage it.', all: ['REPEL_BACK'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'MOB', 'CROWD', 'PLOT'], score: 66 },
    // Neighbour: Attack (attack.abducted-and-killed: the abducted are civilians, off duty or former members included).
    { id: 'clash.abducted-force-killed', why: 'Codebook: the target\'s kind decides; members of a force or armed group abducted and then killed by the other side are an armed side\'s dead (Armed clash), as fighters captured and executed are.', all: ['ABDUCT', 'KILL'], patient: ['state', 'nonstate'], agent: ['nonstate', 'unknown'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'KIDNAPPERS', 'ARREST', 'CIVILIAN'], score: 90 },
    { id: 'clash.fighting-with-shelling', why: 'Codebook: Armed clash is armed, organised sides fighting; artillery or rocket fire used within the fighting told first ("clashes erupted … amid mutual shelling", "fought with heavy artillery") is part of that battle, not a one-sided remote attack.', all: ['CLASH', 'SHELL'], object: 'SHELL', objectAfter: true, reach: 30, none: ['PROTEST', 'RIOT', 'MOB', 'AIR', 'INTERCEPT'], score: 77 },
  ],
  'Looting/property destruction': [
    // Neighbours: Remote explosive/landmine/IED (an installation blown up with explosives: EXPLOSIVE rules it out here), Attack
    // (anyone harmed), Violent demonstration (demonstrators who vandalise).
    { id: 'loot.armed-sabotage', why: 'Codebook: Looting/property destruction is the destruction of property outside other violence; an armed side or unknown actor that sabotages or vandalises an installation, with no one harmed.', all: ['SABOTAGE', 'PROPERTY'], object: 'PROPERTY', reach: 4, agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'CROWD', 'MOB', 'KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'EXPLOSIVE', 'SEXUAL'], score: 73 },
  ],
};
