// Rule rows added in round 9 (case9s, issue 13) for the Strategic developments family, in the form of sub-events.ts and merged
// into its SUB_EVENTS after every earlier round's rows (ties keep going to the older rows). Each row implements a definition of
// ACLED's codebook (2023, "Event Types and Sub-Event Types", Strategic developments):
//   - Disrupted weapons use: explosives defused, destroyed or detonated in a controlled way by those who found them, before use.
//   - Other: prisoners handed over by the side that held them; ordnance of a past war that goes off.
//   - Change to group/activity: weapons handovers; a group that splits, breaks away or ends an alliance; troop movements (a
//     withdrawal with no one taking over, which Non-violent transfer of territory needs).
// Their cue concepts are case9s's block of event-cues.ts. Provenance: written for this project; the table tests
// (sub-events-case9s.test.ts) and test/probes/case9s.jsonl are invented reports, never evaluation rows.
import type { SubEventRule } from './sub-events.js';
import type { Concept } from './event-cues.js';

/** Violence told beside the act: then the violence is the incident. */
const VIOLENCE: Concept[] = ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'ATTACK', 'ABDUCT', 'AIR', 'SHELL', 'SUICIDE',
  'SUICIDE_ACT', 'GRENADE', 'DESTROY', 'LOOT', 'RAZE'];

export const CASE9S_RULES: Record<string, SubEventRule[]> = {
  'Disrupted weapons use': [
    // Neighbour: Remote explosive/landmine/IED (explosive.device 70): a device an armed group or no one named sets off is a blast;
    // only a state force named as the subject of the detonating verb, with a device as its object, makes it harmless.
    { id: 'disrupted.force-detonates-device', why: 'Codebook: Disrupted weapons use covers explosives destroyed or detonated in a controlled way before use; a state force, named as the subject, that detonates or blows up a bomb, mine or IED, with no one harmed.', all: ['DETONATE_ACT', 'EXPLOSIVE'], object: 'EXPLOSIVE', objectAfter: true, reach: 4, agent: 'state', subjectAgent: true, none: VIOLENCE, score: 92 },
  ],
  'Change to group/activity': [
    // Neighbour: Non-violent transfer of territory (transfer.handover 86): weapons, not a place, are what is handed over.
    { id: 'change.weapons-handed-over', why: 'Codebook: Change to group/activity covers weapons handovers and demobilisation; fighters who hand over rifles, guns or ammunition told as the object of the handover, with no violence told.', all: ['HANDOVER', 'WEAPON_SEIZE'], object: 'WEAPON_SEIZE', objectAfter: true, reach: 4, none: [...VIOLENCE, 'ARREST', 'PROTEST'], score: 88 },
    // Neighbours: Non-violent transfer of territory (transfer.withdrawal 50, transfer.taken-after-withdrawal 86, transfer.handover
    // 86): a place taken over, entered or handed to another side after the withdrawal is a transfer; Armed clash (a withdrawal
    // after fighting: violence rules it out); Agreement (a withdrawal agreed: 58).
    { id: 'change.forces-withdraw', why: 'Codebook: Non-violent transfer of territory is a location acquired by another actor without a violent interaction; a force or group that only withdraws or pulls out, with no one told taking over, handed the place or fighting, moves its forces (Change to group/activity: troop movements).', all: ['WITHDRAW'], agent: ['state', 'nonstate'], none: [...VIOLENCE, 'TAKE_TERRITORY', 'TAKE_PLAIN', 'OVERTAKE', 'OVERTAKE_WEAK', 'REGAIN', 'HANDOVER', 'TRANSFER_WEAK', 'TAKEOVER', 'NONVIOLENT', 'EXPEL', 'ARREST', 'PROTEST', 'AGREEMENT', 'AGREE_MORE', 'SHELL_WEAK', 'AIR_WEAK'], score: 52 },
    // Neighbour: Agreement (agreement.agreed 36, agreement.signed 58): talks or a deal named as the split's cause.
    { id: 'change.group-splits', why: 'Codebook: Change to group/activity covers significant changes in a group\'s structure; a group that splits, breaks away or ends an alliance, with no violence told.', all: ['GROUP_SPLIT'], none: [...VIOLENCE, 'ARREST', 'PROTEST'], score: 62 },
  ],
  'Other': [
    // Neighbour: Non-violent transfer of territory (transfer.withdrawal 50): people, not a place, are handed over; Agreement
    // (agreement.exchange 60: both sides hand over).
    { id: 'other.detainees-handed-over', why: 'Codebook: Other covers significant developments of no other kind, such as a side releasing the prisoners it holds; prisoners or detainees handed over to another party, with no exchange or violence told.', all: ['HANDOVER', 'DETAINEES'], object: 'DETAINEES', objectAfter: true, reach: 4, none: [...VIOLENCE, 'EXCHANGE', 'PROTEST'], score: 62 },
    // Neighbour: Remote explosive/landmine/IED (explosive.device 70): a device set in today's conflict; Disrupted weapons use (the
    // old device found or defused: INTERCEPT and DEFUSE rule this row out).
    { id: 'other.legacy-ordnance', why: 'Codebook: Other covers significant developments of no other kind; a mine or shell left over from a past war that goes off, set by no party of the present conflict.', all: ['LEGACY_ORDNANCE'], any: ['EXPLOSIVE', 'WEAPON_SEIZE'], none: ['ATTACK', 'CLASH', 'AIR', 'SHELL', 'FIRED', 'SUICIDE', 'PROTEST', 'INTERCEPT', 'DEFUSE'], score: 75 },
  ],
};

/** Rules whose incident's actors follow another sub-type's conventions (settle-actors.ts): ordnance of a past war that goes off is
 * coded as a landmine blast is, its unnamed layer an unidentified armed group and those it hurts civilians (ACLED codes the
 * perpetrator of an unclaimed explosion so). */
export const ACTORS_AS: Readonly<Record<string, { eventType: 'Explosions/Remote violence'; subEventType: string }>> = {
  'other.legacy-ordnance': { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' },
};
